import { objectiveStatusOf } from "../engine/thresholds";
import type { JsonReport } from "../pipeline/report";

/**
 * With `--json`, a run that stops before its report (file not found, no plan, a bad option) still prints
 * one JSON document: the report's shape with nothing computed, and the error that stopped it. The exit
 * code is the command's own.
 */
export interface JsonErrorReport extends JsonReport {
  error: { message: string; exitCode: number };
}

export function jsonErrorReport(message: string, exitCode: number): JsonErrorReport {
  return {
    sheets: [],
    ente: { performance: null, status: objectiveStatusOf(null), basis: "nessuno", rating: null, trace: [] },
    problems: [],
    error: { message, exitCode },
  };
}

/** Whether the arguments ask for JSON (before commander has parsed them, or after it failed to). */
export function wantsJson(argv: readonly string[]): boolean {
  return argv.includes("--json");
}
