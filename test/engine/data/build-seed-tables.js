#!/usr/bin/env node
/**
 * Builds the engine's test tables from the reference figures of the source documents:
 *   seed-kpis.json       KPI rows of 000 (Lecce 2019) and 003 (Pistoia-Prato 2022)
 *   seed-objectives.json objective nodes of the same documents
 * Run once (node test/engine/data/build-seed-tables.js [sharedDir]); the JSON output is committed so
 * the tests never depend on /work/shared. Every row keeps its id ("000:L7") and the seed line it was
 * read from, with the cells exactly as the document writes them, so anyone can trace a figure.
 */
const fs = require("fs");
const path = require("path");

const SHARED = process.argv[2] || "/work/shared";
const OUT = __dirname;
const SEEDS = ["000_c814076bcdab3a9f.txt", "003_e859e560dd5bcdb7.txt"];

/**
 * Rows kept out of the scoring table, with the reason. The first five are the reference README's
 * "known rows no rule explains"; the other three are 000 rows whose printed performance was computed
 * from a consuntivo more precise than the one printed (DOMAIN §4: 000 matches 50/54, "the rest OCR").
 * `ruleGivesPp` is what the rules of DOMAIN §4 give, where the reference states it.
 */
const EXCLUDED = {
  "000:L23": {
    reason: "README, righe che nessuna regola spiega: KPI327 target 70%, consuntivo 0%, stampato 8,00% (ogni regola dà 0)",
    ruleGivesPp: 0,
  },
  "000:L98": {
    reason: "README, righe che nessuna regola spiega: KPI269 target <= 93%, consuntivo 93,51%, stampato 97,45% (le regole danno 99,45%)",
    ruleGivesPp: 99.45,
  },
  "000:L74": {
    reason: "README, righe che nessuna regola spiega: KPI389 stampato 22,38%, la regola dà 22,28% e il totale dell'obiettivo C.1.1 (61,14%) conferma 22,28%",
    ruleGivesPp: 22.28,
  },
  "003:L1094": {
    reason: "README, righe che nessuna regola spiega: PARI_OPP_06 scadenza mancata di 28 giorni, stampato 83,84% (regola dell'ente sconosciuta)",
    ruleGivesPp: 90.85,
  },
  "003:L1098": {
    reason: "README, righe che nessuna regola spiega: ACCOUNT_01 scadenza 31/12 mancata di 16 giorni, stampato 98,62% (regola dell'ente sconosciuta)",
    ruleGivesPp: 0,
  },
  "000:L8": {
    reason: "OCR: 27,34% × 15% = 4,101%, il consuntivo stampato è 4,11% (regola: 27,40%); DOMAIN §4 conta la riga tra le 4 di 54 non spiegate",
    ruleGivesPp: null,
  },
  "000:L78": {
    reason: "consuntivo stampato arrotondato: 1,00 = target ma stampato 99,80% (consuntivo reale 0,998); DOMAIN §4 conta la riga tra le 4 di 54 non spiegate",
    ruleGivesPp: null,
  },
  "000:L100": {
    reason: "consuntivo stampato arrotondato: 0,99 su 1,00 dà 99,00%, stampato 99,2% (consuntivo reale 0,992); DOMAIN §4 conta la riga tra le 4 di 54 non spiegate",
    ruleGivesPp: null,
  },
};

/**
 * Rows no rule explains enter the roll-up test as the document scored them (target 100%, consuntivo =
 * the printed performance), so that the objective, area and ente figures the document prints can be
 * checked; the rule's own figure for them is tested separately.
 */
const ROLLUP_AS_PRINTED = ["003:L1094", "003:L1098"];

function readJsonl(file) {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
}

const seedLines = Object.fromEntries(
  SEEDS.map((s) => [s.slice(0, 3), fs.readFileSync(path.join(SHARED, "seeds", s), "utf8").split("\n")])
);

function sourceLine(r) {
  return seedLines[r.seed.slice(0, 3)][r.line - 1];
}

function fields(line) {
  return line.split("\t").map((f) => f.trim());
}

/** The cells of a KPI line, as the worksheet would hold them. */
function cellsOf(r) {
  const line = sourceLine(r);
  const f = fields(line);
  if (r.seed.startsWith("000")) {
    // Obiettivo, Cod., Indicatore, Esito validazione, Peso, Target, Consuntivo, Performance KPI, ...
    const cells = { esito: f[3], weight: f[4], target: f[5], actual: f[6], performance: f[7] ?? "" };
    if (cells.target !== (r.target_raw ?? "") || cells.actual !== (r.actual_raw ?? ""))
      throw new Error(`${r.id}: cells not where expected: ${JSON.stringify(f)}`);
    return cells;
  }
  // Peso, Indicatore, Target (operator and unit inside), Consuntivo, Performance, Stato
  // The weight cell is lost on some OCR lines: find target and consuntivo by their text.
  const weight = /^\d{1,3},\d{2} %$/.test(f[0]) ? f[0] : null;
  const ti = f.findIndex((x, i) => i >= 1 && r.target_raw !== null && x.endsWith(r.target_raw));
  const ai = f.findIndex((x, i) => i > Math.max(ti, 0) && x === r.actual_raw);
  if (ai < 0) throw new Error(`${r.id}: consuntivo "${r.actual_raw}" not found in ${JSON.stringify(f)}`);
  const target = ti >= 0 ? f[ti] : f[ai - 1];
  const actual = f[ai];
  return { esito: f[ai + 2] ?? "", weight, target, actual, performance: f[ai + 1] ?? "" };
}

function weightPp(r) {
  return r.weight ?? r.weight_inferred ?? null;
}

/** The code a link KPI names ("... all'obiettivo operativo A.1.2."); null means its own objective. */
function linkCode(indicator) {
  const m = /obiettivo (?:operativo|strategico) ([A-Z](?:\.\d+)+)\.?\s*$/.exec(indicator);
  return m ? m[1] : null;
}

function kpiRow(r) {
  const cells = cellsOf(r);
  const notes = [...r.notes];
  if (r.weight !== null && cells.weight === null)
    notes.push(`weight cell garbled in OCR ("${fields(sourceLine(r))[0]}"), the reference reads ${r.weight}`);
  return {
    id: r.id,
    seed: r.seed,
    line: r.line,
    objective_code: r.objective_code,
    kpi_code: r.kpi_code,
    indicator: r.indicator,
    weight: weightPp(r),
    weight_inferred: r.weight === null && r.weight_inferred !== undefined,
    direction: r.direction,
    target_raw: r.target_raw,
    actual_raw: r.actual_raw,
    weight_cell: r.weight === null ? null : cells.weight,
    target_cell: cells.target,
    actual_cell: cells.actual,
    esito: cells.esito,
    printed_performance: r.reported_perf,
    printed_performance_raw: r.reported_perf_raw,
    is_link: r.is_rollup_kpi,
    link_code: r.is_rollup_kpi ? linkCode(r.indicator) : null,
    notes,
    source_line: sourceLine(r),
  };
}

const mine = (r) => SEEDS.includes(r.seed);
const kpis = readJsonl(path.join(SHARED, "reference", "kpis.jsonl")).filter(mine);
const incomplete = readJsonl(path.join(SHARED, "reference", "kpis-incomplete.jsonl")).filter(mine);
const objectives = readJsonl(path.join(SHARED, "reference", "objectives.jsonl")).filter(mine);

for (const id of Object.keys(EXCLUDED)) if (!kpis.some((r) => r.id === id)) throw new Error(`unknown excluded id ${id}`);

const rows = kpis.filter((r) => !EXCLUDED[r.id]).map(kpiRow);
const excluded = kpis
  .filter((r) => EXCLUDED[r.id])
  .map((r) => ({ ...kpiRow(r), reason: EXCLUDED[r.id].reason, rule_gives: EXCLUDED[r.id].ruleGivesPp }));
const unavailable = incomplete.map((r) => {
  const row = kpiRow(r);
  delete row.printed_performance;
  delete row.printed_performance_raw;
  return row;
});

const kpiTables = {
  description:
    "KPI rows of 000 (CCIAA Lecce, Piano performance 2019) and 003 (CCIAA Pistoia-Prato, Relazione 2022), built by build-seed-tables.js from reference/kpis.jsonl and reference/kpis-incomplete.jsonl. Percentages in percentage points. *_cell fields hold the cell text as the seed line writes it.",
  counts: {
    reference_rows: kpis.length,
    reference_incomplete_rows: incomplete.length,
    by_seed: Object.fromEntries(SEEDS.map((s) => [s.slice(0, 3), kpis.filter((r) => r.seed === s).length])),
  },
  rows,
  excluded,
  unavailable,
};

const objectiveTable = {
  description:
    "Objective nodes of 000 and 003 from reference/objectives.jsonl. Percentages in percentage points; printed_performance null where the document prints none. parent 'ENTE' is the plan root.",
  rollup_as_printed: ROLLUP_AS_PRINTED,
  objectives: objectives.map((o) => ({
    seed: o.seed,
    code: o.objective_code,
    name: o.objective_name,
    level: o.level,
    parent_code: o.parent_code,
    weight: o.objective_weight,
    printed_performance: o.reported_perf,
    printed_source: o.reported_perf_source,
    kpi_ids: o.kpi_ids,
    excluded_kpi_ids: o.excluded_kpi_ids,
    child_codes: o.child_objective_codes,
    link_kpi_id: o.rollup_kpi_id,
    code_reconstructed: o.code_reconstructed,
    notes: o.notes ?? [],
  })),
};

fs.writeFileSync(path.join(OUT, "seed-kpis.json"), JSON.stringify(kpiTables, null, 1) + "\n");
fs.writeFileSync(path.join(OUT, "seed-objectives.json"), JSON.stringify(objectiveTable, null, 1) + "\n");
console.log(`seed-kpis.json: ${rows.length} rows, ${excluded.length} excluded, ${unavailable.length} unavailable`);
console.log(`seed-objectives.json: ${objectiveTable.objectives.length} objectives`);
