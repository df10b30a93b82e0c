/**
 * Worksheet functions benchmark: 100.000 PERF.KPI calls with the argument kinds cells hold (Excel
 * numbers, percentages, Italian text numbers with units and operators, date serials with tipo "data",
 * text dates, sì/no, "N/D", bad values giving #VALUE!) and PERF.OBIETTIVO over a 10.000-row range as
 * Excel passes it (a 2D array, blanks as null). Prints the median of several runs. A report, never an
 * assertion.
 */
import { performance } from "perf_hooks";
import { serialFromYmd } from "../src/engine";
import { kpi, obiettivo, pesiOk } from "../src/functions/functions";

const KPI_CALLS = 100_000;
const OBJECTIVE_ROWS = 10_000;
const RUNS = 5;

type Args = [unknown, unknown, unknown, unknown, unknown];

/** Deterministic pseudo-random numbers (a linear congruential generator): every run is the same. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const italian = (n: number) => n.toFixed(2).replace(".", ",");
const ms = (n: number) => `${n.toFixed(1).replace(".", ",")} ms`;

function kpiArgs(i: number, r: () => number): Args {
  const t = 10 + Math.floor(r() * 90);
  const a = t * (0.5 + r());
  const deadline = serialFromYmd(2022, 1 + (i % 12), 15);
  switch (i % 10) {
    case 0:
      return [t / 100, a / 100, "50% >=", null, null];
    case 1:
      return [`>= ${italian(t)} N.`, `${italian(a)} N.`, "12,50 %", null, null];
    case 2:
      return [`${italian(t)}%`, `${italian(a)}%`, ">", null, null];
    case 3:
      return [t, a, "<=", null, null];
    case 4:
      return [deadline, deadline + Math.floor(r() * 60) - 20, "<=", null, "data"];
    case 5:
      return ["30/09/2022", `${10 + Math.floor(r() * 20)}/10/2022`, "<", null, null];
    case 6:
      return ["sì", r() < 0.8 ? "sì" : "no", null, null, null];
    case 7:
      return [t, "N/D", ">=", null, null];
    case 8:
      return [t * 1000, a * 1000, "=", "binario", null];
    default:
      return [t, "tanti", ">=", null, null]; // unreadable consuntivo: #VALUE!
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const r = random(42);
  const calls = Array.from({ length: KPI_CALLS }, (_, i) => kpiArgs(i, r));
  const outcome = { numbers: 0, nv: 0, errors: 0 };
  for (const args of calls) {
    const v = kpi(...args);
    if (typeof v === "number") outcome.numbers++;
    else if (v === "N.V.") outcome.nv++;
    else outcome.errors++;
  }
  const kpiMs = time(() => {
    for (const args of calls) kpi(...args);
  });
  console.log(
    `PERF.KPI: ${KPI_CALLS.toLocaleString("it-IT")} chiamate in ${ms(kpiMs)} ` +
      `(${((kpiMs * 1000) / KPI_CALLS).toFixed(2).replace(".", ",")} µs a chiamata; ${outcome.numbers} numeri, ${outcome.nv} N.V., ${outcome.errors} #VALORE!)`
  );

  const weights: unknown[][] = [];
  const performances: unknown[][] = [];
  for (let i = 0; i < OBJECTIVE_ROWS; i++) {
    const blank = i % 50 === 49;
    weights.push([blank ? null : i % 2 === 0 ? 0.0001 : "0,01%"]);
    performances.push([blank ? null : i % 25 === 0 ? "N.V." : i % 3 === 0 ? `${italian(r() * 100)}%` : r()]);
  }
  const twoColumns = weights.map((w, i) => [w[0], performances[i][0]]);
  const result = obiettivo(weights, performances);
  const objMs = time(() => {
    obiettivo(weights, performances);
  });
  const oneArgMs = time(() => {
    obiettivo(twoColumns);
  });
  const weightsMs = time(() => {
    pesiOk(weights);
  });
  console.log(
    `PERF.OBIETTIVO su ${OBJECTIVE_ROWS.toLocaleString("it-IT")} righe: ${ms(objMs)} con due intervalli, ` +
      `${ms(oneArgMs)} con un intervallo di due colonne (risultato ${typeof result === "number" ? italian(result * 100) + "%" : JSON.stringify(result)})`
  );
  console.log(
    `PERF.PESI su ${OBJECTIVE_ROWS.toLocaleString("it-IT")} righe: ${ms(weightsMs)} (mediana di ${RUNS} esecuzioni)`
  );
}
