import { normaliseSpaces } from "../../engine/italian-number";
import { cellText } from "../cell-text";
import { matchHeader } from "../column-synonyms";
import { SheetGrid, cellAt, gridColCount } from "../grid";
import { directionInColumn } from "./kpi-row";
import { ColumnMap, Field } from "../types";

/** A column whose field its content decided, because its heading is unknown or ambiguous ("Tipo"). */
export interface ContentDecision {
  field: Field;
  col: number;
}

/** Rows looked at to judge a column's content. */
const SAMPLE_ROWS = 300;

/**
 * Columns the headings left undecided, judged by what they hold: a column of ">=", "crescente", "↑",
 * "+", "massimizzare" is the direction. Only fields still missing are filled; a column already given
 * to a field, or whose heading names one, is left alone.
 */
export function columnsFromContent(grid: SheetGrid, headerRow: number, columns: ColumnMap): ContentDecision[] {
  const decisions: ContentDecision[] = [];
  if (columns.direzione !== undefined) return decisions;
  const taken = new Set(Object.values(columns));
  const first = Math.max(headerRow + 1, grid.rowOffset);
  const last = Math.min(grid.rowOffset + grid.values.length - 1, first + SAMPLE_ROWS);
  for (let c = grid.colOffset; c < grid.colOffset + gridColCount(grid); c++) {
    if (taken.has(c)) continue;
    if (headerRow >= 0 && matchHeader(cellAt(grid, headerRow, c))) continue;
    let filled = 0;
    let directions = 0;
    let signsOnly = true;
    for (let r = first; r <= last; r++) {
      const text = normaliseSpaces(cellText(cellAt(grid, r, c)));
      if (text === "") continue;
      filled++;
      if (directionInColumn(text)) directions++;
      if (text !== "-" && text !== "+") signsOnly = false;
    }
    // a column of dashes is a column of empty marks, not of directions
    if (filled >= 2 && directions >= filled * 0.8 && !(signsOnly && directions > 0 && !hasPlus(grid, c, first, last))) {
      decisions.push({ field: "direzione", col: c });
      break;
    }
  }
  return decisions;
}

function hasPlus(grid: SheetGrid, col: number, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) if (cellText(cellAt(grid, r, col)).trim() === "+") return true;
  return false;
}
