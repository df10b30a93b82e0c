import { BandTable } from "./bands";
import { RatingScale } from "./rating";
import { DEFAULT_SCORING_OPTIONS, LateDeadlineRule, LowerIsBetterRule, MethodName } from "./scoring";

/**
 * What happens to a KPI whose consuntivo cell is simply empty (DOMAIN.md §5, §4b, GZOOM's four modes):
 * 0% with an avviso; left out of the mean; a blocking error; its objective not computed (DA VALUTARE).
 */
export type EmptyActualRule = "zero" | "escludi" | "errore" | "non-calcolato";

/**
 * Which thresholds are strict: "nessuna" (at or above, the default); "verde" ("raggiunto: superiore al
 * 90%; parzialmente: tra il 70% e il 90%"); "tutte" (also the yellow one: exactly 70% is red).
 */
export type StrictThresholds = "nessuna" | "verde" | "tutte";

/** Weights that do not sum to 100%: an error (default), or scaled to 100% with an avviso. */
export type WeightSumRule = "errore" | "riproporziona";

export interface Thresholds {
  /** At or above: yellow / PARZIALMENTE RAGGIUNTO. */
  yellow: number;
  /** At or above: green / RAGGIUNTO, IN LINEA. */
  green: number;
  /** Absent: "nessuna". */
  strict?: StrictThresholds;
}

export interface EngineSettings {
  method: MethodName;
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
  thresholds: { yellow: 0.6, green: 0.8 },
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
