import { BandTable } from "./bands";

/** The base methods of DOMAIN.md §4. */
export type MethodName = "proporzionale" | "binario";
export const METHOD_NAMES: readonly MethodName[] = ["proporzionale", "binario"];

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}

/** How a missed deadline scores under `proporzionale`. */
export type LateDeadlineRule = "lineare-fine-anno" | "zero";
/** How a lower-is-better KPI scores under `proporzionale`: 2 − a/t ("scostamento") or t/a ("rapporto"). */
export type LowerIsBetterRule = "scostamento" | "rapporto";

/**
 * The rules a KPI is scored with, once the workbook's settings and the KPI's "Metodo" are combined.
 * They apply in a fixed order (see rules.ts): base method → tetto → soglia minima → fasce.
 */
export interface RuleSet {
  method: MethodName;
  lowerIsBetter: LowerIsBetterRule;
  lateDeadline: LateDeadlineRule;
  /** Ceiling of the score as a fraction (1 = 100%, the default); null: no ceiling. */
  cap: number | null;
  /** Below this achievement (fraction) the score is 0; null: none. */
  minimumThreshold: number | null;
  /** Band table applied last; null: none. */
  bands: BandTable | null;
}
