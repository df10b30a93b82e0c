/**
 * One explicit grammar for numbers written as Italian text: thousands ".", decimals ",",
 * exactly three digits per thousands group ("1.587,10", "-3,77", "50.000"). A dot followed by a
 * group that is not three digits ("0.5", "12.75") can only be a decimal point and is read as one.
 * Returns null for anything else: never NaN, never a partial read.
 */
const ITALIAN = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const DOT_DECIMAL = /^([+-]?)(\d+)\.(\d{1,2}|\d{4,})$/;

export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u202f\u2007\t]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function normaliseMinus(text: string): string {
  return text.replace(/[\u2212\u2012\u2013]/g, "-");
}

export function parseItalianNumber(text: string): number | null {
  // Only a space after the sign is dropped ("- 3,77"): a space inside the digits is never a separator here.
  const t = normaliseMinus(normaliseSpaces(text)).replace(/^([+-])\s+/, "$1");
  if (t === "") return null;
  const it = ITALIAN.exec(t);
  if (it) {
    const [, sign, intPart, decPart] = it;
    const n = Number(`${sign}${intPart.replace(/\./g, "")}${decPart ? "." + decPart : ""}`);
    return Number.isFinite(n) ? n : null;
  }
  const dot = DOT_DECIMAL.exec(t);
  if (dot) {
    const [, sign, intPart, decPart] = dot;
    return Number(`${sign}${intPart}.${decPart}`);
  }
  return null;
}

/** Format a number the Italian way, e.g. 1587.1 → "1.587,10" (used in messages and by tests). */
export function formatItalianNumber(value: number, decimals = 2): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart, decPart] = fixed.split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const sign = value < 0 && Number(fixed) !== 0 ? "-" : "";
  return decPart ? `${sign}${grouped},${decPart}` : `${sign}${grouped}`;
}

export function formatPercentIt(fraction: number, decimals = 2): string {
  return `${formatItalianNumber(fraction * 100, decimals)}%`;
}
