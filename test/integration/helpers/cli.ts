import { spawnSync } from "child_process";
import * as crypto from "crypto";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "..", "..", "..");
/** The command line under test; PERF_ALBERO_BIN points the tests at another build of it. */
export const BIN = process.env.PERF_ALBERO_BIN ?? path.join(ROOT, "bin", "perf-albero.js");
export const MESSY = path.join(ROOT, "test", "fixtures", "messy");

/** The command line is compiled once per jest run by test/global-setup.js, as `npm ci` does. */
export function buildCli(): void {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js non compilato");
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perf-albero-integrazione-"));
}

export function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The JSON report of `perf-albero ricalcola --json` (src/pipeline/report.ts). */
export interface JsonKpi {
  row: number;
  objective: string;
  code: string | null;
  name: string;
  weight: number | null;
  direction: string | null;
  target: number | string | boolean | null;
  actual: number | string | boolean | null;
  performance: number | null;
  status: string;
}
export interface JsonObjective {
  row: number;
  code: string;
  name: string;
  weight: number | null;
  performance: number | null;
  status: string;
}
export interface JsonSheet {
  name: string;
  method: string;
  objectives: JsonObjective[];
  kpis: JsonKpi[];
}
export interface JsonProblem {
  severity: "errore" | "avviso";
  sheet: string | null;
  cell: string | null;
  message: string;
  code: string;
}
export interface JsonReport {
  sheets: JsonSheet[];
  ente: { performance: number | null; status: string; basis: string };
  problems: JsonProblem[];
  output: string;
}

export interface Recalculated {
  run: CliRun;
  json: JsonReport;
  output: string;
  inputHashBefore: string;
  inputHashAfter: string;
}

/** `perf-albero ricalcola <file> -o <dir>/<name> --json [extra]`, with the input's hash before and after. */
export function ricalcola(file: string, dir: string, extra: string[] = [], outName?: string): Recalculated {
  const output = path.join(dir, outName ?? path.basename(file).replace(/\.xlsx$/i, ".ricalcolato.xlsx"));
  const inputHashBefore = sha256(file);
  const run = runCli(["ricalcola", file, "-o", output, "--json", ...extra]);
  const inputHashAfter = sha256(file);
  let json: JsonReport;
  try {
    json = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`perf-albero ricalcola ${path.basename(file)}: uscita ${run.code}, stdout non JSON:\n${run.stdout}\n${run.stderr}`);
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
    else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$") && !/\.ricalcolato\.xlsx$/i.test(entry.name)) out.push(full);
  }
  return out.sort();
}
