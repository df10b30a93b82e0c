import { DEFAULT_SCORING_OPTIONS, LateDeadlineRule, LowerIsBetterRule, MethodName } from "./scoring";
import { DEFAULT_THRESHOLDS, Thresholds } from "./thresholds";

export type { Thresholds } from "./thresholds";

/** What happens to a KPI whose consuntivo cell is simply empty (DOMAIN.md §5). */
export type EmptyActualRule = "zero" | "escludi";

export interface EngineSettings {
  method: MethodName;
  lateDeadline: LateDeadlineRule;
  lowerIsBetter: LowerIsBetterRule;
  emptyActual: EmptyActualRule;
  thresholds: Thresholds;
  /** Allowed distance of a weight sum from 100%, as a fraction (0,1 pp → 0.001). */
  weightTolerance: number;
}

export const DEFAULT_SETTINGS: EngineSettings = {
  method: "proporzionale",
  ...DEFAULT_SCORING_OPTIONS,
  emptyActual: "zero",
  thresholds: DEFAULT_THRESHOLDS,
  weightTolerance: 0.001,
};

export function withDefaults(partial: Partial<EngineSettings> = {}): EngineSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(partial.thresholds ?? {}) },
  };
}
