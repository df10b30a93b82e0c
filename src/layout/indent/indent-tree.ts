import { ObjectiveInput } from "../../engine/plan";
import { Problem, problem } from "../../engine/problems";
import { a1, columnLetters } from "../address";
import { cellText, isBlank } from "../cell-text";
import { codeDepth, extractCode, levelOfDepth } from "../codes";
import { cellAt, indentAt } from "../grid";
import { ColumnIndents, columnIndents, leadingSpaces } from "./indent-levels";
import { readKpiRow, readWeight } from "../table/kpi-row";
import { TableContext, classifyRow, valueAt } from "../table/row-classifier";
import { LEGEND, TableRows } from "../table/table-rows";

/**
 * One name column where areas, objectives and KPIs are told apart only by indentation, no codes
 * (issue 9 §3):
 *   Descrizione                                  | Peso | Target | Consuntivo
 *   Area 1 Competitività delle imprese           |      |        |
 *      Obiettivo strategico Digitalizzazione     | 60%  |        |
 *         Obiettivo operativo Sportello online   | 50%  |        |
 *            Pratiche telematiche (%)            | 100% | >= 90% | 93%
 * A row with a target or a consuntivo is a KPI of the objective one level out above it; any other
 * named row is an objective under the row one level out above it (the first level an area, then
 * obiettivo strategico, operativo, as their codes' depth says; a single level of objectives holding the
 * KPIs are objectives). Codes are generated from the position
 * (parent's code and ordinal, as for 002's programmes); an area's own code ("Area 1 …" → 1) is kept.
 * A row whose indentation does not fit (two levels in, a KPI at the first level, a row under a KPI) is
 * reported and left out, never attached to a guess.
 */

export interface IndentedRows extends TableRows {
  /** 1-based rows placed in the tree by their indentation. */
  placed: number[];
}

type Why = "salto" | "kpi-in-cima" | "sotto-kpi" | "passo";

/** A row left out and the rows one level or more in below it, left out with it: one problem naming them all. */
interface LeftOut {
  why: Why;
  text: string;
  rows: number[];
}

/** An open place of the tree: an objective that may take rows one level in, a KPI that takes none, or a row left out. */
type Open = { kind: "objective"; node: ObjectiveInput } | { kind: "kpi" } | { kind: "left-out"; block: LeftOut };

interface Candidate {
  row: number;
  text: string;
  kpi: boolean;
}

/** The named rows of the plan (titles repeated at page breaks, totals, blank rows and the legend left out). */
function candidates(ctx: TableContext, col: number, firstRow: number, lastRow: number, problems: Problem[]) {
  const out: Candidate[] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const text = cellText(cellAt(ctx.grid, r, col));
    if (LEGEND.test(text)) break;
    const cls = classifyRow(ctx, r);
    if (cls.kind === "blank" || cls.kind === "header" || cls.kind === "note") continue;
    if (text === "") {
      if (cls.kind === "unclassified")
        problems.push(
          problem(
            "riga-non-classificata",
            { sheet: ctx.sheet, cell: cls.cells[0], cells: cls.cells },
            cls.cells.join(", ")
          )
        );
      continue;
    }
    const kpi = !isBlank(valueAt(ctx, r, "target")) || !isBlank(valueAt(ctx, r, "consuntivo"));
    out.push({ row: r, text, kpi });
  }
  return out;
}

/** A quick look before reading rows: a cell of the column indented, or a text starting with a space. */
function anyIndent(ctx: TableContext, col: number, firstRow: number, lastRow: number): boolean {
  for (let r = firstRow; r <= lastRow; r++) {
    if (indentAt(ctx.grid, r, col) > 0) return true;
    if (leadingSpaces(cellAt(ctx.grid, r, col)) > 0) return true;
  }
  return false;
}

/** An area's own one-part code ("Area 1 Competitività …" → 1, "A Competitività …" → A); deeper codes make the sheet a coded one. */
function ownCode(text: string): { code: string; name: string } | null {
  const coded = extractCode(text);
  return coded && codeDepth(coded.code) === 1 ? { code: coded.code, name: coded.name || coded.code } : null;
}

/**
 * The rows of a table whose one name column is indented and whose objectives carry no code, or null
 * when the sheet is not one (objective and indicator in separate columns, a Codice column of
 * objectives, codes in the names, no indentation): the table reader then reads it as before.
 */
export function readIndentedRows(ctx: TableContext, firstRow: number, lastRow: number): IndentedRows | null {
  const { columns } = ctx;
  if (columns.obiettivo !== undefined && columns.indicatore !== undefined && columns.obiettivo !== columns.indicatore)
    return null;
  if (ctx.extraObjectiveColumns.length > 0) return null;
  if (columns.codice !== undefined && ctx.codeRole === "obiettivo") return null;
  const col = columns.indicatore ?? columns.obiettivo;
  if (col === undefined) return null;
  if (!anyIndent(ctx, col, firstRow, lastRow)) return null;
  const problems: Problem[] = [];
  const rows = candidates(ctx, col, firstRow, lastRow, problems);
  if (!rows.some((c) => !c.kpi) || !rows.some((c) => c.kpi)) return null;
  const indents = columnIndents(
    ctx.grid,
    col,
    rows.map((c) => c.row)
  );
  if (!indents) return null;
  for (const c of rows) {
    if (c.kpi) continue;
    const coded = extractCode(c.text);
    if (coded && (indents.levels.get(c.row) !== 0 || codeDepth(coded.code) > 1)) return null;
  }
  return new IndentedTree(ctx, col, indents, problems).read(rows);
}

class IndentedTree {
  private readonly objectives: ObjectiveInput[] = [];
  private readonly byCode = new Set<string>();
  private readonly ordinals = new Map<string, number>();
  private readonly generated: { code: string; cell: string }[] = [];
  private readonly placed: number[] = [];
  private readonly open: Open[] = [];
  private readonly leftOutBlocks: LeftOut[] = [];
  private firstDataRow = -1;
  private lastDataRow = -1;

  constructor(
    private readonly ctx: TableContext,
    private readonly col: number,
    private readonly indents: ColumnIndents,
    private readonly problems: Problem[]
  ) {}

  read(rows: readonly Candidate[]): IndentedRows {
    // codes written on the areas are kept; the generated ones go around them
    for (const c of rows) {
      const own = !c.kpi && this.indents.levels.get(c.row) === 0 ? ownCode(c.text) : null;
      if (own) this.byCode.add(own.code);
    }
    for (const c of rows) this.row(c);
    // one level of objectives holding the KPIs: objectives, not areas
    if (this.objectives.every((o) => o.parentCode === null)) for (const o of this.objectives) o.level = "obiettivo";
    const { sheet } = this.ctx;
    const { source, step } = this.indents;
    for (const b of this.leftOutBlocks) {
      const cells = b.rows.map((r) => a1(r, this.col));
      const cell = cells.length > 1 ? `${cells[0]}:${cells[cells.length - 1]}` : cells[0];
      this.problems.push(problem("rientro-incoerente", { sheet, cell, cells }, b.why, b.text, { source, step }));
    }
    if (this.placed.length > 0) {
      const by = { source: this.indents.source, step: this.indents.step, column: columnLetters(this.col) };
      const cells = this.generated.map((g) => g.cell);
      this.problems.unshift(
        problem("livelli-dal-rientro", { sheet, cell: a1(this.placed[0] - 1, this.col), cells }, by, this.generated)
      );
    }
    return {
      objectives: this.objectives,
      problems: this.problems,
      firstDataRow: this.firstDataRow,
      lastDataRow: this.lastDataRow,
      kpiOnObjectiveRow: 0,
      kpiBelowObjective: this.objectives.filter((o) => o.kpis.length > 0).length,
      objectivesWithoutRowKpi: new Set(this.objectives),
      orphanKpis: 0,
      placed: this.placed,
    };
  }

  private row(c: Candidate): void {
    const level = this.indents.levels.get(c.row) ?? null;
    if (level === null) return this.leftOut(c, "passo", null);
    if (level > this.open.length) return this.leftOut(c, "salto", level);
    const above = level > 0 ? this.open[level - 1] : null;
    if (above?.kind === "kpi") return this.leftOut(c, "sotto-kpi", level);
    // under a row left out: left out with it, named by the same problem
    if (above?.kind === "left-out") {
      above.block.rows.push(c.row);
      return this.close(level, above);
    }
    const parent = above?.kind === "objective" ? above.node : null;
    if (c.kpi) {
      if (!parent) return this.leftOut(c, "kpi-in-cima", level);
      const { kpi, problems } = readKpiRow(this.ctx, c.row, readWeight(this.ctx, c.row));
      this.problems.push(...problems);
      parent.kpis.push(kpi);
      this.close(level, { kind: "kpi" });
    } else this.close(level, { kind: "objective", node: this.objective(c, parent, level) });
    this.placed.push(c.row + 1);
    this.markData(c.row);
  }

  /** The place at `level` is now `open`; deeper places close. */
  private close(level: number, open: Open): void {
    this.open.length = level;
    this.open[level] = open;
  }

  /**
   * A row whose indentation does not fit: reported, and the rows further in below it go with it. A row
   * two levels in holds the levels it skipped, so its siblings below are not each a jump of their own.
   */
  private leftOut(c: Candidate, why: Why, level: number | null): void {
    const block: LeftOut = { why, text: c.text, rows: [c.row] };
    this.leftOutBlocks.push(block);
    if (level === null) return;
    const from = Math.min(level, this.open.length);
    this.open.length = from;
    for (let l = from; l <= level; l++) this.open[l] = { kind: "left-out", block };
  }

  private objective(c: Candidate, parent: ObjectiveInput | null, depth: number): ObjectiveInput {
    const cell = a1(c.row, this.col);
    const own = parent ? null : ownCode(c.text);
    const code = own && !this.generated.some((g) => g.code === own.code) ? own.code : this.generateCode(parent, cell);
    const o = this.ctx.plan.objective(c.row, {
      code,
      name: own && own.code === code ? own.name : c.text,
      level: levelOfDepth(depth + 1),
      weight: null,
      parentCode: parent?.code ?? null,
      cells: { name: cell },
    });
    // the objectives' weights in a column of their own ("Peso obiettivo"), when the sheet has one
    const w = readWeight(this.ctx, c.row, this.ctx.columns.pesoObiettivo !== undefined ? "pesoObiettivo" : "peso");
    this.problems.push(...w.problems);
    o.weight = w.weight;
    if (w.cell && w.weight !== null) o.cells.weight = w.cell;
    if (this.ctx.columns.performanceObiettivo !== undefined)
      o.cells.performance = a1(c.row, this.ctx.columns.performanceObiettivo);
    this.byCode.add(code);
    this.objectives.push(o);
    return o;
  }

  /** The parent's code and the node's ordinal under it ("1.2"), skipping codes already taken. */
  private generateCode(parent: ObjectiveInput | null, cell: string): string {
    const key = parent?.code ?? "";
    let n = (this.ordinals.get(key) ?? 0) + 1;
    const make = (i: number) => (parent ? `${parent.code}.${i}` : String(i));
    while (this.byCode.has(make(n))) n++;
    this.ordinals.set(key, n);
    const code = make(n);
    this.generated.push({ code, cell });
    return code;
  }

  private markData(r: number): void {
    if (this.firstDataRow < 0) this.firstDataRow = r;
    this.lastDataRow = r;
    this.ctx.plan.rowRead(r);
  }
}
