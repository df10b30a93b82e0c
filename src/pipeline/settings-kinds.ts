import { Thresholds } from "../engine/settings";
import { ColumnMap } from "../layout/types";
import { PipelineSettings } from "./types";

/**
 * The kinds of setting the schema (settings-schema.ts) is made of. settings-values.ts says, per kind,
 * how a value is saved in the workbook, typed as text (command line, task pane) and checked; each edge
 * has one renderer per kind (the pane's SettingField, the command line's setting-options), so a new
 * setting of an existing kind is one schema entry.
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
  /**
   * Where the task pane edits it: "lettura" is the view "Come è stato letto il foglio", which shows each
   * column's heading and content beside its field. Impostazioni shows the saved mapping read-only and
   * never saves it from its own form, so the two never disagree.
   */
  editedIn: "lettura";
}

export type TextRead<V> = { ok: true; value: V } | { ok: false; detail: string };

/**
 * A value typed as one text and read by the entry's own parser: "120" for the tetto, "A 95%; B 90%"
 * for the rating letters, "AdE = Fasce!A1:D5" for the band tables. Saved in the workbook as the value.
 */
export interface TextSetting<K extends SettingKey, V> extends Base<K, V> {
  kind: "text";
  /** The text read into a value, or why it cannot be (an Italian clause). */
  parse(this: void, text: string): TextRead<V>;
  /** The value as typed ("" for none). */
  show(this: void, value: V): string;
  /** Why a saved value cannot be used, or null. */
  check(this: void, value: unknown): string | null;
  /** The pane's example inside the empty field. */
  placeholder?: string;
  /** Several lines in the pane (one band table a line). */
  multiline?: true;
  /** A rule of the score: the pane shows the live example under it. */
  rule?: true;
}

/** The 1-based header row per sheet. */
export interface HeaderRowsSetting<K extends SettingKey> extends Base<K, Record<string, number>> {
  kind: "headerRows";
}

export type AnySetting =
  | ChoiceSetting<SettingKey, ChoiceValue>
  | PercentSetting<SettingKey>
  | ThresholdsSetting<SettingKey>
  | YearSetting<SettingKey>
  | BooleanSetting<SettingKey>
  | SheetsSetting<SettingKey>
  | ColumnsSetting<SettingKey>
  | TextSetting<SettingKey, unknown>
  | HeaderRowsSetting<SettingKey>;

export type SettingKind = AnySetting["kind"];

/** toPipeline may be left out when the value is already the pipeline's. */
type PipelineMap<K extends SettingKey, V> = [V] extends [PipelineSettings[K]]
  ? { toPipeline?: (value: V) => PipelineSettings[K] | undefined }
  : { toPipeline: (value: V) => PipelineSettings[K] | undefined };

type Input<S extends Base<SettingKey, unknown>, K extends SettingKey, V> = Omit<S, "kind" | "toPipeline"> &
  PipelineMap<K, V>;

function withKind<S>(kind: string, d: { toPipeline?: unknown }): S {
  // PipelineMap makes toPipeline optional only where the value already has the pipeline's type.
  return { ...d, kind, toPipeline: d.toPipeline ?? ((v: unknown) => v) } as S;
}

export const choice = <K extends SettingKey, V extends ChoiceValue>(d: Input<ChoiceSetting<K, V>, K, V>) =>
  withKind<ChoiceSetting<K, V>>("choice", d);
export const percent = <K extends SettingKey>(d: Input<PercentSetting<K>, K, number>) =>
  withKind<PercentSetting<K>>("percent", d);
export const thresholds = <K extends SettingKey>(d: Input<ThresholdsSetting<K>, K, Thresholds>) =>
  withKind<ThresholdsSetting<K>>("thresholds", d);
export const year = <K extends SettingKey>(d: Input<YearSetting<K>, K, number | null>) =>
  withKind<YearSetting<K>>("year", d);
export const boolean = <K extends SettingKey>(d: Input<BooleanSetting<K>, K, boolean>) =>
  withKind<BooleanSetting<K>>("boolean", d);
export const sheets = <K extends SettingKey>(d: Input<SheetsSetting<K>, K, string[]>) =>
  withKind<SheetsSetting<K>>("sheets", d);
export const columns = <K extends SettingKey>(d: Input<ColumnsSetting<K>, K, Record<string, ColumnMap>>) =>
  withKind<ColumnsSetting<K>>("columns", d);

export const text = <K extends SettingKey, V>(d: Input<TextSetting<K, V>, K, V>) =>
  withKind<TextSetting<K, V>>("text", d);
export const headerRows = <K extends SettingKey>(d: Input<HeaderRowsSetting<K>, K, Record<string, number>>) =>
  withKind<HeaderRowsSetting<K>>("headerRows", d);

export const wordOf = <V extends ChoiceValue>(o: ChoiceOption<V>): string => o.word ?? String(o.value);
