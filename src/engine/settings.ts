import { BandTable } from "./bands";
import { RatingScale } from "./rating";
import { DEFAULT_SCORING_OPTIONS, LateDeadlineRule, LowerIsBetterRule } from "./scoring";
import { DEFAULT_THRESHOLDS, StrictThresholds, Thresholds } from "./thresholds";

export type { StrictThresholds, Thresholds } from "./thresholds";

/**
 * What happens to a KPI whose consuntivo cell is simply empty (DOMAIN.md §5, §4b, GZOOM's four modes):
 * 0% with an avviso; left out of the mean; a blocking error; its objective not computed (DA VALUTARE).
 */
export type EmptyActualRule = "zero" | "escludi" | "errore" | "non-calcolato";

/** Weights that do not sum to 100%: an error (default), or scaled to 100% with an avviso. */
export type WeightSumRule = "errore" | "riproporziona";

export interface EngineSettings {
  /** The "Metodo" of every KPI without its own: a rule name or several joined by "+" (rules.ts). */
  method: string;
  lateDeadline: LateDeadlineRule;
  lowerIsBetter: LowerIsBetterRule;
  emptyActual: EmptyActualRule;
  thresholds: Thresholds;
  /** Allowed distance of a weight sum from 100%, as a fraction (0,1 pp → 0.001). */
  weightTolerance: number;
  /** Ceiling of a KPI's score (fraction): 1 = 100% (default); null = none; e.g. 1.2. */
  cap: number | null;
  /** Below this achievement (fraction) a KPI scores 0; null = none (default). */
  minimumThreshold: number | null;
  /** Name of the band table (in bandTables) applied to every KPI; null = none (default). */
  bands: string | null;
  /** Band tables read from the workbook, by name; a KPI's "Metodo" may say "fasce NOME". */
  bandTables: BandTable[];
  strictThresholds: StrictThresholds;
  /** Rating letters besides the colours; null = none (default). */
  rating: RatingScale | null;
  weightSum: WeightSumRule;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  method: "proporzionale",
  ...DEFAULT_SCORING_OPTIONS,
  emptyActual: "zero",
  thresholds: DEFAULT_THRESHOLDS,
  weightTolerance: 0.001,
  cap: 1,
  minimumThreshold: null,
  bands: null,
  bandTables: [],
  strictThresholds: "nessuna",
  rating: null,
  weightSum: "errore",
};

export function withDefaults(partial: Partial<EngineSettings> = {}): EngineSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(partial.thresholds ?? {}) },
  };
}
