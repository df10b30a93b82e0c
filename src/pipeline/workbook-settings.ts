import { AnySetting } from "./settings-kinds";
import { checkValue, readSaved } from "./settings-values";
import { SETTINGS_MSG } from "./settings-messages";
import { AddInSettings, SETTING_ENTRIES } from "./settings-schema";
import { PipelineSettings } from "./types";

export type { AddInSettings } from "./settings-schema";

/**
 * The task pane's settings, saved in the workbook (document settings) so they travel with the file,
 * and read by the command line too (its options win). Their fields, defaults and checks are the
 * schema's (settings-schema.ts).
 */
export const SETTINGS_KEY = "alberoPerformance.impostazioni";

function defaults(): AddInSettings {
  const s: Record<string, unknown> = {};
  for (const e of SETTING_ENTRIES) s[e.key] = readSaved(e, e.default);
  return s as AddInSettings;
}

export const DEFAULT_ADDIN_SETTINGS: AddInSettings = defaults();

/** One setting's value as the pipeline takes it (undefined: the pipeline's own default). */
export function pipelineValue(e: AnySetting, value: unknown): unknown {
  return (e.toPipeline as (v: unknown) => unknown)(value);
}

export function toPipelineSettings(s: AddInSettings): Partial<PipelineSettings> {
  const out: Record<string, unknown> = {};
  for (const e of SETTING_ENTRIES) {
    const v = pipelineValue(e, (s as Record<string, unknown>)[e.key]);
    if (v !== undefined) out[e.key] = v;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- typescript-eslint false positive: tsc needs it
  return out as Partial<PipelineSettings>;
}

/**
 * Settings read back from a workbook: anything missing or malformed (a file edited elsewhere, an older
 * version) falls back to the default, field by field, and is reported.
 */
export function parseSettings(raw: unknown): { settings: AddInSettings; warnings: string[] } {
  const settings = defaults();
  if (raw === null || raw === undefined) return { settings, warnings: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) return { settings, warnings: [SETTINGS_MSG.unreadable()] };
  const warnings: string[] = [];
  const r = raw as Record<string, unknown>;
  for (const e of SETTING_ENTRIES) {
    if (r[e.key] === undefined) continue;
    const value = readSaved(e, r[e.key]);
    if (value === undefined) warnings.push(SETTINGS_MSG.fallback(e.name));
    else (settings as Record<string, unknown>)[e.key] = value;
  }
  return { settings, warnings };
}

/** Italian message for settings the user typed that cannot be used, or null. */
export function validateSettings(s: AddInSettings): string | null {
  for (const e of SETTING_ENTRIES) {
    const detail = checkValue(e, (s as Record<string, unknown>)[e.key]);
    if (detail !== null) return SETTINGS_MSG.invalidField(e.label, detail);
  }
  return null;
}
