import { columnLetters } from "../layout/address";

const REF = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\w(.])/y;
const COLS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w(.])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![\w(.])/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const shiftCol = (abs: string, letters: string, d: number): string =>
  abs + (abs ? letters : columnLetters(columnNumber(letters) + d));
const shiftRow = (abs: string, digits: string, d: number): string => abs + (abs ? digits : String(Number(digits) + d));

/**
 * A shared formula's text as it reads in a cell `dRow` rows and `dCol` columns away from the master:
 * relative references move, absolute ones ($) stay; text in quotes and structured references are left
 * alone (Excel stores the master's text once and every dependent cell means it shifted).
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === "[") {
      const close = ch === "[" ? "]" : ch;
      let j = i + 1;
      while (j < formula.length && !(formula[j] === close && formula[j + 1] !== close))
        j += formula[j] === close ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : "";
    const ref = /[\w.$]/.test(prev) ? null : referenceAt(formula, i, dRow, dCol);
    if (ref) {
      out += ref.text;
      i = ref.end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

const SHIFTERS: ReadonlyArray<[RegExp, (m: RegExpExecArray, dRow: number, dCol: number) => string]> = [
  [COLS, (m, _r, c) => `${shiftCol(m[1], m[2], c)}:${shiftCol(m[3], m[4], c)}`],
  [ROWS, (m, r) => `${shiftRow(m[1], m[2], r)}:${shiftRow(m[3], m[4], r)}`],
  [REF, (m, r, c) => `${shiftCol(m[1], m[2], c)}${shiftRow(m[3], m[4], r)}`],
];

function referenceAt(formula: string, i: number, dRow: number, dCol: number): { text: string; end: number } | null {
  for (const [re, fn] of SHIFTERS) {
    re.lastIndex = i;
    const m = re.exec(formula);
    if (m) return { text: fn(m, dRow, dCol), end: re.lastIndex };
  }
  return null;
}
