import { BandTable, scoreWithBands } from "./bands";
import { endOfYearSerial, formatSerialIt, isExcelDateSerial } from "./dates";
import { Direction } from "./direction";
import { Problem, problem } from "./problems";
import { LateDeadlineRule, LowerIsBetterRule, RuleSet } from "./rule-types";
import { applyRuleSpec, bandTableError, isRuleError } from "./rules";
import { TraceStep, numInput, pct, pctConst, pctInput, step } from "./trace";
import { Scalar, describeScalar } from "./values";

export { METHOD_NAMES, isMethodName } from "./rule-types";
export type { LateDeadlineRule, LowerIsBetterRule, MethodName, RuleSet } from "./rule-types";

/**
 * Scoring rules of DOMAIN.md §4 and §4b. The base methods are a table of small pure functions; the
 * rules of §4b (tetto, soglia minima, fasce) apply after them in the order documented in rules.ts.
 * Every function returns a result value; none throws.
 */
export interface ScoringOptions {
  lateDeadline: LateDeadlineRule;
  lowerIsBetter: LowerIsBetterRule;
  /** Ceiling (fraction); undefined: 100%; null: none. */
  cap?: number | null;
  minimumThreshold?: number | null;
  /** Band table applied to every KPI; null/undefined: none. */
  bands?: BandTable | null;
  /** Named band tables a "Metodo" may refer to ("fasce AdE"). */
  bandTables?: readonly BandTable[];
}

export const DEFAULT_SCORING_OPTIONS: ScoringOptions = {
  lateDeadline: "lineare-fine-anno",
  lowerIsBetter: "scostamento",
};

/** A failure is the problem itself, without a location: the caller places it on the KPI's cell. */
export type ScoreFailure = { ok: false } & Problem;

export type ScoreResult = { ok: true; performance: number; reached: boolean } | ScoreFailure;

/** A score with the rules applied, step by step, in words and numbers. */
export type ExplainedScore = { ok: true; performance: number; reached: boolean; trace: TraceStep[] } | ScoreFailure;

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

type Comparable =
  | { kind: "number"; target: number; actual: number; percent: boolean; unit?: string }
  | { kind: "date"; target: number; actual: number }
  | { kind: "yesno"; target: boolean; actual: boolean }
  | { kind: "date-not-delivered"; target: number };

function fail(p: Problem): ScoreFailure {
  return { ok: false, ...p };
}

/**
 * A target of 15% (0.15) against a consuntivo typed as 13,16 without the % sign would score 100%:
 * refuse it rather than guess which one the user meant.
 */
function percentMismatch(a: { value: number; percent: boolean }, b: { value: number; percent: boolean }): boolean {
  if (a.percent === b.percent) return false;
  const plain = a.percent ? b : a;
  const p = a.percent ? a : b;
  return Math.abs(plain.value) > 1 && Math.abs(p.value) <= 1;
}

/** Check that target and consuntivo can be compared, and say how. */
function comparable(target: Scalar, actual: Scalar): Comparable | ReturnType<typeof fail> {
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
    return {
      kind: "number",
      target: target.value,
      actual: actual.value,
      percent: target.percent || actual.percent,
      unit: target.unit ?? actual.unit,
    };
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

/** The achievement a base method gives, before tetto, soglia and fasce; may exceed 1. */
interface Achievement {
  value: number;
  step: TraceStep;
}

/** A value of the KPI as the documents print it: "13,16%", "16,40 fte", "375,00". */
function shown(c: { percent: boolean; unit?: string }, v: number): string {
  if (c.percent) return pctInput(v);
  return numInput(v) + (c.unit ? ` ${c.unit}` : "");
}

const yesNo = (b: boolean) => (b ? "sì" : "no");

function proportionalNumber(
  c: Extract<Comparable, { kind: "number" }>,
  direction: Direction,
  rules: RuleSet
): Achievement {
  const { target: t, actual: a } = c;
  const ta = `${shown(c, a)} / ${shown(c, t)}`;
  const name = "proporzionale";
  if (t <= 0) {
    const ok = isReached(a, t, direction);
    return {
      value: ok ? 1 : 0,
      step: step(
        name,
        `target ≤ 0 (${shown(c, t)}), consuntivo ${shown(c, a)}: ${ok ? "raggiunto → 100%" : "non raggiunto → 0%"}`,
        [a, t, ok ? 1 : 0]
      ),
    };
  }
  if (direction === ">=")
    return { value: a / t, step: step(name, `consuntivo / target = ${ta} = ${pct(a / t)}`, [a, t, a / t]) };
  if (direction === "<=" && rules.lowerIsBetter === "rapporto") {
    // A consuntivo of 0 (or below) makes target / consuntivo unbounded: any cap applies in full.
    const v = a > 0 ? t / a : Infinity;
    const text =
      a > 0
        ? `target / consuntivo = ${shown(c, t)} / ${shown(c, a)} = ${pct(v)}`
        : `consuntivo ${shown(c, a)} ≤ 0: target / consuntivo non ha limite`;
    return { value: v, step: step(`${name}, rapporto`, text, [t, a, v]) };
  }
  if (direction === "<=") {
    const v = 2 - a / t;
    return {
      value: v,
      step: step(`${name}, scostamento`, `2 − consuntivo / target = 2 − ${ta} = ${pct(v)}`, [a, t, v]),
    };
  }
  const v = 1 - Math.abs(a - t) / t;
  return {
    value: v,
    step: step(
      name,
      `1 − |consuntivo − target| / target = 1 − |${shown(c, a)} − ${shown(c, t)}| / ${shown(c, t)} = ${pct(v)}`,
      [a, t, v]
    ),
  };
}

function proportionalDate(c: Extract<Comparable, { kind: "date" }>, direction: Direction, rules: RuleSet): Achievement {
  const due = formatSerialIt(c.target);
  const done = formatSerialIt(c.actual);
  const name = "proporzionale, scadenza";
  if (isReached(c.actual, c.target, direction))
    return { value: 1, step: step(name, `data ${done} rispetto al target ${due}: raggiunto → 100%`, [1]) };
  if (direction === ">=") return { value: 0, step: step(name, `data ${done} prima del ${due} richiesto → 0%`, [0]) };
  const yearEnd = endOfYearSerial(c.target);
  const horizon = yearEnd - c.target;
  const late = c.actual - c.target;
  if (rules.lateDeadline === "zero")
    return {
      value: 0,
      step: step("scadenza zero", `scadenza ${due} mancata (${done}, ${late} giorni di ritardo) → 0%`, [late, 0]),
    };
  if (horizon <= 0 || late >= horizon)
    return {
      value: 0,
      step: step(name, `scadenza ${due} mancata: realizzato il ${done}, oltre il ${formatSerialIt(yearEnd)} → 0%`, [
        late,
        horizon,
        0,
      ]),
    };
  const v = 1 - late / horizon;
  const text = `scadenza ${due}, realizzato il ${done}: 1 − giorni di ritardo / giorni dalla scadenza al ${formatSerialIt(yearEnd)} = 1 − ${late} / ${horizon} = ${pct(v)}`;
  return { value: v, step: step(name, text, [late, horizon, v]) };
}

function proportional(c: Comparable, direction: Direction, rules: RuleSet): Achievement {
  switch (c.kind) {
    case "yesno": {
      const v = c.actual === c.target ? 1 : 0;
      return {
        value: v,
        step: step("proporzionale, sì/no", `target ${yesNo(c.target)}, consuntivo ${yesNo(c.actual)} → ${pct(v)}`, [v]),
      };
    }
    case "date-not-delivered":
      return {
        value: 0,
        step: step(
          "proporzionale, scadenza",
          `scadenza ${formatSerialIt(c.target)} non realizzata (consuntivo «no») → 0%`,
          [0]
        ),
      };
    case "date":
      return proportionalDate(c, direction, rules);
    case "number":
      return proportionalNumber(c, direction, rules);
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

function binary(c: Comparable, direction: Direction): Achievement {
  const ok = reachedOf(c, direction);
  return {
    value: ok ? 1 : 0,
    step: step("binario", ok ? "target raggiunto nella sua direzione → 100%" : "target non raggiunto → 0%", [
      ok ? 1 : 0,
    ]),
  };
}

type BaseMethod = (c: Comparable, direction: Direction, rules: RuleSet) => Achievement;

export const METHODS: Readonly<Record<RuleSet["method"], BaseMethod>> = {
  proporzionale: proportional,
  binario: binary,
};

/**
 * The direction a KPI is scored in: the one written, else "<=" for a date (a deadline) and "=" for a
 * yes/no target, which need none.
 */
export function effectiveDirection(target: Scalar, direction: Direction | null): Direction | null {
  if (target.kind === "yesno") return "=";
  if (target.kind === "date") return direction ?? "<=";
  return direction;
}

/** Steps 1–2 of the fixed order: the base achievement, never below 0%, reached at least 100%, capped. */
function cappedAchievement(base: Achievement, reached: boolean, rules: RuleSet, trace: TraceStep[]): number {
  let v = base.value;
  trace.push(base.step);
  if (v < 0) {
    trace.push(step("minimo 0%", `il punteggio non scende sotto 0%: ${pct(v)} → 0,00%`, [v, 0]));
    v = 0;
  }
  if (reached && v < 1) {
    // Reached within rounding (a consuntivo of 0,1 + 0,2 against a target of 0,3).
    trace.push(step("raggiunto", `target raggiunto (entro l'arrotondamento): ${pct(v)} → 100,00%`, [v, 1]));
    v = 1;
  }
  if (rules.cap !== null && v > rules.cap) {
    trace.push(step("tetto", `tetto ${pctConst(rules.cap)}: ${pct(v)} → ${pct(rules.cap)}`, [v, rules.cap]));
    return rules.cap;
  }
  if (rules.cap === null && v > 1) trace.push(step("senza tetto", `nessun tetto: resta ${pct(v)}`, [v]));
  return v;
}

/** Score one KPI under a resolved RuleSet, explaining every step. */
export function scoreWithRules(
  target: Scalar,
  actual: Scalar,
  direction: Direction | null,
  rules: RuleSet
): ExplainedScore {
  const c = comparable(target, actual);
  if ("ok" in c) return c;
  const dir = effectiveDirection(target, direction);
  if (dir === null) return fail(problem("direzione-mancante", {}));
  if (rules.bands) {
    const bad = bandTableError(rules.bands, rules.cap);
    if (bad) return fail(problem("fasce-non-valide", {}, rules.bands.name, bad));
  }
  const reached = reachedOf(c, dir);
  const trace: TraceStep[] = [];
  let v = cappedAchievement(METHODS[rules.method](c, dir, rules), reached, rules, trace);
  if (!Number.isFinite(v)) return fail(problem("punteggio-non-definito", {}));
  if (rules.minimumThreshold !== null) {
    const below = v < rules.minimumThreshold && !close(v, rules.minimumThreshold);
    const text = below
      ? `soglia minima ${pctConst(rules.minimumThreshold)}: ${pct(v)} è sotto la soglia → 0,00%`
      : `soglia minima ${pctConst(rules.minimumThreshold)}: ${pct(v)} la raggiunge`;
    trace.push(step("soglia minima", text, [v, rules.minimumThreshold]));
    if (below) v = 0;
  }
  if (rules.bands) {
    const b = scoreWithBands(rules.bands, v);
    if (!b.ok) return fail(problem("fuori-fasce", {}, rules.bands.name, pct(v)));
    trace.push(b.step);
    v = b.score;
  }
  return { ok: true, performance: v, reached, trace };
}

/** The RuleSet of a workbook's options, before any per-KPI "Metodo". */
export function rulesOf(options: ScoringOptions, method: RuleSet["method"] = "proporzionale"): RuleSet {
  return {
    method,
    lowerIsBetter: options.lowerIsBetter,
    lateDeadline: options.lateDeadline,
    cap: options.cap === undefined ? 1 : options.cap,
    minimumThreshold: options.minimumThreshold ?? null,
    bands: options.bands ?? null,
  };
}

const resolved = new WeakMap<ScoringOptions, Map<string, RuleSet | ReturnType<typeof fail>>>();

/**
 * Workbook options plus a "Metodo" text (one or more rule names joined by "+"), or an error.
 * Memoised per options object: a plan's KPIs share a few "Metodo" texts.
 */
export function resolveRules(method: string, options: ScoringOptions): RuleSet | ReturnType<typeof fail> {
  let byMethod = resolved.get(options);
  if (!byMethod) resolved.set(options, (byMethod = new Map<string, RuleSet | ScoreFailure>()));
  let r = byMethod.get(method);
  if (r === undefined) {
    const applied = applyRuleSpec(method, rulesOf(options), options.bandTables ?? []);
    r = isRuleError(applied) ? fail(applied.problem) : applied;
    byMethod.set(method, r);
  }
  return r;
}

/** Score one KPI with its explanation. `method` is a "Metodo" text over the workbook's options. */
export function scoreExplained(
  target: Scalar,
  actual: Scalar,
  direction: Direction | null,
  method: string = "proporzionale",
  options: ScoringOptions = DEFAULT_SCORING_OPTIONS
): ExplainedScore {
  const rules = resolveRules(method, options);
  if ("ok" in rules) return rules;
  return scoreWithRules(target, actual, direction, rules);
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
  const r = scoreExplained(target, actual, direction, method, options);
  return r.ok ? { ok: true, performance: r.performance, reached: r.reached } : r;
}
