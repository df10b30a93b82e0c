#!/usr/bin/env node
"use strict";
/**
 * Writes test/fixtures/offices/: workbooks each kept in one office's own arrangement (headings,
 * codes, levels, weights, values and directions written the ways issue 9 lists), and beside each
 * <name>.expected.json with every figure computed here by our own arithmetic from DOMAIN.md §4-5
 * (scripts/office-fixtures/model.js, method proporzionale), never by src/engine.
 *
 * Each plan comes from a seeded generator (realistic Italian KPIs, 3–6 objectives, 8–20 KPIs), then
 * the fixture forces the cases its arrangement is about (N.V., empty consuntivo, a deadline met by
 * year end, …). The bodies are imaginary; the comment above each fixture says what the office did and
 * how its figures follow from DOMAIN.md.
 *
 *   node scripts/build-office-fixtures.js            (all of them)
 *   node scripts/build-office-fixtures.js 25 40      (those whose names start with 25 or 40)
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");
const M = require("./office-fixtures/model");
const C = require("./office-fixtures/cells");

const OUT = path.join(__dirname, "..", "test", "fixtures", "offices");
const { num, date, nv, EMPTY, CODES } = M;
const { excelValue: xv, textValue: tv, directionCell, weightCell, writeTable, linesOf, title } = C;

const kpiAt = (plan, i) => M.kpisOfPlan(plan)[i];
/** Force a KPI's values (by its position in the plan) to a case the fixture is about. */
function force(plan, i, fields) {
  Object.assign(kpiAt(plan, i), fields);
}
function numberKpiCodes(plan, make) {
  M.kpisOfPlan(plan).forEach((k, i) => (k.code = make(i)));
}
/** A title block of 1–3 merged lines above the table. */
function titleBlock(ws, lastCol, lines) {
  lines.forEach((text, i) => {
    if (i === 0) title(ws, `A1:${lastCol}1`, text);
    else {
      ws.mergeCells(`A${i + 1}:${lastCol}${i + 1}`);
      ws.getCell(`A${i + 1}`).value = text;
      ws.getCell(`A${i + 1}`).font = { bold: true, size: 12 };
    }
  });
}

// Column builders shared by the fixtures (objective row | KPI row).
const col = {
  objective: (h, codeOf, sep = " - ") => ({
    h,
    field: "obiettivo",
    width: 44,
    obj: (n) => `${codeOf(n.path)}${sep}${n.name}`,
  }),
  kpiName: (h) => ({ h, field: "indicatore", width: 46, kpi: (k) => k.name }),
  weight: (h, style, { onObjectives = false } = {}) => ({
    h,
    field: "peso",
    width: 10,
    kpi: (k) => weightCell(k.weight, style),
    obj: onObjectives ? (n) => weightCell(n.weight, style) : undefined,
  }),
  direction: (h, vocab, always = false) => ({
    h,
    field: "direzione",
    width: 12,
    kpi: (k) => directionCell(k, vocab, always),
  }),
  target: (h, render = xv) => ({ h, field: "target", width: 14, kpi: (k) => render(k.target) }),
  actual: (h, render = xv) => ({ h, field: "consuntivo", width: 14, kpi: (k) => render(k.actual) }),
  perfKpi: (h) => ({ h, field: "performanceKpi", width: 14 }),
  perfObj: (h) => ({ h, field: "performanceObiettivo", width: 14 }),
  unit: (h) => ({ h, field: "unita", width: 9, kpi: (k) => k.unit }),
  text: (h, kpi, obj, width = 24) => ({ h, width, kpi, obj }),
};

// ---------------------------------------------------------------------------------------------
// The fixtures. Each returns { plan, sheets: { name: { headerRow, columns } }, codeOf, arrangement }.

const FIXTURES = [];
const fixture = (name, arrangement, build) => FIXTURES.push({ name, arrangement, build });

// 01 — A comune's table with its own words: "Denominazione" (the KPI), "Tipo" (the direction as >= / <=),
// "Actual" (the consuntivo), "Grado avanzamento" (the KPI performance). Objectives "A.1 - …" on their
// own rows under area rows "A - …". KPI weights sum to 100% per objective; objective = Σ w·p of its
// KPIs; area = plain mean of its objectives (no objective weights); ente = mean of the two areas.
// One N.V. consuntivo (left out, weights renormalised, §5).
fixture(
  "01-tipo-denominazione-actual",
  "intestazioni Tipo (direzione), Denominazione, Actual, Grado avanzamento",
  (wb) => {
    const plan = M.generatePlan(101, [
      [3, 2],
      [4, 2],
    ]);
    force(plan, 5, { actual: nv("N.V.") });
    const ws = wb.addWorksheet("Obiettivi 2025");
    titleBlock(ws, "G", ["COMUNE DI BORGO SAN LORENZO — Piano esecutivo di gestione 2025: obiettivi e indicatori"]);
    const { mapping } = writeTable(ws, {
      headerRow: 3,
      columns: [
        col.objective("Obiettivo", CODES.dot),
        col.kpiName("Denominazione"),
        col.direction("Tipo", "sym", true),
        col.weight("Peso", "pct"),
        col.target("Target"),
        col.actual("Actual"),
        col.perfKpi("Grado avanzamento"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 3, columns: mapping } } };
  }
);

// 02 — A chamber's Relazione table: "Valore rilevato al 31/12" (a date after the words) beside
// "Target 2025"; weights typed as text "50%", numbers typed as Italian text ("1.587,10", "87,50%").
// Separate objective performance column; an empty consuntivo scores 0% (§5, with a warning).
fixture(
  "02-valore-rilevato-al-31-12",
  'intestazione "Valore rilevato al 31/12", valori e pesi scritti come testo italiano',
  (wb) => {
    const plan = M.generatePlan(202, [[2, 3], [3], [2, 2]]);
    force(plan, 3, { actual: EMPTY });
    const ws = wb.addWorksheet("Relazione 2025");
    titleBlock(ws, "H", [
      "Camera di Commercio della Maremma e del Tirreno",
      "Relazione sulla performance 2025 — Tabella 4: risultati degli obiettivi operativi",
    ]);
    const { mapping } = writeTable(ws, {
      headerRow: 4,
      columns: [
        col.objective("Obiettivo operativo", CODES.dot, " "),
        col.kpiName("Indicatore"),
        col.direction("Direzione", "sym", true),
        col.weight("Peso %", "text"),
        col.target("Target 2025", tv),
        col.actual("Valore rilevato al 31/12", tv),
        col.perfKpi("Performance indicatore"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 4, columns: mapping } } };
  }
);

// 03 — Objectives and KPIs named in one column "Descrizione obiettivo / indicatore", codes in a separate
// "Codice" column on objective rows only; one "Performance" column for both. KPI weights per objective,
// objectives unweighted (plain means up to the ente).
fixture(
  "03-descrizione-obiettivo-indicatore",
  'una colonna "Descrizione obiettivo / indicatore", codici in una colonna "Codice"',
  (wb) => {
    const plan = M.generatePlan(303, [
      [3, 3],
      [2, 4],
    ]);
    const ws = wb.addWorksheet("Piano 2025");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        { h: "Codice", field: "codice", width: 8, obj: (n) => CODES.dot(n.path) },
        {
          h: "Descrizione obiettivo / indicatore",
          field: "indicatore",
          width: 50,
          obj: (n) => n.name,
          kpi: (k) => k.name,
        },
        col.weight("Peso", "pct"),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        { h: "Performance", field: "performanceKpi", width: 14 },
      ],
      lines: linesOf(plan),
    });
    return {
      plan,
      codeOf: CODES.dot,
      sheets: { [ws.name]: { headerRow: 1, columns: { ...mapping, obiettivo: "B", performanceObiettivo: "G" } } },
    };
  }
);

// 04 — One "Codice" column for objective codes (A, A.1, A.1.1) and KPI codes (IND.1, IND.2, …);
// weights in one "Peso" column for KPIs (within their operational objective) and for objectives
// (within their parent). Area = Σ w·p of its strategic objectives, strategic = Σ w·p of its
// operational ones; ente = plain mean of the areas. One N/D consuntivo (left out).
fixture(
  "04-codice-misto-obiettivi-kpi",
  'una colonna "Codice" con codici di obiettivi (A, A.1, A.1.1) e di KPI (IND.1)',
  (wb) => {
    const plan = M.generatePlan(
      404,
      [
        [[2, 2], [3]],
        [[2], [2, 3]],
      ],
      { objectiveWeights: true }
    );
    numberKpiCodes(plan, (i) => `IND.${i + 1}`);
    force(plan, 6, { actual: nv("N/D") });
    const ws = wb.addWorksheet("Albero 2025");
    titleBlock(ws, "G", ["Albero della performance 2025"]);
    const { mapping } = writeTable(ws, {
      headerRow: 3,
      columns: [
        { h: "Codice", field: "codice", width: 9, obj: (n) => CODES.dot(n.path), kpi: (k) => k.code },
        { h: "Obiettivo / Indicatore", field: "indicatore", width: 50, obj: (n) => n.name, kpi: (k) => k.name },
        col.weight("Peso", "pct", { onObjectives: true }),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        { h: "Performance", field: "performanceKpi", width: 14 },
      ],
      lines: linesOf(plan),
    });
    return {
      plan,
      codeOf: CODES.dot,
      sheets: { [ws.name]: { headerRow: 3, columns: { ...mapping, obiettivo: "B", performanceObiettivo: "G" } } },
    };
  }
);

// 05 — The planning software's export: one row per KPI with the objective repeated on every row
// (code and name), and on each objective a placeholder "Kpi non definito" with weight 0,00 and no
// target. Weight 0 → excluded (DOMAIN §4b, §5): each objective is Σ w·p of its real KPIs (sum 100%);
// ente = plain mean of the objectives.
fixture(
  "05-kpi-non-definito",
  'righe segnaposto "Kpi non definito" con peso 0,00 e senza target (esportazione del software di pianificazione)',
  (wb) => {
    const plan = M.generatePlan(505, [3, 4, 2, 3]);
    const codeOf = (p) => `OB${String(p[0] + 1).padStart(2, "0")}`;
    [
      "Semplificazione amministrativa per le imprese",
      "Tempestività dei pagamenti",
      "Valorizzazione del patrimonio camerale",
      "Benessere organizzativo",
    ].forEach((name, i) => (plan.roots[i].name = name));
    numberKpiCodes(plan, (i) => `KPI${String(301 + i)}`);
    for (const n of plan.roots)
      n.kpis.unshift({
        placeholder: true,
        name: "Kpi non definito",
        code: "",
        weight: 0,
        dir: ">=",
        target: EMPTY,
        actual: EMPTY,
        unit: "",
        children: [],
      });
    const ws = wb.addWorksheet("Export");
    const rows = plan.roots.flatMap((n) => n.kpis.map((k) => ({ type: "kpi", kpi: k, node: n })));
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        { h: "Cod. obiettivo", field: "codice", width: 10, kpi: (_k, n) => codeOf(n.path) },
        { h: "Obiettivo", field: "obiettivo", width: 40, kpi: (_k, n) => n.name },
        { h: "Cod. KPI", width: 10, kpi: (k) => k.code || null },
        { h: "Kpi", field: "indicatore", width: 46, kpi: (k) => k.name },
        { h: "Peso Kpi", field: "peso", width: 9, kpi: (k) => ({ v: k.weight, numFmt: "0.00" }) },
        col.direction("Direzione", "sym", true),
        { h: "Target", field: "target", kpi: (k) => (k.placeholder ? null : xv(k.target)) },
        { h: "Consuntivo", field: "consuntivo", kpi: (k) => (k.placeholder ? null : xv(k.actual)) },
        col.perfKpi("Performance Kpi"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: rows,
    });
    for (const n of plan.roots) n.row = n.kpis[0].row; // the objective has no row of its own: its first
    return { plan, codeOf, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 06 — A plain list of KPIs, codes inside the names ("01:01 Livello di …"), no objective column.
// Read as one objective (the sheet, issue 9 §3): ente = Σ w·p over all KPIs, weights (integers) sum to
// 100 over the list. No objective figure is expected (its code is the reader's choice).
fixture(
  "06-elenco-kpi-codici-nei-nomi",
  'elenco di KPI con il codice nel nome ("01:01 Livello di …"), senza colonna obiettivo',
  (wb) => {
    const plan = M.generatePlan(606, [10]);
    const ws = wb.addWorksheet("Indicatori 2025");
    const weights = [15, 15, 10, 10, 10, 10, 10, 10, 5, 5];
    M.kpisOfPlan(plan).forEach((k, i) => {
      k.weight = weights[i] / 100;
      k.name = `01:${String(i + 1).padStart(2, "0")} ${i % 3 === 0 ? "Livello di " + k.name.charAt(0).toLowerCase() + k.name.slice(1) : k.name}`;
    });
    titleBlock(ws, "F", ["Indicatori di performance organizzativa 2025"]);
    const { mapping } = writeTable(ws, {
      headerRow: 3,
      columns: [
        col.kpiName("Indicatore"),
        col.weight("Peso", "int"),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        col.perfKpi("Performance"),
      ],
      lines: linesOf(plan, { objectiveRow: () => false }),
    });
    plan.roots[0].row = undefined;
    return { plan, codeOf: () => null, sheets: { [ws.name]: { headerRow: 3, columns: mapping } } };
  }
);

// 07 — The half-year monitoring sheet kept until year end: "Target 2025 | Consuntivo al 30/06 |
// Performance al 30/06 | Consuntivo al 31/12 | Performance al 31/12". The office filled the 30/06
// performances in July; the year-end consuntivo is scored (issue 9 §2). A deadline of 30/06/2025 met on
// 15/09/2025: 1 − 77/184 = 58,15% at year end (0% at 30/06, not yet delivered).
fixture("07-monitoraggio-30-06-31-12", "monitoraggio con colonne al 30/06 e al 31/12: si valuta il 31/12", (wb) => {
  const plan = M.generatePlan(707, [
    [3, 3],
    [3, 2],
  ]);
  force(plan, 1, {
    kind: "date",
    name: "Approvazione del regolamento di contabilità",
    unit: "data",
    dir: "<=",
    target: date(30, 6, 2025),
    actual: date(15, 9, 2025),
  });
  for (const k of M.kpisOfPlan(plan)) {
    const a = k.actual;
    if (a.k === "date") k.half = a.m <= 6 ? a : EMPTY;
    else if (a.k === "num" && (k.kind === "count" || k.kind === "money" || k.kind === "eq"))
      k.half = num(k.kind === "money" ? M.round(a.v / 2, 2) : Math.round(a.v / 2), a.fmt);
    else k.half = a;
    k.halfPerformance = M.scoreKpi({ ...k, actual: k.half });
  }
  const ws = wb.addWorksheet("Monitoraggio");
  titleBlock(ws, "I", ["Monitoraggio del Piano della performance 2025", "Stato di avanzamento al 30/06 e al 31/12"]);
  const { mapping } = writeTable(ws, {
    headerRow: 4,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.weight("Peso", "pct"),
      col.direction("Direzione", "sym", true),
      col.target("Target 2025"),
      { h: "Consuntivo al 30/06", width: 14, kpi: (k) => xv(k.half) },
      { h: "Performance al 30/06", width: 14, kpi: (k) => ({ v: k.halfPerformance, numFmt: "0.00%" }) },
      col.actual("Consuntivo al 31/12"),
      { h: "Performance al 31/12", field: "performanceKpi", width: 14 },
    ],
    lines: linesOf(plan),
  });
  return {
    plan,
    codeOf: CODES.dot,
    sheets: { [ws.name]: { headerRow: 4, columns: { ...mapping, performanceObiettivo: "I" } } },
  };
});

// 08 — Codes with colons inside the objective cell: areas "01 …", strategic "01:02 …", operational
// "01:02:03 …". Operational objectives weigh inside their strategic objective (Peso on objective rows,
// sums 100%); KPIs weigh inside their operational objective. strategic = Σ w·p of its operational
// objectives; area = plain mean of its strategic ones; ente = plain mean of the areas.
fixture(
  "08-codici-con-due-punti",
  'codici con i due punti ("01", "01:02", "01:02:03 Livello …") nella cella dell\'obiettivo',
  (wb) => {
    const plan = M.generatePlan(
      808,
      [
        [[2, 3], [2]],
        [[3], [2, 2]],
      ],
      { objectiveWeights: true }
    );
    for (const n of plan.roots) n.children.forEach((c) => (c.weight = null)); // strategic objectives unweighted
    const ws = wb.addWorksheet("Piano");
    const { mapping } = writeTable(ws, {
      headerRow: 2,
      columns: [
        col.objective("Obiettivo", CODES.colon, " "),
        col.kpiName("Indicatore"),
        col.weight("Peso", "pct", { onObjectives: true }),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        col.perfKpi("Performance KPI"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: linesOf(plan),
    });
    ws.getCell("A1").value = "Piano della performance 2025 — obiettivi e indicatori";
    ws.getCell("A1").font = { bold: true, size: 13 };
    return { plan, codeOf: CODES.colon, sheets: { [ws.name]: { headerRow: 2, columns: mapping } } };
  }
);

// 09 — One column per level (area, obiettivo strategico, obiettivo operativo), each cell merged down
// over its block, codes in front of names ("1 - …", "1.2 - …", "1.2.1 - …"); every row is a KPI.
// operational = Σ w·p of its KPIs; strategic and area = plain means; ente = mean of the areas. The
// objective rows expected are the first rows of their blocks.
fixture(
  "09-livelli-in-colonne-unite",
  'una colonna per livello, celle unite in verticale, codici davanti ai nomi ("1.2 - …")',
  (wb) => {
    const plan = M.generatePlan(909, [[[2, 2], [3]], [[2, 3]], [[2], [2]]]);
    force(plan, 4, { actual: EMPTY });
    const ws = wb.addWorksheet("Piano 2025");
    const levelName = (n) => `${CODES.num(n.path)} - ${n.name}`;
    const lines = [];
    const chain = (n, up) => {
      n.kpis.forEach((k) => lines.push({ type: "kpi", kpi: k, node: n, chain: [...up, n] }));
      n.children.forEach((c) => chain(c, [...up, n]));
    };
    plan.roots.forEach((n) => chain(n, []));
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        { h: "Area strategica", width: 30 },
        { h: "Obiettivo strategico", width: 34 },
        { h: "Obiettivo operativo", field: "obiettivo", width: 38 },
        col.kpiName("Indicatore"),
        col.weight("Peso", "pct"),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        col.perfKpi("Performance"),
      ],
      lines,
    });
    // the level cells, merged over their block
    for (let level = 0; level < 3; level++) {
      let start = 0;
      for (let i = 1; i <= lines.length; i++) {
        const same = i < lines.length && lines[i].chain[level] === lines[start].chain[level];
        if (same) continue;
        const node = lines[start].chain[level];
        const first = lines[start].kpi.row;
        const last = lines[i - 1].kpi.row;
        const cell = ws.getCell(first, level + 1);
        cell.value = levelName(node);
        cell.alignment = { vertical: "top", wrapText: true };
        if (last > first) ws.mergeCells(first, level + 1, last, level + 1);
        node.row = first;
        node.sheet = ws.name;
        start = i;
      }
    }
    return { plan, codeOf: CODES.num, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 10 — Weights as decimals summing to 1 (0,25 … with a "0.00" format), for KPIs and for objectives
// inside their area: area = Σ w·p of its objectives; ente = plain mean of the areas.
fixture("10-pesi-decimali", "pesi decimali che sommano a 1, su KPI e obiettivi", (wb) => {
  const plan = M.generatePlan(
    1010,
    [
      [2, 3, 2],
      [4, 2],
    ],
    { objectiveWeights: true }
  );
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.weight("Peso", "dec", { onObjectives: true }),
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 11 — Weights as integers summing to 100 under "Peso (%)", for KPIs and objectives; the areas weigh
// too (60 / 40): ente = Σ w·p of the areas.
fixture("11-pesi-interi-100", 'pesi interi che sommano a 100 sotto "Peso (%)", anche sulle aree', (wb) => {
  const plan = M.generatePlan(
    1111,
    [
      [3, 2],
      [2, 3, 3],
    ],
    { objectiveWeights: true, areaWeights: true }
  );
  force(plan, 9, { actual: nv("N.V.") });
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.weight("Peso (%)", "int", { onObjectives: true }),
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 12 — Weights on objectives only: KPIs carry no weight (equal weights inside their objective),
// objectives weigh inside their area and areas inside the ente (Peso on objective and area rows).
fixture("12-pesi-solo-obiettivi", "pesi solo sugli obiettivi e sulle aree; KPI senza peso (pesi uguali)", (wb) => {
  const plan = M.generatePlan(
    1212,
    [
      [2, 3],
      [3, 2, 2],
    ],
    { kpiWeights: false, objectiveWeights: true, areaWeights: true }
  );
  const ws = wb.addWorksheet("Obiettivi");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      { h: "Peso", field: "peso", width: 10, obj: (n) => weightCell(n.weight, "pct") },
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 13 — The plan as an Excel table (ListObject "PianoPerformance") with a totals row (sum of the
// weights, "Totale" label) under a title. Figures: KPI means per objective, plain means above.
fixture("13-tabella-excel-con-totali", "tabella di Excel (ListObject) con riga dei totali", (wb) => {
  const plan = M.generatePlan(1313, [
    [3, 2],
    [2, 3],
  ]);
  force(plan, 2, { actual: EMPTY });
  const ws = wb.addWorksheet("Piano 2025");
  ws.getCell("A1").value = "Piano della performance 2025 — Ufficio controllo di gestione";
  ws.getCell("A1").font = { bold: true, size: 13 };
  const headerRow = 3;
  const lines = linesOf(plan);
  const cellOf = (x) => {
    const s = xv(x);
    return s !== null && typeof s === "object" && !(s instanceof Date) ? s.v : s;
  };
  const rows = lines.map((l, i) => {
    const r = headerRow + 1 + i;
    if (l.type === "obj") {
      l.node.row = r;
      l.node.sheet = ws.name;
      return [`${CODES.dot(l.node.path)} ${l.node.name}`, null, null, null, null, null, null, null];
    }
    l.kpi.row = r;
    l.kpi.sheet = ws.name;
    return [
      null,
      l.kpi.name,
      l.kpi.weight,
      directionCell(l.kpi, "sym", true),
      cellOf(l.kpi.target),
      cellOf(l.kpi.actual),
      null,
      null,
    ];
  });
  const names = [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Direzione",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance obiettivo",
  ];
  ws.addTable({
    name: "PianoPerformance",
    ref: `A${headerRow}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: names.map((name, i) =>
      i === 0
        ? { name, totalsRowLabel: "Totale" }
        : i === 2
          ? { name, totalsRowFunction: "sum" }
          : { name, totalsRowFunction: "none" }
    ),
    rows,
  });
  [44, 46, 9, 10, 13, 13, 14, 14].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  lines.forEach((l) => {
    if (l.type !== "kpi") return;
    ws.getCell(l.kpi.row, 3).numFmt = "0%";
    [5, 6].forEach((c, j) => {
      const s = xv(j === 0 ? l.kpi.target : l.kpi.actual);
      if (s && typeof s === "object" && s.numFmt) ws.getCell(l.kpi.row, c).numFmt = s.numFmt;
    });
  });
  const mapping = {
    obiettivo: "A",
    indicatore: "B",
    peso: "C",
    direzione: "D",
    target: "E",
    consuntivo: "F",
    performanceKpi: "G",
    performanceObiettivo: "H",
  };
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow, columns: mapping } } };
});

// 14 — Two sheets linked by codes: "Obiettivi" holds areas and objectives (code, name, weight of the
// objective inside its area, performance), "Indicatori" the KPIs with the code of their objective.
// One plan: objective = Σ w·p of its KPIs (from the other sheet), area = Σ w·p of its objectives,
// ente = plain mean of the areas (one ente for the workbook, not a mean of two sheets).
fixture("14-due-fogli-collegati", "due fogli collegati dai codici: Obiettivi e Indicatori", (wb) => {
  const plan = M.generatePlan(1414, [[2, 3], [3, 2], [2]], { objectiveWeights: true });
  numberKpiCodes(plan, (i) => `I${String(i + 1).padStart(2, "0")}`);
  const obj = wb.addWorksheet("Obiettivi");
  const ind = wb.addWorksheet("Indicatori");
  const nodes = M.nodesOf(plan);
  const a = writeTable(obj, {
    headerRow: 1,
    columns: [
      { h: "Codice", field: "codice", width: 9, obj: (n) => CODES.dot(n.path) },
      { h: "Obiettivo", field: "obiettivo", width: 46, obj: (n) => n.name },
      { h: "Peso", field: "peso", width: 9, obj: (n) => weightCell(n.weight, "pct") },
      col.perfObj("Performance"),
    ],
    lines: nodes.map((n) => ({ type: "obj", node: n })),
  });
  const b = writeTable(ind, {
    headerRow: 1,
    columns: [
      { h: "Codice obiettivo", field: "obiettivo", width: 10, kpi: (_k, n) => CODES.dot(n.path) },
      { h: "Codice indicatore", field: "codice", width: 10, kpi: (k) => k.code },
      col.kpiName("Indicatore"),
      col.weight("Peso", "pct"),
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance"),
    ],
    lines: nodes.flatMap((n) => n.kpis.map((k) => ({ type: "kpi", kpi: k, node: n }))),
  });
  return {
    plan,
    codeOf: CODES.dot,
    sheets: { Obiettivi: { headerRow: 1, columns: a.mapping }, Indicatori: { headerRow: 1, columns: b.mapping } },
  };
});

// 15 — The printed look: the body's logo, a four-line title block with merged cells, the header in
// row 6, "Nota: …" rows after some objectives' KPIs, a legend of the traffic lights and a signature
// below the table. The notes and the legend are not data; figures as in 01 (plain means above KPIs).
fixture("15-titolo-logo-legenda-note", 'blocco del titolo con logo, righe "Nota: …", legenda e firma', (wb) => {
  const plan = M.generatePlan(1515, [[3, 2], [2], [2, 3]]);
  force(plan, 8, { actual: nv("N.V.") });
  const ws = wb.addWorksheet("Piano 2025");
  const logo = wb.addImage({ filename: path.join(__dirname, "..", "assets", "icon-64.png"), extension: "png" });
  ws.addImage(logo, { tl: { col: 0.1, row: 0.1 }, ext: { width: 48, height: 48 } });
  ["B1:H1", "B2:H2", "B3:H3", "B4:H4"].forEach((r) => ws.mergeCells(r));
  ws.getCell("B1").value = "CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DELLE MARCHE";
  ws.getCell("B1").font = { bold: true, size: 14 };
  ws.getCell("B2").value = "Piano Integrato di Attività e Organizzazione 2025-2027 — Sezione 2.2 Performance";
  ws.getCell("B3").value = "Allegato 1: obiettivi operativi, indicatori e target";
  ws.getCell("B4").value = "Aggiornato al 31/12/2025";
  ws.getCell("B4").font = { italic: true };
  ws.getRow(1).height = 40;
  const after = (n) =>
    n.path.length === 2 && n.path[1] === 0
      ? [
          {
            type: "raw",
            text: `Nota: il target di ${CODES.dot(n.path)} è stato rimodulato in sede di monitoraggio (delibera n. ${n.path[0] + 41}/2025).`,
          },
        ]
      : [];
  const lines = linesOf(plan, { after });
  const { mapping, lastRow } = writeTable(ws, {
    headerRow: 6,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.weight("Peso", "pct"),
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines,
  });
  const legend = [
    ["Legenda", null],
    ["≥ 80%", "Raggiunto"],
    ["60% – 79,99%", "Parzialmente raggiunto"],
    ["< 60%", "Non raggiunto"],
  ];
  legend.forEach(([a, b], i) => {
    ws.getCell(lastRow + 3 + i, 1).value = a;
    if (b) ws.getCell(lastRow + 3 + i, 2).value = b;
  });
  ws.getCell(lastRow + 3, 1).font = { bold: true };
  ws.getCell(lastRow + 9, 6).value = "Il Segretario Generale";
  ws.getCell(lastRow + 10, 6).value = "dott.ssa Maria Rossi";
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 6, columns: mapping } } };
});

// 16 — Values written with their unit and direction as staff type them: targets "≥ 95%", "<= 30 gg",
// "= 1.587 €", "≥ n. 120", "entro il 30/06/2025"; consuntivi "n. 132", "28 gg", "1.560 €". No
// direction column: the direction is in the target. The "=" KPI 1.587 € vs 1.560 € scores
// 1 − 27/1587 = 98,30%.
fixture(
  "16-valori-con-unita",
  'valori scritti con l\'unità ("n. 12", "= 1.587 €", "≥ 95%", "<= 30 gg", "entro il 30/06/2025")',
  (wb) => {
    const plan = M.generatePlan(1616, [
      [3, 2],
      [3, 3],
    ]);
    force(plan, 0, {
      kind: "eqmoney",
      name: "Costo medio per pratica (€)",
      unit: "€",
      dir: "=",
      target: num(1587, "int"),
      actual: num(1560, "int"),
    });
    const it = C.itNumber;
    const withUnit = (k, x, isTarget) => {
      if (x.k === "nv" || x.k === "empty") return xv(x);
      if (x.k === "date") return isTarget ? `entro il ${C.dateText(x)}` : C.dateText(x);
      if (x.k === "yes") return x.v ? "sì" : "no";
      const sign = isTarget ? { ">=": "≥ ", "<=": "<= ", "=": "= " }[k.dir] : "";
      const v = x.v;
      switch (k.unit) {
        case "%":
          return `${sign}${it(v * 100, isTarget ? 0 : 2)}%`;
        case "gg":
          return `${sign}${it(v, Number.isInteger(v) ? 0 : 2)} gg`;
        case "€":
          return `${sign}${it(v, Number.isInteger(v) ? 0 : 2)} €`;
        default:
          return `${sign}n. ${it(v, 0)}`;
      }
    };
    const ws = wb.addWorksheet("Piano 2025");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        col.objective("Obiettivo", CODES.dot),
        col.kpiName("Indicatore"),
        col.weight("Peso", "pct"),
        { h: "Target", field: "target", width: 20, kpi: (k) => withUnit(k, k.target, true) },
        { h: "Consuntivo", field: "consuntivo", width: 16, kpi: (k) => withUnit(k, k.actual, false) },
        col.perfKpi("Performance KPI"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 17 — Direction in words under "Polarità": "crescente" (higher is better), "decrescente" (lower is
// better), "=" for exact targets; dates and sì/no left blank (their own direction, §4).
fixture("17-polarita-crescente-decrescente", 'direzione "crescente" / "decrescente" sotto "Polarità"', (wb) => {
  const plan = M.generatePlan(1717, [[3, 3], [2, 3], [3]]);
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.direction("Polarità", "words"),
      col.weight("Peso", "pct"),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 18 — Direction as arrows "↑" / "↓" under "Andamento atteso".
fixture("18-andamento-atteso-frecce", 'direzione "↑" / "↓" sotto "Andamento atteso"', (wb) => {
  const plan = M.generatePlan(1818, [[2, 2], [3, 2], [2]]);
  force(plan, 7, { actual: EMPTY });
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.direction("Andamento atteso", "arrows"),
      col.weight("Peso", "pct"),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 19 — Direction as "+" / "-" under "Segno"; weights as text with two decimals ("33,33%" never: the
// partitions are exact) "50,00%".
fixture("19-segno-piu-meno", 'direzione "+" / "-" sotto "Segno", pesi come testo "50,00%"', (wb) => {
  const plan = M.generatePlan(1919, [
    [3, 2],
    [2, 2],
  ]);
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.direction("Segno", "plusminus"),
      col.weight("Peso", "text2"),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

// 20 — Another vocabulary: "Denominazione indicatore", "Polarità" with "massimizzare" / "minimizzare",
// "Peso ponderale", "Risultato atteso", "Risultato raggiunto", "% realizzazione".
fixture(
  "20-risultato-atteso-raggiunto",
  'intestazioni "Denominazione indicatore", "Peso ponderale", "Risultato atteso", "Risultato raggiunto", "% realizzazione"; "massimizzare"',
  (wb) => {
    const plan = M.generatePlan(2020, [
      [2, 3],
      [3, 2],
    ]);
    force(plan, 4, { actual: nv("N.V.") });
    const ws = wb.addWorksheet("Scheda obiettivi");
    titleBlock(ws, "G", ["Azienda Pubblica di Servizi alla Persona — Obiettivi 2025"]);
    const { mapping } = writeTable(ws, {
      headerRow: 3,
      columns: [
        col.objective("Obiettivo", CODES.dot),
        col.kpiName("Denominazione indicatore"),
        col.direction("Polarità", "verbs"),
        col.weight("Peso ponderale", "pct"),
        col.target("Risultato atteso"),
        col.actual("Risultato raggiunto"),
        col.perfKpi("% realizzazione"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 3, columns: mapping } } };
  }
);

// 21 — "Indicatore di risultato", "Formula di calcolo" (a text column full of numbers that is not a
// target: "n. pratiche evase entro 5 gg / n. pratiche ricevute x 100"), "Incidenza" (the weight),
// "Valore obiettivo", "Valore a consuntivo", "Grado di raggiungimento"; direction "≥" / "≤".
fixture(
  "21-formula-di-calcolo-incidenza",
  'intestazioni "Indicatore di risultato", "Formula di calcolo" (testo), "Incidenza", "Valore obiettivo", "Valore a consuntivo"',
  (wb) => {
    const plan = M.generatePlan(2121, [
      [3, 2],
      [2, 3],
      [2, 2],
    ]);
    const formula = (k) =>
      ({
        pct: "n. casi conformi / n. casi totali x 100",
        lowpct: "n. giorni di assenza / n. giorni lavorativi x 100",
        days: "Σ (data di chiusura − data di ricezione) / n. pratiche chiuse",
        count: "conteggio al 31/12 (fonte: 2 registri)",
        date: "data della delibera di approvazione",
        money: "importo riscosso al 31/12 in € (conto 310000)",
        yes: "sì se adottato entro il 31/12",
        eq: "n. sedute svolte su 12 programmate",
        zero: "Σ (giorni di pagamento − 30) x importo / Σ importi",
      })[k.kind] ?? "—";
    const ws = wb.addWorksheet("Performance organizzativa");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        col.objective("Obiettivo", CODES.dot),
        col.kpiName("Indicatore di risultato"),
        { h: "Formula di calcolo", width: 40, kpi: formula },
        col.weight("Incidenza", "pct"),
        col.direction("Direzione", "uni"),
        col.target("Valore obiettivo"),
        col.actual("Valore a consuntivo"),
        col.perfKpi("Grado di raggiungimento"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 22 — A separate "Codice" column for objectives, "Valore effettivo" for the consuntivo, the
// direction under "Tendenza", the unit in "U.M.", weights "0,50" with a % format of two decimals.
fixture(
  "22-valore-effettivo-tendenza",
  'intestazioni "Valore effettivo", "Tendenza", "U.M.", codici in una colonna a sé',
  (wb) => {
    const plan = M.generatePlan(2222, [
      [2, 2, 2],
      [3, 3],
    ]);
    force(plan, 10, { actual: EMPTY });
    const ws = wb.addWorksheet("Piano 2025");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        { h: "Codice", field: "codice", width: 8, obj: (n) => CODES.dot(n.path) },
        { h: "Obiettivo", field: "obiettivo", width: 40, obj: (n) => n.name },
        col.kpiName("Indicatore"),
        col.unit("U.M."),
        col.weight("Peso", "pct2"),
        col.direction("Tendenza", "sym", true),
        col.target("Target"),
        col.actual("Valore effettivo"),
        col.perfKpi("Performance indicatore"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 23 — Objective rows with unusual code spellings: "a.2" (lower case), "(A.3)", "A4" (no dot),
// "B.\u200b2" (a zero-width space inside). Each is its own objective of its area (codes A.2, A.3, A.4,
// B.2): read right, or refused with the cell named — never merged into the objective above.
fixture(
  "23-codici-insoliti",
  'codici di obiettivo scritti in modo insolito ("a.2", "(A.3)", "A4", spazio a larghezza zero)',
  (wb) => {
    const plan = M.generatePlan(2323, [
      [2, 2, 2, 2],
      [3, 2],
    ]);
    const spell = { "A.2": "a.2 ", "A.3": "(A.3) ", "A.4": "A4 ", "B.2": "B.\u200b2 " };
    const ws = wb.addWorksheet("Piano 2025");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        {
          h: "Obiettivo",
          field: "obiettivo",
          width: 44,
          obj: (n) => `${spell[CODES.dot(n.path)] ?? CODES.dot(n.path) + " "}${n.name}`,
        },
        col.kpiName("Indicatore"),
        col.weight("Peso", "pct"),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        col.perfKpi("Performance KPI"),
        col.perfObj("Performance obiettivo"),
      ],
      lines: linesOf(plan),
    });
    return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
  }
);

// 24 — An instructions sheet first, with an example table in the product's own headings and made-up
// values; the plan on the second sheet. Only the plan is data: the ente is the plan sheet's.
fixture("24-foglio-istruzioni-con-esempio", "foglio di istruzioni con una tabella di esempio prima del piano", (wb) => {
  const plan = M.generatePlan(2424, [
    [3, 2],
    [2, 2, 2],
  ]);
  const help = wb.addWorksheet("Istruzioni");
  help.getCell("A1").value = "Istruzioni per la compilazione";
  help.getCell("A1").font = { bold: true, size: 14 };
  help.getCell("A2").value = "Compilare la colonna Consuntivo entro il 31 gennaio. Esempio di compilazione:";
  C.header(help, 4, ["Obiettivo", "Indicatore", "Peso", "Direzione", "Target", "Consuntivo", "Performance KPI"]);
  [
    ["X.1 Obiettivo di esempio", null, null, null, null, null, null],
    [null, "Indicatore di esempio", { v: 1, numFmt: "0%" }, ">=", 100, 80, null],
  ].forEach((r, i) => r.forEach((spec, c) => C.put(help.getCell(5 + i, c + 1), spec)));
  help.getCell("A8").value = "Non modificare le intestazioni del foglio Piano 2025.";
  const ws = wb.addWorksheet("Piano 2025");
  const { mapping } = writeTable(ws, {
    headerRow: 1,
    columns: [
      col.objective("Obiettivo", CODES.dot),
      col.kpiName("Indicatore"),
      col.weight("Peso", "pct"),
      col.direction("Direzione", "sym", true),
      col.target("Target"),
      col.actual("Consuntivo"),
      col.perfKpi("Performance KPI"),
      col.perfObj("Performance obiettivo"),
    ],
    lines: linesOf(plan),
  });
  return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
});

require("./office-fixtures/arrangements-25-32")(fixture, { col, force, numberKpiCodes, titleBlock });
// 40 — No codes at all: one "Descrizione" column where areas, strategic and operational objectives and
// KPIs are told apart only by Excel's cell indent ("Aumenta rientro": area 0, strategico 1, operativo 2,
// KPI 3). Areas written "Area 1 …" (their number is their code); the objectives get the codes their
// position gives (1.1, 1.1.2). Weights on KPIs and on objectives (within their parent); area = Σ w·p of
// its strategic objectives, strategic = Σ w·p of its operational ones; ente = plain mean of the areas.
// One N.V. consuntivo (left out, weights renormalised, §5).
fixture(
  "40-livelli-dal-rientro",
  'nessun codice: aree, obiettivi e KPI in una colonna "Descrizione", livelli dati dal rientro della cella',
  (wb) => {
    const plan = M.generatePlan(
      4040,
      [
        [[2, 2], [3]],
        [[2], [2, 2]],
      ],
      { objectiveWeights: true }
    );
    force(plan, 4, { actual: nv("N.V.") });
    const indented = (text, depth) => ({ v: text, alignment: { horizontal: "left", indent: depth } });
    const ws = wb.addWorksheet("Piano 2025");
    titleBlock(ws, "F", ["COMUNE DI VALDARNO — Piano della performance 2025"]);
    const { mapping } = writeTable(ws, {
      headerRow: 3,
      columns: [
        {
          h: "Descrizione",
          field: "indicatore",
          width: 56,
          obj: (n) => indented(n.depth === 0 ? `Area ${n.path[0] + 1} ${n.name}` : n.name, n.depth),
          kpi: (k, n) => indented(k.name, n.depth + 1),
        },
        col.weight("Peso", "pct", { onObjectives: true }),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
        { h: "Performance", field: "performanceKpi", width: 14 },
      ],
      lines: linesOf(plan),
    });
    return {
      plan,
      codeOf: CODES.num,
      sheets: { [ws.name]: { headerRow: 3, columns: { ...mapping, obiettivo: "A", performanceObiettivo: "F" } } },
    };
  }
);

// 41 — The same without codes, the levels typed as spaces before the names (four per level; one
// objective pasted from a document with non-breaking spaces), under "Obiettivi e indicatori". KPI
// weights only: each objective is Σ w·p of its KPIs, each parent the plain mean of its children, the
// ente the plain mean of the areas. One empty consuntivo scores 0% (§5, with a warning).
fixture(
  "41-livelli-da-spazi",
  'nessun codice: aree, obiettivi e KPI in una colonna "Obiettivi e indicatori", livelli dati dagli spazi prima del nome',
  (wb) => {
    const plan = M.generatePlan(4141, [[[3], [2, 2]], [[2, 3]]]);
    force(plan, 6, { actual: EMPTY });
    const pasted = plan.roots[1].children[0].children[1];
    const pad = (n, depth) => (n === pasted ? "\u00a0" : " ").repeat(4 * depth);
    const ws = wb.addWorksheet("Obiettivi");
    const { mapping } = writeTable(ws, {
      headerRow: 1,
      columns: [
        {
          h: "Obiettivi e indicatori",
          field: "indicatore",
          width: 60,
          obj: (n) => `${pad(n, n.depth)}${n.name}`,
          kpi: (k, n) => `${pad(null, n.depth + 1)}${k.name}`,
        },
        col.weight("Peso", "pct"),
        col.direction("Direzione", "sym", true),
        col.target("Target"),
        col.actual("Consuntivo"),
      ],
      lines: linesOf(plan),
    });
    return {
      plan,
      codeOf: CODES.num,
      sheets: { [ws.name]: { headerRow: 1, columns: { ...mapping, obiettivo: "A" } } },
    };
  }
);

// ---------------------------------------------------------------------------------------------

const r6 = (x) => (x === null ? null : Number(x.toFixed(10)));

/** The expectation document: every KPI, every objective with a row, the ente, and the mapping. */
function expectation(name, arrangement, built) {
  const { plan, codeOf, sheets } = built;
  M.scorePlan(plan);
  const nodes = M.nodesOf(plan);
  const kpis = nodes.flatMap((n) =>
    n.kpis
      .filter((k) => !k.placeholder)
      .map((k) => ({ sheet: k.sheet, row: k.row, code: k.code ?? null, name: k.name, performance: r6(k.performance) }))
  );
  const objectives = nodes
    .filter((n) => n.row !== undefined)
    .map((n) => ({ sheet: n.sheet, row: n.row, code: codeOf(n.path), name: n.name, performance: r6(n.performance) }));
  const counts = { objectives: objectives.length, kpis: kpis.length };
  if (kpis.length < 8 || kpis.length > 20) throw new Error(`${name}: ${kpis.length} KPI (attesi 8–20)`);
  if (kpis.some((k) => !k.row || !k.sheet)) throw new Error(`${name}: KPI senza riga`);
  return {
    file: `${name}.xlsx`,
    arrangement,
    method: "proporzionale",
    sheets,
    counts,
    ente: r6(plan.ente),
    objectives,
    kpis,
  };
}

/** `node scripts/build-office-fixtures.js 25 26` writes only the fixtures whose names start so. */
async function main(only) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of FIXTURES.filter((x) => only.length === 0 || only.some((p) => x.name.startsWith(p)))) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "Ufficio controllo di gestione";
    wb.created = new Date(Date.UTC(2026, 0, 15));
    wb.modified = wb.created;
    const built = f.build(wb);
    const doc = expectation(f.name, f.arrangement, built);
    await wb.xlsx.writeFile(path.join(OUT, `${f.name}.xlsx`));
    fs.writeFileSync(path.join(OUT, `${f.name}.expected.json`), JSON.stringify(doc, null, 2) + "\n");
    console.log(
      `${f.name}: ${doc.counts.objectives} obiettivi, ${doc.counts.kpis} KPI, ente ${(doc.ente * 100).toFixed(2)}%`
    );
  }
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
