import { KpiInput, ObjectiveInput } from "../engine/plan";
import { Problem, problem } from "../engine/problems";
import { a1 } from "./address";
import { codeDepth, declaredParentOf, levelOfDepth, parentCodeOf } from "./codes";
import { SheetGrid } from "./grid";
import { ReadResult, SheetLayout } from "./types";

/** An objective as a reader finds it; the builder adds the sheet, the row and an empty KPI list. */
export type ObjectiveFields = Omit<ObjectiveInput, "sheet" | "row" | "kpis"> & { kpis?: KpiInput[] };

/** A KPI as a reader finds it; the builder adds its id, the sheet and the row. */
export type KpiFields = Omit<KpiInput, "id" | "sheet" | "row">;

/**
 * What every layout reader shares when it turns a sheet into a plan: objectives and KPIs with their
 * sheet, 1-based row and id ("Piano!14"), the hidden rows read (said once per sheet), parents linked
 * from codes, and the sheet's problems said once each. Rows are given 0-based, as the readers walk them.
 */
export class PlanBuilder {
  private readonly problems: Problem[] = [];
  private readonly hidden = new Set<number>();

  constructor(readonly grid: SheetGrid) {}

  get sheet(): string {
    return this.grid.name;
  }

  /** A problem of the sheet, kept in the order said. */
  say(...problems: Problem[]): void {
    this.problems.push(...problems);
  }

  /** A row the plan was read from: a hidden one is listed in the sheet's one avviso on hidden rows read. */
  rowRead(r: number): void {
    if (this.grid.hiddenRows?.has(r)) this.hidden.add(r);
  }

  objective(r: number, fields: ObjectiveFields): ObjectiveInput {
    this.rowRead(r);
    return { ...fields, kpis: fields.kpis ?? [], sheet: this.sheet, row: r + 1 };
  }

  kpi(r: number, fields: KpiFields): KpiInput {
    this.rowRead(r);
    return { id: `${this.sheet}!${r + 1}`, ...fields, sheet: this.sheet, row: r + 1 };
  }

  /**
   * The reader's result: its plan and layout, the problems said through the builder then `problems`,
   * the hidden rows read (one avviso, at the first of them in `hiddenCol`, by default the indicators'
   * column), each problem once.
   */
  finish(
    objectives: ObjectiveInput[],
    layout: SheetLayout,
    problems: readonly Problem[] = [],
    hiddenCol: number = layout.columns.indicatore ?? layout.columns.obiettivo ?? this.grid.colOffset
  ): ReadResult {
    const all = [...this.problems, ...problems];
    if (this.hidden.size > 0) {
      const rows = [...this.hidden].sort((a, b) => a - b);
      all.push(
        problem(
          "righe-nascoste-lette",
          { sheet: this.sheet, cell: a1(rows[0], hiddenCol) },
          rows.map((r) => r + 1)
        )
      );
    }
    return { plan: { sheet: this.sheet, objectives }, layout, problems: uniqueProblems(all) };
  }

  /** A reader's result without a plan (the sheet is its layout but cannot be read): its problems, each once. */
  failed(problems: readonly Problem[] = []): ReadResult {
    return { plan: null, layout: null, problems: uniqueProblems([...this.problems, ...problems]) };
  }
}

/** The same warning on the same cell (same code, sheet and cell) said once: the first time it was said. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}\u0000${p.sheet ?? ""}\u0000${p.cell ?? ""}\u0000${p.cell === undefined ? p.message : ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Parents and levels from the codes found on the sheet: "A.1.2" sits under "A.1" (or the nearest
 * ancestor that exists, reported when the direct parent is missing below the plan's top level); the
 * level follows the depth.
 */
export function linkParents(objectives: ObjectiveInput[]): Problem[] {
  const known = new Set(objectives.map((o) => o.code));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  // a plan may start at any level (no area rows): only a gap below the top level is worth a warning
  const topDepth = Math.min(...objectives.map((o) => codeDepth(o.code)));
  for (const o of objectives) {
    o.level = levelOfDepth(codeDepth(o.code));
    o.parentCode = parentCodeOf(o.code, known);
    const declared = declaredParentOf(o.code);
    const gap = o.parentCode !== null ? o.parentCode !== declared : codeDepth(o.code) > topDepth;
    if (declared && gap && !reported.has(o.code)) {
      reported.add(o.code);
      problems.push(problem("padre-mancante", { sheet: o.sheet, cell: o.cells.name }, o.code, declared, o.parentCode));
    }
  }
  return problems;
}
