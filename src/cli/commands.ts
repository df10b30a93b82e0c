import * as fs from "fs";
import * as path from "path";
import { hasErrors, Problem } from "../engine/problems";
import { recalculate } from "../pipeline/recalculate";
import { buildJsonReport, buildTextSummary, problemLines } from "../pipeline/report";
import { RecalcResult } from "../pipeline/types";
import { applyToWorkbook } from "./apply-writes";
import { defaultOutputPath, loadWorkbook } from "./load-workbook";
import { CLI_MSG, EXIT_BAD_INPUT, EXIT_OK, EXIT_PLAN_ERRORS, InputError } from "./messages";
import { CliOptions, settingsFromOptions } from "./options";
import { gridsOfWorkbook } from "./read-workbook";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface RicalcolaOptions extends CliOptions {
  output?: string;
  json?: boolean;
}

const BAD_INPUT_CODES = new Set(["tipi-incompatibili", "foglio-non-trovato", "foglio-senza-piano"]);

/**
 * Bad input the user must fix (exit code 2): text where a number, date or percentage belongs, or a
 * sheet named with --foglio that does not exist or holds no plan.
 */
export function isBadInput(p: Problem): boolean {
  return p.severity === "errore" && (p.code.endsWith("non-leggibile") || BAD_INPUT_CODES.has(p.code));
}

function whereText(p: Problem): string {
  const parts: string[] = [];
  if (p.sheet) parts.push(`foglio "${p.sheet}"`);
  if (p.cell) parts.push(`cella ${p.cell}`);
  return parts.join(", ") || "cartella di lavoro";
}

/** No plan read at all: a bad input, explained with the problems that say why. */
function ensurePlan(file: string, r: RecalcResult): void {
  if (r.sheets.length > 0) return;
  const reasons = r.problems.filter((p) => p.code !== "nessun-piano").map((p) => `  ${p.sheet ? `[${p.sheet}] ` : ""}${p.message}`);
  throw new InputError([CLI_MSG.noPlan(file), ...reasons].join("\n"));
}

function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.existsSync(b) && fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

async function analyse(file: string, options: CliOptions) {
  const { wb, unkept } = await loadWorkbook(file);
  const grids = gridsOfWorkbook(wb);
  const settings = settingsFromOptions(options, grids.map((g) => g.name));
  const result = recalculate({ grids, settings });
  ensurePlan(file, result);
  return { wb, unkept, result, method: settings.method ?? "proporzionale" };
}

/** `perf-albero ricalcola`: compute, write the results into a copy, print the summary or the JSON report. */
export async function ricalcola(file: string, options: RicalcolaOptions, io: Io): Promise<number> {
  const { wb, unkept, result, method } = await analyse(file, options);
  const out = options.output ?? defaultOutputPath(file);
  if (sameFile(file, out)) throw new InputError(CLI_MSG.sameAsInput(file));
  applyToWorkbook(wb, result.writes, result.conditionalFormats);
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    await wb.xlsx.writeFile(out);
  } catch (e) {
    throw new InputError(CLI_MSG.cannotWrite(out, (e as Error).message));
  }
  if (unkept.length > 0) io.err(CLI_MSG.unkeptParts(file, unkept) + "\n");
  if (options.json) io.out(JSON.stringify({ ...buildJsonReport(result, method), output: out }, null, 2) + "\n");
  else io.out(`${buildTextSummary(result, method)}\n\n${CLI_MSG.saved(out)}\n`);
  const bad = result.problems.filter(isBadInput);
  if (bad.length === 0) return EXIT_OK;
  for (const p of bad) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
  io.err(CLI_MSG.savedDespiteErrors(out) + "\n");
  return EXIT_BAD_INPUT;
}

/** `perf-albero verifica`: the problems only; exit code 1 when one of them is an error. */
export async function verifica(file: string, options: CliOptions & { json?: boolean }, io: Io): Promise<number> {
  const { result, method } = await analyse(file, options);
  const failed = hasErrors(result.problems);
  const badSheets = result.problems.filter((p) => p.code === "foglio-non-trovato" || p.code === "foglio-senza-piano");
  if (options.json) io.out(JSON.stringify(buildJsonReport(result, method), null, 2) + "\n");
  else {
    const sheets = result.sheets.map((s) => `Foglio "${s.sheet}": ${s.result.objectives.length} obiettivi, ${s.result.kpis.length} KPI.`);
    const errors = result.problems.filter((p) => p.severity === "errore").length;
    io.out([...sheets, "", ...problemLines(result.problems), "", failed ? CLI_MSG.verifyErrors(errors) : CLI_MSG.verifyOk()].join("\n") + "\n");
  }
  if (badSheets.length > 0) {
    for (const p of badSheets) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
    return EXIT_BAD_INPUT;
  }
  return failed ? EXIT_PLAN_ERRORS : EXIT_OK;
}
