import { CellValue } from "../engine/values";
import { a1 } from "../layout/address";
import { SheetGrid } from "../layout/grid";
import { parseMerges } from "../layout/merges";
import { RawCell, SheetCells } from "./sheet-cells";

/** Rows or columns this far from the rest of the sheet's cells are not part of its table. */
const ROW_GAP = 1000;
const COL_GAP = 100;

interface Span {
  from: number;
  to: number;
  count: number;
}

/** The run of occupied indices (separated by less than `gap` empty ones) holding the most cells. */
function densestSpan(indices: number[], gap: number): Span | null {
  if (indices.length === 0) return null;
  const sorted = Float64Array.from(indices).sort();
  let best: Span = { from: sorted[0], to: sorted[0], count: 0 };
  let cur: Span = { ...best };
  for (const i of sorted) {
    if (i - cur.to > gap) {
      if (cur.count > best.count) best = cur;
      cur = { from: i, to: i, count: 0 };
    }
    cur.to = i;
    cur.count++;
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

/** The text a formula without a stored result reads as: unavailable, never empty or zero. */
export const NO_RESULT_VALUE = "non disponibile";

/**
 * The sheet as the layout reads it: a dense grid over the block of cells that holds the table.
 * Cells far away from it (a stray value in XFD1048576) are left out and named, so their distance
 * costs nothing. Merged areas keep their value in the top-left cell only, as Excel shows them.
 */
export function gridOfCells(name: string, sheet: SheetCells, tables: { name: string; range: string }[]): GridReading {
  const rows = densestSpan(sheet.cells.map((c) => c.row), ROW_GAP);
  const inRows = rows ? sheet.cells.filter((c) => c.row >= rows.from && c.row <= rows.to) : [];
  const cols = densestSpan(inRows.map((c) => c.col), COL_GAP);
  const kept: RawCell[] = [];
  const farCells: string[] = [];
  for (const c of sheet.cells) {
    const inside = rows && cols && c.row >= rows.from && c.row <= rows.to && c.col >= cols.from && c.col <= cols.to;
    if (inside) kept.push(c);
    else if (c.value !== null || c.formula !== null) farCells.push(a1(c.row, c.col));
  }
  const base = { name, hiddenRows: sheet.hiddenRows, hiddenColumns: sheet.hiddenColumns, merges: sheet.merges, tables };
  const valued = kept.filter((c) => c.value !== null || c.formula !== null);
  if (valued.length === 0) return { grid: { ...base, values: [], numberFormats: [], formulas: [], rowOffset: 0, colOffset: 0 }, farCells, noResult: [] };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of valued) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: (string | undefined)[][] = Array.from({ length: height }, () => new Array<string | undefined>(width).fill(undefined));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const noResult: string[] = [];
  for (const c of kept) {
    if (c.row < top || c.row > bottom || c.col < left || c.col > right) continue;
    const r = c.row - top;
    const k = c.col - left;
    values[r][k] = c.noResult ? NO_RESULT_VALUE : c.value;
    numberFormats[r][k] = c.format;
    formulas[r][k] = c.formula;
    if (c.noResult) noResult.push(a1(c.row, c.col));
  }
  for (const m of parseMerges(sheet.merges)) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++)
      for (let k = Math.max(m.left, left); k <= Math.min(m.right, right); k++) {
        if (r === m.top && k === m.left) continue;
        values[r - top][k - left] = null;
        formulas[r - top][k - left] = null;
      }
  }
  return { grid: { ...base, values, numberFormats, formulas, rowOffset: top, colOffset: left }, farCells, noResult };
}
