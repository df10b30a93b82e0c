import { endOfYearSerial, isExcelDateSerial } from "./dates";
import { Direction } from "./direction";
import { Problem, problem } from "./problems";
import { Scalar, describeScalar } from "./values";

/**
 * Scoring rules of DOMAIN.md §4 as a table: one small pure function per method, registered by the
 * name users see in settings. Every function returns a result value; none throws.
 */
export type MethodName = "proporzionale" | "binario";
export const METHOD_NAMES: readonly MethodName[] = ["proporzionale", "binario"];

/** How a missed deadline scores under `proporzionale`. */
export type LateDeadlineRule = "lineare-fine-anno" | "zero";
/** How a lower-is-better KPI over its target scores under `proporzionale`. */
export type LowerIsBetterRule = "scostamento" | "rapporto";

export interface ScoringOptions {
  lateDeadline: LateDeadlineRule;
  lowerIsBetter: LowerIsBetterRule;
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  lateDeadline: "lineare-fine-anno",
  lowerIsBetter: "scostamento",
};

/** A failure is the problem itself, without a location: the caller places it on the KPI's cell. */
export type ScoreResult = { ok: true; performance: number; reached: boolean } | ({ ok: false } & Problem);

/** Relative tolerance for "reached": a consuntivo of 0,1 + 0,2 reaches a target of 0,3. */
const REL_TOL = 1e-9;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= REL_TOL * Math.max(Math.abs(a), Math.abs(b), 1e-12);
}

export function isReached(actual: number, target: number, direction: Direction): boolean {
  if (close(actual, target)) return true;
  if (direction === ">=") return actual > target;
  if (direction === "<=") return actual < target;
  return false;
}

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

type Comparable =
  | { kind: "number"; target: number; actual: number }
  | { kind: "date"; target: number; actual: number }
  | { kind: "yesno"; target: boolean; actual: boolean }
  | { kind: "date-not-delivered"; target: number };

function fail(p: Problem): ScoreResult {
  return { ok: false, ...p };
}

/**
 * A target of 15% (0.15) against a consuntivo typed as 13,16 without the % sign would score 100%:
 * refuse it rather than guess which one the user meant.
 */
function percentMismatch(a: { value: number; percent: boolean }, b: { value: number; percent: boolean }): boolean {
  if (a.percent === b.percent) return false;
  const plain = a.percent ? b : a;
  const pct = a.percent ? a : b;
  return Math.abs(plain.value) > 1 && Math.abs(pct.value) <= 1;
}

/** Check that target and consuntivo can be compared, and say how. */
function comparable(target: Scalar, actual: Scalar): Comparable | ScoreResult {
  switch (target.kind) {
    case "empty":
    case "unavailable":
      return fail(problem("target-mancante", {}));
    case "unscorable":
      return fail(problem("target-non-calcolabile", {}, target.text, "nessuna-regola"));
    case "invalid":
      return fail(problem("target-non-leggibile", {}, `"${target.text}"`));
  }
  if (actual.kind === "invalid" || actual.kind === "unscorable")
    return fail(problem("consuntivo-non-leggibile", {}, `"${actual.text}"`));
  // A serial outside Excel's calendar (0..31/12/9999) has no year: the deadline rule cannot place it.
  if (target.kind === "date" && !isExcelDateSerial(target.serial))
    return fail(problem("target-non-leggibile", {}, describeScalar(target)));
  if (actual.kind === "date" && !isExcelDateSerial(actual.serial))
    return fail(problem("consuntivo-non-leggibile", {}, describeScalar(actual)));
  if (target.kind === "number" && actual.kind === "number") {
    if (percentMismatch(target, actual)) return fail(problem("tipi-incompatibili", {}, "percentuale"));
    return { kind: "number", target: target.value, actual: actual.value };
  }
  if (target.kind === "date" && actual.kind === "date") {
    return { kind: "date", target: target.serial, actual: actual.serial };
  }
  if (target.kind === "date" && actual.kind === "yesno" && !actual.value) {
    return { kind: "date-not-delivered", target: target.serial };
  }
  if (target.kind === "yesno" && actual.kind === "yesno") {
    return { kind: "yesno", target: target.value, actual: actual.value };
  }
  return fail(problem("tipi-incompatibili", {}, { target: describeScalar(target), actual: describeScalar(actual) }));
}

function proportional(c: Comparable, direction: Direction, options: ScoringOptions): number {
  switch (c.kind) {
    case "yesno":
      return c.actual === c.target ? 1 : 0;
    case "date-not-delivered":
      return 0;
    case "date": {
      if (isReached(c.actual, c.target, direction)) return 1;
      if (direction === ">=") return 0;
      const horizon = endOfYearSerial(c.target) - c.target;
      const late = c.actual - c.target;
      if (options.lateDeadline === "zero" || horizon <= 0 || late >= horizon) return 0;
      return clamp01(1 - late / horizon);
    }
    case "number": {
      const { target: t, actual: a } = c;
      if (isReached(a, t, direction)) return 1;
      if (t <= 0) return 0;
      if (direction === ">=") return clamp01(a / t);
      if (direction === "<=") return options.lowerIsBetter === "rapporto" ? clamp01(t / a) : clamp01(2 - a / t);
      return clamp01(1 - Math.abs(a - t) / t);
    }
  }
}

function reachedOf(c: Comparable, direction: Direction): boolean {
  switch (c.kind) {
    case "yesno":
      return c.actual === c.target;
    case "date-not-delivered":
      return false;
    default:
      return isReached(c.actual, c.target, direction);
  }
}

type Rule = (c: Comparable, direction: Direction, options: ScoringOptions) => number;

export const METHODS: Readonly<Record<MethodName, Rule>> = {
  proporzionale: proportional,
  binario: (c, direction) => (reachedOf(c, direction) ? 1 : 0),
};

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * The direction a KPI is scored in: the one written, else "<=" for a date (a deadline) and "=" for a
 * yes/no target, which need none.
 */
export function effectiveDirection(target: Scalar, direction: Direction | null): Direction | null {
  if (target.kind === "yesno") return "=";
  if (target.kind === "date") return direction ?? "<=";
  return direction;
}

/**
 * Score one KPI whose consuntivo is a value (not unavailable, not empty: the caller decides those).
 * Yes/no targets need no direction; numbers and dates do.
 */
export function scoreValue(
  target: Scalar,
  actual: Scalar,
  direction: Direction | null,
  method: string = "proporzionale",
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS
): ScoreResult {
  const key = method.trim().toLowerCase();
  if (!isMethodName(key)) return fail(problem("metodo-sconosciuto", {}, method));
  const c = comparable(target, actual);
  if ("ok" in c) return c;
  const dir = effectiveDirection(target, direction);
  if (dir === null) return fail(problem("direzione-mancante", {}));
  const performance = METHODS[key](c, dir, options);
  return { ok: true, performance, reached: reachedOf(c, dir) };
}
