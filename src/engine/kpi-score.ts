import { MSG } from "./messages";
import { KpiInput } from "./plan";
import { Problem, problem } from "./problems";
import { RULE_MSG } from "./rule-messages";
import { ScoringOptions, scoreExplained } from "./scoring";
import { EngineSettings } from "./settings";
import { TraceStep, step } from "./trace";

/** The outcome of scoring one ordinary (non-link) KPI. */
export interface KpiOutcome {
  performance: number | null;
  /** Left out of its objective's mean (unavailable, excluded empty consuntivo, unscorable target). */
  excluded: boolean;
  /** An error makes the objective's figure unknowable: it must not be computed from the rest. */
  blocking: boolean;
  /** The setting "node not computed" for an empty consuntivo: the objective stays DA VALUTARE, no error. */
  voidsObjective: boolean;
  problems: Problem[];
  /** How the figure was reached, or why there is none. */
  trace: TraceStep[];
}

/**
 * The scoring options of a workbook's settings: its rules, the band tables by name, and the table it
 * applies to every KPI. An unknown default table gives an empty table named as the setting, which every
 * KPI then reports as unusable: a figure is never computed without the bands the settings ask for.
 */
export function scoringOptionsOf(settings: EngineSettings): ScoringOptions {
  const wanted = settings.bands;
  const table = wanted === null ? null : settings.bandTables.find((t) => t.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  return {
    lateDeadline: settings.lateDeadline,
    lowerIsBetter: settings.lowerIsBetter,
    cap: settings.cap,
    minimumThreshold: settings.minimumThreshold,
    bands: wanted === null ? null : table ?? { name: wanted, bands: [] },
    bandTables: settings.bandTables,
  };
}

function outcome(partial: Partial<KpiOutcome> & { trace: TraceStep[] }): KpiOutcome {
  return { performance: null, excluded: true, blocking: false, voidsObjective: false, problems: [], ...partial };
}

const excludedStep = (why: string) => step("escluso", `${why}: il KPI è escluso dalla media e i pesi degli altri sono riproporzionati`);

function emptyActualOutcome(kpi: KpiInput, settings: EngineSettings): KpiOutcome {
  const where = { sheet: kpi.sheet, cell: kpi.cells.actual };
  switch (settings.emptyActual) {
    case "escludi":
      return outcome({ problems: [problem("avviso", "consuntivo-vuoto", MSG.actualEmptyExcluded(), where)], trace: [excludedStep("consuntivo vuoto (impostazione «escluso dal calcolo»)")] });
    case "errore":
      return outcome({ blocking: true, problems: [problem("errore", "consuntivo-vuoto", RULE_MSG.actualEmptyBlocking(), where)], trace: [step("errore", RULE_MSG.actualEmptyBlocking())] });
    case "non-calcolato":
      return outcome({ voidsObjective: true, problems: [problem("avviso", "consuntivo-vuoto", RULE_MSG.actualEmptyNotComputed(), where)], trace: [step("non calcolato", RULE_MSG.actualEmptyNotComputed())] });
    default:
      return outcome({ performance: 0, excluded: false, problems: [problem("avviso", "consuntivo-vuoto", MSG.actualEmpty(), where)], trace: [step("consuntivo vuoto", "consuntivo vuoto: il KPI vale 0,00% (misurazione mancante)", [0])] });
  }
}

/** Score a KPI that is not a link, applying the availability rules of DOMAIN.md §3 and §5. */
export function scoreKpi(kpi: KpiInput, settings: EngineSettings, options: ScoringOptions = scoringOptionsOf(settings)): KpiOutcome {
  const where = (cell: string | undefined) => ({ sheet: kpi.sheet, cell });
  if (kpi.unavailable) return outcome({ trace: [excludedStep("KPI non disponibile")] });
  if (kpi.readError) return outcome({ blocking: true, trace: [step("errore", "una cella del KPI non è leggibile (vedere l'errore segnalato)")] });
  if (kpi.actual.kind === "unavailable") {
    // Listed so the user sees which KPIs were left out (DOMAIN.md §1: "G48 holds n.d").
    return outcome({
      problems: [problem("avviso", "consuntivo-non-disponibile", MSG.actualUnavailable(kpi.actual.text), where(kpi.cells.actual))],
      trace: [excludedStep(`consuntivo non disponibile («${kpi.actual.text}»)`)],
    });
  }
  if (kpi.target.kind === "unscorable") {
    return outcome({
      problems: [problem("avviso", "target-non-calcolabile", MSG.unscorableExcluded(kpi.target.text), where(kpi.cells.target))],
      trace: [excludedStep(`target non calcolabile («${kpi.target.text}»)`)],
    });
  }
  if (kpi.weight === 0 && (kpi.target.kind === "empty" || kpi.target.kind === "unavailable")) {
    // A row of the planning software ("Kpi non definito", peso 0, no target) is not a KPI (DOMAIN.md §4b).
    return outcome({ trace: [step("escluso", RULE_MSG.placeholderRow())] });
  }
  if (kpi.target.kind === "empty" || kpi.target.kind === "unavailable") {
    // Checked before the empty consuntivo: a KPI without a target cannot score, not even 0%.
    return outcome({ blocking: true, problems: [problem("errore", "target-mancante", MSG.targetMissing(), where(kpi.cells.target))], trace: [step("errore", MSG.targetMissing())] });
  }
  if (kpi.actual.kind === "empty") return emptyActualOutcome(kpi, settings);
  const result = scoreExplained(kpi.target, kpi.actual, kpi.direction, kpi.method ?? settings.method, options);
  if (result.ok) return outcome({ performance: result.performance, excluded: false, trace: result.trace });
  const cell =
    result.code === "consuntivo-non-leggibile" || result.code === "tipi-incompatibili" || result.code === "punteggio-non-definito"
      ? kpi.cells.actual
      : result.code === "direzione-mancante"
        ? kpi.cells.direction ?? kpi.cells.weight ?? kpi.cells.target
        : result.code === "metodo-sconosciuto" || result.code === "fasce-non-valide" || result.code === "fuori-fasce"
          ? kpi.cells.method ?? kpi.cells.actual
          : kpi.cells.target;
  return outcome({ blocking: true, problems: [problem("errore", result.code, result.message, where(cell))], trace: [step("errore", result.message)] });
}
