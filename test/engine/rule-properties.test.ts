/**
 * Property tests of the rules of DOMAIN.md §4b: under any combination of tetto, minore-migliore,
 * soglia minima and fasce, scores are never negative, never above the cap, monotone in the consuntivo
 * in the KPI's direction, and continuous inside a proportional band; the trace ends with the figure.
 */
import fc from "fast-check";
import {
  BandTable,
  Direction,
  RuleSet,
  Scalar,
  checkBandTable,
  scoreWithBands,
  scoreWithRules,
} from "../../src/engine";
import { ADE } from "./helpers/band-tables";

const RUNS = { numRuns: 1000 };
const num = (value: number): Scalar => ({ kind: "number", value, percent: false });

const ruleSet: fc.Arbitrary<RuleSet> = fc.record({
  method: fc.constantFrom("proporzionale" as const, "binario" as const),
  lowerIsBetter: fc.constantFrom("scostamento" as const, "rapporto" as const),
  lateDeadline: fc.constantFrom("lineare-fine-anno" as const, "zero" as const),
  cap: fc.constantFrom(1, 1.2, 2.01, null),
  minimumThreshold: fc.constantFrom(null, 0.5, 0.9),
  bands: fc.constantFrom(null, ADE),
});
/** ADE covers 0..∞, so it may follow any cap. */
/**
 * The one case without a figure: no cap and a ratio without limit (target / consuntivo with a
 * consuntivo ≤ 0, or a ratio beyond the largest double): an error, never an infinite score.
 */
function unbounded(rules: RuleSet, t: number, a: number, dir: Direction): boolean {
  if (rules.method !== "proporzionale" || rules.cap !== null || t <= 0 || dir === "=") return false;
  const ratio = dir === ">=" ? a / t : rules.lowerIsBetter === "rapporto" ? (a > 0 ? t / a : Infinity) : 2 - a / t;
  return !Number.isFinite(ratio);
}
const finite = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe("proprietà delle regole", () => {
  it("il punteggio non è mai negativo né sopra il tetto, e il metodo non lancia eccezioni", () => {
    fc.assert(
      fc.property(
        ruleSet,
        finite(-1e6, 1e6),
        finite(-1e6, 1e6),
        fc.constantFrom<Direction>(">=", "<=", "="),
        (rules, t, a, dir) => {
          const r = scoreWithRules(num(t), num(a), dir, rules);
          if (!r.ok) return r.code === "punteggio-non-definito" && unbounded(rules, t, a, dir);
          const ceiling = rules.bands ? 1 : (rules.cap ?? Infinity);
          return (
            r.performance >= 0 &&
            r.performance <= ceiling + 1e-12 &&
            Number.isFinite(r.performance) &&
            r.trace.length > 0
          );
        }
      ),
      RUNS
    );
  });

  it("monotono nel consuntivo nella direzione del KPI (più alto è meglio: non scende; più basso: non sale)", () => {
    fc.assert(
      fc.property(
        ruleSet,
        finite(0.01, 1e4),
        finite(-1e4, 1e4),
        finite(0, 1e4),
        fc.constantFrom<Direction>(">=", "<="),
        (rules, t, a, delta, dir) => {
          fc.pre(!unbounded(rules, t, a, dir) && !unbounded(rules, t, a + delta, dir));
          const lo = scoreWithRules(num(t), num(a), dir, rules);
          const hi = scoreWithRules(num(t), num(a + delta), dir, rules);
          if (!lo.ok || !hi.ok) return false;
          return dir === ">=" ? hi.performance >= lo.performance - 1e-12 : hi.performance <= lo.performance + 1e-12;
        }
      ),
      RUNS
    );
  });

  it("continuo dentro una fascia dichiarata proporzionale (AdE 90–110: pendenza 1%/punto)", () => {
    fc.assert(
      fc.property(finite(0.9, 1.1), finite(0, 0.01), (x, h) => {
        const y = Math.min(1.1, x + h);
        const a = scoreWithBands(ADE, x);
        const b = scoreWithBands(ADE, y);
        return a.ok && b.ok && Math.abs(b.score - a.score) <= y - x + 1e-12 && b.score >= a.score;
      }),
      RUNS
    );
  });

  it("una tabella accettata dal controllo dà un punteggio a ogni risultato da 0% in su, crescente", () => {
    const band = fc.record({
      width: finite(0.01, 0.5),
      score: finite(0, 0.3),
      rise: finite(0, 0.3),
      proportional: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(band, { minLength: 1, maxLength: 6 }), finite(0, 5), finite(0, 5), (spec, x1, x2) => {
        let from = 0;
        let score = 0;
        const bands: BandTable["bands"] = spec.map((s, i) => {
          const last = i === spec.length - 1;
          const b = {
            from: { value: from, included: true },
            to: last ? null : { value: from + s.width, included: false },
            score: score + s.score,
            scoreTo: s.proportional && !last ? score + s.score + s.rise : undefined,
          };
          from += s.width;
          score = b.scoreTo ?? b.score;
          return b.scoreTo === undefined ? { from: b.from, to: b.to, score: b.score } : b;
        });
        const table: BandTable = { name: "P", bands };
        if (checkBandTable(table, null).length > 0) return false;
        const [lo, hi] = x1 <= x2 ? [x1, x2] : [x2, x1];
        const a = scoreWithBands(table, lo);
        const b = scoreWithBands(table, hi);
        return a.ok && b.ok && b.score >= a.score - 1e-12;
      }),
      RUNS
    );
  });
});
