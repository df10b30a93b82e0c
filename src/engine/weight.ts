import { Direction, takeTrailingDirection, takeLeadingDirection } from "./direction";
import { normaliseSpaces, parseItalianNumber } from "./italian-number";
import { CellValue, isPercentFormat } from "./values";

export interface ParsedWeight {
  /** Fraction of the parent (50% → 0.5); null when the cell is empty or unreadable. */
  weight: number | null;
  /** Direction written in the same cell ("50% >="), if any. */
  direction: Direction | null;
  /** True when the cell held something that is not a weight. */
  invalid: boolean;
}

/**
 * Weights arrive as 0,5 / 50% / 50 / "50%" / "50% >=" / "16,66 %". A plain number above 1 is in
 * percentage points (50 → 50%); 1 or less is a fraction (0,5 → 50%; 1 → 100%).
 */
export function parseWeight(raw: CellValue, numberFormat?: string): ParsedWeight {
  if (raw === null || raw === undefined) return { weight: null, direction: null, invalid: false };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw) || raw < 0) return { weight: null, direction: null, invalid: true };
    if (isPercentFormat(numberFormat)) return { weight: raw, direction: null, invalid: false };
    return { weight: raw > 1 ? raw / 100 : raw, direction: null, invalid: false };
  }
  if (typeof raw === "boolean") return { weight: null, direction: null, invalid: true };
  const text = normaliseSpaces(raw);
  if (text === "") return { weight: null, direction: null, invalid: false };
  const trailing = takeTrailingDirection(text);
  const leading = trailing.direction ? trailing : takeLeadingDirection(trailing.rest);
  const body = leading.rest;
  const direction = trailing.direction ?? leading.direction;
  const pct = /^(.*?)\s*%$/.exec(body);
  const n = parseItalianNumber(pct ? pct[1] : body);
  if (n === null || n < 0) return { weight: null, direction, invalid: true };
  const weight = pct ? n / 100 : n > 1 ? n / 100 : n;
  return { weight, direction, invalid: false };
}
