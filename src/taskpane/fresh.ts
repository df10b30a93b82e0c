import { parseBox } from "../excel/ranges";
import { a1 } from "../layout/address";
import { CellWrite } from "../pipeline/types";

/** "Foglio!A1" of every cell a recalculation wrote. */
export function writtenCells(writes: readonly CellWrite[]): Set<string> {
  return new Set(writes.map((w) => `${w.sheet}!${w.address}`));
}

/** Past this many cells a change is taken as a change of the plan without looking cell by cell. */
const MAX_CELLS = 10_000;

/**
 * True when a change reported by Excel touches a cell the recalculation did not write (a target, a
 * consuntivo, a weight...): the figures in the pane are then out of date. Changes of the written cells
 * alone (the recalculation's own writes, or a user's edit of a result) are not changes of the plan.
 */
export function isPlanChange(sheet: string, address: string, written: ReadonlySet<string>): boolean {
  const box = parseBox(address);
  if (!box) return true;
  if ((box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_CELLS) return true;
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) if (!written.has(`${sheet}!${a1(r, c)}`)) return true;
  return false;
}
