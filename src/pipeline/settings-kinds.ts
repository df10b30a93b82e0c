import { Thresholds } from "../engine/settings";
import { formatItalianNumber, parseItalianNumber } from "../engine/italian-number";
import { validateThresholds } from "../engine/thresholds";
import { ColumnMap, FIELDS, Field } from "../layout/types";
import { SETTINGS_MSG } from "./settings-messages";
import { PipelineSettings } from "./types";

/**
 * The kinds of setting the schema (settings-schema.ts) is made of. A kind says how a value is saved
 * in the workbook, typed as text (command line, task pane) and checked; each edge has one renderer per
 * kind (the pane's SettingField, the command line's options), so a new setting of an existing kind is
 * one schema entry.
 */
export type SettingKey = keyof PipelineSettings;

/** How the command line offers a setting. */
export interface CliSpec<V> {
  /** "--metodo". */
  flag: string;
  /** Placeholder of the value ("<metodo>"); absent for a switch, which sets `sets` (true for a boolean). */
  arg?: string;
  sets?: V;
  /** Only `ricalcola` has the option (the setting is about writing). */
  only?: "ricalcola";
}

interface Base<K extends SettingKey, V> {
  /** The key in the saved JSON, in AddInSettings and in PipelineSettings. */
  key: K;
  /** Short Italian name in warnings and in the command line's summary ("metodo"). */
  name: string;
  /** The label of the task pane's field, which messages quote («Anno dei piani pluriennali»). */
  label: string;
  /** One Italian sentence under the field. */
  help: string;
  default: V;
  cli: CliSpec<V>;
  /** The pipeline's value; undefined leaves the pipeline's own default. */
  toPipeline(value: V): PipelineSettings[K] | undefined;
}

export type ChoiceValue = string | boolean | null;

export interface ChoiceOption<V> {
  value: V;
  /** The word typed on the command line and shown in summaries; the value itself when omitted. */
  word?: string;
  /** The pane's text for the option. */
  label: string;
}

export interface ChoiceSetting<K extends SettingKey, V extends ChoiceValue> extends Base<K, V> {
  kind: "choice";
  options: readonly ChoiceOption<V>[];
}

/** A fraction typed as a percentage ("0,1" → 0.001), between 0 and `max`. */
export interface PercentSetting<K extends SettingKey> extends Base<K, number> {
  kind: "percent";
  max: number;
}

/** The traffic light's yellow and green thresholds, typed as "60,80". */
export interface ThresholdsSetting<K extends SettingKey> extends Base<K, Thresholds> {
  kind: "thresholds";
}

/** A four-digit year, or null when not indicated. */
export interface YearSetting<K extends SettingKey> extends Base<K, number | null> {
  kind: "year";
}

export interface BooleanSetting<K extends SettingKey> extends Base<K, boolean> {
  kind: "boolean";
}

/** Names of sheets; empty means every sheet holding a plan. */
export interface SheetsSetting<K extends SettingKey> extends Base<K, string[]> {
  kind: "sheets";
}

/** A column mapping per sheet. */
export interface ColumnsSetting<K extends SettingKey> extends Base<K, Record<string, ColumnMap>> {
  kind: "columns";
}

export type AnySetting =
  | ChoiceSetting<SettingKey, ChoiceValue>
  | PercentSetting<SettingKey>
  | ThresholdsSetting<SettingKey>
  | YearSetting<SettingKey>
  | BooleanSetting<SettingKey>
  | SheetsSetting<SettingKey>
  | ColumnsSetting<SettingKey>;

export type SettingKind = AnySetting["kind"];

/** toPipeline may be left out when the value is already the pipeline's. */
type PipelineMap<K extends SettingKey, V> = [V] extends [PipelineSettings[K]]
  ? { toPipeline?: (value: V) => PipelineSettings[K] | undefined }
  : { toPipeline: (value: V) => PipelineSettings[K] | undefined };

type Input<S extends Base<SettingKey, unknown>, K extends SettingKey, V> = Omit<S, "kind" | "toPipeline"> & PipelineMap<K, V>;

function withKind<S>(kind: string, d: { toPipeline?: unknown }): S {
  // PipelineMap makes toPipeline optional only where the value already has the pipeline's type.
  return { ...d, kind, toPipeline: d.toPipeline ?? ((v: unknown) => v) } as S;
}

export const choice = <K extends SettingKey, V extends ChoiceValue>(d: Input<ChoiceSetting<K, V>, K, V>) => withKind<ChoiceSetting<K, V>>("choice", d);
export const percent = <K extends SettingKey>(d: Input<PercentSetting<K>, K, number>) => withKind<PercentSetting<K>>("percent", d);
export const thresholds = <K extends SettingKey>(d: Input<ThresholdsSetting<K>, K, Thresholds>) => withKind<ThresholdsSetting<K>>("thresholds", d);
export const year = <K extends SettingKey>(d: Input<YearSetting<K>, K, number | null>) => withKind<YearSetting<K>>("year", d);
export const boolean = <K extends SettingKey>(d: Input<BooleanSetting<K>, K, boolean>) => withKind<BooleanSetting<K>>("boolean", d);
export const sheets = <K extends SettingKey>(d: Input<SheetsSetting<K>, K, string[]>) => withKind<SheetsSetting<K>>("sheets", d);
export const columns = <K extends SettingKey>(d: Input<ColumnsSetting<K>, K, Record<string, ColumnMap>>) => withKind<ColumnsSetting<K>>("columns", d);

export const wordOf = <V extends ChoiceValue>(o: ChoiceOption<V>): string => o.word ?? String(o.value);

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
      return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= s.max ? null : SETTINGS_MSG.percent(percentText(s.max));
    case "thresholds": {
      const t = value as Partial<Thresholds> | null;
      const ok = typeof t === "object" && t !== null && isNumber(t.yellow) && isNumber(t.green) && validateThresholds({ yellow: t.yellow, green: t.green }) === null;
      return ok ? null : SETTINGS_MSG.thresholds();
    }
    case "year":
      return value === null || (Number.isInteger(value) && (value as number) >= MIN_YEAR && (value as number) <= MAX_YEAR) ? null : SETTINGS_MSG.year(MIN_YEAR, MAX_YEAR);
    case "boolean":
      return typeof value === "boolean" ? null : SETTINGS_MSG.boolean();
    case "sheets":
      return Array.isArray(value) && value.every((x) => typeof x === "string") ? null : SETTINGS_MSG.sheets();
    case "columns":
      return typeof value === "object" && value !== null && !Array.isArray(value) ? null : SETTINGS_MSG.columns();
  }
}

const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** A column mapping read back from a file: fields and columns that do not exist are dropped. */
function cleanColumns(raw: Record<string, unknown>): Record<string, ColumnMap> {
  const out: Record<string, ColumnMap> = {};
  for (const [sheet, map] of Object.entries(raw)) {
    if (!map || typeof map !== "object") continue;
    const clean: ColumnMap = {};
    for (const [field, col] of Object.entries(map as Record<string, unknown>))
      if ((FIELDS as readonly string[]).includes(field) && Number.isInteger(col) && (col as number) >= 0 && (col as number) <= LAST_COLUMN) clean[field as Field] = col as number;
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
      return value === null ? "non indicato" : String(value);
    case "boolean":
      return value ? "sì" : "no";
    case "sheets":
      return (value as string[]).map((n) => `"${n}"`).join(", ");
    case "columns":
      return `indicate per ${Object.keys(value as object).map((n) => `"${n}"`).join(", ")}`;
  }
}
