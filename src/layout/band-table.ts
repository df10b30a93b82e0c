import { Band, BandBound, BandTable } from "../engine/bands";
import { normaliseSpaces, parseItalianNumber } from "../engine/italian-number";
import { Problem, problem } from "../engine/problems";
import { CellValue, isPercentFormat } from "../engine/values";
import { rangeA1 } from "./address";
import { isBlank } from "./cell-text";
import { SheetGrid, cellAt, formatAt, gridColCount } from "./grid";

/**
 * A band table as users write it in a sheet range (so it travels with the workbook and the OIV reads
 * it), one band a row: Da | A | Punteggio | Punteggio fino a (optional: proportional inside the band).
 *   (vuoto) | < 90  | 0%   |          → "Inferiore a 90 punti 0%"
 *   90      | 110   | 60%  | 80%      → "da 90 a 110 punti dal 60% all'80%"
 *   >= 131  | (vuoto)| 100% |          → "uguale o superiore a 131 punti 100%"
 * An empty Da or A is no limit. Plain numbers are percentage points (90 → 90%); a % cell or text is a
 * percentage. A limit is included unless written "<" / "inferiore a" (A) or ">" / "oltre" (Da).
 * A first row of headings is skipped; empty rows are skipped. The grid is the range itself.
 */
export interface BandTableRead {
  table: BandTable;
  problems: Problem[];
}

type Side = "da" | "a";

const EXCLUSIVE: Record<Side, RegExp> = {
  da: /^(>(?!=)|oltre|superiore a|maggiore di|più di)\s*/i,
  a: /^(<(?!=)|inferiore a|meno di|minore di|sotto)\s*/i,
};
const INCLUSIVE =
  /^(>=|=>|≥|<=|=<|≤|da|a|fino a|almeno|uguale o superiore a|uguale o inferiore a|pari o superiore a|pari o inferiore a)\s+|^(>=|=>|≥|<=|=<|≤)\s*/i;

function fractionOf(text: string): number | null {
  const body = text.replace(/\s*(%|punti|pt\.?|p\.)$/i, "");
  const n = parseItalianNumber(body);
  return n === null ? null : n / 100;
}

/** A limit cell; undefined when it cannot be read. */
function boundOf(raw: CellValue, format: string | undefined, side: Side): BandBound | null | undefined {
  if (isBlank(raw)) return null;
  if (typeof raw === "number")
    return Number.isFinite(raw) ? { value: isPercentFormat(format) ? raw : raw / 100, included: true } : undefined;
  if (typeof raw !== "string") return undefined;
  const text = normaliseSpaces(raw);
  const exclusive = EXCLUSIVE[side].exec(text);
  const rest = exclusive ? text.slice(exclusive[0].length) : text.replace(INCLUSIVE, "");
  const value = fractionOf(rest);
  return value === null ? undefined : { value, included: !exclusive };
}

/** A score cell; null when empty, undefined when it cannot be read. */
function scoreOf(raw: CellValue, format: string | undefined): number | null | undefined {
  if (isBlank(raw)) return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? (isPercentFormat(format) ? raw : raw / 100) : undefined;
  if (typeof raw !== "string") return undefined;
  return fractionOf(normaliseSpaces(raw).replace(/^(dal|dall'|al|all')\s*/i, "")) ?? undefined;
}

function isHeading(grid: SheetGrid, row: number, left: number): boolean {
  const cells = [0, 1, 2].map((c) => cellAt(grid, row, left + c));
  return (
    cells.some((v) => typeof v === "string" && /[a-z]{2,}/i.test(v) && !/\d/.test(v)) &&
    cells.every((v) => isBlank(v) || typeof v === "string")
  );
}

export function readBandTable(grid: SheetGrid, name: string): BandTableRead {
  const problems: Problem[] = [];
  const bands: Band[] = [];
  const top = grid.rowOffset;
  const left = grid.colOffset;
  const right = left + Math.max(gridColCount(grid), 3) - 1;
  for (let row = top; row < top + grid.values.length; row++) {
    const values = [0, 1, 2, 3].map((c) => cellAt(grid, row, left + c));
    if (values.every(isBlank)) continue;
    if (row === top && isHeading(grid, row, left)) continue;
    const formats = [0, 1, 2, 3].map((c) => formatAt(grid, row, left + c));
    const cell = rangeA1(row, left, row, right);
    const unreadable = (col: number, what: string) =>
      problems.push(
        problem(
          "fascia-non-leggibile",
          { sheet: grid.name, cell: rangeA1(row, left + col, row, left + col) },
          name,
          what,
          String(values[col])
        )
      );
    const from = boundOf(values[0], formats[0], "da");
    const to = boundOf(values[1], formats[1], "a");
    const score = scoreOf(values[2], formats[2]);
    const scoreTo = scoreOf(values[3], formats[3]);
    if (from === undefined) unreadable(0, "il limite «da»");
    if (to === undefined) unreadable(1, "il limite «a»");
    if (score === undefined || score === null) unreadable(2, "il punteggio");
    if (scoreTo === undefined) unreadable(3, "il punteggio «fino a»");
    if (from === undefined || to === undefined || score === undefined || score === null || scoreTo === undefined)
      continue;
    const band: Band = { from, to, score, cell };
    if (scoreTo !== null) band.scoreTo = scoreTo;
    bands.push(band);
  }
  return { table: { name, sheet: grid.name, bands }, problems };
}
