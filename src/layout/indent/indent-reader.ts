import { codeRoleOf } from "../table/code-role";
import { cellAt, gridColCount, SheetGrid } from "../grid";
import {
  bestPartialHeader,
  chooseColumns,
  findHeaderRow,
  headerPhrase,
  headingsAt,
  scoreHeaderRow,
} from "../header-detection";
import { readIndentedRows } from "./indent-tree";
import { findReportHeader } from "../report-tree/report-tree-header";
import { TableContext } from "../table/row-classifier";
import { columnLetters } from "../address";
import { DETECTION_TEXT } from "../messages";
import { PlanBuilder } from "../plan-builder";
import { ColumnMap, Detection, LayoutReader, ReadOptions, ReadResult, SheetLayout } from "../types";

/**
 * The reader of plans kept as one indented name column without codes (issue 9 §3, see indent-tree.ts).
 * It goes before the report-tree and table readers, which need codes to tell objectives apart, and
 * takes a sheet only when its name column is indented and its objectives carry no codes.
 */

interface Found {
  headerRow: number;
  columns: ColumnMap;
}

/** A name column, given once: both fields on one column, or only one of them. */
function nameColumnOf(columns: ColumnMap): number | undefined {
  const { obiettivo, indicatore } = columns;
  if (obiettivo !== undefined && indicatore !== undefined && obiettivo !== indicatore) return undefined;
  return obiettivo ?? indicatore;
}

/** The user's mapping, when it names the name column, target and consuntivo; the header row given or the likeliest. */
function fromMapping(grid: SheetGrid, options: ReadOptions): Found | null {
  const columns: ColumnMap = {};
  for (const [f, c] of Object.entries(options.columns ?? {}) as [keyof ColumnMap, number | undefined][])
    if (c !== undefined && Number.isInteger(c) && c >= 0) columns[f] = c;
  const name = nameColumnOf(columns);
  if (name === undefined || columns.target === undefined || columns.consuntivo === undefined) return null;
  const header = options.headerRow ?? findHeaderRow(grid)?.row ?? bestPartialHeader(grid)?.row;
  return header === undefined
    ? null
    : { headerRow: header, columns: { ...columns, obiettivo: name, indicatore: name } };
}

/**
 * A header with one column naming everything ("Descrizione", "Obiettivo / indicatore"), Target and
 * Consuntivo; the other columns its headings name (Direzione, Unità, Performance, …) are read too.
 */
function fromHeader(grid: SheetGrid, options: ReadOptions): Found | null {
  const report = findReportHeader(grid);
  const row = report?.row ?? findHeaderRow(grid)?.row;
  if (row === undefined) return null;
  const { columns } = chooseColumns(scoreHeaderRow(grid, row), options.year, grid.hiddenColumns);
  const name = report?.columns.nome ?? nameColumnOf(columns);
  if (name === undefined) return null;
  if (report) {
    columns.peso ??= report.columns.peso;
    columns.target ??= report.columns.target;
    columns.consuntivo ??= report.columns.consuntivo;
    columns.performanceObiettivo ??= report.columns.performanceObiettivo;
  }
  if (columns.target === undefined || columns.consuntivo === undefined) return null;
  return { headerRow: row, columns: { ...columns, obiettivo: name, indicatore: name } };
}

interface IndentDetection extends Detection {
  result: ReadResult;
}

/** The sheet read by indentation (detection needs the whole reading: an indented column without codes). */
function readIndented(
  grid: SheetGrid,
  options: ReadOptions
): { result: ReadResult; found: Found; placed: number } | null {
  const mapped = options.columns && Object.keys(options.columns).length > 0;
  const found = mapped ? fromMapping(grid, options) : fromHeader(grid, options);
  if (!found) return null;
  const { headerRow, columns } = found;
  const headerTexts = new Map<number, string>();
  for (let c = grid.colOffset; c < grid.colOffset + gridColCount(grid); c++) {
    const v = cellAt(grid, headerRow, c);
    if (typeof v === "string" && v.trim() !== "") headerTexts.set(c, v.replace(/\s+/g, " ").trim().toLowerCase());
  }
  const firstRow = Math.max(headerRow + 1, grid.rowOffset);
  const lastRow = grid.rowOffset + grid.values.length - 1;
  const codeRole = codeRoleOf(grid, columns, headerRow, firstRow, lastRow);
  const plan = new PlanBuilder(grid);
  const ctx: TableContext = { grid, sheet: grid.name, columns, codeRole, headerTexts, extraObjectiveColumns: [], plan };
  const built = readIndentedRows(ctx, firstRow, lastRow);
  if (!built) return null;
  const layout: SheetLayout = {
    sheet: grid.name,
    kind: "albero",
    headerRow,
    columns,
    firstDataRow: built.firstDataRow >= 0 ? built.firstDataRow : firstRow,
    lastDataRow: built.lastDataRow >= 0 ? built.lastDataRow : firstRow - 1,
    indentedRows: built.placed,
  };
  const nameCol = columns.indicatore ?? columns.obiettivo;
  return { result: plan.finish(built.objectives, layout, built.problems, nameCol), found, placed: built.placed.length };
}

/**
 * Scored by the rows it placed by indentation, plus the headings it recognised: where it applies (an
 * indented name column, no codes below the top level) no code-based reader can place those rows, and
 * it goes first in the registry for equal scores.
 */
export const indentedTableReader: LayoutReader<IndentDetection> = {
  kind: "tabella-rientri",
  takesMapping: true,
  detect(grid, options) {
    const read = readIndented(grid, options);
    if (!read) return null;
    const { headerRow, columns } = read.found;
    const nameCol = columns.indicatore ?? columns.obiettivo ?? grid.colOffset;
    const headingCols = Object.values(columns).filter((c): c is number => c !== undefined);
    const reason = [
      headerPhrase(grid, headerRow, headingCols),
      DETECTION_TEXT.indented(columnLetters(nameCol), read.placed),
    ].join(", ");
    return { score: headingsAt(grid, headerRow, headingCols).length + read.placed, reason, result: read.result };
  },
  read: (_grid, _options, detection) => detection.result,
};
