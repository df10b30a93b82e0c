import { KpiInput } from "./plan";
import { KpiField, ruleOf } from "./problem-codes";
import { Problem, located, problem } from "./problems";
import { RULE_TEXT } from "./rule-messages";
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
  const table =
    wanted === null
      ? null
      : settings.bandTables.find((t) => t.name.trim().toLowerCase() === wanted.trim().toLowerCase());
  return {
    lateDeadline: settings.lateDeadline,
    lowerIsBetter: settings.lowerIsBetter,
    cap: settings.cap,
    minimumThreshold: settings.minimumThreshold,
    bands: wanted === null ? null : (table ?? { name: wanted, bands: [] }),
    bandTables: settings.bandTables,
  };
}

function outcome(partial: Partial<KpiOutcome> & { trace: TraceStep[] }): KpiOutcome {
  return { performance: null, excluded: true, blocking: false, voidsObjective: false, problems: [], ...partial };
}

/** A blocking error, which the trace repeats. */
const failed = (p: Problem): KpiOutcome =>
  outcome({ blocking: true, problems: [p], trace: [step("errore", p.message)] });

const excludedStep = (why: string) =>
  step("escluso", `${why}: il KPI è escluso dalla media e i pesi degli altri sono riproporzionati`);

function emptyActualOutcome(kpi: KpiInput, settings: EngineSettings): KpiOutcome {
  const where = { sheet: kpi.sheet, cell: kpi.cells.actual };
  switch (settings.emptyActual) {
    case "escludi":
      return outcome({
        problems: [problem("consuntivo-vuoto", where, "escludi")],
        trace: [excludedStep("consuntivo vuoto (impostazione «escluso dal calcolo»)")],
      });
    case "errore":
      return failed(problem("consuntivo-vuoto-bloccante", where));
    case "non-calcolato":
      return outcome({
        voidsObjective: true,
        problems: [problem("consuntivo-vuoto", where, "non-calcolato")],
        trace: [step("non calcolato", RULE_TEXT.objectiveVoided)],
      });
    default:
      return outcome({
        performance: 0,
        excluded: false,
        problems: [problem("consuntivo-vuoto", where, "zero")],
        trace: [step("consuntivo vuoto", "consuntivo vuoto: il KPI vale 0,00% (misurazione mancante)", [0])],
      });
  }
}

/** Score a KPI that is not a link, applying the availability rules of DOMAIN.md §3 and §5. */
export function scoreKpi(
  kpi: KpiInput,
  settings: EngineSettings,
  options: ScoringOptions = scoringOptionsOf(settings)
): KpiOutcome {
  const where = (cell: string | undefined) => ({ sheet: kpi.sheet, cell });
  if (kpi.unavailable) return outcome({ trace: [excludedStep("KPI non disponibile")] });
  if (kpi.readError)
    return outcome({
      blocking: true,
      trace: [step("errore", "una cella del KPI non è leggibile (vedere l'errore segnalato)")],
    });
  if (kpi.actual.kind === "unavailable") {
    // Listed so the user sees which KPIs were left out (DOMAIN.md §1: "G48 holds n.d").
    return outcome({
      problems: [problem("consuntivo-non-disponibile", where(kpi.cells.actual), kpi.actual.text)],
      trace: [excludedStep(`consuntivo non disponibile («${kpi.actual.text}»)`)],
    });
  }
  if (kpi.target.kind === "unscorable") {
    return outcome({
      problems: [problem("target-non-calcolabile", where(kpi.cells.target), kpi.target.text, "escluso")],
      trace: [excludedStep(`target non calcolabile («${kpi.target.text}»)`)],
    });
  }
  if (kpi.weight === 0 && (kpi.target.kind === "empty" || kpi.target.kind === "unavailable")) {
    // A row of the planning software ("Kpi non definito", peso 0, no target) is not a KPI (DOMAIN.md §4b).
    return outcome({ trace: [step("escluso", RULE_TEXT.placeholderRow)] });
  }
  if (kpi.target.kind === "empty" || kpi.target.kind === "unavailable") {
    // Checked before the empty consuntivo: a KPI without a target cannot score, not even 0%.
    return failed(problem("target-mancante", where(kpi.cells.target)));
  }
  if (kpi.actual.kind === "empty") return emptyActualOutcome(kpi, settings);
  const result = scoreExplained(kpi.target, kpi.actual, kpi.direction, kpi.method ?? settings.method, options);
  if (result.ok) return outcome({ performance: result.performance, excluded: false, trace: result.trace });
  return failed(located(result, where(cellOf(kpi, ruleOf(result.code).field))));
}

/** The KPI's cell a scoring failure concerns; a direction may sit in its own column, the Peso or the Target. */
function cellOf(kpi: KpiInput, field: KpiField | undefined): string | undefined {
  switch (field) {
    case "consuntivo":
      return kpi.cells.actual;
    case "direzione":
      return kpi.cells.direction ?? kpi.cells.weight ?? kpi.cells.target;
    case "metodo":
      // A rule from the settings (not the KPI's Metodo cell) is shown on the consuntivo, which it scores.
      return kpi.cells.method ?? kpi.cells.actual;
    default:
      return kpi.cells.target;
  }
}
