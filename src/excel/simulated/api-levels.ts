import type { SimContext } from "./context";
import { SimulatedExcelError } from "./errors";

/**
 * The ExcelApi requirement set of each Office.js member the adapter calls above ExcelApi 1.1, as the
 * Excel JavaScript API reference states it ("[API set: ExcelApi x.y]"). A simulated Excel limited to a
 * level refuses the others at sync with ApiNotFound, as an Excel without them does, so a test in the
 * "ExcelApi 1.1" mode proves every call the adapter makes there is ≤ 1.1 or guarded.
 */
export const API_REQUIREMENTS = {
  "Workbook.functions": "1.2",
  "Worksheet.getUsedRange(valuesOnly)": "1.2",
  "Range.getVisibleView": "1.3",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "Range.conditionalFormats": "1.6",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "Application.suspendScreenUpdatingUntilNextSync": "1.9",
  "Range.getCellProperties": "1.9",
  "RangeFormat.indentLevel": "1.9",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.valuesAsJson": "1.16",
} as const;

export type GatedApi = keyof typeof API_REQUIREMENTS;

function parts(version: string): number[] {
  return version.split(".").map(Number);
}

/** True when ExcelApi `level` includes `version` ("1.13" > "1.9"); a null level has every API. */
export function levelSupports(level: string | null, version: string): boolean {
  if (level === null) return true;
  const [lMajor, lMinor] = parts(level);
  const [vMajor, vMinor] = parts(version);
  return lMajor > vMajor || (lMajor === vMajor && lMinor >= vMinor);
}

/** Queues the refusal Excel gives at sync when the member is above the workbook's API level. */
export function requireApi(ctx: SimContext, api: GatedApi): void {
  const needed = API_REQUIREMENTS[api];
  const level = ctx.excel.apiLevel;
  if (levelSupports(level, needed)) return;
  ctx.enqueue(0, () => {
    throw new SimulatedExcelError(
      "ApiNotFound",
      `${api} richiede ExcelApi ${needed}; questo Excel ha ExcelApi ${level}.`
    );
  });
}
