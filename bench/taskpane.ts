import fs from "fs";
import path from "path";
import { gzipSync } from "zlib";
import { DEFAULT_ADDIN_SETTINGS } from "../src/pipeline/workbook-settings";
import { OfficeWorkbook } from "../src/excel/office-workbook";
import { recalculateWorkbook } from "../src/excel/recalc-flow";
import { SimulatedExcel, SimulatedSettings } from "../src/excel/simulated";
import { recordStats } from "../test/excel/sim-probe";
import { syntheticPlan } from "../test/excel/synthetic-plan";

/**
 * Task pane benchmark: the Office.js adapter over the simulated Excel with a plan of 5.000 KPIs.
 * Prints context.sync() calls per recalculation (first run, second run that replaces its formats, undo),
 * the time of the in-memory part (the pipeline) and of the whole recalculation, the largest payload
 * per sync, and the gzip size of the task pane's JavaScript in dist/: what the pane loads when it opens in
 * Excel (goal: at most 150 KB), what it loads on first use, and the demo mode's chunk apart.
 */
const KPIS = 5000;
const RUNS = 5;
const GZIP_GOAL = 150 * 1024;
/** The simulated Excel of the demo mode: a chunk Excel users never load (src/taskpane/index.tsx). */
const DEMO_CHUNK = "taskpane.demo.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The folder holding the project's package.json, wherever the bench was compiled to. */
function projectRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, "utf8")).name === "albero-performance-excel") return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

export async function run(): Promise<void> {
  const settings = { ...DEFAULT_ADDIN_SETTINGS };
  const grid = syntheticPlan(KPIS);
  const compute: number[] = [];
  const total: number[] = [];
  let firstSyncs = 0;
  let secondSyncs = 0;
  let undoSyncs = 0;
  let writes = 0;
  let maxRequest = 0;
  let maxResponse = 0;
  for (let i = 0; i < RUNS; i++) {
    const excel = SimulatedExcel.fromGrids([grid]);
    const stats = recordStats(excel);
    const ops = new OfficeWorkbook(excel.run, new SimulatedSettings(), { mode: "dimostrativa" });
    const t0 = performance.now();
    const first = await recalculateWorkbook(ops, settings);
    total.push(performance.now() - t0);
    compute.push(first.timings.computeMs);
    firstSyncs = stats.syncs;
    writes = first.result.writes.length;
    await recalculateWorkbook(ops, settings);
    secondSyncs = stats.syncs - firstSyncs;
    const beforeUndo = stats.syncs;
    await ops.undoLastRecalc();
    undoSyncs = stats.syncs - beforeUndo;
    maxRequest = stats.maxRequestBytes;
    maxResponse = stats.maxResponseBytes;
  }
  console.log(
    `Riquadro attività — cartella simulata con ${KPIS} KPI (${grid.values.length} righe), ${writes} celle scritte per ricalcolo`
  );
  console.log(
    `  context.sync() per ricalcolo: ${firstSyncs} (primo), ${secondSyncs} (successivo, sostituisce i semafori), ${undoSyncs} (annulla)`
  );
  console.log(`  parte in memoria (lettore + motore + scritture), mediana di ${RUNS}: ${ms(median(compute))}`);
  console.log(`  ricalcolo completo sul foglio simulato, mediana di ${RUNS}: ${ms(median(total))}`);
  console.log(
    `  carico massimo per sync: richiesta ${kb(maxRequest)}, risposta ${kb(maxResponse)} (limite Excel sul web 5 MB)`
  );

  const dist = path.join(projectRoot(), "dist");
  const scripts = fs.existsSync(dist)
    ? fs.readdirSync(dist).filter((f) => /^(taskpane|functions|commands)(\.[\w-]+)*\.js$/.test(f))
    : [];
  if (!scripts.includes("taskpane.js")) {
    console.log("  JavaScript del riquadro: dist/taskpane.js assente (eseguire npm run build)");
    return;
  }
  const gz = (files: string[]) =>
    files.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  const entry = gz(["taskpane.js"]);
  const onDemand = scripts.filter((f) => f.startsWith("taskpane.") && f !== "taskpane.js" && f !== DEMO_CHUNK);
  console.log(
    `  JavaScript caricato dal riquadro all'apertura in Excel (taskpane.js) compresso gzip: ${kb(entry)} — obiettivo ≤ ${kb(GZIP_GOAL)}: ${entry <= GZIP_GOAL ? "rispettato" : "NON rispettato"}`
  );
  console.log(
    `  nella stessa pagina: functions.js (motore e funzioni PERF) ${kb(gz(scripts.filter((f) => f === "functions.js" || f === "commands.js")))}`
  );
  console.log(
    `  caricato al primo uso (albero, impostazioni, domanda sulle formule): ${kb(gz(onDemand))} in ${onDemand.length} file`
  );
  if (scripts.includes(DEMO_CHUNK))
    console.log(`  solo fuori da Excel (modalità dimostrativa, ${DEMO_CHUNK}): ${kb(gz([DEMO_CHUNK]))}`);
}
