import { ruleOf } from "../engine/problem-codes";
import { Problem } from "../engine/problems";

/** The problems of a recalculation as the "Verifica pesi" tab lists them. */
export interface ProblemGroups {
  /** Nodes whose weights do not sum to 100%, or only some of whose elements have a weight. */
  weights: Problem[];
  /** Problems tied to a cell: unreadable values, targets no rule can score, cells with formulas... */
  cells: Problem[];
  /** Problems of a whole sheet or plan. */
  other: Problem[];
}

export function groupProblems(problems: readonly Problem[]): ProblemGroups {
  const groups: ProblemGroups = { weights: [], cells: [], other: [] };
  for (const p of problems) {
    if (ruleOf(p.code).group === "pesi") groups.weights.push(p);
    else if (p.cell) groups.cells.push(p);
    else groups.other.push(p);
  }
  return groups;
}

/** Cells to offer "Vai alla cella" for: the listed ones, else the main one. */
export function problemCells(p: Problem): string[] {
  if (p.cells && p.cells.length > 0) return p.cells;
  return p.cell ? [p.cell] : [];
}
