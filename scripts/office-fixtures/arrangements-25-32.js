"use strict";
/**
 * Office arrangements 25–32: eight more ways real offices keep their plan, none among 01–24. Same
 * contract as the fixtures of build-office-fixtures.js: each returns { plan, codeOf, sheets } and its
 * figures come from model.js (DOMAIN.md §4-5, proporzionale), never from src/engine. The comment above
 * each says what the office did and how its figures follow.
 */
const path = require("path");
const M = require("./model");
const C = require("./cells");

const { num, date, nv, EMPTY, CODES } = M;
const { excelValue: xv, weightCell, writeTable, linesOf, header, BORDER, HEADER_FILL } = C;

const LETTERS = "ABCDEFGH";

/** Registers the fixtures with the build script's `fixture(name, arrangement, build)` and its helpers. */
module.exports = function addArrangements(fixture, { col, force, numberKpiCodes, titleBlock }) {
  // 25 — The PIAO's "Sottosezione 2.2 Performance" as a regional agency publishes it: the ente's own
  // objectives ("OE", "OE.1", "OE.2": transversal objectives of the whole body) come first as a root
  // beside the areas A and B, and the figures come first too: "Performance obiettivo", "Performance
  // indicatore", "Consuntivo 2025", "Target 2025", "Direzione", "Peso" to the left of "Codice",
  // "Obiettivo" and "Indicatore". Objective = Σ w·p of its KPIs; OE, A, B = plain mean of their
  // objectives; ente = plain mean of OE, A, B. One N.V. consuntivo (left out, weights renormalised).
  fixture(
    "25-piao-performance-a-sinistra",
    'PIAO "Sottosezione 2.2 Performance": obiettivi di Ente per primi, performance e valori a sinistra di codici e nomi',
    (wb) => {
      const plan = M.generatePlan(2525, [[2, 2], [3, 2], [2]]);
      plan.roots[0].name = "Obiettivi di Ente";
      const codeOf = (p) => [p[0] === 0 ? "OE" : LETTERS[p[0] - 1], ...p.slice(1).map((i) => String(i + 1))].join(".");
      force(plan, 3, { actual: nv("N.V.") });
      const ws = wb.addWorksheet("2.2 Performance");
      titleBlock(ws, "I", [
        "PIAO 2025-2027 — Sezione 2: Valore pubblico, performance e anticorruzione",
        "Sottosezione 2.2 Performance — obiettivi di performance organizzativa e indicatori",
      ]);
      const { mapping } = writeTable(ws, {
        headerRow: 4,
        columns: [
          col.perfObj("Performance obiettivo"),
          col.perfKpi("Performance indicatore"),
          col.actual("Consuntivo 2025"),
          col.target("Target 2025"),
          col.direction("Direzione", "sym", true),
          col.weight("Peso", "pct"),
          { h: "Codice", field: "codice", width: 8, obj: (n) => codeOf(n.path) },
          { h: "Obiettivo", field: "obiettivo", width: 44, obj: (n) => n.name },
          col.kpiName("Indicatore"),
        ],
        lines: linesOf(plan),
      });
      return { plan, codeOf, sheets: { [ws.name]: { headerRow: 4, columns: mapping } } };
    }
  );

  // 26 — A header over two rows: "Obiettivo", "Indicatore", "Peso", "Direzione" merged down over rows
  // 3–4; "Valori 2025" merged across "Target | Consuntivo"; "Performance" merged across "KPI |
  // Obiettivo" (the leaf headings alone read like the names of the tree columns). The leaf row is 4.
  // KPI weights per objective; areas = plain means; ente = plain mean of the areas. One empty
  // consuntivo scores 0% (§5, with a warning).
  fixture(
    "26-intestazione-su-due-righe",
    'intestazione su due righe con gruppi uniti: "Valori 2025" sopra Target | Consuntivo, "Performance" sopra KPI | Obiettivo',
    (wb) => {
      const plan = M.generatePlan(2626, [
        [3, 2],
        [2, 3],
      ]);
      force(plan, 6, { actual: EMPTY });
      const ws = wb.addWorksheet("Obiettivi 2025");
      titleBlock(ws, "H", ["ARPA — Obiettivi operativi e indicatori 2025"]);
      const { mapping } = writeTable(ws, {
        headerRow: 4,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          col.kpiName("Indicatore"),
          col.weight("Peso", "pct"),
          col.direction("Direzione", "sym", true),
          col.target("Target"),
          col.actual("Consuntivo"),
          col.perfKpi("KPI"),
          col.perfObj("Obiettivo"),
        ],
        lines: linesOf(plan),
      });
      ["A", "B", "C", "D"].forEach((c) => {
        const text = ws.getCell(`${c}4`).value;
        ws.getCell(`${c}4`).value = null;
        header(ws, 3, [text], c.charCodeAt(0) - 64);
        ws.mergeCells(`${c}3:${c}4`);
      });
      header(ws, 3, [null, null, null, null, "Valori 2025", null, "Performance", null]);
      ws.mergeCells("E3:F3");
      ws.mergeCells("G3:H3");
      return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 4, columns: mapping } } };
    }
  );

  // 27 — The consuntivo is not typed: each cell is a formula on the sheet exported from the management
  // software ('Dati gestionale'!C2, C3, …), filled down inside each objective's block (Excel stores a
  // shared formula: the first cell holds the text, the others only a reference to it) with the result
  // stored; the last objective's cells are plain formulas. The export sheet has its own "Valore al
  // 31/12/2025" column and is not a plan. One result is the text "N.V." (left out).
  fixture(
    "27-consuntivo-da-formule-condivise",
    "consuntivo come formula condivisa con risultato salvato, che legge un altro foglio (esportazione del gestionale)",
    (wb) => {
      const plan = M.generatePlan(2727, [
        [2, 3],
        [3, 2],
      ]);
      numberKpiCodes(plan, (i) => `KPI${String(101 + i)}`);
      force(plan, 4, { actual: nv("N.V.") });
      const ws = wb.addWorksheet("Piano 2025");
      const data = wb.addWorksheet("Dati gestionale");
      const kpis = M.kpisOfPlan(plan);
      const dataRow = new Map(kpis.map((k, i) => [k, i + 2]));
      header(data, 1, ["Codice KPI", "Descrizione", "Valore al 31/12/2025", "Fonte"]);
      [12, 50, 18, 22].forEach((w, i) => (data.getColumn(i + 1).width = w));
      const sources = ["Infocamere", "Contabilità", "Ufficio personale", "Protocollo"];
      kpis.forEach((k, i) => {
        const r = i + 2;
        data.getCell(r, 1).value = k.code;
        data.getCell(r, 2).value = k.name;
        C.put(data.getCell(r, 3), xv(k.actual));
        data.getCell(r, 4).value = sources[i % sources.length];
      });
      const { mapping } = writeTable(ws, {
        headerRow: 1,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          { h: "Cod. KPI", field: "codice", width: 9, kpi: (k) => k.code },
          col.kpiName("Indicatore"),
          col.weight("Peso", "pct"),
          col.direction("Direzione", "sym", true),
          col.target("Target"),
          { h: "Consuntivo", field: "consuntivo", width: 14 },
          col.perfKpi("Performance KPI"),
          col.perfObj("Performance obiettivo"),
        ],
        lines: linesOf(plan),
      });
      // the stored result of each formula, as Excel keeps it (dates as Date with their format)
      const result = (x) => {
        const s = xv(x);
        return s !== null && typeof s === "object" && !(s instanceof Date) ? s : { v: s };
      };
      const objectives = M.nodesOf(plan).filter((n) => n.kpis.length > 0);
      objectives.forEach((n, j) => {
        const shared = j < objectives.length - 1;
        const master = `G${n.kpis[0].row}`;
        n.kpis.forEach((k, i) => {
          const cell = ws.getCell(k.row, 7);
          const { v, numFmt } = result(k.actual);
          cell.value =
            shared && i > 0
              ? { sharedFormula: master, result: v }
              : { formula: `'Dati gestionale'!C${dataRow.get(k)}`, result: v };
          if (numFmt) cell.numFmt = numFmt;
        });
      });
      return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
    }
  );

  // 28 — One workbook, one sheet per area, kept by two offices: "Qualità dei servizi" writes its rates
  // as numbers 0–100 under "Target (%)" / "Consuntivo (%)" with weights 0–100 under "Peso (%)", and one
  // consuntivo pasted from the other sheet is 0,785 with a % format (it shows 78,50%: 78,5%, like the
  // 81,2 beside it); "Supporto" writes 0–1 with a % format and weights 0,40 as "0%". Every area is one
  // sheet: ente = plain mean of the two areas = the mean of the two sheets' enti.
  fixture(
    "28-percentuali-0-100-e-0-1",
    'percentuali come numeri 0–100 sotto "Target (%)" in un foglio e 0–1 con formato % nell\'altro; una cella incollata 0,785 in formato %',
    (wb) => {
      const plan = M.generatePlan(2828, [
        [2, 3],
        [3, 2],
      ]);
      const rate = (name, dir, t, a, weight) => ({
        kind: "rate",
        name,
        unit: "%",
        dir,
        target: num(t, "pct"),
        actual: num(a, "pct"),
        weight,
        children: [],
      });
      const quality = plan.roots[0];
      quality.name = "Qualità dei servizi";
      quality.children[0].kpis = [
        rate("Percentuale di pratiche evase entro 5 giorni", ">=", 0.85, 0.812, 0.6),
        rate("Tasso di reclami sul totale delle pratiche", "<=", 0.05, 0.062, 0.4),
      ];
      quality.children[1].kpis = [
        rate("Percentuale di imprese soddisfatte (customer satisfaction)", ">=", 0.9, 0.785, 0.4),
        rate("Percentuale di certificati rilasciati allo sportello in giornata", ">=", 0.95, 0.97, 0.3),
        rate("Percentuale di pratiche respinte", "<=", 0.08, 0.071, 0.3),
      ];
      const pasted = quality.children[1].kpis[0];
      const hundred = (x) => (x.k === "num" ? { v: M.round(x.v * 100, 4), numFmt: "0.0" } : xv(x));
      const a = wb.addWorksheet("Qualità dei servizi");
      const first = writeTable(a, {
        headerRow: 1,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          col.kpiName("Indicatore"),
          col.weight("Peso (%)", "int"),
          col.direction("Direzione", "sym", true),
          col.target("Target (%)", hundred),
          col.actual("Consuntivo (%)", (x) => (x === pasted.actual ? xv(x) : hundred(x))),
          col.perfKpi("Performance KPI"),
          col.perfObj("Performance obiettivo"),
        ],
        lines: linesOf({ roots: [plan.roots[0]] }),
      });
      const b = wb.addWorksheet("Supporto");
      const second = writeTable(b, {
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
        lines: linesOf({ roots: [plan.roots[1]] }),
      });
      return {
        plan,
        codeOf: CODES.dot,
        sheets: {
          [a.name]: { headerRow: 1, columns: first.mapping },
          [b.name]: { headerRow: 1, columns: second.mapping },
        },
      };
    }
  );

  // 29 — A comune's "obiettivi di PEG": "Codice" and "Obiettivo di PEG", then "Missione / Programma"
  // ("01.03": the budget's classification, not a tree code), "Centro di responsabilità" ("CdR 03 -
  // Servizi finanziari") and "Dirigente" on the objective rows, between the tree columns and the KPI
  // columns; "Valore atteso", "Valore raggiunto", "% raggiungimento". Linee strategiche 1, 2, 3 with
  // objectives 1.1 …; objective = Σ w·p of its KPIs; lines and ente = plain means.
  fixture(
    "29-obiettivi-di-peg-cdr-dirigente",
    'obiettivi di PEG con "Missione / Programma", "Centro di responsabilità" e "Dirigente" fra le colonne dell\'albero e quelle dei KPI',
    (wb) => {
      const plan = M.generatePlan(2929, [[2, 2], [3, 2], [2]]);
      force(plan, 8, { actual: nv("N.D.") });
      const cdr = [
        "CdR 01 - Affari generali",
        "CdR 03 - Servizi finanziari",
        "CdR 05 - Lavori pubblici",
        "CdR 07 - Servizi sociali",
      ];
      const managers = ["Dott.ssa Anna Verdi", "Dott. Marco Bianchi", "Ing. Luca Neri", "Dott.ssa Paola Gialli"];
      const programmes = ["01.02", "01.03", "10.05", "12.07", "01.11"];
      let i = 0;
      const office = new Map();
      for (const n of M.nodesOf(plan)) if (n.depth > 0) office.set(n, i++);
      const ws = wb.addWorksheet("Obiettivi PEG 2025");
      titleBlock(ws, "K", ["COMUNE DI SAN MINIATO — Piano esecutivo di gestione 2025: obiettivi di PEG"]);
      const { mapping } = writeTable(ws, {
        headerRow: 3,
        columns: [
          { h: "Codice", field: "codice", width: 8, obj: (n) => CODES.num(n.path) },
          {
            h: "Obiettivo di PEG",
            field: "obiettivo",
            width: 40,
            obj: (n) => (n.depth === 0 ? `Linea strategica: ${n.name}` : n.name),
          },
          {
            h: "Missione / Programma",
            width: 11,
            obj: (n) => (office.has(n) ? programmes[office.get(n) % programmes.length] : null),
          },
          {
            h: "Centro di responsabilità",
            width: 26,
            obj: (n) => (office.has(n) ? cdr[office.get(n) % cdr.length] : null),
          },
          { h: "Dirigente", width: 22, obj: (n) => (office.has(n) ? managers[office.get(n) % managers.length] : null) },
          col.kpiName("Indicatore"),
          col.weight("Peso", "pct"),
          col.direction("Direzione", "sym", true),
          col.target("Valore atteso"),
          col.actual("Valore raggiunto"),
          col.perfKpi("% raggiungimento"),
        ],
        lines: linesOf(plan),
      });
      return { plan, codeOf: CODES.num, sheets: { [ws.name]: { headerRow: 3, columns: mapping } } };
    }
  );

  // 30 — Direction in sentences under "Polarità": "Maggiore è meglio" / "Minore è meglio" ("=" for exact
  // targets; dates and sì/no blank). One consuntivo "N.D." (not available: left out, weights
  // renormalised) and one deadline KPI still "in corso" at year end (not delivered: 0%, §4).
  fixture(
    "30-maggiore-minore-e-meglio",
    'direzione "Maggiore è meglio" / "Minore è meglio" sotto "Polarità"; consuntivo "N.D." e "in corso"',
    (wb) => {
      const plan = M.generatePlan(3030, [
        [3, 3],
        [2, 3],
      ]);
      force(plan, 2, { actual: nv("N.D.") });
      force(plan, 7, {
        kind: "date",
        name: "Approvazione del Piano triennale dei fabbisogni di personale",
        unit: "data",
        dir: "<=",
        target: date(30, 9, 2025),
        actual: EMPTY, // not delivered by 31/12: 0%
        written: "in corso",
      });
      const ws = wb.addWorksheet("Piano 2025");
      const { mapping } = writeTable(ws, {
        headerRow: 1,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          col.kpiName("Indicatore"),
          col.direction("Polarità", "better"),
          col.weight("Peso", "pct"),
          col.target("Target"),
          { h: "Consuntivo", field: "consuntivo", width: 14, kpi: (k) => k.written ?? xv(k.actual) },
          col.perfKpi("Performance KPI"),
          col.perfObj("Performance obiettivo"),
        ],
        lines: linesOf(plan),
      });
      return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
    }
  );

  // 31 — A three-year PIAO table: "Baseline 2024" (last year's value) beside "Target 2025", "Target
  // 2026", "Target 2027", then "Consuntivo 2025"; the sheet is named "PIAO 2025-2027". The year scored
  // is 2025 (the consuntivo's): the baseline is never a target, nor are the later years'.
  fixture(
    "31-baseline-e-target-triennali",
    'colonne "Baseline 2024", "Target 2025", "Target 2026", "Target 2027" e "Consuntivo 2025" in un foglio "PIAO 2025-2027"',
    (wb) => {
      const plan = M.generatePlan(3131, [
        [3, 2],
        [2, 3],
      ]);
      const later = (k, years) => {
        const t = k.target;
        if (t.k === "date") return date(t.d, t.m, t.y + years);
        if (t.k !== "num" || t.v === 0 || k.dir === "=") return t;
        const step = k.dir === ">=" ? 1 + 0.05 * years : 1 - 0.05 * years;
        const v = t.fmt === "pct" ? Math.min(1, M.round(t.v * step, 4)) : M.round(t.v * step, t.fmt === "int" ? 0 : 2);
        return num(v, t.fmt);
      };
      const baseline = (k) => {
        const t = k.target;
        if (t.k === "date") return null;
        if (t.k === "yes") return "no";
        if (t.v === 0) return xv(num(1.2, "dec"));
        const f = k.dir === "<=" ? 1.25 : 0.8;
        return xv(num(t.fmt === "int" ? Math.round(t.v * f) : M.round(t.v * f, 4), t.fmt));
      };
      const ws = wb.addWorksheet("PIAO 2025-2027");
      const { mapping } = writeTable(ws, {
        headerRow: 1,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          col.kpiName("Indicatore"),
          col.weight("Peso", "pct"),
          col.direction("Direzione", "sym", true),
          { h: "Baseline 2024", width: 14, kpi: baseline },
          col.target("Target 2025"),
          { h: "Target 2026", width: 14, kpi: (k) => xv(later(k, 1)) },
          { h: "Target 2027", width: 14, kpi: (k) => xv(later(k, 2)) },
          col.actual("Consuntivo 2025"),
          col.perfKpi("Performance KPI"),
          col.perfObj("Performance obiettivo"),
        ],
        lines: linesOf(plan),
      });
      return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 1, columns: mapping } } };
    }
  );

  // 32 — The printed form: logo, a title block of merged cells over rows 1–6, the header in row 8 and
  // the panes frozen below it and right of the names. KPI weights under "Peso indicatore" on the KPI
  // rows; objective weights in their own column "Peso obiettivo" on the objective rows (inside the
  // area, sums 100%). Objective = Σ w·p of its KPIs; area = Σ w·p of its objectives; ente = plain mean.
  fixture(
    "32-intestazione-riga-8-peso-obiettivo",
    'intestazione alla riga 8 sotto logo e titolo uniti, riquadri bloccati; "Peso obiettivo" in una colonna a sé, "Peso indicatore" sui KPI',
    (wb) => {
      const plan = M.generatePlan(
        3232,
        [
          [2, 3, 2],
          [3, 2],
        ],
        { objectiveWeights: true }
      );
      force(plan, 5, { actual: nv("N.V.") });
      const ws = wb.addWorksheet("Scheda obiettivi");
      const logo = wb.addImage({
        filename: path.join(__dirname, "..", "..", "assets", "icon-64.png"),
        extension: "png",
      });
      ws.addImage(logo, { tl: { col: 0.1, row: 0.1 }, ext: { width: 48, height: 48 } });
      ws.mergeCells("A1:A3");
      const lines = [
        [
          "B1:I2",
          "AZIENDA TERRITORIALE PER L'EDILIZIA RESIDENZIALE DELLA PROVINCIA DI LATINA",
          { bold: true, size: 14 },
        ],
        ["B3:I3", "Piano della performance 2025 — Scheda degli obiettivi di performance organizzativa", { bold: true }],
        [
          "A4:I4",
          "Approvato con deliberazione del Consiglio di amministrazione n. 12 del 30/01/2025",
          { italic: true },
        ],
        ["A5:D5", "Struttura: Direzione generale", {}],
        ["E5:I5", "Responsabile: dott. Giovanni Russo", {}],
        ["A6:I6", "Valori al 31/12/2025", { italic: true }],
      ];
      for (const [range, text, font] of lines) {
        ws.mergeCells(range);
        const cell = ws.getCell(range.split(":")[0]);
        cell.value = text;
        cell.font = font;
        cell.border = BORDER;
      }
      ws.getCell("B1").fill = HEADER_FILL;
      const { mapping } = writeTable(ws, {
        headerRow: 8,
        columns: [
          col.objective("Obiettivo", CODES.dot),
          { h: "Peso obiettivo", field: "pesoObiettivo", width: 10, obj: (n) => weightCell(n.weight, "pct") },
          col.kpiName("Indicatore"),
          col.weight("Peso indicatore", "pct"),
          col.direction("Direzione", "sym", true),
          col.target("Target"),
          col.actual("Consuntivo"),
          col.perfKpi("Performance indicatore"),
          col.perfObj("Performance obiettivo"),
        ],
        lines: linesOf(plan),
      });
      ws.views = [{ state: "frozen", xSplit: 1, ySplit: 8, topLeftCell: "B9", activeCell: "B9" }];
      return { plan, codeOf: CODES.dot, sheets: { [ws.name]: { headerRow: 8, columns: mapping } } };
    }
  );
};
