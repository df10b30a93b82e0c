/** A problem found while reading or computing a plan. Problems are values: nothing here throws. */
import { MessageArgs, PROBLEMS, ProblemCode, Severity } from "./problem-codes";

export type { ProblemCode, Severity } from "./problem-codes";

export interface Problem {
  severity: Severity;
  /** Stable machine code from the registry (problem-codes.ts). */
  code: ProblemCode;
  /** Italian text shown to the user; it never names the sheet and cell below, the edges print them. */
  message: string;
  sheet?: string;
  /** A1 address of the cell concerned, when there is one. */
  cell?: string;
  /** Further cells concerned (e.g. all the weight cells of an objective). */
  cells?: string[];
}

export interface Where {
  sheet?: string;
  cell?: string;
  cells?: string[];
}

/** The problem `code` at `where`: severity and message come from the registry. */
export function problem<C extends ProblemCode>(code: C, where: Where, ...args: MessageArgs<C>): Problem {
  const message = (PROBLEMS[code].message as (...a: MessageArgs<C>) => string)(...args);
  return located({ severity: PROBLEMS[code].severity, code, message }, where);
}

/** The same problem placed at `where` (a scoring failure gets the KPI's cell this way). */
export function located(p: Problem, where: Where): Problem {
  const out: Problem = { severity: p.severity, code: p.code, message: p.message };
  const sheet = where.sheet ?? p.sheet;
  const cell = where.cell ?? p.cell;
  const cells = where.cells ?? p.cells;
  if (sheet !== undefined) out.sheet = sheet;
  if (cell !== undefined) out.cell = cell;
  if (cells !== undefined && cells.length > 0) out.cells = cells;
  return out;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "errore");
}
