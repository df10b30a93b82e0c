import { Problem, problem } from "../engine/problems";

/** A plan year written in a header cell: 2016, "2016", "Anno 2016". */
export function yearOf(v: unknown): number | null {
  if (typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100) return v;
  if (typeof v === "string") {
    const m = /^\s*(?:anno\s*)?((?:19|20)\d{2})\s*$/i.exec(v);
    if (m) return Number(m[1]);
  }
  return null;
}

export type YearChoice = { ok: true; year: number; problems: Problem[] } | { ok: false; problems: Problem[] };

/**
 * The year whose targets are scored: the one asked for, which must be among the plan's years; when
 * none is asked for, the latest year of the plan, and the user is told. `cell` is where the years are
 * written, named by the problems.
 */
export function chooseYear(
  sheet: string,
  years: readonly number[],
  requested: number | undefined,
  cell?: string
): YearChoice {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  if (requested !== undefined) {
    if (sorted.includes(requested)) return { ok: true, year: requested, problems: [] };
    return { ok: false, problems: [problem("anno-assente", { sheet, cell }, requested, sorted)] };
  }
  const year = sorted[sorted.length - 1];
  return { ok: true, year, problems: [problem("anno-predefinito", { sheet, cell }, year, sorted)] };
}
