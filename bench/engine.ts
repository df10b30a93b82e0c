/**
 * Engine benchmark: a plan of 100.000 KPIs (5 areas × 10 strategic × 20 operational objectives ×
 * 100 KPIs, plus one link KPI per strategic objective) with the value kinds the documents use:
 * Italian numbers with units, percentages as text and as Excel numbers, dates as text and as
 * serials, yes/no, "N/D", empty consuntivi and link KPIs. Prints the time to read the cells, to
 * score and roll up (median of several runs) and KPIs per second. A report, never an assertion.
 */
import { performance } from "perf_hooks";
import {
  CellValue,
  KpiInput,
  ObjectiveInput,
  PlanInput,
  PlanResult,
  computePlan,
  parseCell,
  parseTarget,
  parseWeight,
  serialFromYmd,
} from "../src/engine";

const AREAS = 5;
const STRATEGIC_PER_AREA = 10;
const OPERATIONAL_PER_STRATEGIC = 20;
const KPIS_PER_OPERATIONAL = 100;
const RUNS = 5;
const SHEET = "Piano";

/** One KPI row as the sheet holds it: Peso, Target, Consuntivo and the cells' number formats. */
interface RowCells {
  peso: CellValue;
  target: CellValue;
  targetFormat?: string;
  actual: CellValue;
  actualFormat?: string;
}

/** Deterministic pseudo-random numbers (a linear congruential generator) so every run is the same plan. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const italian = (n: number) => n.toFixed(2).replace(".", ",");

/** Twelve kinds of row, in the proportions a real plan shows (mostly numbers and percentages). */
function rowCells(kind: number, r: () => number): RowCells {
  const t = 10 + Math.floor(r() * 90);
  const a = t * (0.5 + r());
  switch (kind) {
    case 0:
    case 1:
    case 2:
      return { peso: "1,00 %", target: `>= ${italian(t)} N.`, actual: `${italian(a)} N.` };
    case 3:
      return { peso: "1% >", target: `${italian(t)}%`, actual: `${italian(a)}%` };
    case 4:
      return { peso: 0.01, target: `>= ${italian(t)}%`, actual: a / 100, actualFormat: "0.00%" };
    case 5:
      return { peso: "1,00 %", target: `<= ${italian(t / 10)} fte`, actual: `${italian(a / 10)} fte` };
    case 6:
      return { peso: "1,00 %", target: `= ${italian(t * 1000)} N.`, actual: italian(a * 1000) };
    case 7: {
      const day = 1 + Math.floor(r() * 28);
      const late = Math.floor(r() * 60) - 20;
      const deadline = serialFromYmd(2024, 6, day);
      return {
        peso: "1,00 %",
        target: `Entro ${String(day).padStart(2, "0")}/06/2024`,
        actual: deadline + late,
        actualFormat: "dd/mm/yyyy",
      };
    }
    case 8:
      return { peso: "1% <=", target: serialFromYmd(2024, 9, 30), targetFormat: "dd/mm/yyyy", actual: "15/10/2024" };
    case 9:
      return { peso: "1,00 %", target: "si", actual: r() < 0.8 ? "sì" : "no" };
    case 10:
      return { peso: "1,00 %", target: `>= ${italian(t)} N.`, actual: r() < 0.5 ? "N/D" : "" };
    default:
      return { peso: "1,00 %", target: `>= ${italian(t)} N.`, actual: `${italian(a)} N.` };
  }
}

/** The sheet's cells: one array of rows per operational objective, as the layout reader sees them. */
interface SheetCells {
  objectives: {
    code: string;
    parent: string | null;
    level: ObjectiveInput["level"];
    weight: string | null;
    row: number;
  }[];
  rows: Map<string, { row: number; cells: RowCells; link?: string }[]>;
  kpiCount: number;
}

function buildCells(): SheetCells {
  const r = random(2019);
  const objectives: SheetCells["objectives"] = [];
  const rows: SheetCells["rows"] = new Map();
  let row = 2;
  let kpiCount = 0;
  for (let a = 1; a <= AREAS; a++) {
    const area = String.fromCharCode(64 + a);
    objectives.push({ code: area, parent: null, level: "area", weight: "20,00 %", row: row++ });
    for (let s = 1; s <= STRATEGIC_PER_AREA; s++) {
      const strategic = `${area}.${s}`;
      objectives.push({ code: strategic, parent: area, level: "strategico", weight: "10,00 %", row: row++ });
      rows.set(strategic, [
        { row: row++, cells: { peso: "70% >", target: "100,00%", actual: "" }, link: strategic },
        { row: row++, cells: rowCells(0, r) },
      ]);
      rows.get(strategic)![1].cells.peso = "30% >";
      kpiCount += 2;
      for (let o = 1; o <= OPERATIONAL_PER_STRATEGIC; o++) {
        const operational = `${strategic}.${o}`;
        objectives.push({ code: operational, parent: strategic, level: "operativo", weight: null, row: row++ });
        const list: { row: number; cells: RowCells }[] = [];
        for (let k = 0; k < KPIS_PER_OPERATIONAL; k++) list.push({ row: row++, cells: rowCells(k % 12, r) });
        rows.set(operational, list);
        kpiCount += KPIS_PER_OPERATIONAL;
      }
    }
  }
  return { objectives, rows, kpiCount };
}

/** Cells → PlanInput with the engine's parsers, the work the layout reader does per KPI row. */
function readPlan(sheet: SheetCells): PlanInput {
  const objectives = sheet.objectives.map((o): ObjectiveInput => {
    const kpis = (sheet.rows.get(o.code) ?? []).map(({ row, cells, link }): KpiInput => {
      const weight = parseWeight(cells.peso);
      const target = parseTarget(cells.target, cells.targetFormat);
      const kpi: KpiInput = {
        id: `${SHEET}!${row}`,
        name: link
          ? `Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico ${link}`
          : `KPI ${row}`,
        weight: weight.weight,
        direction: target.direction ?? weight.direction,
        target: target.value,
        actual: parseCell(cells.actual, cells.actualFormat),
        sheet: SHEET,
        row,
        cells: { name: `C${row}`, weight: `E${row}`, target: `F${row}`, actual: `G${row}` },
      };
      if (link) kpi.link = { code: link };
      return kpi;
    });
    return {
      code: o.code,
      name: `${o.code} obiettivo`,
      level: o.level,
      weight: o.weight === null ? null : parseWeight(o.weight).weight,
      parentCode: o.parent,
      kpis,
      sheet: SHEET,
      row: o.row,
      cells: { name: `A${o.row}`, weight: `E${o.row}`, performance: `I${o.row}` },
    };
  });
  return { sheet: SHEET, objectives };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

const fmt = (n: number, decimals = 0) =>
  n.toLocaleString("it-IT", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

export async function run(): Promise<void> {
  const sheet = buildCells();
  const objectiveCount = sheet.objectives.length;
  console.log(
    `Piano: ${fmt(sheet.kpiCount)} KPI, ${fmt(objectiveCount)} obiettivi (${AREAS} aree × ${STRATEGIC_PER_AREA} strategici × ${OPERATIONAL_PER_STRATEGIC} operativi × ${KPIS_PER_OPERATIONAL} KPI + 1 KPI di collegamento e 1 KPI per strategico)`
  );

  // Warm-up run (JIT), not counted.
  let last: PlanResult = computePlan(readPlan(sheet));
  const readMs: number[] = [];
  const computeMs: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < RUNS; i++) {
    gc?.();
    const read = timed(() => readPlan(sheet));
    readMs.push(read.ms);
    const computed = timed(() => computePlan(read.value));
    computeMs.push(computed.ms);
    last = computed.value;
  }

  const scored = last.kpis.filter((k) => k.performance !== null).length;
  const errors = last.problems.filter((p) => p.severity === "errore").length;
  const warnings = last.problems.length - errors;
  const totalMs = median(readMs.map((r, i) => r + computeMs[i]));
  console.log(
    `Esito: ente ${fmt((last.ente.performance ?? 0) * 100, 2)}%, ${fmt(scored)} KPI con performance, ${fmt(errors)} errori, ${fmt(warnings)} avvisi`
  );
  console.log(
    `Lettura celle → piano (parseTarget/parseCell/parseWeight): mediana ${fmt(median(readMs), 1)} ms su ${RUNS} esecuzioni`
  );
  console.log(
    `Calcolo e roll-up (computePlan):                     mediana ${fmt(median(computeMs), 1)} ms su ${RUNS} esecuzioni (min ${fmt(Math.min(...computeMs), 1)}, max ${fmt(Math.max(...computeMs), 1)})`
  );
  console.log(`KPI al secondo, solo computePlan:    ${fmt(sheet.kpiCount / (median(computeMs) / 1000))}`);
  console.log(`KPI al secondo, lettura + calcolo:   ${fmt(sheet.kpiCount / (totalMs / 1000))}`);
}
