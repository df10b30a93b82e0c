import { MSG } from "./messages";
import { KpiInput } from "./plan";
import { Problem, problem } from "./problems";
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
      problems: [problem("avviso", "consuntivo-non-disponibile", MSG.actualUnavailable(kpi.actual.text), where(kpi.cells.actual))],
    };
  }
  if (kpi.target.kind === "unscorable") {
    return {
      performance: null,
      excluded: true,
      blocking: false,
      problems: [problem("avviso", "target-non-calcolabile", MSG.unscorableExcluded(kpi.target.text), where(kpi.cells.target))],
    };
  }
  if (kpi.target.kind === "empty" || kpi.target.kind === "unavailable") {
    // Checked before the empty consuntivo: a KPI without a target cannot score, not even 0%.
    return { performance: null, excluded: true, blocking: true, problems: [problem("errore", "target-mancante", MSG.targetMissing(), where(kpi.cells.target))] };
  }
  if (kpi.actual.kind === "empty") {
    if (settings.emptyActual === "escludi") {
      return {
        performance: null,
        excluded: true,
        blocking: false,
        problems: [problem("avviso", "consuntivo-vuoto", MSG.actualEmptyExcluded(), where(kpi.cells.actual))],
      };
    }
    return {
      performance: 0,
      excluded: false,
      blocking: false,
      problems: [problem("avviso", "consuntivo-vuoto", MSG.actualEmpty(), where(kpi.cells.actual))],
    };
  }
  const options: ScoringOptions = { lateDeadline: settings.lateDeadline, lowerIsBetter: settings.lowerIsBetter };
  const result = scoreValue(kpi.target, kpi.actual, kpi.direction, kpi.method ?? settings.method, options);
  if (result.ok) return { performance: result.performance, excluded: false, blocking: false, problems: [] };
  const cell =
    result.code === "consuntivo-non-leggibile" || result.code === "tipi-incompatibili"
      ? kpi.cells.actual
      : result.code === "direzione-mancante"
        ? kpi.cells.direction ?? kpi.cells.weight ?? kpi.cells.target
        : result.code === "metodo-sconosciuto"
          ? kpi.cells.method
          : kpi.cells.target;
  return {
    performance: null,
    excluded: true,
    blocking: true,
    problems: [problem("errore", result.code, result.message, where(cell))],
  };
}
