import { KpiInput } from "./plan";
import { KpiField, ruleOf } from "./problem-codes";
import { Problem, located, problem } from "./problems";
import { ScoringOptions, scoreValue } from "./scoring";
import { EngineSettings } from "./settings";

/** The outcome of scoring one ordinary (non-link) KPI. */
export interface KpiOutcome {
  performance: number | null;
  /** Left out of its objective's mean (unavailable, excluded empty consuntivo, unscorable target). */
  excluded: boolean;
  /** An error makes the objective's figure unknowable: it must not be computed from the rest. */
  blocking: boolean;
  problems: Problem[];
}

/** Score a KPI that is not a link, applying the availability rules of DOMAIN.md §3 and §5. */
export function scoreKpi(kpi: KpiInput, settings: EngineSettings): KpiOutcome {
  const where = (cell: string | undefined) => ({ sheet: kpi.sheet, cell });
  if (kpi.unavailable) return { performance: null, excluded: true, blocking: false, problems: [] };
  if (kpi.readError) return { performance: null, excluded: true, blocking: true, problems: [] };
  if (kpi.actual.kind === "unavailable") {
    // Listed so the user sees which KPIs were left out (DOMAIN.md §1: "G48 holds n.d").
    return {
      performance: null,
      excluded: true,
      blocking: false,
      problems: [problem("consuntivo-non-disponibile", where(kpi.cells.actual), kpi.actual.text)],
    };
  }
  if (kpi.target.kind === "unscorable") {
    return {
      performance: null,
      excluded: true,
      blocking: false,
      problems: [problem("target-non-calcolabile", where(kpi.cells.target), kpi.target.text, "escluso")],
    };
  }
  if (kpi.target.kind === "empty" || kpi.target.kind === "unavailable") {
    // Checked before the empty consuntivo: a KPI without a target cannot score, not even 0%.
    return { performance: null, excluded: true, blocking: true, problems: [problem("target-mancante", where(kpi.cells.target))] };
  }
  if (kpi.actual.kind === "empty") {
    if (settings.emptyActual === "escludi") {
      return {
        performance: null,
        excluded: true,
        blocking: false,
        problems: [problem("consuntivo-vuoto", where(kpi.cells.actual), true)],
      };
    }
    return {
      performance: 0,
      excluded: false,
      blocking: false,
      problems: [problem("consuntivo-vuoto", where(kpi.cells.actual), false)],
    };
  }
  const options: ScoringOptions = { lateDeadline: settings.lateDeadline, lowerIsBetter: settings.lowerIsBetter };
  const result = scoreValue(kpi.target, kpi.actual, kpi.direction, kpi.method ?? settings.method, options);
  if (result.ok) return { performance: result.performance, excluded: false, blocking: false, problems: [] };
  return {
    performance: null,
    excluded: true,
    blocking: true,
    problems: [located(result, where(cellOf(kpi, ruleOf(result.code).field)))],
  };
}

/** The KPI's cell a scoring failure concerns; a direction may sit in its own column, the Peso or the Target. */
function cellOf(kpi: KpiInput, field: KpiField | undefined): string | undefined {
  switch (field) {
    case "consuntivo":
      return kpi.cells.actual;
    case "direzione":
      return kpi.cells.direction ?? kpi.cells.weight ?? kpi.cells.target;
    case "metodo":
      return kpi.cells.method;
    default:
      return kpi.cells.target;
  }
}
