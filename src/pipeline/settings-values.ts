import { Thresholds } from "../engine/settings";
import { formatItalianNumber, parseItalianNumber } from "../engine/italian-number";
import { validateThresholds } from "../engine/thresholds";
import { ColumnMap, FIELDS, Field } from "../layout/types";
import { AnySetting, wordOf } from "./settings-kinds";
import { SETTINGS_MSG } from "./settings-messages";

// Per kind of setting: how a value is read back from the workbook, read from text, checked and shown.

/** 0.001 → "0,1"; 0.6 → "60" (a percentage without its sign, as typed in the pane). */
export function percentText(fraction: number): string {
  return formatItalianNumber(fraction * 100, 4).replace(/,?0+$/, "");
}

/** "0,1", "0,1%", "60 %" → the fraction; null for anything else. */
export function percentFromText(text: string): number | null {
  const n = parseItalianNumber(text.trim().replace(/\s*%$/, ""));
  return n === null ? null : n / 100;
}

const LAST_COLUMN = 16383; // XFD
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/** Thresholds from the command line's "60,80", "60;80", "60%,80%", "0.6,0.8". */
function thresholdsFromText(text: string): Thresholds | null {
  const parts = text.split(/[,;/\s]+/).filter((p) => p !== "");
  if (parts.length !== 2 || !parts.every((p) => /^\d+(\.\d+)?%?$/.test(p))) return null;
  const [yellow, green] = parts.map((p) => {
    const n = Number(p.replace("%", ""));
    return p.endsWith("%") || n > 1 ? n / 100 : n;
  });
  return { yellow, green };
}

/** Why a value cannot be used (an Italian clause to follow the setting's name), or null. */
export function checkValue(s: AnySetting, value: unknown): string | null {
  switch (s.kind) {
    case "choice":
      return s.options.some((o) => o.value === value) ? null : SETTINGS_MSG.choice(s.options.map(wordOf));
    case "percent":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= s.max
        ? null
        : SETTINGS_MSG.percent(percentText(s.max));
    case "thresholds": {
      const t = value as Partial<Thresholds> | null;
      const ok =
        typeof t === "object" &&
        t !== null &&
        isNumber(t.yellow) &&
        isNumber(t.green) &&
        validateThresholds({ yellow: t.yellow, green: t.green }) === null;
      return ok ? null : SETTINGS_MSG.thresholds();
    }
    case "year":
      return value === null ||
        (Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR)
        ? null
        : SETTINGS_MSG.year(MIN_YEAR, MAX_YEAR);
    case "boolean":
      return typeof value === "boolean" ? null : SETTINGS_MSG.boolean();
    case "sheets":
      return Array.isArray(value) && value.every((x) => typeof x === "string") ? null : SETTINGS_MSG.sheets();
    case "columns":
      return typeof value === "object" && value !== null && !Array.isArray(value) ? null : SETTINGS_MSG.columns();
    case "text":
      return s.check(value);
    case "headerRows":
      return typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((r) => isRow(r))
        ? null
        : SETTINGS_MSG.headerRows();
  }
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isRow = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1048576;

/** "4" for every sheet, "Piano 2025!4" for one: the 1-based header row. */
export function headerRowFromText(text: string): { sheet: string | null; row: number } | null {
  const bang = text.lastIndexOf("!");
  const sheet = bang >= 0 ? text.slice(0, bang).trim() : null;
  const row = text.slice(bang + 1).trim();
  return /^\d{1,7}$/.test(row) && isRow(Number(row)) ? { sheet, row: Number(row) } : null;
}

/** A column mapping read back from a file: fields and columns that do not exist are dropped. */
function cleanColumns(raw: Record<string, unknown>): Record<string, ColumnMap> {
  const out: Record<string, ColumnMap> = {};
  for (const [sheet, map] of Object.entries(raw)) {
    if (!map || typeof map !== "object") continue;
    const clean: ColumnMap = {};
    for (const [field, col] of Object.entries(map as Record<string, unknown>))
      if (
        (FIELDS as readonly string[]).includes(field) &&
        Number.isInteger(col) &&
        (col as number) >= 0 &&
        (col as number) <= LAST_COLUMN
      )
        clean[field as Field] = col as number;
    if (Object.keys(clean).length > 0) out[sheet] = clean;
  }
  return out;
}

/** The value of a setting as saved in the workbook's JSON, or undefined when it cannot be used. */
export function readSaved(s: AnySetting, raw: unknown): unknown {
  if (checkValue(s, raw) !== null) return undefined;
  switch (s.kind) {
    case "thresholds": {
      const t = raw as Thresholds;
      return { yellow: t.yellow, green: t.green };
    }
    case "sheets":
      return [...(raw as string[])];
    case "columns":
      return cleanColumns(raw as Record<string, unknown>);
    case "text":
      // A copy, checked above: the workbook's JSON is never shared with the settings in use.
      return JSON.parse(JSON.stringify(raw)) as unknown;
    case "headerRows":
      return { ...(raw as Record<string, number>) };
    default:
      return raw;
  }
}

export type TextResult = { ok: true; value: unknown } | { ok: false; detail: string };

/** A value typed as text (an option's argument, a field of the pane), checked. */
export function valueFromText(s: AnySetting, text: string): TextResult {
  const t = text.trim();
  let value: unknown;
  switch (s.kind) {
    case "choice": {
      const o = s.options.find((x) => wordOf(x).toLowerCase() === t.toLowerCase());
      if (!o) return { ok: false, detail: SETTINGS_MSG.choice(s.options.map(wordOf)) };
      value = o.value;
      break;
    }
    case "percent":
      value = percentFromText(t);
      if (value === null) return { ok: false, detail: SETTINGS_MSG.percent(percentText(s.max)) };
      break;
    case "thresholds":
      value = thresholdsFromText(t);
      if (value === null) return { ok: false, detail: SETTINGS_MSG.thresholdsText() };
      break;
    case "year":
      if (t !== "" && !/^\d{4}$/.test(t)) return { ok: false, detail: SETTINGS_MSG.year(MIN_YEAR, MAX_YEAR) };
      value = t === "" ? null : Number(t);
      break;
    case "text": {
      const read = s.parse(t);
      if (!read.ok) return read;
      value = read.value;
      break;
    }
    default:
      return { ok: false, detail: SETTINGS_MSG.noText() };
  }
  const detail = checkValue(s, value);
  return detail === null ? { ok: true, value } : { ok: false, detail };
}

/** A value as typed in the pane and on the command line: "binario", "0,1", "60,80", "2019". */
export function valueText(s: AnySetting, value: unknown): string {
  switch (s.kind) {
    case "choice": {
      const o = s.options.find((x) => x.value === value);
      return o ? wordOf(o) : String(value);
    }
    case "percent":
      return `${percentText(value as number)}%`;
    case "thresholds": {
      const t = value as Thresholds;
      return `${percentText(t.yellow)}%/${percentText(t.green)}%`;
    }
    case "year":
      return typeof value === "number" ? String(value) : "non indicato";
    case "boolean":
      return value ? "sì" : "no";
    case "sheets":
      return (value as string[]).map((n) => `"${n}"`).join(", ");
    case "columns":
      return `indicate per ${Object.keys(value as object)
        .map((n) => `"${n}"`)
        .join(", ")}`;
    case "text":
      return s.show(value) || "nessuno";
    case "headerRows":
      return Object.entries(value as Record<string, number>)
        .map(([n, r]) => `"${n}" riga ${r}`)
        .join(", ");
  }
}
