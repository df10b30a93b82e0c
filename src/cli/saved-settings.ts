import { PipelineSettings } from "../pipeline/types";
import { AddInSettings, DEFAULT_ADDIN_SETTINGS, SETTINGS_KEY, parseSettings, toPipelineSettings } from "../pipeline/workbook-settings";
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

const percent = (v: number): string => `${String(Math.round(v * 10000) / 100).replace(".", ",")}%`;
const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(", ");

/** Italian words for each saved setting that differs from the default, keyed by the pipeline setting it feeds. */
function describe(s: AddInSettings): [keyof PipelineSettings, string][] {
  const d = DEFAULT_ADDIN_SETTINGS;
  const out: [keyof PipelineSettings, string][] = [];
  if (s.method !== d.method) out.push(["method", `metodo ${s.method}`]);
  if (s.thresholds.yellow !== d.thresholds.yellow || s.thresholds.green !== d.thresholds.green)
    out.push(["thresholds", `soglie ${percent(s.thresholds.yellow)}/${percent(s.thresholds.green)}`]);
  if (s.emptyActual !== d.emptyActual) out.push(["emptyActual", `consuntivo vuoto: ${s.emptyActual}`]);
  if (s.lateDeadline !== d.lateDeadline) out.push(["lateDeadline", `scadenze mancate: ${s.lateDeadline}`]);
  if (s.lowerIsBetter !== d.lowerIsBetter) out.push(["lowerIsBetter", `indicatori "minore è meglio": ${s.lowerIsBetter}`]);
  if (s.weightTolerance !== d.weightTolerance) out.push(["weightTolerance", `tolleranza dei pesi ${percent(s.weightTolerance)}`]);
  if (s.sheets.length > 0) out.push(["sheets", `fogli ${quoted(s.sheets)}`]);
  if (Object.keys(s.columns).length > 0) out.push(["columns", `colonne indicate per ${quoted(Object.keys(s.columns))}`]);
  if (s.overwriteFormulas === true) out.push(["overwriteFormulas", "sostituzione delle formule nelle celle di performance"]);
  return out;
}

/**
 * The workbook's saved settings under the command line's: an option given explicitly wins, every other
 * setting comes from the file. `fromFile` names, in Italian, the settings that came from the file and
 * change the result (those equal to the defaults are not worth saying).
 */
export function combineSettings(saved: AddInSettings | null, cli: Partial<PipelineSettings>): { settings: Partial<PipelineSettings>; fromFile: string[] } {
  if (!saved) return { settings: cli, fromFile: [] };
  const settings: Partial<PipelineSettings> = { ...toPipelineSettings(saved) };
  for (const [key, value] of Object.entries(cli) as [keyof PipelineSettings, unknown][])
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  const fromFile = describe(saved)
    .filter(([key]) => cli[key] === undefined)
    .map(([, text]) => text);
  return { settings, fromFile };
}
