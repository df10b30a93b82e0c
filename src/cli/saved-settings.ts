import { valueText } from "../pipeline/settings-values";
import { SETTING_ENTRIES } from "../pipeline/settings-schema";
import { PipelineSettings } from "../pipeline/types";
import {
  AddInSettings,
  SETTINGS_KEY,
  parseSettings,
  pipelineValue,
  toPipelineSettings,
} from "../pipeline/workbook-settings";
import { readSavedSetting } from "./addin-parts";
import { CLI_MSG } from "./messages";

export interface SavedSettings {
  /** null: the workbook holds no settings of the task pane. */
  settings: AddInSettings | null;
  warnings: string[];
}

/** The settings the task pane saved in the workbook (Office document settings), checked by parseSettings. */
export async function savedSettingsOf(data: Buffer): Promise<SavedSettings> {
  const saved = await readSavedSetting(data, SETTINGS_KEY);
  if (!saved.found) return { settings: null, warnings: [] };
  if ("unreadable" in saved) return { settings: null, warnings: [CLI_MSG.savedSettingsUnreadable()] };
  return parseSettings(saved.value);
}

/**
 * Italian words for each saved setting that changes the result (its pipeline value differs from the
 * default's), keyed by the pipeline setting it feeds: "metodo: binario".
 */
function describe(s: AddInSettings): [keyof PipelineSettings, string][] {
  const out: [keyof PipelineSettings, string][] = [];
  for (const e of SETTING_ENTRIES) {
    const value = (s as Record<string, unknown>)[e.key];
    if (JSON.stringify(pipelineValue(e, value)) !== JSON.stringify(pipelineValue(e, e.default)))
      out.push([e.key, `${e.name}: ${valueText(e, value)}`]);
  }
  return out;
}

/**
 * The workbook's saved settings under the command line's: an option given explicitly wins, every other
 * setting comes from the file. `fromFile` names, in Italian, the settings that came from the file and
 * change the result (those equal to the defaults are not worth saying).
 */
export function combineSettings(
  saved: AddInSettings | null,
  cli: Partial<PipelineSettings>
): { settings: Partial<PipelineSettings>; fromFile: string[] } {
  if (!saved) return { settings: cli, fromFile: [] };
  const settings: Partial<PipelineSettings> = { ...toPipelineSettings(saved) };
  for (const [key, value] of Object.entries(cli) as [keyof PipelineSettings, unknown][])
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  const fromFile = describe(saved)
    .filter(([key]) => cli[key] === undefined)
    .map(([, text]) => text);
  return { settings, fromFile };
}
