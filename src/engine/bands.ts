import { BandFault } from "./messages";
import { Problem, problem } from "./problems";
import { TraceStep, pct, pctConst, step } from "./trace";

/**
 * Bands (fasce) of DOMAIN.md §4b: achievement ranges mapped to scores, fixed per band or
 * proportional inside it ("da 90 a 110 punti dal 60% all'80%"). Achievements and scores are fractions
 * (90% → 0.9). A band table read from a sheet carries the address of each row, so every problem names
 * the cells the user must correct.
 */
export interface BandBound {
  value: number;
  included: boolean;
}

export interface Band {
  /** Lower bound; null: no lower bound ("Inferiore a 90"). */
  from: BandBound | null;
  /** Upper bound; null: no upper bound ("uguale o superiore a 131"). */
  to: BandBound | null;
  /** The score, or the score at the lower bound of a proportional band. */
  score: number;
  /** Proportional band: the score at the upper bound (linear in between). Absent: a fixed score. */
  scoreTo?: number;
  /** Address of the band's row in the sheet ("A4:D4"), when it was read from one. */
  cell?: string;
}

export interface BandTable {
  /** Name users refer to (a per-KPI "Metodo" of "fasce AdE"), also used in messages. */
  name: string;
  sheet?: string;
  bands: Band[];
}

/** A tiny relative tolerance, as for "reached": 0,9 computed as 0,8999999999 is in the band from 90%. */
const REL_TOL = 1e-9;
const close = (a: number, b: number) => Math.abs(a - b) <= REL_TOL * Math.max(Math.abs(a), Math.abs(b), 1e-12);

const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
const lowOf = (b: Band) => (b.from === null ? -Infinity : b.from.value);
const highOf = (b: Band) => (b.to === null ? Infinity : b.to.value);

export function isProportional(b: Band): boolean {
  return b.scoreTo !== undefined && b.scoreTo !== b.score;
}

/** The band's limits in words: "da 90% a 110%", "inferiore a 90%", "da 131% in su". */
export function bandLabel(b: Band): string {
  if (b.from === null && b.to === null) return "ogni valore";
  if (b.from === null) return `${b.to!.included ? "fino a" : "inferiore a"} ${pctConst(b.to!.value)}`;
  const from = `${b.from.included ? "da" : "oltre"} ${pctConst(b.from.value)}`;
  if (b.to === null) return b.from.included ? `${from} in su` : from;
  return `${from} ${b.to.included ? "a" : "a meno di"} ${pctConst(b.to.value)}`;
}

function scoreIn(b: Band, x: number): number {
  if (!isProportional(b)) return b.score;
  const lo = lowOf(b);
  const hi = highOf(b);
  return b.score + ((x - lo) / (hi - lo)) * ((b.scoreTo as number) - b.score);
}

function contains(b: Band, x: number): boolean {
  if (b.from !== null && (x < b.from.value || (x === b.from.value && !b.from.included))) return false;
  if (b.to !== null && (x > b.to.value || (x === b.to.value && !b.to.included))) return false;
  return true;
}

/** x moved onto a bound it is within rounding of, so that bound's inclusion decides. */
function snap(table: BandTable, x: number): number {
  for (const b of table.bands)
    for (const bound of [b.from, b.to]) if (bound && close(x, bound.value)) return bound.value;
  return x;
}

/** Not ok: the achievement falls in no band (a table checked for the cap in use covers every result). */
export type BandScore = { ok: true; score: number; step: TraceStep } | { ok: false };

/** Score an achievement with a band table already checked by checkBandTable. */
export function scoreWithBands(table: BandTable, achievement: number): BandScore {
  const x = snap(table, achievement);
  const band = table.bands.find((b) => contains(b, x));
  if (!band) return { ok: false };
  const score = scoreIn(band, x);
  const where = band.cell ? ` (riga ${band.cell})` : "";
  if (!isProportional(band)) {
    return {
      ok: true,
      score,
      step: step(
        "fasce",
        `fascia «${bandLabel(band)}»${where} della tabella ${table.name}: ${pct(achievement)} → ${pctConst(score)}`,
        [achievement, score]
      ),
    };
  }
  const lo = lowOf(band);
  const width = highOf(band) - lo;
  const rise = (band.scoreTo as number) - band.score;
  const text =
    `fascia «${bandLabel(band)}»${where} della tabella ${table.name}: ` +
    `${pctConst(band.score)} + (${pct(achievement)} − ${pctConst(lo)}) / ${pctConst(width)} × ${pctConst(rise)} = ${pct(score)}`;
  return { ok: true, score, step: step("fasce", text, [band.score, achievement, lo, width, rise, score]) };
}

function cellsOf(...bands: Band[]): string[] {
  return bands.map((b) => b.cell).filter((c): c is string => !!c);
}

function at(table: BandTable, ...bands: Band[]): { sheet?: string; cell?: string; cells?: string[] } {
  const cells = cellsOf(...bands);
  return { sheet: table.sheet, cell: cells[0], cells };
}

function bandShapeProblem(table: BandTable, b: Band): Problem | null {
  const bad = (fault: BandFault) => problem("fascia-non-valida", at(table, b), table.name, bandLabel(b), fault);
  if (![b.score, b.scoreTo ?? 0].every(Number.isFinite) || b.score < 0 || (b.scoreTo ?? 0) < 0) return bad("punteggio");
  if (lowOf(b) > highOf(b)) return bad("invertita");
  if (lowOf(b) === highOf(b) && !(b.from!.included && b.to!.included)) return bad("vuota");
  if (isProportional(b) && (b.from === null || b.to === null)) return bad("aperta");
  if ((b.scoreTo ?? b.score) < b.score) return problem("fascia-decrescente", at(table, b), table.name, bandLabel(b));
  return null;
}

/** How two consecutive bands (sorted by lower bound) meet: gap, overlap or a clean seam; and in order. */
function seamProblems(table: BandTable, prev: Band, next: Band): Problem[] {
  const p = highOf(prev);
  const n = lowOf(next);
  const out: Problem[] = [];
  const overlap = () =>
    problem("fasce-sovrapposte", at(table, prev, next), table.name, bandLabel(prev), bandLabel(next));
  if (p > n) out.push(overlap());
  else if (p < n)
    out.push(
      problem("fasce-scoperte", at(table, prev, next), table.name, { kind: "tra", from: pctConst(p), to: pctConst(n) })
    );
  else if (!prev.to!.included && !next.from!.included)
    out.push(problem("fasce-scoperte", at(table, prev, next), table.name, { kind: "punto", at: pctConst(p) }));
  // A shared limit is harmless when both bands give it the same score (a continuous scale).
  else if (prev.to!.included && next.from!.included && scoreIn(prev, p) !== scoreIn(next, n)) out.push(overlap());
  if (p !== Infinity && scoreIn(prev, p) > scoreIn(next, Math.max(n, p)))
    out.push(problem("fasce-non-monotone", at(table, prev, next), table.name, bandLabel(prev), bandLabel(next)));
  return out;
}

/**
 * Every inconsistency of a band table: bands without a valid shape, overlaps, gaps (also below 0%
 * and above `upTo`, the highest achievement the rules before the bands can give: the cap, or null for
 * none; undefined skips that check, for a table whose cap depends on the KPI), and scores that fall as
 * the achievement rises. Empty list: the table can be used.
 */
export function checkBandTable(table: BandTable, upTo?: number | null): Problem[] {
  if (table.bands.length === 0) return [problem("fasce-vuote", { sheet: table.sheet }, table.name)];
  const problems: Problem[] = [];
  for (const b of table.bands) {
    const p = bandShapeProblem(table, b);
    if (p) problems.push(p);
  }
  const sorted = [...table.bands].sort((a, b) => compare(lowOf(a), lowOf(b)) || compare(highOf(a), highOf(b)));
  for (let i = 1; i < sorted.length; i++) {
    problems.push(...seamProblems(table, sorted[i - 1], sorted[i]));
  }
  const first = sorted[0];
  if (first.from !== null && (first.from.value > 0 || (first.from.value === 0 && !first.from.included)))
    problems.push(
      problem("fasce-scoperte", at(table, first), table.name, { kind: "sotto", from: pctConst(first.from.value) })
    );
  const last = sorted[sorted.length - 1];
  if (upTo === undefined) return problems;
  const top = upTo ?? Infinity;
  if (last.to !== null && (last.to.value < top || (last.to.value === top && !last.to.included)))
    problems.push(
      problem("fasce-scoperte", at(table, last), table.name, {
        kind: "sopra",
        to: pctConst(last.to.value),
        cap: upTo === null ? null : pctConst(upTo),
      })
    );
  return problems;
}
