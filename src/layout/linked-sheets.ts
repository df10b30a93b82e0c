import { ObjectiveInput } from "../engine/plan";
import { problem } from "../engine/problems";
import { parseWeight } from "../engine/weight";
import { a1 } from "./address";
import { cellText } from "./cell-text";
import { codeDepth, levelOfDepth, parseCodeCell } from "./codes";
import { HEADER_SEARCH_ROWS, scoreHeaderRow } from "./header-detection";
import { SheetGrid, cellAt, formatAt } from "./grid";
import { READER_REASONS } from "./messages";
import { readingOf } from "./reading";
import { PlanBuilder, linkParents } from "./plan-builder";
import { ReadResult } from "./types";

export interface SheetRead {
  grid: SheetGrid;
  result: ReadResult;
}

interface ListedObjective {
  code: string;
  name: string;
  weight: number | null;
  row: number;
  nameCell: string;
  weightCell?: string;
}

interface ObjectiveTable {
  read: SheetRead;
  objectives: ListedObjective[];
}

/**
 * A sheet listing objectives without indicators: a header with Codice and Obiettivo (Peso optional)
 * and neither Indicatore, Target nor Consuntivo, its rows coded "A", "A.1", …
 */
function objectiveTableOf(read: SheetRead): ObjectiveTable | null {
  const { grid } = read;
  const last = grid.rowOffset + Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  for (let r = grid.rowOffset; r < last; r++) {
    const h = scoreHeaderRow(grid, r);
    const colOf = (field: string) => h.cells.find((c) => c.meaning.field === field)?.col;
    const code = colOf("codice");
    const name = colOf("obiettivo");
    if (code === undefined || name === undefined) continue;
    if (["indicatore", "target", "consuntivo"].some((f) => colOf(f) !== undefined)) return null;
    const weight = colOf("pesoObiettivo") ?? colOf("peso");
    const objectives: ListedObjective[] = [];
    for (let row = r + 1; row < grid.rowOffset + grid.values.length; row++) {
      const parsed = parseCodeCell(cellText(cellAt(grid, row, code)));
      if (!parsed) continue;
      const w = weight === undefined ? null : parseWeight(cellAt(grid, row, weight), formatAt(grid, row, weight));
      const listed: ListedObjective = {
        code: parsed,
        name: cellText(cellAt(grid, row, name)) || parsed,
        weight: w && !w.invalid ? w.weight : null,
        row,
        nameCell: a1(row, name),
      };
      if (weight !== undefined && w?.weight !== null && w?.weight !== undefined) listed.weightCell = a1(row, weight);
      objectives.push(listed);
    }
    return objectives.length > 0 ? { read, objectives } : null;
  }
  return null;
}

/**
 * Two sheets linked by codes (issue 9): an "Obiettivi" sheet with the tree's codes, names and weights,
 * and a sheet of indicators whose rows name their objective's code. The objectives of the first join
 * the plan of the second (areas and weights included), so the tree is the one the office keeps; the
 * objectives sheet stops being "a plan that could not be read". Mutates the reads; returns nothing.
 */
export function linkObjectiveSheets(reads: SheetRead[]): void {
  const tables = reads
    .filter((r) => !r.result.plan)
    .map(objectiveTableOf)
    .filter((t): t is ObjectiveTable => t !== null);
  if (tables.length === 0) return;
  for (const read of reads) {
    const plan = read.result.plan;
    if (!plan) continue;
    const codes = new Set(plan.objectives.map((o) => o.code));
    const table = tables.find((t) => t.objectives.some((o) => codes.has(o.code)));
    if (!table) continue;
    const sheet = table.read.grid.name;
    const objectives = new PlanBuilder(table.read.grid);
    // the reader's word on parents missing from the sheet alone (A.1 without A) is replaced by the linked tree's
    const alone = new Set(linkParents(plan.objectives).map((p) => `${p.cell} ${p.message}`));
    const merged: ObjectiveInput[] = [];
    for (const listed of table.objectives) {
      const own = plan.objectives.find((o) => o.code === listed.code);
      if (own) {
        if (own.name === own.code) own.name = listed.name;
        if (own.weight === null && listed.weight !== null) own.weight = listed.weight;
        merged.push(own);
        continue;
      }
      const node = objectives.objective(listed.row, {
        code: listed.code,
        name: listed.name,
        level: levelOfDepth(codeDepth(listed.code)),
        weight: listed.weight,
        parentCode: null,
        cells: { name: listed.nameCell },
      });
      if (listed.weightCell) node.cells.weight = listed.weightCell;
      merged.push(node);
    }
    for (const o of plan.objectives) if (!merged.includes(o)) merged.push(o);
    plan.objectives = merged;
    const problems = read.result.problems.filter((p) => !alone.has(`${p.cell} ${p.message}`));
    problems.push(
      ...linkParents(merged),
      problem("fogli-collegati", { sheet: read.grid.name }, sheet, table.objectives.length)
    );
    const result: ReadResult = { ...read.result, problems };
    // the reading shows the linked tree; the columns and the reason stay those the reader found
    const before = read.result.reading;
    if (before) result.reading = { ...readingOf(read.grid, result), columns: before.columns, reason: before.reason };
    read.result = result;
    // the objectives sheet is read now: what its reader said about missing indicator columns no longer holds
    const linked = { ...table.read.result, problems: [] };
    if (linked.reading) linked.reading = { ...linked.reading, reason: READER_REASONS.linked(read.grid.name) };
    table.read.result = linked;
  }
}
