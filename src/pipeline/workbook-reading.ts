import { SheetGrid } from "../layout/grid";
import { SheetReading, readingOf } from "../layout/reading";
import { pipelineDefaults, readSheets } from "./recalculate";
import { PipelineSettings } from "./types";

/**
 * How each sheet is read with these settings (the user's mapping and header rows included), without
 * computing anything: the task pane's "Come è stato letto il foglio" shows it, `perf-albero leggi`
 * prints the same readings. One entry per grid, in the grids' order.
 */
export function readWorkbookLayout(
  grids: readonly SheetGrid[],
  settings: Partial<PipelineSettings> = {},
  today?: number
): SheetReading[] {
  return readSheets(grids, pipelineDefaults(settings), today).map(
    ({ grid, result }) => result.reading ?? readingOf(grid, result)
  );
}
