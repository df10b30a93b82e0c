import { SETTING_ENTRIES } from "../pipeline/settings-schema";
import { valueText } from "../pipeline/settings-values";
import { AddInSettings } from "../pipeline/workbook-settings";

/** The settings that change the figures, as the line under the tree names them. */
const SHOWN = ["method", "thresholds", "weightTolerance", "year"];

/** "Ultimo ricalcolo alle 23:41 con metodo binario, soglie 60%/80%, tolleranza pesi 0,1%, anno 2019." */
export function lastRunText(at: Date, settings: AddInSettings): string {
  const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  const values = settings as Record<string, unknown>;
  const parts = SETTING_ENTRIES.filter(
    (e) => SHOWN.includes(e.key) && !(e.key === "year" && values[e.key] === null)
  ).map((e) => `${e.name} ${valueText(e, values[e.key])}`);
  return `Ultimo ricalcolo alle ${time} con ${parts.join(", ")}.`;
}
