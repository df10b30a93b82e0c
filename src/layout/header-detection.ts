import { a1 } from "./address";
import { rawText } from "./cell-text";
import { HeaderMeaning, matchHeader } from "./column-synonyms";
import { SheetGrid, cellAt, gridColCount } from "./grid";
import { MergeRange, mergeCovering, parseMerges } from "./merges";
import { DETECTION_TEXT } from "./messages";
import { ColumnMap, Field } from "./types";

/** How far down the header row is looked for (a title block may sit above it). */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderCell {
  col: number;
  meaning: HeaderMeaning;
  /** The header text as written (for messages). */
  text: string;
}

export interface HeaderRow {
  /** 0-based sheet row. */
  row: number;
  cells: HeaderCell[];
  /** Distinct fields recognised (a generic Performance counts once). */
  score: number;
}

const IDENTITY: ReadonlySet<string> = new Set(["obiettivo", "indicatore", "codice", "nome"]);
const VALUES: ReadonlySet<string> = new Set([
  "target",
  "consuntivo",
  "peso",
  "performance",
  "performanceKpi",
  "performanceObiettivo",
  "validazione",
]);

/**
 * The header text of a cell: its own text; under a vertically merged header the text of the merge;
 * under a narrow group header merged across columns, the two joined: "Performance" over "KPI" |
 * "Obiettivo", "Target" over "2024" | "2025". A title merged across the whole table does not join.
 */
function headerCell(grid: SheetGrid, merges: readonly MergeRange[], row: number, col: number): HeaderCell | null {
  const own = rawText(cellAt(grid, row, col)).trim();
  const covering = mergeCovering(merges, row, col);
  if (own === "" && covering && covering.top < row) {
    const text = rawText(cellAt(grid, covering.top, covering.left));
    const meaning = matchHeader(text);
    return meaning ? { col, meaning, text } : null;
  }
  if (own === "") return null;
  const ownMeaning = matchHeader(own);
  const above = row > 0 ? mergeCovering(merges, row - 1, col) : null;
  if (above && above.right > above.left && above.right - above.left < MAX_GROUP_WIDTH && above.bottom === row - 1) {
    const group = rawText(cellAt(grid, above.top, above.left)).trim();
    const groupMeaning = group ? matchHeader(group) : null;
    if (groupMeaning && (!ownMeaning || groupMeaning.field === "performance")) {
      const joined = `${group} ${own}`;
      const meaning = matchHeader(joined);
      if (meaning) return { col, meaning, text: joined };
    }
  }
  return ownMeaning ? { col, meaning: ownMeaning, text: own } : null;
}

/** A group header spans a few columns ("Performance" over KPI | Obiettivo); a title spans the table. */
const MAX_GROUP_WIDTH = 4;

/** Every recognised header cell of a row, scored. */
export function scoreHeaderRow(
  grid: SheetGrid,
  row: number,
  merges: readonly MergeRange[] = parseMerges(grid.merges),
  cols = gridColCount(grid)
): HeaderRow {
  const cells: HeaderCell[] = [];
  for (let c = grid.colOffset; c < grid.colOffset + cols; c++) {
    const cell = headerCell(grid, merges, row, c);
    if (cell) cells.push(cell);
  }
  const fields = new Set(cells.map((c) => c.meaning.field));
  return { row, cells, score: fields.size };
}

/** A row that reads as the header of a plan table: enough fields, something to identify and something to measure. */
export function isPlanHeader(h: HeaderRow): boolean {
  const fields = new Set(h.cells.map((c) => c.meaning.field));
  const identity = [...fields].some((f) => IDENTITY.has(f));
  const values = [...fields].some((f) => VALUES.has(f));
  return h.score >= 3 && identity && values;
}

/** Every row of the header search window, scored. */
function scoredRows(grid: SheetGrid, maxRows: number): HeaderRow[] {
  const merges = parseMerges(grid.merges);
  const cols = gridColCount(grid);
  const last = grid.rowOffset + Math.min(grid.values.length, maxRows);
  const rows: HeaderRow[] = [];
  for (let r = grid.rowOffset; r < last; r++) rows.push(scoreHeaderRow(grid, r, merges, cols));
  return rows;
}

/** The best header row in the first rows of the sheet, or null: the most fields, then the most columns, then the first. */
export function findHeaderRow(grid: SheetGrid, maxRows = HEADER_SEARCH_ROWS): HeaderRow | null {
  let best: HeaderRow | null = null;
  for (const h of scoredRows(grid, maxRows)) {
    if (!isPlanHeader(h)) continue;
    // on a tie the row with more recognised columns wins: the lower row of a two-row header
    if (!best || h.score > best.score || (h.score === best.score && h.cells.length > best.cells.length)) best = h;
  }
  return best;
}

/** The most promising row even when it is not a full header (for "looks like a plan" messages). */
export function bestPartialHeader(grid: SheetGrid, maxRows = HEADER_SEARCH_ROWS): HeaderRow | null {
  let best: HeaderRow | null = null;
  for (const h of scoredRows(grid, maxRows)) if (!best || h.score > best.score) best = h;
  return best && best.score > 0 ? best : null;
}

/** Several dated columns for one field ("Consuntivo al 30/06" | "al 31/12"): the latest is used. */
export interface DatedChoice {
  field: Field;
  used: number;
  others: number[];
}

export interface ColumnChoice {
  columns: ColumnMap;
  /** Fields written in several dated columns, and the one used. */
  dated?: DatedChoice[];
  /** A year was asked for and no target column carries it. */
  yearMissing?: { year: number; used: string };
  /** Several weight columns for one field that nothing tells apart (two "Peso"): the first is used, all are said. */
  weightsUnclear?: WeightColumns[];
}

export interface WeightColumns {
  field: "peso" | "pesoObiettivo";
  /** 0-based sheet columns, in sheet order; the first is the one read. */
  cols: number[];
}

const WEIGHT_FIELDS: ReadonlySet<string> = new Set(["peso", "pesoObiettivo"]);

/** Among several columns for one field, the one of the requested year, else one without a year, else the first. */
function pick(cells: HeaderCell[], year: number | undefined): { cell: HeaderCell; yearMissing: boolean } {
  if (year !== undefined) {
    const ofYear = cells.find((c) => c.meaning.year === year);
    if (ofYear) return { cell: ofYear, yearMissing: false };
  }
  const plain = cells.find((c) => c.meaning.year === undefined) ?? cells[0];
  const yearMissing = year !== undefined && cells.some((c) => c.meaning.year !== undefined);
  return { cell: plain, yearMissing };
}

/**
 * Field → column from a header row. A generic "Performance" column is the KPI's unless a KPI column is
 * named explicitly (then it is the objective's); two generic columns are KPI then objective, in sheet
 * order. Whether a lone generic column also holds objective figures is decided from the rows (albero).
 */
export function chooseColumns(header: HeaderRow, year?: number, hiddenColumns?: ReadonlySet<number>): ColumnChoice {
  const byField = new Map<string, HeaderCell[]>();
  // among two columns for one field, a visible one is the one in use (a hidden "Target" of last year)
  const visibleFirst = [...header.cells].sort(
    (a, b) => Number(!!hiddenColumns?.has(a.col)) - Number(!!hiddenColumns?.has(b.col)) || a.col - b.col
  );
  for (const c of visibleFirst) {
    const list = byField.get(c.meaning.field) ?? [];
    list.push(c);
    byField.set(c.meaning.field, list);
  }
  const columns: ColumnMap = {};
  const dated: DatedChoice[] = [];
  // monitoring columns at 30/06 and 31/12: the year-end one (the latest date) is scored, the choice said
  for (const [field, cells] of byField) {
    const days = cells.map((c) => c.meaning.asOf).filter((d): d is number => d !== undefined);
    if (days.length < 2) continue;
    const latest = Math.max(...days);
    const kept = cells.filter((c) => c.meaning.asOf === latest || c.meaning.asOf === undefined);
    const dropped = cells.filter((c) => !kept.includes(c));
    const used = kept.find((c) => c.meaning.asOf === latest) ?? kept[0];
    byField.set(field, kept);
    dated.push({
      field: (field === "performance" ? "performanceKpi" : field) as Field,
      used: used.col,
      others: dropped.map((c) => c.col),
    });
  }
  let yearMissing: ColumnChoice["yearMissing"];
  const weightsUnclear: WeightColumns[] = [];
  for (const [field, cells] of byField) {
    if (field === "performance" || field === "nome") continue;
    const { cell, yearMissing: missing } = pick(cells, year);
    columns[field as Field] = cell.col;
    if (missing && field === "target" && year !== undefined) yearMissing = { year, used: a1(header.row, cell.col) };
    // two weight columns of one kind: dropping one unsaid would weigh the plan with half its weights
    const hidden = (c: HeaderCell) => !!hiddenColumns?.has(c.col);
    const sameYear = cells.filter((c) => c.meaning.year === cell.meaning.year && hidden(c) === hidden(cell));
    if (WEIGHT_FIELDS.has(field) && sameYear.length > 1)
      weightsUnclear.push({
        field: field as WeightColumns["field"],
        cols: [cell.col, ...sameYear.filter((c) => c !== cell).map((c) => c.col)],
      });
  }
  // a lone "Peso obiettivo" column is the sheet's only weight column: read as Peso, as every reader knows it
  if (columns.pesoObiettivo !== undefined && columns.peso === undefined) {
    columns.peso = columns.pesoObiettivo;
    delete columns.pesoObiettivo;
  }
  // one column naming objectives and indicators: both, unless a column of their own names them
  const named = byField.get("nome")?.[0];
  if (named) {
    if (columns.obiettivo === undefined) columns.obiettivo = named.col;
    if (columns.indicatore === undefined) columns.indicatore = named.col;
  }
  const generic = (byField.get("performance") ?? []).slice();
  const assign = (field: "performanceKpi" | "performanceObiettivo") => {
    const cell = generic.shift();
    if (!cell) return;
    columns[field] = cell.col;
  };
  if (columns.performanceKpi === undefined) assign("performanceKpi");
  if (columns.performanceObiettivo === undefined) assign("performanceObiettivo");
  const choice: ColumnChoice = yearMissing ? { columns, yearMissing } : { columns };
  if (dated.length > 0) choice.dated = dated;
  if (weightsUnclear.length > 0) choice.weightsUnclear = weightsUnclear;
  return choice;
}

/** The headings of a row as written (spaces normalised), for the reading's reason: one per column, blanks left out. */
export function headingsAt(grid: SheetGrid, row: number, cols: Iterable<number>): string[] {
  const out: string[] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const v = cellAt(grid, row, c);
    const text = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : typeof v === "number" ? String(v) : "";
    if (text !== "") out.push(text);
  }
  return out;
}

/** The reason's phrase for a header a reader recognised: "intestazione alla riga 3 (Obiettivo, Peso, …)". */
export function headerPhrase(grid: SheetGrid, row: number, cols: Iterable<number>): string {
  return DETECTION_TEXT.header(row + 1, headingsAt(grid, row, cols));
}
