/** A problem found while reading or computing a plan. Problems are values: nothing here throws. */
export type Severity = "errore" | "avviso";

export interface Problem {
  severity: Severity;
  /** Stable machine code, e.g. "pesi-non-100" (see messages.ts). */
  code: string;
  /** Italian text shown to the user. */
  message: string;
  sheet?: string;
  /** A1 address of the cell concerned, when there is one. */
  cell?: string;
  /** Further cells concerned (e.g. all the weight cells of an objective). */
  cells?: string[];
}

export function problem(
  severity: Severity,
  code: string,
  message: string,
  where: { sheet?: string; cell?: string; cells?: string[] } = {}
): Problem {
  const p: Problem = { severity, code, message };
  if (where.sheet !== undefined) p.sheet = where.sheet;
  if (where.cell !== undefined) p.cell = where.cell;
  if (where.cells !== undefined && where.cells.length > 0) p.cells = where.cells;
  return p;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "errore");
}
