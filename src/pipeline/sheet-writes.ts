import { PlanInput } from "../engine/plan";
import { Problem, problem } from "../engine/problems";
import { NOT_AVAILABLE_TEXT, parseText } from "../engine/values";
import { PlanResult } from "../engine/rollup";
import { Thresholds } from "../engine/settings";
import { a1, columnLetters, parseA1, rangeA1 } from "../layout/address";
import { SheetGrid, cellAt, formulaAt } from "../layout/grid";
import { SheetLayout } from "../layout/types";
import { mergeCovering, parseMerges } from "../layout/merges";
import { HEADER_PERFORMANCE_KPI, HEADER_PERFORMANCE_OBIETTIVO, PERCENT_FORMAT } from "./messages";
import { trafficLightRules, withTrafficLights } from "./traffic-lights";
import { CellWrite, ConditionalFormatSpec, WriteKind } from "./types";

export interface SheetWriteOptions {
  thresholds: Thresholds;
  overwriteFormulas: boolean;
  addMissingColumns: boolean;
}

export interface SheetWrites {
  writes: CellWrite[];
  conditionalFormats: ConditionalFormatSpec[];
  problems: Problem[];
}

/**
 * The formula a user typed in a cell, or null. Office.js `range.formulas` echoes constants for cells
 * without a formula, so only text starting with "=" counts.
 */
function userFormulaAt(grid: SheetGrid, row: number, col: number): string | null {
  const f = formulaAt(grid, row, col);
  return typeof f === "string" && f.trim().startsWith("=") ? f.trim() : null;
}

/**
 * Text a user typed in a cell, or null. A previous result ("N.V.", a percentage typed as text) or any
 * value that reads as a number is not the user's text: the pipeline may replace it.
 */
function userTextAt(grid: SheetGrid, row: number, col: number): string | null {
  const v = cellAt(grid, row, col);
  if (typeof v !== "string" || v.trim() === "" || v.trim() === NOT_AVAILABLE_TEXT) return null;
  const kind = parseText(v).kind;
  return kind === "number" || kind === "unavailable" || kind === "empty" ? null : v.trim();
}

function isEmptyCell(grid: SheetGrid, row: number, col: number): boolean {
  const v = cellAt(grid, row, col);
  return (
    (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) &&
    userFormulaAt(grid, row, col) === null
  );
}

function mergeCovers(range: string, row: number, col: number): boolean {
  const [start, end] = range.split(":");
  const s = parseA1(start);
  const e = parseA1(end ?? start);
  if (!s || !e) return false;
  return (
    row >= Math.min(s.row, e.row) &&
    row <= Math.max(s.row, e.row) &&
    col >= Math.min(s.col, e.col) &&
    col <= Math.max(s.col, e.col)
  );
}

/** The first `count` columns right of the table that are empty and unmerged on every row the pipeline would write. */
function freeColumnsRightOf(grid: SheetGrid, layout: SheetLayout, count: number): number[] {
  const top = layout.headerRow;
  const bottom = layout.lastDataRow;
  let rightmost = Math.max(-1, ...Object.values(layout.columns).filter((c): c is number => c !== undefined));
  for (let r = top; r <= bottom; r++) {
    const cells = grid.values[r - grid.rowOffset] ?? [];
    for (let c = cells.length - 1; c >= 0; c--) {
      if (!isEmptyCell(grid, r, c + grid.colOffset)) {
        rightmost = Math.max(rightmost, c + grid.colOffset);
        break;
      }
    }
  }
  const free: number[] = [];
  for (let col = rightmost + 1; free.length < count; col++) {
    let ok = true;
    for (let r = top; r <= bottom && ok; r++) {
      if (!isEmptyCell(grid, r, col) || (grid.merges ?? []).some((m) => mergeCovers(m, r, col))) ok = false;
    }
    if (ok) free.push(col);
  }
  return free;
}

/**
 * The cells the pipeline owns on one sheet and what goes in them: KPI and objective performances,
 * the consuntivo of link KPIs, the ente's cell when the layout has one, headers of added columns; plus the traffic-light formats of the
 * performance columns. A cell holding a user's formula is kept unless `overwriteFormulas`.
 */
export function sheetWrites(
  grid: SheetGrid,
  plan: PlanInput,
  layout: SheetLayout,
  result: PlanResult,
  options: SheetWriteOptions
): SheetWrites {
  const sheet = grid.name;
  const problems: Problem[] = [];
  const byAddress = new Map<string, CellWrite>();
  const hasKpis = plan.objectives.some((o) => o.kpis.length > 0);
  const canAddColumns = options.addMissingColumns && layout.headerRow >= 0 && layout.lastDataRow >= layout.firstDataRow;

  let kpiCol = layout.columns.performanceKpi;
  let objCol = layout.columns.performanceObiettivo;
  const needKpi =
    kpiCol === undefined && hasKpis && !plan.objectives.some((o) => o.kpis.some((k) => k.cells.performance));
  const needObj = objCol === undefined && !plan.objectives.some((o) => o.cells.performance);
  const headerWrites: CellWrite[] = [];
  if (canAddColumns && (needKpi || needObj)) {
    const free = freeColumnsRightOf(grid, layout, (needKpi ? 1 : 0) + (needObj ? 1 : 0));
    const add = (header: string): number => {
      const col = free.shift() as number;
      headerWrites.push({ sheet, address: a1(layout.headerRow, col), value: header, kind: "intestazione" });
      problems.push(
        problem("colonna-aggiunta", { sheet, cell: a1(layout.headerRow, col) }, header, columnLetters(col))
      );
      return col;
    };
    if (needKpi) kpiCol = add(HEADER_PERFORMANCE_KPI);
    if (needObj) objCol = add(HEADER_PERFORMANCE_OBIETTIVO);
  } else if (needKpi || needObj) {
    // Name the cell where the column would go, or (layouts without a header row) the plan's first cell.
    const cell =
      layout.headerRow >= 0
        ? a1(layout.headerRow, freeColumnsRightOf(grid, layout, 1)[0])
        : a1(Math.max(layout.firstDataRow, grid.rowOffset), grid.colOffset);
    const headers = [...(needKpi ? [HEADER_PERFORMANCE_KPI] : []), ...(needObj ? [HEADER_PERFORMANCE_OBIETTIVO] : [])];
    problems.push(problem("colonna-mancante", { sheet, cell }, headers, layout.headerRow >= 0));
  }

  /** Cells holding a user's formula or text, or hidden in a merged area, that stay as they are. */
  const kept = new Set<string>();
  const merges = parseMerges(grid.merges);
  const put = (address: string | undefined, value: number | null, kind: WriteKind): void => {
    if (!address || byAddress.has(address) || kept.has(address)) return;
    const pos = parseA1(address);
    if (!pos) return;
    const merge = mergeCovering(merges, pos.row, pos.col);
    if (merge && (merge.top !== pos.row || merge.left !== pos.col)) {
      const topLeft = a1(merge.top, merge.left);
      const area = rangeA1(merge.top, merge.left, merge.bottom, merge.right);
      problems.push(problem("cella-unita", { sheet, cell: address, cells: [topLeft] }, area, topLeft));
      kept.add(address);
      return;
    }
    const formula = userFormulaAt(grid, pos.row, pos.col);
    const text = formula === null ? userTextAt(grid, pos.row, pos.col) : null;
    if (text !== null) {
      problems.push(problem("cella-con-testo", { sheet, cell: address }, text));
      kept.add(address);
      return;
    }
    if (formula !== null && !options.overwriteFormulas) {
      problems.push(problem("cella-con-formula", { sheet, cell: address }, formula));
      kept.add(address);
      return;
    }
    byAddress.set(
      address,
      value === null
        ? { sheet, address, value: NOT_AVAILABLE_TEXT, kind }
        : { sheet, address, value, numberFormat: PERCENT_FORMAT, kind }
    );
  };
  const columnCell = (col: number | undefined, row1: number): string | undefined =>
    col === undefined ? undefined : a1(row1 - 1, col);

  const kpiResults = new Map(result.kpis.map((k) => [k.id, k]));
  const objResults = new Map(result.objectives.map((o) => [o.code, o]));
  for (const o of plan.objectives) {
    for (const k of o.kpis) {
      const r = kpiResults.get(k.id);
      if (!r) continue;
      put(k.cells.performance ?? columnCell(kpiCol, k.row), r.performance, "performance-kpi");
      if (r.isLink) put(k.cells.actual, r.linkActual, "consuntivo-collegamento");
    }
  }
  for (const o of plan.objectives) {
    const r = objResults.get(o.code);
    // an objective read from another sheet (two sheets linked by codes) is not written on this one
    if (r && o.sheet === sheet)
      put(o.cells.performance ?? columnCell(objCol, o.row), r.performance, "performance-obiettivo");
  }
  // The ente's own figure ("Performance di Ente" in 003), N.V. when the tree gives none.
  put(layout.enteCell, result.ente.performance, "performance-obiettivo");

  const writes = [...headerWrites, ...byAddress.values()];

  const conditionalFormats: ConditionalFormatSpec[] = [];
  if (layout.lastDataRow >= layout.firstDataRow && layout.firstDataRow >= 0) {
    const cols = [...new Set([kpiCol, objCol].filter((c): c is number => c !== undefined))];
    for (const col of cols) {
      const topLeft = a1(layout.firstDataRow, col);
      conditionalFormats.push({
        sheet,
        range: `${topLeft}:${a1(layout.lastDataRow, col)}`,
        rules: trafficLightRules(topLeft, options.thresholds),
      });
    }
  }
  return { writes: withTrafficLights(writes, conditionalFormats, options.thresholds), conditionalFormats, problems };
}
