import { cardsReader } from "./cards/cards";
import { dashboardReader } from "./dashboard/dashboard";
import { SheetGrid } from "./grid";
import { indentedTableReader } from "./indent/indent-reader";
import { levelTableReader } from "./level-table/level-table";
import { reportTreeReader } from "./report-tree/report-tree";
import { tableReader } from "./table/table-reader";
import { Detection, LayoutReader, ReadOptions, ReadResult } from "./types";

/**
 * The layout readers. readPlanSheet asks every one of them to detect the sheet and lets the highest
 * score read it; on equal scores the reader listed first wins, so the specific layouts (an indented name column without codes, report tree 003,
 * dashboard 002, cards 004, level-column table 002) go before the generic table reader. A full column
 * mapping leaves only the readers that take one (`takesMapping`).
 */
export const LAYOUT_READERS: readonly LayoutReader[] = [
  indentedTableReader,
  reportTreeReader,
  dashboardReader,
  cardsReader,
  levelTableReader,
  tableReader,
];

/** One reader on one sheet, detection then read: null when it does not recognise the sheet (tests, tools). */
export function readAs<D extends Detection>(
  reader: LayoutReader<D>,
  grid: SheetGrid,
  options: ReadOptions = {}
): ReadResult | null {
  const detection = reader.detect(grid, options);
  return detection ? reader.read(grid, options, detection) : null;
}
