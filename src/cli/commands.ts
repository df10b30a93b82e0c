import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { localDaySerial } from "../engine/dates";
import { ruleOf } from "../engine/problem-codes";
import { hasErrors, Problem } from "../engine/problems";
import { recalculate } from "../pipeline/recalculate";
import { buildJsonReport, buildTextSummary, problemLines } from "../pipeline/report";
import { RecalcResult } from "../pipeline/types";
import { carryAddinParts } from "./addin-parts";
import { applyToWorkbook } from "./apply-writes";
import { fsErrorDetail } from "./io-errors";
import { defaultOutputPath, loadWorkbook } from "./load-workbook";
import { CLI_MSG, EXIT_BAD_INPUT, EXIT_OK, EXIT_PLAN_ERRORS, InputError } from "./messages";
import { CliOptions, settingsFromOptions } from "./setting-options";
import { gridsOfWorkbook } from "./read-workbook";
import { combineSettings, savedSettingsOf } from "./saved-settings";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export type RicalcolaOptions = CliOptions & {
  output?: string;
  json?: boolean;
};

/**
 * Bad input the user must fix (exit code 2 of `ricalcola`): text where a number, date or percentage
 * belongs, or a sheet named with --foglio that does not exist or holds no plan.
 */
export function isBadInput(p: Problem): boolean {
  const exit = ruleOf(p.code).exit;
  return exit === "dato" || exit === "opzione";
}

/** A sheet named on the command line that is missing or holds no plan: exit code 2 of every command. */
function isBadOption(p: Problem): boolean {
  return ruleOf(p.code).exit === "opzione";
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
  // The problems of the sheets say why; the workbook-wide "no plan" is the first line already.
  const reasons = r.problems.filter((p) => p.sheet !== undefined).map((p) => `  [${p.sheet}] ${p.message}`);
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

/** The output must be a new .xlsx in a folder that exists: nothing is created around it. */
function checkOutputPath(input: string, out: string): void {
  if (path.extname(out).toLowerCase() !== ".xlsx") throw new InputError(CLI_MSG.outputNotXlsx(out));
  if (sameFile(input, out)) throw new InputError(CLI_MSG.sameAsInput(input));
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new InputError(CLI_MSG.outputIsDir(out));
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new InputError(CLI_MSG.outputDirMissing(out, path.dirname(out)));
}

/** Read the workbook, its saved settings and the options, and recalculate (every command starts here). */
export async function analyse(file: string, options: CliOptions & { json?: boolean }, io: Io) {
  const { wb, data, unkept } = await loadWorkbook(file);
  const grids = gridsOfWorkbook(wb);
  const saved = await savedSettingsOf(data);
  const { settings, fromFile } = combineSettings(saved.settings, settingsFromOptions(options, grids.map((g) => g.name)));
  for (const w of saved.warnings) io.err(CLI_MSG.settingsWarning(w) + "\n");
  const result = recalculate({ grids, settings, today: localDaySerial(new Date()) });
  ensurePlan(file, result);
  const settingsNote = fromFile.length > 0 ? CLI_MSG.settingsFromFile(fromFile) : null;
  // With --json stdout carries one JSON document only: the note goes with the other messages.
  if (settingsNote && options.json) io.err(settingsNote + "\n");
  return { wb, data, unkept, result, method: settings.method ?? "proporzionale", settingsNote };
}

async function writeCopy(wb: ExcelJS.Workbook, input: Buffer, out: string): Promise<void> {
  try {
    const excelJsCopy = Buffer.from(await wb.xlsx.writeBuffer());
    fs.writeFileSync(out, await carryAddinParts(input, excelJsCopy));
  } catch (e) {
    throw new InputError(CLI_MSG.cannotWrite(out, fsErrorDetail(e)));
  }
}

/** `perf-albero ricalcola`: compute, write the results into a copy, print the summary or the JSON report. */
export async function ricalcola(file: string, options: RicalcolaOptions, io: Io): Promise<number> {
  const out = options.output ?? defaultOutputPath(file);
  if (options.output !== undefined) checkOutputPath(file, out);
  const { wb, data, unkept, result, method, settingsNote } = await analyse(file, options, io);
  if (options.output === undefined) checkOutputPath(file, out);
  // No performance column to fill: the copy is still written (scripts rely on -o existing after a run)
  // but the last line says it holds the original's data, never "Risultati salvati".
  const written = result.writes.length > 0;
  const replaced = fs.existsSync(out);
  applyToWorkbook(wb, result.writes, result.conditionalFormats);
  await writeCopy(wb, data, out);
  // The previous copy may hold edits the user made to it: say it was replaced.
  if (replaced) io.err(CLI_MSG.outputReplaced(out) + "\n");
  if (unkept.length > 0) io.err(CLI_MSG.unkeptParts(file, unkept) + "\n");
  const last = written ? CLI_MSG.saved(out) : CLI_MSG.nothingWritten(out);
  if (options.json) {
    io.out(JSON.stringify({ ...buildJsonReport(result, method), output: out }, null, 2) + "\n");
    if (!written) io.err(last + "\n");
  } else io.out(`${settingsNote ? settingsNote + "\n\n" : ""}${buildTextSummary(result, method)}\n\n${last}\n`);
  const bad = result.problems.filter(isBadInput);
  if (bad.length === 0) return EXIT_OK;
  for (const p of bad) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
  io.err(CLI_MSG.savedDespiteErrors(out) + "\n");
  return EXIT_BAD_INPUT;
}

/** `perf-albero verifica`: the problems only; exit code 1 when one of them is an error. */
export async function verifica(file: string, options: CliOptions & { json?: boolean }, io: Io): Promise<number> {
  const { result, method, settingsNote } = await analyse(file, options, io);
  const failed = hasErrors(result.problems);
  const badSheets = result.problems.filter(isBadOption);
  if (options.json) io.out(JSON.stringify(buildJsonReport(result, method), null, 2) + "\n");
  else {
    const sheets = result.sheets.map((s) => `Foglio "${s.sheet}": ${s.result.objectives.length} obiettivi, ${s.result.kpis.length} KPI.`);
    const errors = result.problems.filter((p) => p.severity === "errore").length;
    io.out([...(settingsNote ? [settingsNote, ""] : []), ...sheets, "", ...problemLines(result.problems), "", failed ? CLI_MSG.verifyErrors(errors) : CLI_MSG.verifyOk()].join("\n") + "\n");
  }
  if (badSheets.length > 0) {
    for (const p of badSheets) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
    return EXIT_BAD_INPUT;
  }
  return failed ? EXIT_PLAN_ERRORS : EXIT_OK;
}
