import { parseA1 } from "./address";

/** A merged range in 0-based sheet coordinates. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseMerges(merges: readonly string[] | undefined): MergeRange[] {
  const out: MergeRange[] = [];
  for (const m of merges ?? []) {
    const [a, b] = m.split(":");
    const start = parseA1(a ?? "");
    const end = parseA1(b ?? a ?? "");
    if (!start || !end) continue;
    out.push({
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    });
  }
  return out;
}

export function mergeCovering(merges: readonly MergeRange[], row: number, col: number): MergeRange | null {
  for (const m of merges) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
  return null;
}
