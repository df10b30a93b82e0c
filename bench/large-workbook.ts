/**
 * Large-workbook benchmark: a plan of 50.000 KPI rows in the 000 table layout (Obiettivo | Cod. |
 * Indicatore | Esito validazione | Peso | Target | Consuntivo | Performance KPI | Performance
 * Obiettivo | Fonte del dato | Note), 5 areas × 10 strategic × 50 operational objectives × 20 KPIs,
 * written with ExcelJS to the OS temp folder. Each measurement runs in its own child process, which
 * reports its times and its peak memory (process.resourceUsage().maxRSS):
 *   - ricalcola: the command line's own path, phase by phase: read (loadWorkbook: the package reader),
 *     compute (recalculate), write (writePackage + writeAtomic: the surgical writer);
 *   - ricalcola (comando): the `perf-albero ricalcola` function end to end, as a cross-check;
 *   - ExcelJS alone: load the same file, save it.
 * Prints the ratios against ExcelJS alone (goal: no longer than ExcelJS's read and write, and a peak
 * memory no higher than ExcelJS's read alone).
 * Each measurement runs BENCH_LARGE_RUNS times (3 by default), interleaved: times are the fastest run's
 * (the machine's other work only adds time), memory ratios use the median of each mode's peaks (the
 * fastest run is not the one with the least garbage, and one lucky run must not decide the verdict).
 * A report, never an assertion: `npm run bench -- large`.
 */
import { spawn } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { writeAtomic } from "../src/cli/atomic-write";
import { ricalcola } from "../src/cli/commands";
import { loadWorkbook } from "../src/cli/load-workbook";
import { settingsFromOptions } from "../src/cli/setting-options";
import { recalculate } from "../src/pipeline/recalculate";
import { writePackage } from "../src/xlsx/write-package";

const AREAS = 5;
const STRATEGIC_PER_AREA = 10;
const OPERATIONAL_PER_STRATEGIC = 50;
const KPIS_PER_OPERATIONAL = 20;
const KPIS = AREAS * STRATEGIC_PER_AREA * OPERATIONAL_PER_STRATEGIC * KPIS_PER_OPERATIONAL;
const SHEET = "Piano";
const GOAL_TIME = 1.0;
const GOAL_MEMORY = 1.0;
const RUNS = Math.max(1, Number(process.env.BENCH_LARGE_RUNS ?? 3) || 3);

/** Deterministic pseudo-random numbers, so every run writes the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const LETTERS = "ABCDE";

/** The plan as a controllo di gestione office keeps it: real numbers, percentages and dates with their formats. */
export async function writePlan(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow([
    "Obiettivo",
    "Cod.",
    "Indicatore",
    "Esito validazione",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
    "Fonte del dato",
    "Note",
  ]);
  const r = random(2019);
  let kpi = 0;
  const pct = (v: number) => Math.round(v * 10000) / 10000;
  for (let a = 0; a < AREAS; a++) {
    const area = LETTERS[a];
    ws.addRow([`${area} Area strategica ${a + 1}`]);
    for (let s = 1; s <= STRATEGIC_PER_AREA; s++) {
      ws.addRow([`${area}.${s} Obiettivo strategico ${area}.${s}`]);
      for (let o = 1; o <= OPERATIONAL_PER_STRATEGIC; o++) {
        for (let k = 0; k < KPIS_PER_OPERATIONAL; k++) {
          kpi++;
          const objective = k === 0 ? `${area}.${s}.${o} Obiettivo operativo ${area}.${s}.${o}` : null;
          const kind = kpi % 5;
          const row = ws.addRow([
            objective,
            `KPI${kpi}`,
            `Indicatore ${kpi}`,
            kind === 4 && r() < 0.05 ? "kpi non disponibile" : "kpi validato",
            "5% >",
            null,
            null,
            null,
            null,
            "Atti dell'Ente",
            null,
          ]);
          const target = row.getCell(6);
          const actual = row.getCell(7);
          if (kind <= 1) {
            target.value = 10 + Math.floor(r() * 90);
            target.numFmt = "#,##0.00";
            actual.value = Math.round((target.value as number) * (0.5 + r()) * 100) / 100;
            actual.numFmt = "#,##0.00";
          } else if (kind === 2) {
            target.value = pct(0.05 + r() * 0.5);
            target.numFmt = "0.00%";
            actual.value = pct((target.value as number) * (0.5 + r()));
            actual.numFmt = "0.00%";
          } else if (kind === 3) {
            row.getCell(5).value = "5% <";
            const day = 1 + Math.floor(r() * 300);
            target.value = new Date(Date.UTC(2019, 0, day));
            target.numFmt = "dd/mm/yyyy";
            actual.value = new Date(Date.UTC(2019, 0, day + Math.floor(r() * 40) - 10));
            actual.numFmt = "dd/mm/yyyy";
          } else {
            target.value = `${(5 + Math.floor(r() * 20)).toFixed(2).replace(".", ",")}`;
            actual.value = r() < 0.02 ? "N.V." : `${(Math.floor(r() * 3000) / 100).toFixed(2).replace(".", ",")}`;
          }
        }
      }
    }
  }
  await wb.xlsx.writeFile(file);
}

interface Figures {
  phases: { name: string; ms: number; peakMb: number }[];
  counts?: Record<string, number>;
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

/** The child's work: one measurement, printed as one JSON line on stdout. */
async function child(mode: string, file: string, out: string): Promise<Figures> {
  const phases: Figures["phases"] = [];
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases.push({ name, ms: now - t, peakMb: peakMb() });
    t = now;
  };
  if (mode === "ricalcola") {
    // As in the command, the grids are let go once computed, and the results (plan, every KPI's trace)
    // once the figures to print are taken from them: only the package and the cell writes are needed to write.
    const { pkg, writes, formats, counts } = (() => {
      const { reading } = loadWorkbook(file);
      const grids = reading.grids;
      lap("lettura");
      const settings = settingsFromOptions(
        {},
        grids.map((g) => g.name)
      );
      const computed = recalculate({ grids, settings });
      lap("calcolo");
      const kpi = computed.sheets.reduce((n, s) => n + s.result.kpis.length, 0);
      return {
        pkg: reading.pkg,
        writes: computed.writes,
        formats: computed.conditionalFormats,
        counts: { kpi, scritture: computed.writes.length, problemi: computed.problems.length },
      };
    })();
    writeAtomic(out, writePackage(pkg, writes, formats));
    lap("scrittura");
    return { phases, counts };
  }
  if (mode === "comando") {
    const lines: string[] = [];
    const code = await ricalcola(file, { output: out }, { out: (s) => lines.push(s), err: (s) => lines.push(s) });
    lap("ricalcola");
    return { phases, counts: { uscita: code } };
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  lap("lettura");
  await wb.xlsx.writeFile(out);
  lap("scrittura");
  return { phases };
}

function measure(mode: string, file: string, out: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [__filename, "--figlio", mode, file, out], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    proc.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    proc.on("error", reject);
    proc.on("close", (code) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("{"))
        reject(new Error(`misura "${mode}" terminata con codice ${code}: ${stdout.slice(-500)}`));
      else resolve(JSON.parse(last) as Figures);
    });
  });
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (v: number) => `${v.toFixed(0)} MB`;
const total = (f: Figures) => f.phases.reduce((n, p) => n + p.ms, 0);
const peak = (f: Figures) => Math.max(...f.phases.map((p) => p.peakMb));
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-albero-bench-"));
  const file = path.join(dir, `piano-${KPIS}-kpi.xlsx`);
  try {
    const t0 = performance.now();
    await writePlan(file);
    console.log(
      `Piano di ${KPIS.toLocaleString("it-IT")} KPI scritto in ${s(performance.now() - t0)}: ${file} (${(fs.statSync(file).size / 1e6).toFixed(1)} MB)`
    );
    // Interleaved runs, the fastest of each kept: the machine's other work only ever adds time.
    const runs: Record<string, Figures[]> = { exceljs: [], ricalcola: [], comando: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const mode of Object.keys(runs)) runs[mode].push(await measure(mode, file, path.join(dir, `${mode}.xlsx`)));
    }
    const best = (mode: string) => runs[mode].reduce((a, b) => (total(b) < total(a) ? b : a));
    const [excel, mine, command] = [best("exceljs"), best("ricalcola"), best("comando")];
    console.log(`(${RUNS} esecuzioni per misura, tenuta la più veloce; BENCH_LARGE_RUNS per cambiarle)`);
    console.log("\nfase                        tempo      picco memoria (RSS, cumulato)");
    for (const [label, f] of [
      ["ExcelJS da solo", excel],
      ["ricalcola per fasi", mine],
      ["perf-albero ricalcola", command],
    ] as const) {
      for (const p of f.phases)
        console.log(`${`${label}: ${p.name}`.padEnd(28)}${s(p.ms).padStart(9)}  ${mb(p.peakMb).padStart(8)}`);
    }
    if (mine.counts)
      console.log(
        `\nricalcola: ${mine.counts.kpi} KPI calcolati, ${mine.counts.scritture} celle scritte, ${mine.counts.problemi} problemi segnalati.`
      );
    const timeRatio = total(mine) / total(excel);
    // Memory against ExcelJS's read alone (its first phase): the copy must not need more than reading did.
    const excelRead = median(runs.exceljs.map((f) => f.phases[0].peakMb));
    const mineRuns = runs.ricalcola.map(peak);
    const commandRuns = runs.comando.map(peak);
    const memRatio = median(mineRuns) / excelRead;
    const commandTime = total(command) / total(excel);
    const commandMem = median(commandRuns) / excelRead;
    const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");
    console.log(
      `\nPicchi per esecuzione (MB): lettura ExcelJS ${list(runs.exceljs.map((f) => f.phases[0].peakMb))}; ricalcola per fasi ${list(mineRuns)}; comando ${list(commandRuns)}`
    );
    const verdict = (ratio: number, goal: number) => (ratio <= goal ? "entro l'obiettivo" : "oltre l'obiettivo");
    console.log(
      `\nTempo   ricalcola / ExcelJS: ${timeRatio.toFixed(2)}× (comando: ${commandTime.toFixed(2)}×), obiettivo ${GOAL_TIME}×: ${verdict(timeRatio, GOAL_TIME)}`
    );
    console.log(
      `Memoria (mediane) ricalcola / lettura ExcelJS: ${memRatio.toFixed(2)}× (comando: ${commandMem.toFixed(2)}×), obiettivo ${GOAL_MEMORY}×: ${verdict(memRatio, GOAL_MEMORY)}`
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2] === "--figlio") {
  const [, , , mode, file, out] = process.argv;
  child(mode, file, out).then(
    (figures) => {
      process.stdout.write(JSON.stringify(figures) + "\n");
      process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    }
  );
}
