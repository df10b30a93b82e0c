import { formatItalianNumber, formatPercentIt } from "./italian-number";

/**
 * One step of the explanation of a figure ("Perché?", `perf-albero spiega`): the rule applied, the
 * sentence in Italian with its numbers written out, and the numbers themselves (fractions for
 * percentages) so that a reader can check or reformat them.
 */
export interface TraceStep {
  /** Name of the rule as users see it ("proporzionale", "tetto", "fasce", "media ponderata", ...). */
  rule: string;
  text: string;
  numbers: number[];
}

export function step(rule: string, text: string, numbers: number[] = []): TraceStep {
  return { rule, text: flat(text), numbers };
}

/**
 * The text as one flat string. A sentence built from template literals is a tree of pieces in V8
 * (several times its length in memory); reading a character flattens it in place and the garbage
 * collector then drops the tree. Every KPI keeps its trace, so on a 50.000-KPI plan this is tens of MB.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/**
 * A computed figure: always two decimals, as the documents print them ("87,73%"). Same output as
 * formatPercentIt, with a fast path for the usual sizes: every KPI's trace formats several figures.
 */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return "∞";
  const v = fraction * 100;
  if (!(Math.abs(v) < 1000)) return formatPercentIt(fraction);
  const fixed = Math.abs(v).toFixed(2);
  const sign = v < 0 && fixed !== "0.00" ? "-" : "";
  return `${sign}${fixed.replace(".", ",")}%`;
}

/** A constant the user wrote (a band bound, a ceiling): no trailing zeros ("60%", "97,5%"). */
export function pctConst(fraction: number): string {
  if (!Number.isFinite(fraction)) return "∞";
  return `${trimZeros(formatItalianNumber(fraction * 100, 4))}%`;
}

/**
 * A value read from a cell: two decimals as the documents print it, more (up to four) when the cell
 * holds more, so that the reader can redo the sum ("13,158% / 15,00% = 87,72%", not "13,16% / …").
 */
export function pctInput(fraction: number): string {
  return numInput(fraction * 100) + "%";
}

export function numInput(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value * 100 - Math.round(value * 100)) < 1e-6)
    return formatItalianNumber(value, 2);
  return trimZeros(formatItalianNumber(value, 4));
}

export function numConst(value: number): string {
  return trimZeros(formatItalianNumber(value, 4));
}

function trimZeros(text: string): string {
  return text.includes(",") ? text.replace(/0+$/, "").replace(/,$/, "") : text;
}
