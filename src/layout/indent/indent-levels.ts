import { CellValue } from "../../engine/values";
import { SheetGrid, cellAt, indentAt } from "../grid";

/**
 * How a name column tells levels apart without codes (issue 9 §3): Excel's cell indent ("Aumenta
 * rientro", stored in the cell's style) or, when no cell of the column has one, spaces typed before
 * the name. The source, and how many units make one level (detected from the sheet).
 */
export type IndentSource = "rientro" | "spazi";

export interface ColumnIndents {
  source: IndentSource;
  /** Units (indent steps or spaces) per level: the commonest step down from one row to the next. */
  step: number;
  /** Level of each row asked for (0 = the outermost), null when its units are not a whole number of steps. */
  levels: Map<number, number | null>;
}

/** Spaces, no-break spaces (U+00A0, U+2007, U+202F) and tabs typed before a name. */
const LEADING = /^[ \t\u00a0\u2007\u202f]*/;

/** The spaces before a text; a tab counts as four (what Excel's cell editor shows). */
export function leadingSpaces(v: CellValue): number {
  if (typeof v !== "string") return 0;
  let n = 0;
  for (const ch of LEADING.exec(v)?.[0] ?? "") n += ch === "\t" ? 4 : 1;
  return n;
}

/**
 * The commonest increase from one row to the next (ties to the smaller), else the smallest value:
 * "0, 3, 6, 3, 6, 9" steps by 3. Offices indent by 2, 3 or 4 spaces, or press "Aumenta rientro" once
 * or twice per level.
 */
function stepOf(units: readonly number[]): number {
  const counts = new Map<number, number>();
  for (let i = 1; i < units.length; i++) {
    const d = units[i] - units[i - 1];
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of counts) if (n > bestCount || (n === bestCount && d < best)) [best, bestCount] = [d, n];
  if (best > 0) return best;
  const positive = units.filter((u) => u > 0);
  return positive.length > 0 ? Math.min(...positive) : 1;
}

/**
 * The levels of `rows` (0-based sheet rows, in sheet order) in column `col`, or null when the column
 * shows no indentation (every row at the same level). Alignment indents win; leading spaces count only
 * when no row has one. Levels are counted from the least indented row.
 */
export function columnIndents(grid: SheetGrid, col: number, rows: readonly number[]): ColumnIndents | null {
  if (rows.length === 0) return null;
  const aligned = rows.map((r) => indentAt(grid, r, col));
  const source: IndentSource = aligned.some((n) => n > 0) ? "rientro" : "spazi";
  const raw = source === "rientro" ? aligned : rows.map((r) => leadingSpaces(cellAt(grid, r, col)));
  const base = Math.min(...raw);
  const units = raw.map((u) => u - base);
  if (!units.some((u) => u > 0)) return null;
  const step = stepOf(units);
  const levels = new Map<number, number | null>();
  rows.forEach((r, i) => levels.set(r, units[i] % step === 0 ? units[i] / step : null));
  return { source, step, levels };
}
