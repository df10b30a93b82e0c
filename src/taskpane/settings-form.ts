import { AnySetting } from "../pipeline/settings-kinds";
import { percentFromText, percentText, valueFromText } from "../pipeline/settings-values";
import { SETTINGS_MSG } from "../pipeline/settings-messages";
import { SETTING_ENTRIES } from "../pipeline/settings-schema";
import { AddInSettings, validateSettings } from "../pipeline/workbook-settings";

/**
 * The Impostazioni form between the saved settings and what the user types: fields typed as text
 * (percentages, the year, the two thresholds) are kept as typed until saved, then read and checked with
 * the schema's rules and messages.
 */
export type FormTexts = Record<string, string>;

/** The text boxes of an entry: one per entry typed as text, two for the thresholds, none otherwise. */
export function textKeys(e: AnySetting): string[] {
  if (e.kind === "thresholds") return [`${e.key}.yellow`, `${e.key}.green`];
  return e.kind === "percent" || e.kind === "year" ? [e.key] : [];
}

export function textsOf(s: AddInSettings): FormTexts {
  const texts: FormTexts = {};
  const values = s as Record<string, unknown>;
  for (const e of SETTING_ENTRIES) {
    const v = values[e.key];
    if (e.kind === "percent") texts[e.key] = percentText(v as number);
    if (e.kind === "year") texts[e.key] = v === null ? "" : String(v);
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
    if (yellow === null || green === null) return { ok: false, message: SETTINGS_MSG.invalidField(e.label, SETTINGS_MSG.thresholdsFields()) };
    return { ok: true, value: { yellow, green } };
  }
  const read = valueFromText(e, texts[e.key] ?? "");
  return read.ok ? read : { ok: false, message: SETTINGS_MSG.invalidField(e.label, read.detail) };
}

/** The settings to save, or the Italian message of the first field that cannot be used. */
export function readForm(draft: AddInSettings, texts: FormTexts): { ok: true; settings: AddInSettings } | { ok: false; message: string } {
  const next: Record<string, unknown> = { ...draft };
  for (const e of SETTING_ENTRIES) {
    if (textKeys(e).length === 0) continue;
    const read = readEntry(e, texts);
    if (!read.ok) return read;
    next[e.key] = read.value;
  }
  const settings = next as AddInSettings;
  const invalid = validateSettings(settings);
  return invalid === null ? { ok: true, settings } : { ok: false, message: invalid };
}
