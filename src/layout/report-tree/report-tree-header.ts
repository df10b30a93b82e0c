import { rawText } from "../cell-text";
import { SheetGrid, cellAt, gridColCount } from "../grid";
import { HEADER_SEARCH_ROWS, scoreHeaderRow } from "../header-detection";
import { normaliseHeader } from "../header-text";
import { parseMerges } from "../merges";
import { ColumnMap } from "../types";

/** Columns of the report layout (0-based sheet columns). */
export interface ReportColumns {
  peso: number;
  /** The one column holding both objective rows ("01_03_02 Sostegno al turismo") and indicator rows. */
  nome: number;
  target: number;
  consuntivo: number;
  performanceKpi?: number;
  performanceObiettivo?: number;
  stato?: number;
}

export interface ReportHeader {
  row: number;
  columns: ReportColumns;
}

/** A header naming objectives and indicators in one column: "Obiettivo / Indicatore", "Descrizione", ... */
const COMBINED_NAME =
  /^(obiettiv[oi]|indicator[ei]|kpi|descrizione|voce|albero|albero della performance|obiettiv[oi] (e )?indicator[ei]|obiettiv[oi] (e )?kpi|obiettivo indicatore kpi)$/;

/**
 * The header of a report tree: Peso, one name column, Target, Consuntivo (Performance and Stato
 * optional). A sheet with separate Obiettivo and Indicatore columns, or a Codice column, is a table
 * (000), not a report: null.
 */
export function findReportHeader(grid: SheetGrid, columns: ColumnMap = {}): ReportHeader | null {
  const override: ColumnMap = {};
  for (const [field, col] of Object.entries(columns))
    if (Number.isInteger(col) && col >= 0) override[field as keyof ColumnMap] = col;
  // objectives and indicators mapped to two columns, or a direction column: a table, whatever the headers say
  if (
    override.obiettivo !== undefined &&
    override.indicatore !== undefined &&
    override.obiettivo !== override.indicatore
  )
    return null;
  if (override.direzione !== undefined) return null;
  const merges = parseMerges(grid.merges);
  const last = grid.rowOffset + Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const cols = gridColCount(grid);
  for (let r = grid.rowOffset; r < last; r++) {
    const h = scoreHeaderRow(grid, r, merges);
    const colOf = (field: string) => h.cells.find((c) => c.meaning.field === field)?.col;
    const nameCols = new Set<number>();
    for (let c = grid.colOffset; c < grid.colOffset + cols; c++) {
      if (COMBINED_NAME.test(normaliseHeader(rawText(cellAt(grid, r, c))))) nameCols.add(c);
    }
    const objective = colOf("obiettivo");
    const indicator = colOf("indicatore");
    if (objective !== undefined && indicator !== undefined && objective !== indicator) continue;
    if (colOf("codice") !== undefined && override.codice === undefined) continue;
    const nome = override.obiettivo ?? override.indicatore ?? [...nameCols][0];
    const peso = override.peso ?? colOf("peso") ?? colOf("pesoObiettivo");
    const target = override.target ?? colOf("target");
    const consuntivo = override.consuntivo ?? colOf("consuntivo");
    if (nome === undefined || peso === undefined || target === undefined || consuntivo === undefined) continue;
    if (nameCols.size > 1 && override.obiettivo === undefined && override.indicatore === undefined) continue;
    const generic = colOf("performance");
    const performanceKpi = override.performanceKpi ?? colOf("performanceKpi") ?? generic;
    const performanceObiettivo =
      override.performanceObiettivo ?? colOf("performanceObiettivo") ?? generic ?? performanceKpi;
    const stato = override.stato ?? colOf("stato");
    const columns: ReportColumns = { peso, nome, target, consuntivo };
    if (performanceKpi !== undefined) columns.performanceKpi = performanceKpi;
    if (performanceObiettivo !== undefined) columns.performanceObiettivo = performanceObiettivo;
    if (stato !== undefined) columns.stato = stato;
    return { row: r, columns };
  }
  return null;
}
