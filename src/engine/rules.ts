import { BandTable, checkBandTable } from "./bands";
import { parseItalianNumber } from "./italian-number";
import { Problem, problem } from "./problems";
import { RULE_DESCRIPTIONS } from "./rule-messages";
import { RuleSet } from "./rule-types";

/**
 * The rule table of DOMAIN.md §4 and §4b: each rule is registered by the name users see (in the
 * settings, in a KPI's "Metodo" cell, as PERF.KPI's `metodo`) with its Italian description, and is a
 * small pure function that sets one part of a RuleSet. A "Metodo" may combine rules with "+":
 * "proporzionale + senza tetto + rapporto", "tetto 150% + fasce AdE".
 *
 * Whatever order they are written in, the rules APPLY in this fixed order (scoring.ts):
 *   1. base method (proporzionale, with its lower-is-better and deadline variants; or binario) gives
 *      the achievement, never below 0%;
 *   2. tetto: the achievement is capped (100% by default; "senza tetto"; "tetto 120%");
 *   3. soglia minima: an achievement below it scores 0%;
 *   4. fasce: the band table turns the achievement into the score.
 */
export interface NamedRule {
  /** As users see and write it; N and NOME stand for a number and a name. */
  name: keyof typeof RULE_DESCRIPTIONS;
  description: string;
  /** Which part of the RuleSet it sets: two rules setting the same part conflict. */
  sets: keyof RuleSet;
  pattern: RegExp;
  /** `tables` null: any table name is accepted (a setting checked before the workbook's tables are read). */
  apply: (match: RegExpExecArray, tables: readonly BandTable[] | null) => Partial<RuleSet> | RuleError;
}

/** Why a "Metodo" text cannot be applied, as a problem without a location. */
export interface RuleError {
  problem: Problem;
}

const isError = (x: Partial<RuleSet> | RuleError): x is RuleError => "problem" in x;

/** "120%", "120", "97,5 %" → 1.2 / 0.975; null when not a number. */
function percentOf(text: string): number | null {
  const n = parseItalianNumber(text.replace(/\s*%$/, ""));
  return n === null ? null : n / 100;
}

const PCT = "([0-9.,]+\\s*%?)";

function rule(name: NamedRule["name"], sets: keyof RuleSet, pattern: RegExp, apply: NamedRule["apply"]): NamedRule {
  return { name, description: RULE_DESCRIPTIONS[name], sets, pattern, apply };
}

export const RULES: readonly NamedRule[] = [
  rule("proporzionale", "method", /^proporzionale$/, () => ({ method: "proporzionale" })),
  rule("binario", "method", /^binario$/, () => ({ method: "binario" })),
  rule("senza tetto", "cap", /^senza tetto$/, () => ({ cap: null })),
  rule("tetto N%", "cap", new RegExp(`^tetto (?:al |a )?${PCT}$`), (m) => {
    const cap = percentOf(m[1]);
    return cap === null || cap < 1 ? { problem: problem("tetto-non-valido", {}, m[0]) } : { cap };
  }),
  rule("rapporto", "lowerIsBetter", /^(?:rapporto|target \/ consuntivo|t\/a|t\/c)$/, () => ({
    lowerIsBetter: "rapporto",
  })),
  rule("scostamento", "lowerIsBetter", /^(?:scostamento|2 [-−] consuntivo \/ target|2 ?[-−] ?a\/t)$/, () => ({
    lowerIsBetter: "scostamento",
  })),
  rule("soglia minima N%", "minimumThreshold", new RegExp(`^soglia(?: minima)? (?:del |di )?${PCT}$`), (m) => {
    const t = percentOf(m[1]);
    return t === null || t < 0 || t > 1 ? { problem: problem("soglia-non-valida", {}, m[0]) } : { minimumThreshold: t };
  }),
  rule("senza soglia", "minimumThreshold", /^senza soglia(?: minima)?$/, () => ({ minimumThreshold: null })),
  rule("fasce NOME", "bands", /^fasce (.+)$/, (m, tables) => {
    if (tables === null) return { bands: { name: m[1].trim(), bands: [] } };
    const table = tables.find((t) => t.name.trim().toLowerCase() === m[1].trim());
    return table
      ? { bands: table }
      : {
          problem: problem(
            "fasce-sconosciute",
            {},
            m[1].trim(),
            tables.map((t) => t.name)
          ),
        };
  }),
  rule("senza fasce", "bands", /^senza fasce$/, () => ({ bands: null })),
  rule("scadenza lineare", "lateDeadline", /^scadenza (?:lineare|lineare-fine-anno)$/, () => ({
    lateDeadline: "lineare-fine-anno",
  })),
  rule("scadenza zero", "lateDeadline", /^scadenza zero$/, () => ({ lateDeadline: "zero" })),
];

export const RULE_NAMES: readonly string[] = RULES.map((r) => r.name);

function normalise(text: string): string {
  return text
    .replace(/[\u00a0\s]+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Apply a "Metodo" text to the rules a KPI starts from (the workbook's). Empty text: the base rules
 * unchanged. Never throws: an unknown or conflicting part is a problem value.
 */
export function applyRuleSpec(
  spec: string,
  base: RuleSet,
  tables: readonly BandTable[] | null = []
): RuleSet | RuleError {
  const parts = normalise(spec)
    .split(/\s*[+;]\s*/)
    .filter((p) => p !== "");
  const result: RuleSet = { ...base };
  const setBy = new Map<keyof RuleSet, string>();
  for (const part of parts) {
    const found = RULES.map((r) => ({ r, m: r.pattern.exec(part) })).find((x) => x.m !== null);
    if (!found) return { problem: problem("metodo-sconosciuto", {}, spec.trim(), RULE_NAMES.join(", ")) };
    const earlier = setBy.get(found.r.sets);
    if (earlier !== undefined && earlier !== part)
      return { problem: problem("regole-in-conflitto", {}, earlier, part) };
    setBy.set(found.r.sets, part);
    const change = found.r.apply(found.m as RegExpExecArray, tables);
    if (isError(change)) return change;
    Object.assign(result, change);
  }
  return result;
}

const ANY: RuleSet = {
  method: "proporzionale",
  lowerIsBetter: "scostamento",
  lateDeadline: "lineare-fine-anno",
  cap: 1,
  minimumThreshold: null,
  bands: null,
};

/** Why a "Metodo" text typed in the settings cannot be used, or null; band table names are checked later. */
export function checkRuleSpec(spec: string): Problem | null {
  if (normalise(spec) === "") return problem("metodo-sconosciuto", {}, spec, RULE_NAMES.join(", "));
  const r = applyRuleSpec(spec, ANY, null);
  return isRuleError(r) ? r.problem : null;
}

export function isRuleError(x: RuleSet | RuleError): x is RuleError {
  return "problem" in x;
}

const checked = new WeakMap<BandTable, Map<number | null, string | null>>();

/**
 * The text of a band table's first problem under the given cap, or null when it can be used. Memoised per
 * table object: a plan of 100.000 KPIs shares a handful of tables.
 */
export function bandTableError(table: BandTable, cap: number | null): string | null {
  let byCap = checked.get(table);
  if (!byCap) checked.set(table, (byCap = new Map<number | null, string | null>()));
  if (!byCap.has(cap)) {
    const problems = checkBandTable(table, cap);
    byCap.set(cap, problems.length === 0 ? null : problems[0].message);
  }
  return byCap.get(cap) as string | null;
}
