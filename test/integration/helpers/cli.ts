import type { JsonReport as PipelineJsonReport, JsonSheet } from "../../../src/pipeline/report";
import { CliRun, ROOT, runCli, sha256 } from "../../cli/run-cli";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export { CliRun, ROOT, readWorkbook, runCli, sha256 } from "../../cli/run-cli";
export type { JsonProblem, JsonSheet } from "../../../src/pipeline/report";
export const MESSY = path.join(ROOT, "test", "fixtures", "messy");

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perf-albero-integrazione-"));
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** The JSON report of `perf-albero ricalcola --json`: the pipeline's report plus the output path. */
export interface JsonReport extends PipelineJsonReport {
  output: string;
}
export type JsonKpi = JsonSheet["kpis"][number];
export type JsonObjective = JsonSheet["objectives"][number];

export interface Recalculated {
  run: CliRun;
  json: JsonReport;
  output: string;
  inputHashBefore: string;
  inputHashAfter: string;
}

/** `perf-albero ricalcola <file> -o <dir>/<name> --json [extra]`, with the input's hash before and after. */
export async function ricalcola(
  file: string,
  dir: string,
  extra: string[] = [],
  outName?: string
): Promise<Recalculated> {
  const output = path.join(dir, outName ?? path.basename(file).replace(/\.xlsx$/i, ".ricalcolato.xlsx"));
  const inputHashBefore = sha256(file);
  const run = await runCli(["ricalcola", file, "-o", output, "--json", ...extra]);
  const inputHashAfter = sha256(file);
  let json: JsonReport;
  try {
    json = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(
      `perf-albero ricalcola ${path.basename(file)}: uscita ${run.code}, stdout non JSON:\n${run.stdout}\n${run.stderr}`
    );
  }
  return { run, json, output, inputHashBefore, inputHashAfter };
}

export function sheetOf(json: JsonReport, name: string): JsonSheet {
  const s = json.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`foglio "${name}" assente nel JSON (fogli: ${json.sheets.map((x) => x.name).join(", ")})`);
  return s;
}

export function objectiveOf(sheet: JsonSheet, code: string): JsonObjective {
  const o = sheet.objectives.find((x) => x.code === code);
  if (!o) throw new Error(`obiettivo ${code} assente nel foglio "${sheet.name}"`);
  return o;
}

export function kpiAtRow(sheet: JsonSheet, row: number): JsonKpi {
  const k = sheet.kpis.find((x) => x.row === row);
  if (!k) throw new Error(`nessun KPI alla riga ${row} del foglio "${sheet.name}"`);
  return k;
}

/** Every xlsx under a folder, recursively, sorted. */
export function xlsxUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...xlsxUnder(full));
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$") && !/\.ricalcolato\.xlsx$/i.test(entry.name))
      out.push(full);
  }
  return out.sort();
}
