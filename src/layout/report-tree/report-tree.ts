import { KpiInput, ObjectiveInput } from "../../engine/plan";
import { problem } from "../../engine/problems";
import { parseTarget } from "../../engine/target";
import { CellValue, parseCell } from "../../engine/values";
import { parseWeight } from "../../engine/weight";
import { a1 } from "../address";
import { cellText, isBlank } from "../cell-text";
import { codeDepth, levelOfDepth, parentCodeOf } from "../codes";
import { SheetGrid, cellAt, formatAt } from "../grid";
import { parseLinkKpi } from "../link-kpi";
import { areaCodeOf, areaLabelOf, kpiCodeOf, objectiveCodeOf } from "./report-tree-codes";
import { ReportColumns, findReportHeader } from "./report-tree-header";
import { headerPhrase } from "../header-detection";
import { DETECTION_TEXT, FIELD_LABELS } from "../messages";
import { PlanBuilder } from "../plan-builder";
import { Detection, Field, LayoutReader, ReadOptions, ReadResult, SheetLayout } from "../types";

/**
 * Layout 003 (CCIAA Pistoia-Prato, Relazione 2022): a report tree where one column holds every node.
 *   Ambito strategico: Promozione e sostegno ...                      97,51 %  RAGGIUNTO
 *   16,66 % | 01_02 Internazionalizzazione                            99,38 %  RAGGIUNTO
 *           | 01_03_02 Sostegno al turismo (FP 2019-2020)             92,42 %  RAGGIUNTO
 *   14,30 % | SOST_TUR_05 Numero di imprese ... | >= 10,00 N. | 4,70 N. | 47,00 % | FUORI TARGET
 * A row with a target or a consuntivo is an indicator of the objective above it; a row whose name
 * starts with an objective code is an objective; "Ambito strategico: ..." opens an area whose code
 * is the first segment of the codes under it.
 */

const ENTE_ROW = /^(performance|grado di raggiungimento)\s+(di\s+|dell['’]\s*)?ente\b|^ente$/i;
const OBJECTIVE_STATUS = /^(raggiunto|parzialmente raggiunto|non raggiunto)$/i;
const KPI_STATUS = /^(in linea|fuori target|da valutare)$/i;

class ReportTreeReader {
  private readonly plan: PlanBuilder;
  private readonly objectives: ObjectiveInput[] = [];
  private readonly known = new Set<string>();
  /** The node indicators attach to; null before the first objective or after an unclear row. */
  private current: ObjectiveInput | null = null;
  /** An unclear row was reported: indicators are skipped until the next coded objective. */
  private orphaned = false;
  /** The area whose code is still to be learnt from the first code under it. */
  private pendingArea: ObjectiveInput | null = null;
  private currentArea: ObjectiveInput | null = null;
  /** A label row met after the current objective's indicators: if indicators follow, it was an objective without code. */
  private labelAfterKpis: { row: number } | null = null;
  private kpiCount = 0;
  private lastRow = -1;
  /** The "Performance di Ente" cell, written by the recalculation. */
  private enteCell: string | undefined;

  constructor(
    private readonly grid: SheetGrid,
    private readonly headerRow: number,
    private readonly cols: ReportColumns
  ) {
    this.plan = new PlanBuilder(grid);
  }

  private get sheet(): string {
    return this.grid.name;
  }

  private cell(row: number, col: number | undefined): CellValue {
    return col === undefined ? null : cellAt(this.grid, row, col);
  }

  run(): ReadResult | null {
    const end = this.grid.rowOffset + this.grid.values.length;
    for (let r = this.headerRow + 1; r < end; r++) this.row(r);
    this.closeArea();
    if (this.objectives.length === 0 || this.kpiCount === 0) return null;
    const c = this.cols;
    const layout: SheetLayout = {
      sheet: this.sheet,
      kind: "report",
      headerRow: this.headerRow,
      columns: { obiettivo: c.nome, indicatore: c.nome, peso: c.peso, target: c.target, consuntivo: c.consuntivo },
      firstDataRow: this.headerRow + 1,
      lastDataRow: this.lastRow,
    };
    if (c.performanceKpi !== undefined) layout.columns.performanceKpi = c.performanceKpi;
    if (c.performanceObiettivo !== undefined) layout.columns.performanceObiettivo = c.performanceObiettivo;
    if (c.stato !== undefined) layout.columns.stato = c.stato;
    if (this.enteCell !== undefined) layout.enteCell = this.enteCell;
    return this.plan.finish(this.objectives, layout, [], c.nome);
  }

  private row(r: number): void {
    const c = this.cols;
    const name = cellText(this.cell(r, c.nome));
    const weightRaw = this.cell(r, c.peso);
    const hasTarget = !isBlank(this.cell(r, c.target));
    const hasActual = !isBlank(this.cell(r, c.consuntivo));
    const stato = cellText(this.cell(r, c.stato));
    const hasPerformance = !isBlank(this.cell(r, c.performanceObiettivo));
    if (name === "" && !hasTarget && !hasActual && isBlank(weightRaw)) return;
    this.lastRow = r;
    if (!hasTarget && !hasActual && ENTE_ROW.test(name)) {
      // The recalculation writes the ente's performance here, in the objectives' performance column.
      if (c.performanceObiettivo !== undefined && this.enteCell === undefined)
        this.enteCell = a1(r, c.performanceObiettivo);
      return;
    }
    if (hasTarget || hasActual || KPI_STATUS.test(stato)) {
      this.kpi(r, name);
      return;
    }
    const area = areaLabelOf(name);
    if (area) {
      this.openArea(r, area.code, area.name);
      return;
    }
    const coded = objectiveCodeOf(name);
    if (coded) {
      this.objective(r, coded.code, coded.name);
      return;
    }
    if (!isBlank(weightRaw) || OBJECTIVE_STATUS.test(stato) || (hasPerformance && name !== "")) {
      this.unclear(r);
      return;
    }
    if (this.current && this.current.kpis.length > 0) this.labelAfterKpis = { row: r };
  }

  private addresses(r: number) {
    const c = this.cols;
    return { name: a1(r, c.nome), weight: a1(r, c.peso), target: a1(r, c.target), actual: a1(r, c.consuntivo) };
  }

  private weightOf(r: number) {
    const raw = this.cell(r, this.cols.peso);
    const parsed = parseWeight(raw, formatAt(this.grid, r, this.cols.peso));
    if (parsed.invalid) {
      this.plan.say(problem("peso-non-leggibile", { sheet: this.sheet, cell: a1(r, this.cols.peso) }, cellText(raw)));
    }
    return parsed;
  }

  private openArea(r: number, code: string | null, name: string): void {
    this.closeArea();
    const cells: ObjectiveInput["cells"] = { name: a1(r, this.cols.nome) };
    if (this.cols.performanceObiettivo !== undefined) cells.performance = a1(r, this.cols.performanceObiettivo);
    const area = this.plan.objective(r, {
      code: code ?? "",
      name,
      level: "area",
      weight: this.weightOf(r).weight,
      parentCode: null,
      cells,
    });
    if (!isBlank(this.cell(r, this.cols.peso))) area.cells.weight = a1(r, this.cols.peso);
    this.currentArea = area;
    this.current = area;
    this.orphaned = false;
    this.labelAfterKpis = null;
    if (code === null) {
      this.pendingArea = area;
    } else {
      this.objectives.push(area);
      this.known.add(code);
    }
  }

  /** An area whose code no objective revealed cannot be placed: said, and left out. */
  private closeArea(): void {
    if (this.pendingArea) {
      this.plan.say(problem("ambito-senza-codice", { sheet: this.sheet, cell: this.pendingArea.cells.name }));
      if (this.current === this.pendingArea) this.current = null;
      this.pendingArea = null;
    }
  }

  private objective(r: number, code: string, name: string): void {
    if (this.pendingArea) {
      this.pendingArea.code = areaCodeOf(code);
      this.objectives.push(this.pendingArea);
      this.known.add(this.pendingArea.code);
      this.pendingArea = null;
    }
    const area = this.currentArea;
    if (area && codeDepth(code) > 1 && areaCodeOf(code) !== area.code) {
      this.plan.say(problem("ambito-diverso", { sheet: this.sheet, cell: a1(r, this.cols.nome) }, code, area.code));
    }
    const w = this.weightOf(r);
    const cells: ObjectiveInput["cells"] = { name: a1(r, this.cols.nome) };
    if (!isBlank(this.cell(r, this.cols.peso))) cells.weight = a1(r, this.cols.peso);
    if (this.cols.performanceObiettivo !== undefined) cells.performance = a1(r, this.cols.performanceObiettivo);
    const depth = codeDepth(code);
    const node = this.plan.objective(r, {
      code,
      name,
      level: levelOfDepth(depth),
      weight: w.weight,
      parentCode: parentCodeOf(code, this.known),
      cells,
    });
    this.objectives.push(node);
    this.known.add(code);
    if (depth === 1) this.currentArea = node;
    this.current = node;
    this.orphaned = false;
    this.labelAfterKpis = null;
  }

  private unclear(r: number): void {
    const nameCell = a1(r, this.cols.nome);
    this.plan.say(problem("riga-ambigua", { sheet: this.sheet, cell: nameCell }, a1(r, this.cols.peso)));
    this.current = null;
    this.orphaned = true;
  }

  private kpi(r: number, name: string): void {
    if (this.labelAfterKpis) {
      const labelRow = this.labelAfterKpis.row;
      this.labelAfterKpis = null;
      this.unclear(labelRow);
    }
    if (this.orphaned) return;
    if (!this.current) {
      const cell = a1(r, this.cols.nome);
      this.plan.say(problem("kpi-fuori-obiettivo", { sheet: this.sheet, cell }, "relazione"));
      return;
    }
    const c = this.cols;
    const w = this.weightOf(r);
    const target = parseTarget(this.cell(r, c.target), formatAt(this.grid, r, c.target));
    const actual = parseCell(this.cell(r, c.consuntivo), formatAt(this.grid, r, c.consuntivo));
    const cells: KpiInput["cells"] = this.addresses(r);
    if (c.performanceKpi !== undefined) cells.performance = a1(r, c.performanceKpi);
    const kpi = this.plan.kpi(r, {
      name: name === "" ? `(indicatore senza nome, riga ${r + 1})` : name,
      weight: w.weight,
      direction: w.direction ?? target.direction,
      target: target.value,
      actual,
      cells,
    });
    const code = kpiCodeOf(name);
    if (code) kpi.code = code;
    const link = parseLinkKpi(name);
    if (link) kpi.link = link;
    this.current.kpis.push(kpi);
    this.kpiCount++;
  }
}

interface ReportDetection extends Detection {
  row: number;
  columns: ReportColumns;
}

/**
 * A report tree: its header (Peso, one column for objectives and indicators, Target, Consuntivo), at
 * least one objective row (coded, or an "Ambito strategico" label) and an indicator row below it.
 * Score: the header's fields, the objective rows and the indicator rows recognised.
 */
function detectReportTree(grid: SheetGrid, options: ReadOptions): ReportDetection | null {
  const header = findReportHeader(grid, options.columns);
  if (!header) return null;
  const c = header.columns;
  const codes: string[] = [];
  let areas = 0;
  let indicators = 0;
  const end = grid.rowOffset + grid.values.length;
  for (let r = header.row + 1; r < end; r++) {
    const measured = !isBlank(cellAt(grid, r, c.target)) || !isBlank(cellAt(grid, r, c.consuntivo));
    const name = cellText(cellAt(grid, r, c.nome));
    if (measured) {
      if (codes.length + areas > 0) indicators++;
    } else if (areaLabelOf(name)) areas++;
    else {
      const coded = objectiveCodeOf(name);
      if (coded) codes.push(coded.code);
    }
  }
  if (codes.length + areas === 0 || indicators === 0) return null;
  const fields = Object.values(c).filter((col) => col !== undefined) as number[];
  const mapped = (Object.keys(options.columns ?? {}) as Field[]).filter((f) => options.columns?.[f] !== undefined);
  const reason = [
    headerPhrase(grid, header.row, fields),
    ...(mapped.length > 0 ? [DETECTION_TEXT.mapped(mapped.map((f) => FIELD_LABELS[f]))] : []),
    ...(codes.length > 0 ? [DETECTION_TEXT.codes(codes)] : []),
    ...(areas > 0 ? [DETECTION_TEXT.areas(areas)] : []),
    DETECTION_TEXT.indicatorRows(indicators),
  ].join(", ");
  return { score: new Set(fields).size + codes.length + areas + indicators, reason, ...header };
}

/** The report-tree reader (LayoutKind "report"): Peso | Obiettivo / Indicatore | Target | Consuntivo, one column for every node. */
export const reportTreeReader: LayoutReader<ReportDetection> = {
  kind: "report",
  takesMapping: true,
  detect: detectReportTree,
  read: (grid, _options, detection) => new ReportTreeReader(grid, detection.row, detection.columns).run(),
};
