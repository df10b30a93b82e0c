import { isExcelDateSerial, isValidYmd, serialFromYmd } from "./dates";
import { normaliseSpaces, parseItalianNumber } from "./italian-number";

/** What a worksheet cell holds, as Excel's range.values and the ExcelJS adapter hand it over. */
export type CellValue = number | string | boolean | null | undefined;

/** Empty, or text of spaces only (\s covers NBSP and the other Unicode spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && !/\S/.test(v));
}

/** A cell value once understood. Percentages are fractions (15,00% → 0.15). */
export type Scalar =
  | { kind: "number"; value: number; percent: boolean; unit?: string }
  | { kind: "date"; serial: number }
  | { kind: "yesno"; value: boolean }
  | { kind: "empty" }
  | { kind: "unavailable"; text: string }
  | { kind: "unscorable"; text: string }
  | { kind: "invalid"; text: string };

export const EMPTY: Scalar = { kind: "empty" };

/** What a performance that is not available reads in a cell (the pipeline's writes, PERF.KPI, the summary). */
export const NOT_AVAILABLE_TEXT = "N.V.";

const UNAVAILABLE =
  /^(n\.?\s?v\.?|n\.?\s?d\.?|n\/d|n\/v|n\.?\s?a\.?|nd|nv|non disponibile|kpi non disponibile|non valutabile|da valutare|non rilevato|non rilevabile)$/i;
const YES = /^(s[iìí]|yes|vero|true)$/i;
const NO = /^(no|falso|false)$/i;
const DATE_TEXT = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
/** Targets that no rule can score: the documents show them and the reader must say so. */
const UNSCORABLE = [
  /anno di rilevazione/i,
  /vedi allegato/i,
  /rispetto (della )?tempistica/i,
  /\bx\s*(<=|≤|<|>=|≥|>|=)\s*x\s*[-–]\s*1\b/i,
  /^baseline$/i,
  /^(in )?miglioramento$/i,
  /^mantenimento$/i,
];
/** Units that may follow a number ("27,00 N.", "0,30 fte", "40gg", "1.000 €"). */
const UNITS =
  /^(n\.?|nr\.?|num\.?|numero|fte|gg\.?|giorni|gg lavorativi|mesi|ore|h|€|eur|euro|punti|pt\.?|unità|imprese|pratiche|eventi|utenti|%)$/i;

function unitKey(unit: string): string {
  const u = unit.toLowerCase().replace(/\.$/, "");
  if (u === "n" || u === "nr" || u === "num" || u === "numero") return "N.";
  if (u === "gg" || u === "giorni") return "gg";
  if (u === "eur" || u === "euro") return "€";
  return unit;
}

export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat || numberFormat === "General" || numberFormat === "@") return false;
  const stripped = numberFormat
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  if (/[0#?]/.test(stripped) && !/[dy]/i.test(stripped)) return false;
  return /(d|y|yy|mmm)/i.test(stripped) && !/[hs]/i.test(stripped.replace(/mm?m?/gi, ""));
}

export function isPercentFormat(numberFormat: string | undefined): boolean {
  return !!numberFormat && numberFormat.replace(/"[^"]*"/g, "").includes("%");
}

export function parseDateText(text: string): number | null {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = Number(m[3]);
  if (m[3].length === 2) year += 2000;
  return isValidYmd(year, month, day) ? serialFromYmd(year, month, day) : null;
}

export function isUnavailableText(text: string): boolean {
  return UNAVAILABLE.test(normaliseSpaces(text));
}

export function isUnscorableText(text: string): boolean {
  const t = normaliseSpaces(text);
  return UNSCORABLE.some((re) => re.test(t));
}

/** "15,00%", "-3,77 %", "1.587,10", "27,00 N.", "40gg", "n. 12", "€ 1.587" → a number with its unit; null if not. */
export function parseNumberText(text: string): Scalar | null {
  const t = normaliseSpaces(text);
  const pct = /^(.*?)\s*%$/.exec(t);
  if (pct) {
    const n = parseItalianNumber(pct[1]);
    return n === null ? null : { kind: "number", value: n / 100, percent: true };
  }
  const plain = parseItalianNumber(t);
  if (plain !== null) return { kind: "number", value: plain, percent: false };
  const after = /^([+\-\u2212]?[\d.,]+)\s*([^\d\s].*)$/.exec(t);
  // the unit before the number: "€ 1.587", "n. 12", "nr. 200"
  const before = after ? null : /^(€|n\.|nr\.?|num\.|n°)\s*([+-]?[\d.,]+)$/i.exec(t);
  const parts = after ? [after[1], after[2]] : before ? [before[2], before[1] === "n°" ? "n" : before[1]] : null;
  if (parts) {
    const [numberPart, unitPart] = parts;
    if (!UNITS.test(unitPart)) return null;
    const n = parseItalianNumber(numberPart);
    return n === null ? null : { kind: "number", value: n, percent: false, unit: unitKey(unitPart) };
  }
  return null;
}

/**
 * Understand one cell. `numberFormat` is the cell's Excel format: it tells a date serial or a
 * percentage apart from a plain number. A number is never taken for a date because of its size.
 */
export function parseCell(raw: CellValue, numberFormat?: string): Scalar {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { kind: "invalid", text: String(raw) };
    if (isDateFormat(numberFormat)) {
      return isExcelDateSerial(raw) ? { kind: "date", serial: raw } : { kind: "invalid", text: String(raw) };
    }
    return { kind: "number", value: raw, percent: isPercentFormat(numberFormat) };
  }
  if (typeof raw === "boolean") return { kind: "yesno", value: raw };
  return parseText(raw);
}

export function parseText(raw: string): Scalar {
  const text = normaliseSpaces(raw);
  if (text === "") return EMPTY;
  // Offices write a dash for "not applicable": a value that is not there, not a measurement of zero.
  if (text === "-" || text === "—" || text === "–") return { kind: "unavailable", text };
  if (isUnavailableText(text)) return { kind: "unavailable", text };
  if (YES.test(text)) return { kind: "yesno", value: true };
  if (NO.test(text)) return { kind: "yesno", value: false };
  const serial = parseDateText(text);
  if (serial !== null) return { kind: "date", serial };
  const num = parseNumberText(text);
  if (num) return num;
  if (isUnscorableText(text)) return { kind: "unscorable", text };
  return { kind: "invalid", text };
}

/** The value as the user would read it again (for messages). */
export function describeScalar(s: Scalar): string {
  switch (s.kind) {
    case "number":
      return s.percent ? `${s.value * 100}%` : String(s.value) + (s.unit ? ` ${s.unit}` : "");
    case "date":
      return `data (seriale ${s.serial})`;
    case "yesno":
      return s.value ? "sì" : "no";
    case "empty":
      return "vuoto";
    default:
      return `"${s.text}"`;
  }
}
