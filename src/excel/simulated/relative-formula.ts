import { MAX_COLS, MAX_ROWS } from "./geometry";

/** A1 reference outside string literals and names: "$H$3", "H3", "XFD1048576" (not LOG10( or a name). */
const REFERENCE = /("[^"]*")|(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Relative references wrap around the sheet's edges, as Excel moves them. */
function wrap(n: number, size: number): number {
  return ((((n - 1) % size) + size) % size) + 1;
}

/**
 * A formula's relative references moved by (rows, cols), $-anchored parts kept: what Excel does to a
 * conditional-format rule formula read through a range other than the one it applies to (office-js
 * issue 5194: the formula comes back relative to the top-left cell of the range it was fetched from).
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    REFERENCE,
    (whole, text: string | undefined, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      if (text !== undefined) return whole;
      const col = columnNumber(letters);
      const row = Number(digits);
      if (col > MAX_COLS || row < 1 || row > MAX_ROWS) return whole;
      const c = colAbs ? col : wrap(col + cols, MAX_COLS);
      const r = rowAbs ? row : wrap(row + rows, MAX_ROWS);
      return `${colAbs}${columnLetters(c)}${rowAbs}${r}`;
    }
  );
}
