#!/usr/bin/env node
/**
 * One-off extraction: the 003 tree (Pistoia-Prato, Relazione 2022) from the parsed reference rows
 * (reference/kpis.jsonl, kpis-incomplete.jsonl, objectives.jsonl) into test/fixtures/003-relazione-2022.json,
 * the committed test data from which build-fixtures.js writes the workbook. Every KPI keeps its `id`
 * (seed line) so it can be traced back to the document.
 *
 *   node scripts/build-fixtures-003-data.js /work/shared/reference
 */
const fs = require("fs");
const path = require("path");

const refDir = process.argv[2];
if (!refDir) {
  console.error("Uso: node scripts/build-fixtures-003-data.js <cartella reference>");
  process.exit(2);
}
const readJsonl = (name) =>
  fs
    .readFileSync(path.join(refDir, name), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l))
    .filter((r) => (r.seed || "").startsWith("003"));

const kpis = [...readJsonl("kpis.jsonl"), ...readJsonl("kpis-incomplete.jsonl")];
const objectives = readJsonl("objectives.jsonl");
const byCode = new Map(objectives.map((o) => [o.objective_code, o]));

// OCR put Greek and Cyrillic look-alikes into a few codes: the chamber's workbook has Latin letters.
const LOOKALIKES = { τ: "t", с: "c", о: "o", м: "m", С: "C", О: "O", М: "M" };
const latin = (s) => s.replace(/[τсомСОМ]/g, (ch) => LOOKALIKES[ch]);

function kpiRow(k) {
  const weight =
    k.weight !== null ? k.weight : k.weight_inferred !== undefined ? Math.round(k.weight_inferred * 100) / 100 : null;
  return {
    id: k.id,
    name: (k.kpi_code ? latin(k.kpi_code) + " " : "") + k.indicator,
    weight,
    weightInferred: k.weight === null,
    direction: k.direction,
    kind: k.kind,
    unit: k.unit,
    targetRaw: k.target_raw,
    actualRaw: k.actual_raw,
    target: k.target,
    actual: k.actual,
    reportedPerf: k.reported_perf,
  };
}

const lineOf = (id) => Number(id.split(":L")[1]);
const ente = byCode.get("ENTE");
const data = {
  source:
    "seeds/003_e859e560dd5bcdb7.txt (CCIAA Pistoia-Prato, Relazione sulla performance 2022), via reference/*.jsonl",
  ente: { reportedPerf: ente.reported_perf },
  areas: ente.child_objective_codes.map((areaCode) => {
    const area = byCode.get(areaCode);
    return {
      code: areaCode,
      name: area.objective_name,
      reportedPerf: area.reported_perf,
      strategics: area.child_objective_codes.map((sCode) => {
        const s = byCode.get(sCode);
        return {
          code: sCode,
          name: s.objective_name,
          weight: s.objective_weight,
          reportedPerf: s.reported_perf,
          operatives: s.child_objective_codes.map((oCode) => {
            const o = byCode.get(oCode);
            const ids = new Set([...o.kpi_ids, ...o.excluded_kpi_ids]);
            const rows = kpis.filter((k) => ids.has(k.id)).sort((a, b) => lineOf(a.id) - lineOf(b.id));
            if (rows.length !== ids.size) throw new Error(`KPI mancanti per ${oCode}`);
            return { code: oCode, name: o.objective_name, reportedPerf: o.reported_perf, kpis: rows.map(kpiRow) };
          }),
        };
      }),
    };
  }),
};

const out = path.join(__dirname, "..", "test", "fixtures", "003-relazione-2022.json");
fs.writeFileSync(out, JSON.stringify(data, null, 1) + "\n");
const n = data.areas.flatMap((a) => a.strategics.flatMap((s) => s.operatives.flatMap((o) => o.kpis))).length;
console.log(`${out}: ${n} KPI`);
