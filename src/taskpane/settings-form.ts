import { AnySetting } from "../pipeline/settings-kinds";
import { checkValue, percentFromText, percentText, valueFromText } from "../pipeline/settings-values";
import { SETTINGS_MSG } from "../pipeline/settings-messages";
import { SETTING_ENTRIES } from "../pipeline/settings-schema";
import { AddInSettings, toPipelineSettings } from "../pipeline/workbook-settings";
import { scoringOptionsOf } from "../engine/kpi-score";
import { ruleExamples } from "../engine/rule-example";
import { EngineSettings, withDefaults } from "../engine/settings";

/**
 * The Impostazioni form between the saved settings and what the user types: fields typed as text
 * (percentages, the year, the two thresholds) are kept as typed until saved, then read and checked with
 * the schema's rules and messages.
 */
export type FormTexts = Record<string, string>;

/** The text boxes of an entry: one per entry typed as text, two for the thresholds, none otherwise. */
export function textKeys(e: AnySetting): string[] {
  if (e.kind === "thresholds") return [`${e.key}.yellow`, `${e.key}.green`];
  return e.kind === "percent" || e.kind === "year" || e.kind === "text" ? [e.key] : [];
}

export function textsOf(s: AddInSettings): FormTexts {
  const texts: FormTexts = {};
  const values = s as Record<string, unknown>;
  for (const e of SETTING_ENTRIES) {
    const v = values[e.key];
    if (e.kind === "percent") texts[e.key] = percentText(v as number);
    if (e.kind === "year") texts[e.key] = typeof v === "number" ? String(v) : "";
    if (e.kind === "text") texts[e.key] = e.show(v);
    if (e.kind === "thresholds") {
      const t = v as AddInSettings["thresholds"];
      texts[`${e.key}.yellow`] = percentText(t.yellow);
      texts[`${e.key}.green`] = percentText(t.green);
    }
  }
  return texts;
}

type Read = { ok: true; value: unknown } | { ok: false; message: string };

function readEntry(e: AnySetting, texts: FormTexts): Read {
  if (e.kind === "thresholds") {
    const yellow = percentFromText(texts[`${e.key}.yellow`] ?? "");
    const green = percentFromText(texts[`${e.key}.green`] ?? "");
    if (yellow === null || green === null)
      return { ok: false, message: SETTINGS_MSG.invalidField(e.label, SETTINGS_MSG.thresholdsFields()) };
    return { ok: true, value: { yellow, green } };
  }
  const read = valueFromText(e, texts[e.key] ?? "");
  return read.ok ? read : { ok: false, message: SETTINGS_MSG.invalidField(e.label, read.detail) };
}

/**
 * The settings to save, or the Italian message of the first field that cannot be used with that
 * field's key, so the form shows the message under it.
 */
export function readForm(
  draft: AddInSettings,
  texts: FormTexts
): { ok: true; settings: AddInSettings } | { ok: false; key: string; message: string } {
  const next: Record<string, unknown> = { ...draft };
  for (const e of SETTING_ENTRIES) {
    if (textKeys(e).length === 0) continue;
    const read = readEntry(e, texts);
    if (!read.ok) return { ok: false, key: e.key, message: read.message };
    next[e.key] = read.value;
  }
  for (const e of SETTING_ENTRIES) {
    const detail = checkValue(e, next[e.key]);
    if (detail !== null) return { ok: false, key: e.key, message: SETTINGS_MSG.invalidField(e.label, detail) };
  }
  return { ok: true, settings: next as AddInSettings };
}

/** True when what the form holds differs from the saved settings. */
export function isDirty(saved: AddInSettings, draft: AddInSettings, texts: FormTexts): boolean {
  return JSON.stringify(saved) !== JSON.stringify(draft) || JSON.stringify(textsOf(saved)) !== JSON.stringify(texts);
}

/**
 * The live example under the rule fields ("con questa regola 25,7 contro ≤ 25 dà 97,28%"), from the
 * settings as typed so far: a field that cannot be read yet keeps its saved value. Band tables are read
 * from the workbook only when recalculating, so the example leaves them out.
 */
export function liveRuleExamples(draft: AddInSettings, texts: FormTexts): string[] {
  const s: Record<string, unknown> = { ...draft };
  for (const e of SETTING_ENTRIES) {
    if (e.kind !== "text" && e.kind !== "percent") continue;
    const read = valueFromText(e, texts[e.key] ?? "");
    if (read.ok) s[e.key] = read.value;
  }
  const settings = withDefaults({
    ...(toPipelineSettings(s as AddInSettings) as Partial<EngineSettings>),
    bands: null,
    bandTables: [],
  });
  const method = /\bfasce\b/i.test(settings.method) ? "proporzionale" : settings.method;
  return ruleExamples(scoringOptionsOf(settings), method);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/*
 * The form after the saved settings changed under it (the mapping removed, a correction saved in "Come è
 * stato letto il foglio"): each value the user has not touched follows the new settings, each one the user
 * changed stays as typed, so that saving the form never puts back what was saved elsewhere.
 */

/** The form's settings rebased from `before` onto `after`. */
export function rebaseSettings(before: AddInSettings, after: AddInSettings, draft: AddInSettings): AddInSettings {
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  const next: Record<string, unknown> = { ...draft };
  for (const e of SETTING_ENTRIES) if (same(next[e.key], old[e.key])) next[e.key] = now[e.key];
  return next as AddInSettings;
}

/** The form's texts rebased from `before` onto `after`. */
export function rebaseTexts(before: AddInSettings, after: AddInSettings, texts: FormTexts): FormTexts {
  const oldTexts = textsOf(before);
  const newTexts = textsOf(after);
  const next: FormTexts = { ...texts };
  for (const key of Object.keys(newTexts)) if (next[key] === oldTexts[key]) next[key] = newTexts[key];
  return next;
}

/** The settings to save from the form: the entries edited elsewhere (`editedIn`) are always the saved ones. */
export function withEditedElsewhere(form: AddInSettings, saved: AddInSettings): AddInSettings {
  const next: Record<string, unknown> = { ...form };
  for (const e of SETTING_ENTRIES) if ("editedIn" in e) next[e.key] = (saved as Record<string, unknown>)[e.key];
  return next as AddInSettings;
}
