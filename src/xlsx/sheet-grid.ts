import { CellValue } from "../engine/values";
import { a1 } from "../layout/address";
import { SheetGrid, cellOfIndentKey } from "../layout/grid";
import { parseMerges } from "../layout/merges";
import { RowCells, SheetCells } from "./sheet-cells";

/** Rows or columns this far from the rest of the sheet's cells are not part of its table. */
const ROW_GAP = 1000;
const COL_GAP = 100;

interface Span {
  from: number;
  to: number;
  count: number;
}

/** The run of occupied indices (separated by less than `gap` empty ones) holding the most cells. */
function densestSpan(counts: Map<number, number>, gap: number): Span | null {
  const sorted = Float64Array.from(counts.keys()).sort();
  if (sorted.length === 0) return null;
  let best: Span = { from: sorted[0], to: sorted[0], count: 0 };
  let cur: Span = { ...best };
  for (const i of sorted) {
    if (i - cur.to > gap) {
      if (cur.count > best.count) best = cur;
      cur = { from: i, to: i, count: 0 };
    }
    cur.to = i;
    cur.count += counts.get(i) ?? 0;
  }
  return cur.count > best.count ? cur : best;
}

export interface GridReading {
  grid: SheetGrid;
  /** Cells left out because they lie far from the table (addresses). */
  farCells: string[];
  /** Cells whose formula has no stored result (addresses). */
  noResult: string[];
}

const isValued = (cells: RowCells, col: number): boolean =>
  cells.values[col] !== null || (cells.formulas?.[col] ?? null) !== null;

/** `row` cut to the columns left..left+width-1, holes filled with `empty` (the row's own array when it fits). */
function fit<T>(row: T[], left: number, width: number, empty: T): T[] {
  const out = left === 0 && row.length <= width ? row : row.slice(left, left + width);
  out.length = width;
  for (let i = 0; i < width; i++) if (out[i] === undefined) out[i] = empty;
  return out;
}

/** Whether `row` holds anything (neither null nor undefined) in the columns left..left+width-1. */
function holds<T>(row: readonly T[], left: number, width: number): boolean {
  for (let i = left; i < Math.min(row.length, left + width); i++)
    if (row[i] !== null && row[i] !== undefined) return true;
  return false;
}

/** The indents of the cells the grid holds (a merged cell's hidden part holds none). */
function indentsWithin(all: ReadonlyMap<number, number>, values: CellValue[][], top: number, left: number) {
  const out = new Map<number, number>();
  for (const [key, n] of all) {
    const [r, c] = cellOfIndentKey(key);
    const v = values[r - top]?.[c - left];
    if (v !== null && v !== undefined) out.set(key, n);
  }
  return out;
}

/**
 * The sheet as the layout reads it: a dense grid over the block of cells that holds the table.
 * Cells far away from it (a stray value in XFD1048576) are left out and named, so their distance
 * costs nothing. Merged areas keep their value in the top-left cell only, as Excel shows them.
 */
export function gridOfCells(name: string, sheet: SheetCells, tables: { name: string; range: string }[]): GridReading {
  const rowCounts = new Map<number, number>();
  for (const [r, cells] of sheet.rows) {
    let n = 0;
    cells.values.forEach((_v, c) => (n += isValued(cells, c) ? 1 : 0));
    if (n > 0) rowCounts.set(r, n);
  }
  const rows = densestSpan(rowCounts, ROW_GAP);
  const colCounts = new Map<number, number>();
  for (const [r, cells] of sheet.rows) {
    if (!rows || r < rows.from || r > rows.to) continue;
    cells.values.forEach((_v, c) => {
      if (isValued(cells, c)) colCounts.set(c, (colCounts.get(c) ?? 0) + 1);
    });
  }
  const cols = densestSpan(colCounts, COL_GAP);
  const farCells: string[] = [];
  for (const [r, cells] of sheet.rows)
    cells.values.forEach((_v, c) => {
      const inside = rows && cols && r >= rows.from && r <= rows.to && c >= cols.from && c <= cols.to;
      if (!inside && isValued(cells, c)) farCells.push(a1(r, c));
    });
  const base = { name, hiddenRows: sheet.hiddenRows, hiddenColumns: sheet.hiddenColumns, merges: sheet.merges, tables };
  if (!rows || !cols)
    return {
      grid: { ...base, values: [], numberFormats: [], formulas: [], rowOffset: 0, colOffset: 0 },
      farCells,
      noResult: [],
    };
  const [top, bottom, left, right] = [rows.from, rows.to, cols.from, cols.to];
  const width = right - left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: (string | null)[][] = [];
  // Rows without any formula (or number format) share one row of holes: a plan rarely has formulas,
  // and a row of its own for each would cost megabytes on a large plan. The only write into these rows
  // below (clearing merged cells) stores the value they already hold.
  const noFormulas = fit<string | null>([], 0, width, null);
  const noFormats = fit<string | undefined>([], 0, width, undefined);
  // Rows sharing one array of formats (rows alike, see RowStore) share its fitted row as well.
  const fittedFormats = new Map<(string | undefined)[], (string | undefined)[]>();
  const formatsOf = (formats: (string | undefined)[]): (string | undefined)[] => {
    let fitted = fittedFormats.get(formats);
    if (!fitted) fittedFormats.set(formats, (fitted = fit(formats, left, width, undefined)));
    return fitted;
  };
  for (let r = top; r <= bottom; r++) {
    const cells = sheet.rows.get(r);
    values.push(fit(cells?.values ?? [], left, width, null));
    const formats = cells?.formats;
    numberFormats.push(
      !formats || !holds(formats, left, width)
        ? noFormats
        : cells.sharedFormats
          ? formatsOf(formats)
          : fit(formats, left, width, undefined)
    );
    formulas.push(
      cells?.formulas && holds(cells.formulas, left, width) ? fit(cells.formulas, left, width, null) : noFormulas
    );
  }
  for (const m of parseMerges(sheet.merges)) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++)
      for (let k = Math.max(m.left, left); k <= Math.min(m.right, right); k++) {
        if (r === m.top && k === m.left) continue;
        values[r - top][k - left] = null;
        formulas[r - top][k - left] = null;
      }
  }
  const noResult = sheet.noResult
    .filter(([r, c]) => r >= top && r <= bottom && c >= left && c <= right)
    .map(([r, c]) => a1(r, c));
  const grid: SheetGrid = { ...base, values, numberFormats, formulas, rowOffset: top, colOffset: left };
  const indents = indentsWithin(sheet.indents, values, top, left);
  if (indents.size > 0) grid.indents = indents;
  return { grid, farCells, noResult };
}
