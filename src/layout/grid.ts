import { CellValue } from "../engine/values";

/**
 * A worksheet's used range as both adapters deliver it: Office.js `range.values/numberFormat/formulas`
 * and the ExcelJS reader. `values[r][c]` is the cell at sheet row `rowOffset + r`, column
 * `colOffset + c` (0-based; A1 is 0,0). Dates are Excel serials with a date number format.
 */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  numberFormats?: (string | undefined)[][];
  /** Formula text where a cell holds a formula ("=PERF.KPI(F7;G7;E7)"), else null/undefined. */
  formulas?: (string | null | undefined)[][];
  rowOffset: number;
  colOffset: number;
  /** Hidden rows/columns by 0-based sheet index (only what the adapter knows). */
  hiddenRows?: ReadonlySet<number>;
  hiddenColumns?: ReadonlySet<number>;
  /** Merged ranges as A1 strings ("A1:K1"). */
  merges?: string[];
  /** Excel tables on the sheet: name and A1 range including the header row. */
  tables?: { name: string; range: string }[];
  /**
   * The cells' alignment indent ("Aumenta rientro", 1 = one step), only where it is not zero, keyed by
   * indentKey(row, col) of 0-based sheet coordinates. Absent when the adapter cannot tell.
   */
  indents?: ReadonlyMap<number, number>;
}

/** Excel's widest sheet: 16,384 columns. */
const MAX_COLUMNS = 16384;

/** The key of a cell in SheetGrid.indents (0-based sheet row and column). */
export function indentKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

/** [row, col] of an indentKey. */
export function cellOfIndentKey(key: number): [number, number] {
  return [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
}

/** The cell's alignment indent, 0 when it has none. */
export function indentAt(g: SheetGrid, row: number, col: number): number {
  return g.indents?.get(indentKey(row, col)) ?? 0;
}

export function gridColCount(g: SheetGrid): number {
  let n = 0;
  for (const r of g.values) if (r.length > n) n = r.length;
  return n;
}

/** Cell at 0-based sheet coordinates (not grid-relative). */
export function cellAt(g: SheetGrid, row: number, col: number): CellValue {
  return g.values[row - g.rowOffset]?.[col - g.colOffset] ?? null;
}

export function formatAt(g: SheetGrid, row: number, col: number): string | undefined {
  return g.numberFormats?.[row - g.rowOffset]?.[col - g.colOffset] ?? undefined;
}

export function formulaAt(g: SheetGrid, row: number, col: number): string | null {
  const f = g.formulas?.[row - g.rowOffset]?.[col - g.colOffset];
  return f ? f : null;
}

export function gridFromRows(name: string, values: CellValue[][], numberFormats?: (string | undefined)[][]): SheetGrid {
  return { name, values, numberFormats, rowOffset: 0, colOffset: 0 };
}
