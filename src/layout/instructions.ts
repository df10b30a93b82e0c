import { cellText } from "./cell-text";
import { SheetGrid } from "./grid";

const NAME = /^\s*(istruzion|guida|leggimi|read\s?me|note per la compilazione|esempi)/i;
const TEXT =
  /\b(istruzioni( per la compilazione)?|esempio di compilazione|tabella di esempio|obiettivo di esempio|indicatore di esempio)\b/i;

/** Rows looked at for the words of an instructions sheet. */
const TOP_ROWS = 40;

/** An example table is short: a sheet with more filled rows is a plan that merely mentions instructions. */
const EXAMPLE_ROWS = 15;

/**
 * A sheet of instructions ("Istruzioni", "Guida alla compilazione"), whose example table is not the
 * plan: named so, or short and saying so in its first rows.
 */
export function isInstructionSheet(grid: SheetGrid): boolean {
  if (NAME.test(grid.name)) return true;
  const filled = grid.values.filter((row) => row.some((v) => cellText(v) !== "")).length;
  if (filled > EXAMPLE_ROWS) return false;
  for (const row of grid.values.slice(0, TOP_ROWS)) for (const v of row) if (TEXT.test(cellText(v))) return true;
  return false;
}
