import * as fs from "fs";
import * as path from "path";
import type { JsonProblem, JsonReport, JsonSheet } from "../../../src/pipeline/report";

/**
 * The office fixtures of test/fixtures/offices/ (scripts/build-office-fixtures.js) and how a run of
 * the command line is judged against their hand-computed figures.
 */

export const OFFICES = path.resolve(__dirname, "..", "..", "fixtures", "offices");

export interface ExpectedFigure {
  sheet: string;
  row: number;
  code: string | null;
  name: string;
  performance: number | null;
}

export interface OfficeExpectation {
  file: string;
  arrangement: string;
  method: string;
  /** Per sheet: the 1-based header row and the mapping a user writes for --colonne (field → letter). */
  sheets: Record<string, { headerRow: number; columns: Record<string, string> }>;
  ente: number | null;
  objectives: ExpectedFigure[];
  kpis: ExpectedFigure[];
}

export function officeExpectations(): { name: string; file: string; expected: OfficeExpectation }[] {
  return fs
    .readdirSync(OFFICES)
    .filter((f) => f.endsWith(".expected.json"))
    .sort()
    .map((f) => {
      const expected = JSON.parse(fs.readFileSync(path.join(OFFICES, f), "utf8")) as OfficeExpectation;
      return { name: expected.file.replace(/\.xlsx$/, ""), file: path.join(OFFICES, expected.file), expected };
    });
}

/** `--colonne` values, one per sheet ("Foglio!campo=F,…"). */
export function mappingArgs(e: OfficeExpectation): string[] {
  return Object.entries(e.sheets).flatMap(([sheet, s]) => [
    "--colonne",
    `${sheet}!${Object.entries(s.columns)
      .map(([field, letter]) => `${field}=${letter}`)
      .join(",")}`,
  ]);
}

/** 0.01 percentage points. */
export const TOLERANCE = 1e-4;

export type FigureVerdict = "giusto" | "segnalato" | "silenzioso";
export type Verdict = "letto giusto" | "rifiutato" | "segnalato" | "sbagliato in silenzio";

export interface FigureCheck {
  what: string;
  expected: number | null;
  actual: number | null | undefined;
  verdict: FigureVerdict;
}

export interface Judgement {
  verdict: Verdict;
  figures: FigureCheck[];
  /** The figures wrong with no problem naming their cell. */
  silent: FigureCheck[];
}

/** Rows a problem's cell reference covers ("G12", "E12:E15", "G12, H12"). */
export function rowsNamed(cell: string | null): number[] {
  if (!cell) return [];
  const rows: number[] = [];
  for (const m of cell.matchAll(/\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?/g)) {
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    for (let r = Math.min(from, to); r <= Math.max(from, to) && r - from < 10000; r++) rows.push(r);
  }
  return rows;
}

/** "(A.2)", "a.2", "01:02", "01_02", "B.\u200b2" → one spelling, to find an objective by code. */
export function normalCode(code: string): string {
  return code
    .normalize("NFKC")
    .replace(/[\u200b-\u200d\u2060\ufeff\s()[\]]/g, "")
    .replace(/[:_\-–]/g, ".")
    .replace(/\.+$/, "")
    .toUpperCase();
}

const close = (a: number | null | undefined, e: number | null): boolean =>
  e === null ? a === null : typeof a === "number" && Math.abs(a - e) <= TOLERANCE;

/**
 * Judge one run: each expected figure is right (within 0.01 pp), or wrong but said (a problem names a
 * cell of its row; a figure left uncomputed — null — is also said when the sheet has an errore), or
 * silently wrong. The whole run is "rifiutato" when no expected figure came out as a number.
 */
export function judge(e: OfficeExpectation, report: JsonReport | null): Judgement {
  const sheets = new Map<string, JsonSheet>((report?.sheets ?? []).map((s) => [s.name, s]));
  const problems: JsonProblem[] = report?.problems ?? [];
  const named = (sheet: string, row: number) =>
    problems.some((p) => p.sheet === sheet && rowsNamed(p.cell).includes(row));
  const sheetHasError = (sheet: string) =>
    problems.some((p) => p.severity === "errore" && (p.sheet === sheet || p.sheet === null));
  const figures: FigureCheck[] = [];

  const check = (what: string, f: ExpectedFigure, found: { performance: number | null } | undefined) => {
    const actual = found === undefined ? undefined : found.performance;
    let verdict: FigureVerdict = "giusto";
    if (!close(actual, f.performance)) {
      const said = named(f.sheet, f.row) || (actual === null && sheetHasError(f.sheet));
      verdict = said ? "segnalato" : "silenzioso";
    }
    figures.push({ what, expected: f.performance, actual, verdict });
  };

  for (const k of e.kpis) {
    const s = sheets.get(k.sheet);
    check(
      `KPI ${k.sheet}!riga ${k.row}${k.code ? ` (${k.code})` : ""}`,
      k,
      s?.kpis.find((x) => x.row === k.row)
    );
  }
  // An objective is found by its code (on its sheet first: two sheets linked by codes may show it on
  // the other), else by its row among the objectives whose code is no other expected objective's.
  const expectedCodes = new Set(e.objectives.map((o) => normalCode(o.code ?? "")));
  const all = [...sheets.values()];
  for (const o of e.objectives) {
    const s = sheets.get(o.sheet);
    const sameCode = (x: { code: string }) => o.code !== null && normalCode(x.code) === normalCode(o.code);
    const found =
      s?.objectives.find(sameCode) ??
      all.flatMap((x) => x.objectives).find(sameCode) ??
      s?.objectives.find((x) => x.row === o.row && !expectedCodes.has(normalCode(x.code)));
    check(`obiettivo ${o.code} (${o.sheet}!riga ${o.row})`, o, found);
  }
  const enteActual = report ? report.ente.performance : undefined;
  const others = figures.filter((f) => f.verdict !== "giusto");
  let enteVerdict: FigureVerdict = "giusto";
  if (!close(enteActual, e.ente)) {
    // a wrong ente is said when every other wrong figure is, or when the run reports an errore
    const said =
      (others.length > 0 && others.every((f) => f.verdict === "segnalato")) ||
      problems.some((p) => p.severity === "errore");
    enteVerdict = said ? "segnalato" : "silenzioso";
  }
  figures.push({ what: "ente", expected: e.ente, actual: enteActual, verdict: enteVerdict });

  const silent = figures.filter((f) => f.verdict === "silenzioso");
  const numbers = figures.filter((f) => typeof f.actual === "number").length;
  let verdict: Verdict;
  if (figures.every((f) => f.verdict === "giusto")) verdict = "letto giusto";
  else if (numbers === 0) verdict = "rifiutato";
  else verdict = silent.length > 0 ? "sbagliato in silenzio" : "segnalato";
  return { verdict, figures, silent };
}
