import { normaliseSpaces, parseItalianNumber } from "./italian-number";
import { MSG, RatingFault } from "./messages";

/**
 * Rating letters shown besides the colours (DOMAIN.md §4b, a comune's SMVP): each level applies from
 * its minimum up to the next level's, e.g. E < 70%, D 70–79,99%, C 80–89,99%, B 90–94,99%, A ≥ 95%.
 */
export interface RatingLevel {
  letter: string;
  /** At or above this performance (fraction) the level applies. */
  min: number;
}

/** Levels from the best down, minimums strictly falling, the last from 0%. */
export type RatingScale = readonly RatingLevel[];

/** A tiny tolerance, as for the colours: 0,95 computed as 0,9499999999 is still A. */
const EPS = 1e-9;

export function ratingOf(performance: number | null, scale: RatingScale): string | null {
  if (performance === null || !Number.isFinite(performance)) return null;
  for (const level of scale) if (performance >= level.min - EPS) return level.letter;
  return null;
}

/** Why a scale cannot be used, or null. */
export function checkRatingScale(scale: RatingScale): RatingFault | null {
  if (scale.length === 0) return "vuota";
  for (let i = 1; i < scale.length; i++) if (!(scale[i].min < scale[i - 1].min)) return "ordine";
  if (scale[scale.length - 1].min > 0) return "fondo";
  return null;
}

/**
 * A scale as users type it in the settings: "A 95%; B 90%; C 80%; D 70%; E 0%" (letter and minimum,
 * from the best down). Returns the scale or an Italian error.
 */
export function parseRatingScale(text: string): { ok: true; scale: RatingScale } | { ok: false; message: string } {
  const parts = normaliseSpaces(text)
    .split(/\s*;\s*/)
    .filter((p) => p !== "");
  const scale: RatingLevel[] = [];
  for (const part of parts) {
    const m = /^(\S+)\s*(?:≥|>=|da)?\s*([0-9.,]+)\s*%?$/i.exec(part);
    const n = m ? parseItalianNumber(m[2]) : null;
    if (!m || n === null) return { ok: false, message: MSG.ratingInvalid({ part }) };
    scale.push({ letter: m[1], min: n / 100 });
  }
  const bad = checkRatingScale(scale);
  return bad ? { ok: false, message: MSG.ratingInvalid(bad) } : { ok: true, scale };
}
