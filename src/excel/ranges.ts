import { parseA1, rangeA1 } from "../layout/address";

/** A rectangle of 0-based sheet coordinates. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "Piano 2019!H7:H120" or "'Piano 2019'!H7" → "H7:H120" / "H7". */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** "H7:H120", "$H$7", "H7" → a box; null when the text is not a single-area A1 range. */
export function parseBox(address: string): Box | null {
  const [start, end = start] = stripSheet(address).split(":");
  const s = parseA1(start);
  const e = parseA1(end);
  if (!s || !e) return null;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

export function boxAddress(b: Box): string {
  return rangeA1(b.top, b.left, b.bottom, b.right);
}

/** A vertical run of consecutive cells in one column of one sheet. */
export interface ColumnRun<T> {
  sheet: string;
  col: number;
  top: number;
  items: T[];
}

export function runAddress(run: ColumnRun<unknown>): string {
  return rangeA1(run.top, run.col, run.top + run.items.length - 1, run.col);
}

/**
 * Group cells into vertical runs (sheet, column, consecutive rows) so that a batch writes one range per
 * run instead of one per cell. Later items for the same cell replace earlier ones.
 */
export function columnRuns<T>(
  items: readonly T[],
  where: (item: T) => { sheet: string; row: number; col: number }
): ColumnRun<T>[] {
  const bySheetCol = new Map<string, Map<number, { sheet: string; col: number; rows: Map<number, T> }>>();
  for (const item of items) {
    const w = where(item);
    let cols = bySheetCol.get(w.sheet);
    if (!cols)
      bySheetCol.set(w.sheet, (cols = new Map<number, { sheet: string; col: number; rows: Map<number, T> }>()));
    let col = cols.get(w.col);
    if (!col) cols.set(w.col, (col = { sheet: w.sheet, col: w.col, rows: new Map() }));
    col.rows.set(w.row, item);
  }
  const runs: ColumnRun<T>[] = [];
  for (const cols of bySheetCol.values()) {
    for (const col of [...cols.values()].sort((a, b) => a.col - b.col)) {
      const rows = [...col.rows.keys()].sort((a, b) => a - b);
      let current: ColumnRun<T> | null = null;
      for (const r of rows) {
        if (current && r === current.top + current.items.length) current.items.push(col.rows.get(r) as T);
        else {
          current = { sheet: col.sheet, col: col.col, top: r, items: [col.rows.get(r) as T] };
          runs.push(current);
        }
      }
    }
  }
  return runs;
}
