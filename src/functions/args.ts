import { CellValue, formatItalianNumber, isBlank, parseText } from "../engine";
import { errorCodeOf, isCellError } from "./errors";
import { FN_MSG } from "./messages";

/**
 * Turning what Excel hands a custom function into engine values. Excel passes a cell as a bare
 * number, string or boolean (no number format: a date cell arrives as its serial), an omitted optional
 * argument as null, a range as a 2D array (blank cells null, or 0 on older desktop builds: blanks.ts)
 * and an error cell as an error object. A cell holding a data type (formatted number, entity, ...)
 * arrives as an object (functions.json's allowCustomDataForDataTypeAny) and is read as its basic value.
 * Every check returns a value; nothing here throws.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
export const bad = <T = never>(message: string): Checked<T> => ({ ok: false, message });

/** The value as the user typed it, for messages: numbers the Italian way, text in quotes. */
export function showValue(raw: unknown): string {
  if (raw === null || raw === undefined) return "vuoto";
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return String(raw);
    const text = formatItalianNumber(raw, 6).replace(/,?0+$/, "");
    return text === "" || text === "-" ? "0" : text;
  }
  if (typeof raw === "boolean") return raw ? "VERO" : "FALSO";
  if (typeof raw === "string") return `"${raw}"`;
  if (isCellError(raw)) return errorCodeOf(raw);
  return "un valore non supportato";
}

/**
 * The basic value of a data-type cell, as a plain cell would hold it (the CellValue shapes of the Excel API:
 * {type: "Double" | "FormattedNumber", basicValue: 12}, {type: "String", basicValue: "x"},
 * {type: "Boolean", basicValue: true}, {type: "Empty"}; an entity shows its `text`). Anything else
 * is returned as it came.
 */
export function basicValueOf(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const v = raw as { type?: unknown; basicValue?: unknown; text?: unknown };
  switch (v.type) {
    case "Double":
    case "FormattedNumber":
      return typeof v.basicValue === "number" ? v.basicValue : raw;
    case "String":
      return typeof v.basicValue === "string" ? v.basicValue : raw;
    case "Boolean":
      return typeof v.basicValue === "boolean" ? v.basicValue : raw;
    case "Empty":
      return null;
    case "Entity":
    case "LinkedEntity":
      return typeof v.text === "string" ? v.text : raw;
    default:
      return raw;
  }
}

function isMatrix(raw: unknown): raw is unknown[][] {
  return Array.isArray(raw) && raw.every((row) => Array.isArray(row));
}

function plainCell(arg: string, given: unknown): Checked<CellValue> {
  const raw = basicValueOf(given);
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === "number") return Number.isFinite(raw) ? ok(raw) : bad(FN_MSG.notFinite(arg));
  if (typeof raw === "string" || typeof raw === "boolean") return ok(raw);
  if (isCellError(raw)) return bad(FN_MSG.excelError(arg, errorCodeOf(raw)));
  return bad(FN_MSG.unsupportedValue(arg));
}

/** A one-cell argument. A 1×1 range is accepted as its cell; a larger range is refused. */
export function cellArg(arg: string, raw: unknown): Checked<CellValue> {
  if (Array.isArray(raw)) {
    const rows = isMatrix(raw) ? raw : [raw];
    const cols = rows[0]?.length ?? 0;
    if (rows.length === 1 && cols === 1) return plainCell(arg, rows[0][0]);
    return bad(FN_MSG.notSingleCell(arg, rows.length, cols));
  }
  return plainCell(arg, raw);
}

/** A short text option (metodo, tipo): null when omitted or blank. */
export function optionArg(arg: string, raw: unknown): Checked<string | null> {
  const cell = cellArg(arg, raw);
  if (!cell.ok) return cell;
  if (cell.value === null || cell.value === undefined) return ok(null);
  if (typeof cell.value !== "string") return bad(FN_MSG.notText(arg, showValue(cell.value)));
  const text = cell.value.trim();
  return ok(text === "" ? null : text);
}

/** "riga 3" in a column, "colonna 3" in a row, "riga 2, colonna 4" in a block (1-based, inside the range). */
export function positionLabel(r: number, c: number, rows: number, cols: number): string {
  if (cols === 1) return `riga ${r + 1}`;
  if (rows === 1) return `colonna ${c + 1}`;
  return `riga ${r + 1}, colonna ${c + 1}`;
}

/** A range argument as a rectangular matrix of cell values; a single value counts as a 1×1 range. */
export function matrixArg(arg: string, raw: unknown): Checked<CellValue[][]> {
  const rows: unknown[][] = isMatrix(raw) ? raw : Array.isArray(raw) ? [raw] : [[raw]];
  const cols = rows[0]?.length ?? 0;
  if (rows.length === 0 || cols === 0) return bad(FN_MSG.rangeEmpty(arg));
  if (rows.some((row) => row.length !== cols)) return bad(FN_MSG.notARange(arg));
  const out: CellValue[][] = [];
  for (let r = 0; r < rows.length; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c++) {
      const v = basicValueOf(rows[r][c]);
      if (v === null || v === undefined || typeof v === "string" || typeof v === "boolean") row.push(v);
      else if (typeof v === "number" && Number.isFinite(v)) row.push(v);
      else if (isCellError(v))
        return bad(FN_MSG.excelErrorAt(arg, positionLabel(r, c, rows.length, cols), errorCodeOf(v)));
      else if (typeof v === "number") return bad(FN_MSG.notFinite(arg));
      else return bad(FN_MSG.unsupportedValue(arg));
    }
    out.push(row);
  }
  return ok(out);
}

export { isBlank };

/** Tolerance above 100% for performances computed as 1 + rounding noise. */
const OVER_ONE = 1e-9;

/** A performance cell: a fraction (0,8772), a percentage text ("87,72%"), or not available. */
export type PerformanceRead =
  { kind: "value"; value: number } | { kind: "non-disponibile" } | { kind: "non-leggibile" } | { kind: "fuori-scala" };

export function readPerformance(v: CellValue): PerformanceRead {
  if (isBlank(v)) return { kind: "non-disponibile" };
  let value: number;
  if (typeof v === "number") value = v;
  else if (typeof v === "string") {
    const s = parseText(v);
    if (s.kind === "unavailable" || s.kind === "empty") return { kind: "non-disponibile" };
    if (s.kind !== "number" || s.unit !== undefined) return { kind: "non-leggibile" };
    value = s.value;
  } else return { kind: "non-leggibile" };
  if (!Number.isFinite(value)) return { kind: "non-leggibile" };
  if (value < 0 || value > 1 + OVER_ONE) return { kind: "fuori-scala" };
  return { kind: "value", value };
}

/** A threshold: a fraction in 0..1 (0,6) or a percentage text ("60%"); null when omitted. */
export function readFraction(v: CellValue): number | null | "invalid" {
  if (isBlank(v)) return null;
  let value: number;
  if (typeof v === "number") value = v;
  else if (typeof v === "string") {
    const s = parseText(v);
    if (s.kind !== "number" || s.unit !== undefined) return "invalid";
    value = s.value;
  } else return "invalid";
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : "invalid";
}
