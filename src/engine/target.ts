import { Direction, takeLeadingDirection } from "./direction";
import { normaliseSpaces } from "./italian-number";
import { CellValue, Scalar, isUnscorableText, parseCell, parseText } from "./values";

export interface ParsedTarget {
  value: Scalar;
  /** Direction written with the target (">= 10,00 N.", "Entro 31/12/2022"), if any. */
  direction: Direction | null;
}

const DEADLINE_WORDS = /^(entro (il |la data del |e non oltre il )?|non oltre (il )?|scadenza:?\s*)/i;
const NOT_BEFORE_WORDS = /^(non prima del |dal |a partire dal )/i;

/**
 * A target cell: a plain value, or a value with its operator and unit (">= 10,00 N.",
 * "<= 0,30 fte", "<=40gg", "= 50.000,00 N.", "Entro 31/12/2022", "≥1"). Relational targets that
 * compare with last year or have no value ("x ≤ x-1", "Anno di rilevazione") are `unscorable`.
 */
export function parseTarget(raw: CellValue, numberFormat?: string): ParsedTarget {
  if (typeof raw !== "string") return { value: parseCell(raw, numberFormat), direction: null };
  const text = normaliseSpaces(raw);
  if (isUnscorableText(text)) return { value: { kind: "unscorable", text }, direction: null };
  const deadline = DEADLINE_WORDS.exec(text);
  if (deadline) return { value: parseText(text.slice(deadline[0].length)), direction: "<=" };
  const notBefore = NOT_BEFORE_WORDS.exec(text);
  if (notBefore) return { value: parseText(text.slice(notBefore[0].length)), direction: ">=" };
  const { direction, rest } = takeLeadingDirection(text);
  if (!direction) return { value: parseText(text), direction: null };
  return { value: parseText(rest), direction };
}
