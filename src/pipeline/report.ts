import { ymdFromSerial } from "../engine/dates";
import { effectiveDirection } from "../engine/scoring";
import { formatPercentIt } from "../engine/italian-number";
import { KpiInput } from "../engine/plan";
import { Problem, ProblemCode, Severity } from "../engine/problems";
import { ObjectiveResult } from "../engine/rollup";
import { TraceStep } from "../engine/trace";
import { Scalar } from "../engine/values";
import { NOT_AVAILABLE_TEXT } from "../engine/values";
import { PIPELINE_LABELS } from "./messages";
import { RecalcResult } from "./types";

/**
 * The JSON document of `perf-albero ... --json`. Performances and weights are fractions (0.5753),
 * null when not available; rows are 1-based worksheet rows. Target and consuntivo are the values as
 * read: a number (percentages as fractions), a date as "YYYY-MM-DD", true/false for sì/no, the text
 * itself for "N.V." or an unreadable cell, null for an empty cell; a link KPI's consuntivo is the
 * children's mean the pipeline computed.
 */
export interface JsonReport {
  sheets: JsonSheet[];
  /** With one sheet, its ente's trace and rating; with several, the plain mean of the sheets' enti (no trace). */
  ente: { performance: number | null; status: string; basis: string; rating: string | null; trace: TraceStep[] };
  problems: JsonProblem[];
}

export interface JsonSheet {
  name: string;
  method: string;
  objectives: {
    row: number;
    code: string;
    name: string;
    weight: number | null;
    performance: number | null;
    status: string;
    rating: string | null;
    trace: TraceStep[];
  }[];
  kpis: {
    row: number;
    objective: string;
    code: string | null;
    name: string;
    weight: number | null;
    direction: string | null;
    target: JsonValue;
    actual: JsonValue;
    performance: number | null;
    status: string;
    /** Rating letter of the settings' scale ("B"), null without one. */
    rating: string | null;
    /** How the figure was reached, step by step, in Italian and in numbers (`perf-albero spiega`). */
    trace: TraceStep[];
  }[];
}

export type JsonValue = number | string | boolean | null;

export interface JsonProblem {
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  message: string;
  code: ProblemCode;
}

export function scalarToJson(s: Scalar): JsonValue {
  switch (s.kind) {
    case "number":
      return s.value;
    case "date": {
      const { year, month, day } = ymdFromSerial(s.serial);
      return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    }
    case "yesno":
      return s.value;
    case "empty":
      return null;
    default:
      return s.text;
  }
}

export function problemToJson(p: Problem): JsonProblem {
  return { severity: p.severity, sheet: p.sheet ?? null, cell: p.cell ?? null, message: p.message, code: p.code };
}

export function buildJsonReport(r: RecalcResult, method: string): JsonReport {
  return {
    sheets: r.sheets.map((s) => {
      const inputs = new Map<string, KpiInput>();
      for (const o of s.plan.objectives) for (const k of o.kpis) inputs.set(k.id, k);
      return {
        name: s.sheet,
        method,
        objectives: s.result.objectives.map((o) => ({
          row: o.row,
          code: o.code,
          name: o.name,
          weight: o.weight,
          performance: o.performance,
          status: o.status,
          rating: o.rating,
          trace: o.trace,
        })),
        kpis: s.result.kpis.map((k) => {
          const input = inputs.get(k.id);
          return {
            row: k.row,
            objective: k.objectiveCode,
            code: k.code ?? null,
            name: k.name,
            weight: k.weight,
            direction: input ? effectiveDirection(input.target, input.direction) : null,
            target: input ? scalarToJson(input.target) : null,
            actual: k.isLink ? k.linkActual : input ? scalarToJson(input.actual) : null,
            performance: k.performance,
            status: k.status,
            rating: k.rating,
            trace: k.trace,
          };
        }),
      };
    }),
    ente: { performance: r.ente.performance, status: r.ente.status, basis: r.ente.basis, ...enteTrace(r) },
    problems: r.problems.map(problemToJson),
  };
}

function enteTrace(r: RecalcResult): { rating: string | null; trace: TraceStep[] } {
  const e = r.sheets.length === 1 ? r.sheets[0].result.ente : null;
  return { rating: e?.rating ?? null, trace: e?.trace ?? [] };
}

function percentText(p: number | null): string {
  return p === null ? NOT_AVAILABLE_TEXT : formatPercentIt(p);
}

/** "Foglio1!G12" or "Foglio1" or "" — where a problem is. */
export function whereOf(p: Problem): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ?? "";
}

function depthOf(o: ObjectiveResult, byCode: Map<string, ObjectiveResult>): number {
  let d = 0;
  let parent = o.parentCode;
  while (parent !== null && d < 20) {
    d++;
    parent = byCode.get(parent)?.parentCode ?? null;
  }
  return d;
}

/** Objectives in tree order: each parent followed by its children, in sheet order. */
function treeOrder(objectives: ObjectiveResult[]): ObjectiveResult[] {
  const byCode = new Map(objectives.map((o) => [o.code, o]));
  const out: ObjectiveResult[] = [];
  const seen = new Set<string>();
  const visit = (o: ObjectiveResult): void => {
    if (seen.has(o.code)) return;
    seen.add(o.code);
    out.push(o);
    for (const c of o.childCodes) {
      const child = byCode.get(c);
      if (child) visit(child);
    }
  };
  for (const o of objectives) if (o.parentCode === null || !byCode.has(o.parentCode)) visit(o);
  for (const o of objectives) visit(o);
  return out;
}

function countLine(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "errore").length;
  const warnings = problems.length - errors;
  return `${errors} ${errors === 1 ? "errore" : "errori"}, ${warnings} ${warnings === 1 ? "avviso" : "avvisi"}`;
}

/** The problems block of the summary, one line per problem. */
export function problemLines(problems: readonly Problem[]): string[] {
  if (problems.length === 0) return ["Nessun problema trovato."];
  return [
    `Problemi (${countLine(problems)}):`,
    ...problems.map((p) => {
      const where = whereOf(p);
      return `  [${p.severity}] ${where ? where + ": " : ""}${p.message}`;
    }),
  ];
}

/**
 * The Italian text summary: per sheet the objective tree with performance, colour and status, then the
 * ente and the problems. The command line only prints it.
 */
export function buildTextSummary(r: RecalcResult, method: string): string {
  const lines: string[] = [];
  for (const s of r.sheets) {
    const kpiCount = s.result.kpis.length;
    const objectives = s.result.objectives.length;
    lines.push(
      `Foglio "${s.sheet}" — metodo ${method}, ${objectives} ${objectives === 1 ? "obiettivo" : "obiettivi"}, ${kpiCount} KPI`
    );
    const byCode = new Map(s.result.objectives.map((o) => [o.code, o]));
    for (const o of treeOrder(s.result.objectives)) {
      const indent = "  ".repeat(depthOf(o, byCode) + 1);
      const label = `${o.code} ${o.name}`.trim();
      const short = label.length > 70 ? label.slice(0, 69) + "…" : label;
      lines.push(`${indent}${short}: ${percentText(o.performance)} ${o.colour} (${o.status})`);
    }
    lines.push("");
  }
  const enteLabel = PIPELINE_LABELS.ente(r.sheets.length, r.ente.basis === "media-fogli");
  lines.push(`${enteLabel}: ${percentText(r.ente.performance)} ${r.ente.colour} (${r.ente.status})`);
  lines.push("");
  lines.push(...problemLines(r.problems));
  return lines.join("\n");
}
