import { Problem } from "../engine/problems";
import { parseA1 } from "../layout/address";

/** The first problem of each code on each cell: readers and engine may both notice the same target. */
export function oncePerCell(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    if (p.cell === undefined) return true;
    const key = `${p.code}\u0000${p.sheet ?? ""}\u0000${p.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Each problem once: the checks of the settings' rules (band tables, rating scale) run with every plan
 * sheet and would otherwise repeat for each.
 */
export function distinct(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = [p.code, p.sheet ?? "", p.cell ?? "", p.message].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Problems in the order a person reads the workbook: by sheet (in the workbook's order), then by row,
 * then by column. Problems without a sheet come first, those without a cell first in their sheet; ties
 * keep the order they were found in.
 */
export function sortProblems(problems: readonly Problem[], sheetOrder: readonly string[]): Problem[] {
  const sheetIndex = (p: Problem): number => {
    if (p.sheet === undefined) return -1;
    const i = sheetOrder.indexOf(p.sheet);
    return i < 0 ? sheetOrder.length : i;
  };
  const position = (p: Problem): { row: number; col: number } =>
    (p.cell ? parseA1(p.cell) : null) ?? { row: -1, col: -1 };
  return problems
    .map((p, i) => ({ p, i, s: sheetIndex(p), pos: position(p) }))
    .sort((a, b) => a.s - b.s || a.pos.row - b.pos.row || a.pos.col - b.pos.col || a.i - b.i)
    .map((x) => x.p);
}
