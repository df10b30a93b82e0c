import { CellValue } from "../engine/values";

/**
 * Header text reduced to what matters for matching: lower case, no accents, no punctuation,
 * single spaces. NBSP, line breaks inside the cell and trailing spaces disappear; "%" is kept
 * ("Peso %", "% raggiungimento"). "Un.mis." → "un mis", "Consuntivo al 31/12" → "consuntivo al 31 12".
 */
export function normaliseHeader(raw: CellValue): string {
  if (raw === null || raw === undefined || typeof raw === "boolean") return "";
  const text = typeof raw === "number" ? String(raw) : raw;
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, " ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

/** Levenshtein distance, bounded: stops counting once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (cur[j] < rowMin) rowMin = cur[j];
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
