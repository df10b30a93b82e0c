import { KpiInput, ObjectiveInput } from "../../engine/plan";
import { problem } from "../../engine/problems";
import { Scalar, parseCell } from "../../engine/values";
import { a1 } from "../address";
import { eliminationNoteIn, stringText } from "../cell-text";
import { matchHeader } from "../column-synonyms";
import { readDashboardTarget, targetNote } from "../dashboard-targets";
import { chooseYear, yearOf } from "../dashboard-year";
import { SheetGrid, cellAt, formatAt, gridColCount } from "../grid";
import { DETECTION_TEXT } from "../messages";
import { PlanBuilder } from "../plan-builder";
import { Detection, LayoutReader, ReadResult, SheetLayout } from "../types";

/**
 * Layout 002 (CCIAA Maremma e Tirreno, Cruscotto strategico 2016-2020): a multi-year dashboard.
 *   011_ Competitività delle Imprese
 *   1. Semplificazione Amministrativa e ...   | 2016 | 2017 | 2018 | 2019 | 2020 |
 *   n° fascicoli d'impresa creati/...         |      | 100% | 100% | 100% | 100% | note
 * Missions ("011_ ...") are areas, numbered group rows carrying the years are strategic objectives,
 * the rows under them their indicators. The user picks the year; a "Consuntivo <anno>" column in the
 * group rows, when present, holds the measured values that are scored.
 */

const MISSION = /^(\d{3})\s*_\s*(\S.*)$/;
const GROUP = /^(\d{1,2})\s*[.)]\s*(\S.*)$/;

interface Block {
  row: number;
  years: Map<number, number>;
  actuals: Map<number, number>;
  /** A "Consuntivo" column without a year. */
  actualAnyYear?: number;
}

/** The years (and consuntivo columns) a row carries right of the name column, or null when fewer than two years. */
function blockOf(grid: SheetGrid, r: number, nameCol: number, colCount: number): Block | null {
  const years = new Map<number, number>();
  const actuals = new Map<number, number>();
  let actualAnyYear: number | undefined;
  const end = grid.colOffset + colCount;
  for (let c = nameCol + 1; c < end; c++) {
    const y = yearOf(cellAt(grid, r, c));
    if (y !== null && !years.has(y)) years.set(y, c);
  }
  if (years.size < 2) return null;
  for (let c = nameCol + 1; c < end; c++) {
    const v = cellAt(grid, r, c);
    const h = typeof v === "string" && yearOf(v) === null ? matchHeader(v) : null;
    if (h?.field === "consuntivo") {
      if (h.year !== undefined) actuals.set(h.year, c);
      else actualAnyYear = c;
    }
  }
  return actualAnyYear === undefined ? { row: r, years, actuals } : { row: r, years, actuals, actualAnyYear };
}

class DashboardReader {
  private readonly plan: PlanBuilder;
  private readonly objectives: ObjectiveInput[] = [];
  private mission: ObjectiveInput | null = null;
  private group: ObjectiveInput | null = null;
  private block: Block | null = null;
  private firstBlock: Block | null = null;
  private lastRow = -1;
  private actualMissingSaid = false;
  private actualCol: number | undefined;
  private readonly colCount: number;

  constructor(
    private readonly grid: SheetGrid,
    private readonly nameCol: number,
    private readonly year: number
  ) {
    this.colCount = gridColCount(grid);
    this.plan = new PlanBuilder(grid);
  }

  private get sheet(): string {
    return this.grid.name;
  }

  run(): ReadResult {
    const end = this.grid.rowOffset + this.grid.values.length;
    for (let r = this.grid.rowOffset; r < end; r++) this.row(r);
    const withKpis = new Set(this.objectives.filter((o) => o.kpis.length > 0).map((o) => o.code));
    const kept = this.objectives.filter(
      (o) => withKpis.has(o.code) || this.objectives.some((c) => c.parentCode === o.code && withKpis.has(c.code))
    );
    if (kept.every((o) => o.kpis.length === 0)) {
      return this.plan.failed([problem("anno-senza-indicatori", { sheet: this.sheet }, this.year)]);
    }
    const first = this.firstBlock as Block;
    const layout: SheetLayout = {
      sheet: this.sheet,
      kind: "cruscotto",
      headerRow: first.row,
      columns: { obiettivo: this.nameCol, indicatore: this.nameCol },
      firstDataRow: first.row + 1,
      lastDataRow: this.lastRow,
    };
    const targetCol = first.years.get(this.year);
    if (targetCol !== undefined) layout.columns.target = targetCol;
    if (this.actualCol !== undefined) layout.columns.consuntivo = this.actualCol;
    return this.plan.finish(kept, layout, [], this.nameCol);
  }

  private row(r: number): void {
    const name = stringText(cellAt(this.grid, r, this.nameCol));
    const block = blockOf(this.grid, r, this.nameCol, this.colCount);
    if (block) {
      this.openBlock(block, name);
      return;
    }
    const mission = MISSION.exec(name);
    if (mission) {
      this.mission = this.node(r, mission[1], mission[2], "area", null);
      this.group = null;
      return;
    }
    if (name !== "" && this.block) this.indicator(r, name, this.block);
  }

  private node(
    r: number,
    code: string,
    name: string,
    level: ObjectiveInput["level"],
    parentCode: string | null
  ): ObjectiveInput {
    const o = this.plan.objective(r, {
      code,
      name,
      level,
      weight: null,
      parentCode,
      cells: { name: a1(r, this.nameCol) },
    });
    this.objectives.push(o);
    this.lastRow = r;
    return o;
  }

  private openBlock(block: Block, label: string): void {
    this.block = block;
    if (!this.firstBlock) this.firstBlock = block;
    const group = GROUP.exec(label);
    if (group) this.group = this.node(block.row, group[1], group[2], "strategico", this.mission?.code ?? null);
    else if (label !== "" && !matchHeader(label))
      this.group = this.node(block.row, label, label, "strategico", this.mission?.code ?? null);
  }

  private actualOf(r: number, block: Block): { value: Scalar; cell?: string; noColumn?: boolean } {
    let col = block.actuals.get(this.year);
    if (col === undefined && block.actualAnyYear !== undefined) {
      col = block.actualAnyYear;
      if (!this.actualMissingSaid) {
        this.actualMissingSaid = true;
        const cell = a1(block.row, col);
        this.plan.say(problem("consuntivo-senza-anno", { sheet: this.sheet, cell }, this.year));
      }
    }
    if (col === undefined) {
      if (!this.actualMissingSaid) {
        this.actualMissingSaid = true;
        const yearCol = block.years.get(this.year);
        const cell = yearCol === undefined ? undefined : a1(block.row, yearCol);
        this.plan.say(
          problem("consuntivo-assente", { sheet: this.sheet, cell }, { kind: "cruscotto", year: this.year })
        );
      }
      // Said once for the sheet above: each KPI is simply not measurable yet.
      return { value: { kind: "empty" }, noColumn: true };
    }
    if (this.actualCol === undefined) this.actualCol = col;
    return { value: parseCell(cellAt(this.grid, r, col), formatAt(this.grid, r, col)), cell: a1(r, col) };
  }

  /** A note right of the values saying the indicator was dropped ("Eliminato in sede di rolling annuale ... 2019") by the chosen year. */
  private eliminationNote(r: number, block: Block): { note: string; cell: string } | null {
    const valueCols = new Set([...block.years.values(), ...block.actuals.values(), block.actualAnyYear]);
    const end = this.grid.colOffset + this.colCount;
    const cols: number[] = [];
    for (let c = this.nameCol + 1; c < end; c++) if (!valueCols.has(c)) cols.push(c);
    return eliminationNoteIn(this.grid, r, cols, this.year);
  }

  private indicator(r: number, name: string, block: Block): void {
    const targetCol = block.years.get(this.year);
    if (targetCol === undefined) return;
    const target = readDashboardTarget(
      cellAt(this.grid, r, targetCol),
      formatAt(this.grid, r, targetCol),
      name,
      this.year
    );
    if (!target) return;
    this.lastRow = r;
    const nameCell = a1(r, this.nameCol);
    const targetCell = a1(r, targetCol);
    const eliminated = this.eliminationNote(r, block);
    if (eliminated) {
      this.plan.say(
        problem("indicatore-eliminato", { sheet: this.sheet, cell: eliminated.cell }, eliminated.note, this.year)
      );
      return;
    }
    if (!this.group) {
      this.plan.say(problem("kpi-fuori-obiettivo", { sheet: this.sheet, cell: nameCell }, "cruscotto"));
      return;
    }
    const note = targetNote(target, { sheet: this.sheet, cell: targetCell });
    if (note) this.plan.say(note);
    const actual = this.actualOf(r, block);
    const cells: KpiInput["cells"] = { name: nameCell, target: targetCell };
    if (actual.cell) cells.actual = actual.cell;
    this.group.kpis.push(
      this.plan.kpi(r, {
        name,
        weight: null,
        direction: target.direction,
        target: target.value,
        actual: actual.value,
        ...(actual.noColumn ? { unavailable: true } : {}),
        cells,
      })
    );
  }
}

/** The leftmost labelled column of the first year row ("1. Semplificazione ..." sits in it). */
function nameColumnOf(grid: SheetGrid, blockRow: number, colCount: number): number {
  const end = grid.colOffset + colCount;
  for (let c = grid.colOffset; c < end; c++) {
    const v = cellAt(grid, blockRow, c);
    if (yearOf(v) !== null) return c === grid.colOffset ? c : c - 1;
    if (stringText(v) !== "") return c;
  }
  return grid.colOffset;
}

interface DashboardDetection extends Detection {
  nameCol: number;
  years: number[];
  firstYearCell: string;
}

/**
 * A dashboard: rows carrying two or more years right of the name column, at least one of them a numbered
 * objective ("1. Semplificazione …"). Score: the years, the numbered objective rows, the missions and the
 * named rows under the first year row (the indicators) recognised.
 */
function detectDashboard(grid: SheetGrid): DashboardDetection | null {
  const end = grid.rowOffset + grid.values.length;
  const colCount = gridColCount(grid);
  let nameCol: number | null = null;
  const years = new Set<number>();
  let firstYearCell: string | undefined;
  let groups = 0;
  let missions = 0;
  let indicators = 0;
  for (let r = grid.rowOffset; r < end; r++) {
    const col = nameCol ?? grid.colOffset;
    const block = blockOf(grid, r, col, colCount);
    if (!block) {
      const name = nameCol === null ? "" : stringText(cellAt(grid, r, nameCol));
      if (MISSION.test(name)) missions++;
      else if (name !== "" && firstYearCell !== undefined) indicators++;
      continue;
    }
    if (nameCol === null) {
      nameCol = nameColumnOf(grid, r, colCount);
      const again = blockOf(grid, r, nameCol, colCount);
      if (!again) continue;
      again.years.forEach((_, y) => years.add(y));
    } else {
      block.years.forEach((_, y) => years.add(y));
    }
    if (GROUP.test(stringText(cellAt(grid, r, nameCol)))) groups++;
    if (firstYearCell === undefined) firstYearCell = a1(r, nameCol);
  }
  if (nameCol === null || groups === 0 || firstYearCell === undefined) return null;
  const sorted = [...years].sort((a, b) => a - b);
  const reason = [
    DETECTION_TEXT.years(sorted),
    DETECTION_TEXT.groups(groups),
    ...(missions > 0 ? [DETECTION_TEXT.missions(missions)] : []),
    ...(indicators > 0 ? [DETECTION_TEXT.indicatorRows(indicators)] : []),
  ].join(", ");
  const score = sorted.length + groups + missions + indicators;
  return { score, reason, nameCol, years: sorted, firstYearCell };
}

/** The multi-year dashboard reader (LayoutKind "cruscotto"): a fixed layout, no columns to map. */
export const dashboardReader: LayoutReader<DashboardDetection> = {
  kind: "cruscotto",
  takesMapping: false,
  detect: detectDashboard,
  read: (grid, options, d): ReadResult => {
    const choice = chooseYear(grid.name, d.years, options.year, d.firstYearCell);
    if (!choice.ok) return { plan: null, layout: null, problems: choice.problems };
    const result = new DashboardReader(grid, d.nameCol, choice.year).run();
    return { ...result, problems: [...choice.problems, ...result.problems] };
  },
};
