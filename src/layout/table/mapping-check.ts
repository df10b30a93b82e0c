import { Problem, problem } from "../../engine/problems";
import { CellValue, parseCell } from "../../engine/values";
import { a1, columnLetters } from "../address";
import { cellText, isBlank } from "../cell-text";
import { SheetGrid, cellAt } from "../grid";
import { directionInColumn } from "./kpi-row";
import { FIELD_LABELS } from "../messages";
import { ColumnMap, Field } from "../types";

/** Whether a cell holds something its mapped field never holds: a sentence for a figure, a number for a name. */
function contradicts(field: Field, v: CellValue): boolean {
  switch (field) {
    case "peso":
    case "pesoObiettivo":
    case "target":
    case "consuntivo":
      return typeof v === "string" && cellText(v).length > 25 && parseCell(v).kind === "invalid";
    case "direzione":
      return typeof v === "number" || (typeof v === "string" && directionInColumn(cellText(v)) === null);
    case "indicatore":
    case "obiettivo":
      return typeof v === "number";
    default:
      return false;
  }
}

/** Cells named in the message at most. */
const SHOWN = 5;

/**
 * Issue 9 §4: a column the user mapped whose cells mostly hold what the field never holds (the KPI
 * names under "Target", numbers under "Indicatore") is said, naming the cells: the mapping is likely off
 * by a column. The reading goes on as mapped.
 */
export function checkMappedColumns(
  grid: SheetGrid,
  sheet: string,
  mapped: ColumnMap,
  firstRow: number,
  lastRow: number
): Problem[] {
  const problems: Problem[] = [];
  for (const [field, col] of Object.entries(mapped) as [Field, number | undefined][]) {
    if (col === undefined) continue;
    let filled = 0;
    const wrong: string[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const v = cellAt(grid, r, col);
      if (isBlank(v)) continue;
      filled++;
      if (contradicts(field, v)) wrong.push(a1(r, col));
    }
    if (wrong.length >= 2 && wrong.length * 2 >= filled) {
      problems.push(
        problem(
          "mappatura-incoerente",
          { sheet, cell: wrong[0], cells: wrong },
          columnLetters(col),
          FIELD_LABELS[field],
          wrong.length,
          wrong.slice(1, SHOWN)
        )
      );
    }
  }
  return problems;
}
