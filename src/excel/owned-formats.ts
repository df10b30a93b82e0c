import { isOwnTrafficLightFormula } from "../pipeline/traffic-lights";

/**
 * The traffic-light conditional formats are recognised by their rule formula, the shape the pipeline
 * writes (the command line recognises the same ones), so a later recalculation or an undo removes
 * exactly the formats the add-in added, even in a reopened file, and never a user's own format.
 */
export function ownedRuleFormula(formula: string): string {
  return formula.startsWith("=") ? formula : `=${formula}`;
}

export function isOwnedRuleFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && isOwnTrafficLightFormula(formula);
}

/** One conditional format as found in the workbook, enough to put it back exactly. */
export interface FormatRecord {
  sheet: string;
  /** A1 range without the sheet. */
  range: string;
  /** Rule formula as Excel holds it, with the leading "=". */
  formula: string;
  fill: string;
  font: string;
}
