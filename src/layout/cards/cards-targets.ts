import { normaliseSpaces } from "../../engine/italian-number";
import { ParsedTarget, parseTarget } from "../../engine/target";
import { CellValue } from "../../engine/values";

/**
 * Targets of the cards (004): one per year in one cell ("Anno:2019—si", "Anno:2019---3",
 * "Anno:2021 -100%", "Anno 2019>=50", one line each), or a single "target annuale" (">=65%",
 * "100%", "<=18", "N >= 12", "90%(dal 03/2015 i giorni di verifica sono stati ridotti a 2,5 anzichè 4)").
 */
const YEAR_LINE = /^anno\s*:?\s*((?:19|20)\d{2})\s*[-—–:]*\s*(.*)$/i;

/** The per-year targets of a cell as text, or null when the cell is not written per year. */
export function yearTargets(raw: CellValue): Map<number, string> | null {
  if (typeof raw !== "string") return null;
  const out = new Map<number, string>();
  for (const line of raw.split(/\r?\n/)) {
    const m = YEAR_LINE.exec(normaliseSpaces(line));
    if (m) out.set(Number(m[1]), m[2].trim());
  }
  return out.size > 0 ? out : null;
}

export interface CardTarget extends ParsedTarget {
  /** A parenthesised remark dropped from the target, if any. */
  note?: string;
}

/** A single target; a remark in parentheses after a readable value is set aside, never read as part of it. */
export function readCardTarget(raw: CellValue, numberFormat?: string): CardTarget {
  const parsed = parseTarget(raw, numberFormat);
  if (parsed.value.kind !== "invalid" || typeof raw !== "string") return parsed;
  // "N >= 12": the unit (numero) written before the operator.
  const unitFirst = /^(?:n\.?|numero)\s*(?=[<>=≥≤])/i.exec(normaliseSpaces(raw));
  if (unitFirst) {
    const rest = parseTarget(normaliseSpaces(raw).slice(unitFirst[0].length));
    if (rest.value.kind !== "invalid" && rest.direction !== null) return rest;
  }
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(normaliseSpaces(raw));
  if (!m || m[1] === "") return parsed;
  const before = parseTarget(m[1]);
  return before.value.kind === "invalid" ? parsed : { ...before, note: m[2] };
}
