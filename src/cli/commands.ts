import * as fs from "fs";
import * as path from "path";
import { localDaySerial } from "../engine/dates";
import { ruleOf } from "../engine/problem-codes";
import { hasErrors, Problem } from "../engine/problems";
import { recalculate } from "../pipeline/recalculate";
import { buildJsonReport, buildTextSummary, problemLines } from "../pipeline/report";
import { RecalcResult } from "../pipeline/types";
import { PackageError, IO_MSG } from "../xlsx/messages";
import { WorkbookPackage } from "../xlsx/package";
import { writePackage } from "../xlsx/write-package";
import { isSameFile, writeAtomic } from "./atomic-write";
import { defaultOutputPath, loadWorkbook } from "./load-workbook";
import { CLI_MSG, EXIT_BAD_INPUT, EXIT_OK, EXIT_PLAN_ERRORS, InputError } from "./messages";
import { CliOptions, settingsFromOptions } from "./setting-options";
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
 * belongs, a sheet that looks like a plan but is refused, or a sheet named with --foglio that does not
 * exist or holds no plan.
 */
export function isBadInput(p: Problem): boolean {
  const exit = ruleOf(p.code).exit;
  return exit === "dato" || exit === "foglio" || exit === "opzione";
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

/** The output must be a new file with the input's extension in a folder that exists: nothing is created around it. */
function checkOutputPath(input: string, out: string): void {
  const ext = path.extname(input).toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  if (path.extname(out).toLowerCase() !== ext)
    throw new InputError(ext === ".xlsx" ? CLI_MSG.outputNotXlsx(out) : IO_MSG.outputExtension(out, ext));
  if (path.resolve(input) === path.resolve(out)) throw new InputError(CLI_MSG.sameAsInput(input));
  if (isSameFile(input, out)) throw new InputError(IO_MSG.sameAsInputLink(out, input));
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new InputError(CLI_MSG.outputIsDir(out));
  const dir = path.dirname(path.resolve(out));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new InputError(CLI_MSG.outputDirMissing(out, path.dirname(out)));
}

/** Read the workbook, its saved settings and the options, and recalculate (every command starts here). */
export async function analyse(file: string, options: CliOptions & { json?: boolean }, io: Io) {
  const { data, reading } = loadWorkbook(file);
  const grids = reading.grids;
  const saved = await savedSettingsOf(data);
  const fromOptions = settingsFromOptions(
    options,
    grids.map((g) => g.name)
  );
  const { settings, fromFile } = combineSettings(saved.settings, fromOptions);
  for (const w of saved.warnings) io.err(CLI_MSG.settingsWarning(w) + "\n");
  const computed = recalculate({ grids, settings, today: localDaySerial(new Date()) });
  // A user's text the results would have overwritten, through a column mapping saved in the workbook: say where it comes from.
  const savedColumns = fromOptions.columns === undefined ? (saved.settings?.columns ?? {}) : {};
  const problems = computed.problems.map((p) =>
    ruleOf(p.code).mappedCell && p.sheet !== undefined && savedColumns[p.sheet] !== undefined
      ? { ...p, message: `${p.message} ${IO_MSG.mappingFromWorkbook()}` }
      : p
  );
  // Reading problems (formulas without a stored result, far cells) come first, with the others.
  const result: RecalcResult = { ...computed, problems: [...reading.problems, ...problems] };
  ensurePlan(file, result);
  const settingsNote = fromFile.length > 0 ? CLI_MSG.settingsFromFile(fromFile) : null;
  // With --json stdout carries one JSON document only: the note goes with the other messages.
  if (settingsNote && options.json) io.err(settingsNote + "\n");
  return { pkg: reading.pkg, result, method: settings.method ?? "proporzionale", settingsNote };
}

function writeCopy(
  pkg: WorkbookPackage,
  writes: RecalcResult["writes"],
  formats: RecalcResult["conditionalFormats"],
  out: string
): void {
  let bytes: Uint8Array;
  try {
    bytes = writePackage(pkg, writes, formats);
  } catch (e) {
    if (e instanceof PackageError) throw new InputError(e.message);
    throw e;
  }
  writeAtomic(out, bytes);
}

/** What `ricalcola` writes and prints, without the plan's results (every KPI's trace) that produced it. */
interface PreparedRun {
  pkg: WorkbookPackage;
  writes: RecalcResult["writes"];
  conditionalFormats: RecalcResult["conditionalFormats"];
  written: boolean;
  /** stdout's text: the JSON report or the summary without its last line (which depends on the write). */
  report: string;
  bad: Problem[];
}

/**
 * Compute and build the texts to print. The results are let go when this returns, so the copy is
 * written holding only the cell writes: on a 50.000-KPI plan the traces and plan are most of the memory.
 */
async function prepare(file: string, options: RicalcolaOptions, out: string, io: Io): Promise<PreparedRun> {
  const { pkg, result, method, settingsNote } = await analyse(file, options, io);
  const report = options.json
    ? JSON.stringify({ ...buildJsonReport(result, method), output: out }, null, 2) + "\n"
    : `${settingsNote ? settingsNote + "\n\n" : ""}${buildTextSummary(result, method)}\n\n`;
  const { writes, conditionalFormats } = result;
  return {
    pkg,
    writes,
    conditionalFormats,
    written: writes.length > 0,
    report,
    bad: result.problems.filter(isBadInput),
  };
}

/** `perf-albero ricalcola`: compute, write the results into a copy, print the summary or the JSON report. */
export async function ricalcola(file: string, options: RicalcolaOptions, io: Io): Promise<number> {
  const out = options.output ?? defaultOutputPath(file);
  if (options.output !== undefined) checkOutputPath(file, out);
  const { pkg, writes, conditionalFormats, written, report, bad } = await prepare(file, options, out, io);
  if (options.output === undefined) checkOutputPath(file, out);
  // No performance column to fill: the copy is still written (scripts rely on -o existing after a run)
  // but the last line says it holds the original's data, never "Risultati salvati".
  const replaced = fs.existsSync(out);
  writeCopy(pkg, writes, conditionalFormats, out);
  // The previous copy may hold edits the user made to it: say it was replaced.
  if (replaced) io.err(CLI_MSG.outputReplaced(out) + "\n");
  const last = written ? CLI_MSG.saved(out) : CLI_MSG.nothingWritten(out);
  if (options.json) {
    io.out(report);
    if (!written) io.err(last + "\n");
  } else io.out(`${report}${last}\n`);
  if (bad.length === 0) return EXIT_OK;
  for (const p of bad) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
  // a refused sheet has no N.V. cells: its results are missing altogether
  const isRefusal = (p: Problem) => ruleOf(p.code).exit === "foglio";
  const refused = [...new Set(bad.filter(isRefusal).map((p) => p.sheet ?? ""))];
  if (bad.some((p) => !isRefusal(p))) io.err(CLI_MSG.savedDespiteErrors(out) + "\n");
  if (refused.length > 0) io.err(CLI_MSG.savedWithoutSheets(out, refused) + "\n");
  return EXIT_BAD_INPUT;
}

/** `perf-albero verifica`: the problems only; exit code 1 when one of them is an error. */
export async function verifica(file: string, options: CliOptions & { json?: boolean }, io: Io): Promise<number> {
  const { result, method, settingsNote } = await analyse(file, options, io);
  const failed = hasErrors(result.problems);
  const badSheets = result.problems.filter(isBadOption);
  if (options.json) io.out(JSON.stringify(buildJsonReport(result, method), null, 2) + "\n");
  else {
    const sheets = result.sheets.map(
      (s) => `Foglio "${s.sheet}": ${s.result.objectives.length} obiettivi, ${s.result.kpis.length} KPI.`
    );
    const errors = result.problems.filter((p) => p.severity === "errore").length;
    io.out(
      [
        ...(settingsNote ? [settingsNote, ""] : []),
        ...sheets,
        "",
        ...problemLines(result.problems),
        "",
        failed ? CLI_MSG.verifyErrors(errors) : CLI_MSG.verifyOk(),
      ].join("\n") + "\n"
    );
  }
  if (badSheets.length > 0) {
    for (const p of badSheets) io.err(CLI_MSG.cellError(file, whereText(p), p.message) + "\n");
    return EXIT_BAD_INPUT;
  }
  return failed ? EXIT_PLAN_ERRORS : EXIT_OK;
}
