import { spawnSync } from "child_process";
import * as crypto from "crypto";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { recalculate } from "../../src/pipeline/recalculate";
import { PipelineSettings } from "../../src/pipeline/types";

export const ROOT = path.resolve(__dirname, "..", "..");
/** The packaged command line; PERF_ALBERO_BIN points the tests at another build of it (then every run spawns it). */
export const BIN = process.env.PERF_ALBERO_BIN ?? path.join(ROOT, "bin", "perf-albero.js");
export const SAMPLE = path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx");

/** bin/perf-albero.js runs dist/, compiled once per jest run by test/global-setup.js as `npm ci` does. */
export function buildCli(): void {
  if (!fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) throw new Error("dist/cli/main.js non compilato");
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `perf-albero <args>` run in this process through main(argv, io), from the folder cwd: the same
 * parsing, files, texts and exit code as the binary without starting a node process per run.
 */
export async function runCli(args: string[], cwd = ROOT): Promise<CliRun> {
  if (process.env.PERF_ALBERO_BIN) return runBin(args, cwd);
  let stdout = "";
  let stderr = "";
  const previous = process.cwd();
  if (cwd !== previous) process.chdir(cwd);
  try {
    const code = await main(args, {
      out: (text) => {
        stdout += text;
      },
      err: (text) => {
        stderr += text;
      },
    });
    return { code, stdout, stderr };
  } finally {
    if (cwd !== previous) process.chdir(previous);
  }
}

/** The packaged binary in a process of its own: its entry point, exit code and separate stdout and stderr. */
export function runBin(args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
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

/** Every cell the pipeline writes for this file, as "Sheet!A1". */
export async function ownedCells(file: string, settings: Partial<PipelineSettings> = {}): Promise<Set<string>> {
  const r = recalculate({ grids: gridsOfWorkbook(await readWorkbook(file)), settings });
  return new Set(r.writes.map((w) => `${w.sheet}!${w.address}`));
}

export interface CellSnapshot {
  type: number;
  value: string;
  formula: string | undefined;
  numFmt: string | undefined;
  style: string;
}

function snapshotOf(cell: ExcelJS.Cell): CellSnapshot {
  return {
    type: cell.type,
    value: JSON.stringify(cell.value),
    formula: cell.formula || undefined,
    numFmt: cell.numFmt || undefined,
    style: JSON.stringify(cell.style ?? {}),
  };
}

/** Every cell of every sheet: value, formula, number format and style. */
export function cellsOf(wb: ExcelJS.Workbook): Map<string, CellSnapshot> {
  const out = new Map<string, CellSnapshot>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, snapshotOf(cell));
      });
    });
  }
  return out;
}

/** Sheet-level things a round trip must keep. */
export function sheetFacts(wb: ExcelJS.Workbook): unknown {
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    state: ws.state,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    widths: (ws.columns ?? []).map((c) => c?.width ?? null),
    views: ws.views,
    rowHeights: Array.from({ length: ws.rowCount }, (_v, i) => ws.findRow(i + 1)?.height ?? null),
  }));
}

export function conditionalFormatsOf(
  wb: ExcelJS.Workbook,
  sheet: string
): { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] {
  const ws = wb.getWorksheet(sheet) as unknown as {
    conditionalFormattings?: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
  };
  return ws.conditionalFormattings ?? [];
}
