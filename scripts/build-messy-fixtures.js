#!/usr/bin/env node
"use strict";
/**
 * Writes the "messy workbooks" of test/fixtures/messy/ with ExcelJS: plans kept the way real offices
 * keep them in Excel (title blocks, merged cells, hidden rows and columns, blank rows, headers
 * repeated at page breaks, columns in another order, Excel tables, weights written five ways,
 * Italian text where a number belongs, non-breaking spaces, missing performance columns), each with
 * a second life around the plan (notes, formulas, fills, borders, other sheets) that a recalculation
 * must leave exactly as it is. The chambers are imaginary; the figures each test expects are derived
 * by hand in test/integration/.
 *
 *   node scripts/build-messy-fixtures.js
 */
const path = require("path");
const ExcelJS = require("exceljs");

const OUT = path.join(__dirname, "..", "test", "fixtures", "messy");

// ---------------------------------------------------------------------------------------------
// Cell helpers: what Excel holds when staff type a percentage, a date, a number.

const pct = (v, numFmt = "0.00%") => ({ v, numFmt });
const int = (v) => ({ v, numFmt: "#,##0" });
const dec = (v) => ({ v, numFmt: "#,##0.00" });
const date = (d, m, y) => ({ v: new Date(Date.UTC(y, m - 1, d)), numFmt: "dd/mm/yyyy" });
const weight = (v) => ({ v, numFmt: "0%" });

const THIN = { style: "thin", color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const OBJECTIVE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const TITLE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };

/** Put one spec into a cell: a plain value, or { v, numFmt, note, font, fill }. */
function put(cell, spec) {
  if (spec === null || spec === undefined) return;
  if (typeof spec === "object" && !(spec instanceof Date) && "v" in spec) {
    cell.value = spec.v;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    if (spec.note) cell.note = spec.note;
    if (spec.font) cell.font = spec.font;
    if (spec.fill) cell.fill = spec.fill;
    return;
  }
  cell.value = spec;
}

/** Rows of specs from `first` (1-based), with borders on the table's columns and a fill on objective rows. */
function writeRows(ws, first, rows, { columns, objectiveCol = 1, border = true } = {}) {
  rows.forEach((specs, i) => {
    const row = ws.getRow(first + i);
    specs.forEach((spec, c) => put(row.getCell(c + 1), spec));
    const width = columns ?? specs.length;
    const objective = specs[objectiveCol - 1];
    const isObjective = typeof objective === "string" && objective.trim() !== "" && specs.length > 0;
    for (let c = 1; c <= width && specs.length > 0; c++) {
      const cell = row.getCell(c);
      if (border) cell.border = BORDER;
      if (isObjective) cell.fill = OBJECTIVE_FILL;
    }
  });
}

function header(ws, rowNumber, texts, { fill = HEADER_FILL } = {}) {
  const row = ws.getRow(rowNumber);
  texts.forEach((t, i) => {
    if (t === null) return;
    const cell = row.getCell(i + 1);
    cell.value = t;
    cell.font = { bold: true };
    cell.fill = fill;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
}

function title(ws, range, text, size = 14) {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(":")[0]);
  cell.value = text;
  cell.font = { bold: true, size, color: { argb: "FFFFFFFF" } };
  cell.fill = TITLE_FILL;
  cell.alignment = { horizontal: "center", vertical: "middle" };
}

function widths(ws, list) {
  list.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

/**
 * An unrelated sheet the office keeps in the same workbook: monthly staff figures with formulas
 * (plain, shared, percentages), a total row, rich text, a hyperlink, a date, an error value.
 */
function addStaffSheet(wb, name = "Personale") {
  const ws = wb.addWorksheet(name);
  widths(ws, [14, 12, 12, 12, 14, 30]);
  header(ws, 1, ["Mese", "Presenze", "Assenze", "Totale", "% presenza", "Annotazioni"]);
  const months = ["Gennaio", "Febbraio", "Marzo", "Aprile", "Maggio", "Giugno"];
  const presenze = [812, 790, 845, 760, 830, 801];
  const assenze = [41, 55, 38, 77, 45, 60];
  months.forEach((m, i) => {
    const r = i + 2;
    ws.getCell(`A${r}`).value = m;
    ws.getCell(`B${r}`).value = presenze[i];
    ws.getCell(`C${r}`).value = assenze[i];
    ws.getCell(`D${r}`).value = { formula: `B${r}+C${r}`, result: presenze[i] + assenze[i] };
    ws.getCell(`E${r}`).value = { formula: `B${r}/D${r}`, result: presenze[i] / (presenze[i] + assenze[i]) };
    ws.getCell(`E${r}`).numFmt = "0.0%";
  });
  const sum = (a) => a.reduce((s, x) => s + x, 0);
  ws.getCell("A8").value = "Totale";
  ws.getCell("A8").font = { bold: true };
  ws.getCell("B8").value = { formula: "SUM(B2:B7)", result: sum(presenze) };
  ws.getCell("C8").value = { formula: "SUM(C2:C7)", result: sum(assenze) };
  ws.getCell("D8").value = { formula: "SUM(D2:D7)", result: sum(presenze) + sum(assenze) };
  ws.getCell("E8").value = { formula: "B8/D8", result: sum(presenze) / (sum(presenze) + sum(assenze)) };
  ws.getCell("E8").numFmt = "0.0%";
  ws.getCell("F2").value = {
    richText: [
      { text: "Dato ", font: { bold: true } },
      { text: "provvisorio", font: { italic: true, color: { argb: "FFC00000" } } },
    ],
  };
  ws.getCell("F3").value = { text: "Regolamento presenze", hyperlink: "https://www.example.camcom.it/regolamento" };
  ws.getCell("F4").value = new Date(Date.UTC(2024, 3, 30));
  ws.getCell("F4").numFmt = "d mmmm yyyy";
  ws.getCell("F5").value = { error: "#DIV/0!" };
  ws.getCell("G2").value = { formula: "B2*2", result: presenze[0] * 2, shareType: "shared", ref: "G2:G4" };
  ws.getCell("G3").value = { sharedFormula: "G2", result: presenze[1] * 2 };
  ws.getCell("G4").value = { sharedFormula: "G2", result: presenze[2] * 2 };
  ws.getCell("B8").note = "Somma dei sei mesi";
  ws.mergeCells("A10:F10");
  ws.getCell("A10").value = "Fonte: rilevazione presenze, Ufficio Personale";
  ws.getCell("A10").font = { italic: true };
  return ws;
}

// ---------------------------------------------------------------------------------------------
// 01 — header below a title block, merged title cells, a group header "Performance" over KPI |
// Obiettivo, stale results of last year in the performance columns, notes, a formula and a date
// outside the plan, a second unrelated sheet.

function buildTitleBlock(wb) {
  const ws = wb.addWorksheet("Piano 2024", { views: [{ state: "frozen", ySplit: 6 }] });
  widths(ws, [46, 10, 44, 10, 12, 12, 13, 13, 28, 4, 14]);
  title(ws, "A1:I1", "CAMERA DI COMMERCIO DI VAL DI SIEVE");
  ws.mergeCells("A2:I2");
  ws.getCell("A2").value = "Piano della performance 2024 – Relazione al 31/12/2024";
  ws.getCell("A2").font = { bold: true, size: 12 };
  ws.getCell("A3").value = "Approvato con delibera di Giunta n. 12";
  ws.getCell("H3").value = "Aggiornato al";
  put(ws.getCell("I3"), date(15, 1, 2025));
  // two-row header: single headers merged vertically, "Performance" over KPI | Obiettivo
  header(ws, 5, [
    "Obiettivo",
    "Cod.",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance",
    null,
    "Fonte del dato",
  ]);
  header(ws, 6, [null, null, null, null, null, null, "KPI", "Obiettivo", null]);
  for (const col of ["A", "B", "C", "D", "E", "F", "I"]) ws.mergeCells(`${col}5:${col}6`);
  ws.mergeCells("G5:H5");
  writeRows(
    ws,
    7,
    [
      ["A - Competitività e sviluppo delle imprese"],
      [
        "A.1 - Sostegno alla digitalizzazione",
        "KPI101",
        "Imprese assistite dal PID",
        "50% >=",
        int(120),
        int(150),
        pct(0.5),
        pct(0.62),
        "Gestionale PID",
      ],
      [
        null,
        "KPI102",
        "Incontri di formazione realizzati",
        "50% >=",
        int(10),
        { v: 8, numFmt: "#,##0", note: "Dato provvisorio, da confermare con l'ufficio Promozione" },
        pct(0.74),
        null,
        "Atti dell'Ente",
      ],
      [
        "A.2 - Internazionalizzazione",
        "KPI103",
        "Imprese avviate all'export",
        "100% >=",
        int(40),
        int(30),
        null,
        null,
        "Rilevazione SEI",
      ],
      ["B - Semplificazione amministrativa"],
      [
        "B.1 - Tempi del Registro delle imprese",
        "KPI201",
        "Tempo medio di evasione delle pratiche (gg)",
        "60% <=",
        int(5),
        int(6),
        null,
        null,
        "Priamo",
      ],
      [null, "KPI202", "Pratiche evase nei termini", "40% >=", pct(0.9), pct(0.855), null, null, "Priamo"],
    ],
    { columns: 9 }
  );
  // outside the plan: a check formula, a legend, a signature line
  ws.getCell("K6").value = "Verifica";
  ws.getCell("K8").value = { formula: "F8/E8", result: 150 / 120 };
  ws.getCell("K8").numFmt = "0.00";
  ws.getCell("K13").value = { formula: "E13+F13", result: 0.9 + 0.855 };
  ws.getCell("A15").value = "Fonte: Ufficio controllo di gestione, elaborazione del 15/01/2025";
  ws.getCell("A15").font = { italic: true, size: 9 };
  ws.mergeCells("A17:C17");
  ws.getCell("A17").value = "Il Segretario Generale";
  ws.getCell("A17").alignment = { horizontal: "right" };
  ws.getCell("C3").note = "Delibera del 29/01/2024";
  addStaffSheet(wb);
}

// ---------------------------------------------------------------------------------------------
// 02 — hidden rows and columns, blank rows (albero layout: objective rows with their own weight).

function buildHidden(wb) {
  const ws = wb.addWorksheet("Obiettivi");
  widths(ws, [40, 40, 16, 10, 10, 12, 14, 14, 30]);
  header(ws, 1, [
    "Obiettivo",
    "Indicatore",
    "Responsabile",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
    "Note interne",
  ]);
  writeRows(
    ws,
    2,
    [
      ["A.1 Servizi digitali alle imprese", null, "Dott.ssa Rossi", weight(0.6)],
      [
        null,
        "Dispositivi di firma digitale rilasciati",
        "Dott.ssa Rossi",
        "50% >=",
        int(800),
        int(1000),
        null,
        null,
        "incluse CNS",
      ],
      [],
      [
        null,
        "Identità SPID rilasciate",
        "Dott.ssa Rossi",
        "50% >=",
        int(400),
        int(300),
        null,
        null,
        "sportello aperto da aprile",
      ],
      [],
      [],
      ["A.2 Tutela del consumatore e metrologia", null, "Dott. Bianchi", weight(0.4)],
      [null, "Verifiche metriche effettuate", "Dott. Bianchi", "40% >=", int(200), int(150), null, null, null],
      [
        null,
        "Sanzioni notificate",
        "Dott. Bianchi",
        "30% >=",
        int(50),
        int(50),
        null,
        null,
        "riga nascosta per la stampa",
      ],
      [null, "Tempo medio di istruttoria (gg)", "Dott. Bianchi", "30% <=", int(30), int(36), null, null, null],
    ],
    { columns: 9 }
  );
  // a blank row, bordered like the table, hidden
  for (let c = 1; c <= 9; c++) ws.getRow(7).getCell(c).border = BORDER;
  ws.getRow(7).hidden = true;
  ws.getRow(10).hidden = true; // a KPI row hidden for printing: still part of the plan
  ws.getColumn(3).hidden = true;
  ws.getColumn(9).hidden = true;
  ws.getCell("A13").value = "Righe 7 e 10 nascoste per la stampa";
  ws.getCell("A13").font = { italic: true, color: { argb: "FF7F7F7F" } };
}

// ---------------------------------------------------------------------------------------------
// 03 — the header typed again at each page break (tabella layout: the first KPI on the objective's row).

const HEADER_03 = [
  "Obiettivo",
  "Cod.",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];

function buildRepeatedHeader(wb) {
  const ws = wb.addWorksheet("Piano stampa");
  widths(ws, [44, 10, 44, 10, 12, 12, 14, 14]);
  title(ws, "A1:H1", "Piano della performance 2024 - versione per la stampa", 12);
  header(ws, 2, HEADER_03);
  const rows = [
    /* 3 */ ["A - Servizi alle imprese"],
    /* 4 */ [
      "A.1 Orientamento alle nuove imprese",
      "K01",
      "Aspiranti imprenditori orientati",
      "40% >=",
      int(100),
      int(100),
    ],
    /* 5 */ [null, "K02", "Seminari per aspiranti imprenditori", "30% >=", int(50), int(40)],
    /* 6 */ [null, "K03", "Piani d'impresa verificati", "30% >=", int(20), int(10)],
    /* 7 */ [],
    /* 8 */ ["A.2 Ambiente e sostenibilità", "K04", "Dichiarazioni MUD gestite", "40% >=", int(10), int(10)],
    /* 9 */ [null, "K05", "Iscrizioni all'Albo gestori ambientali", "30% >=", int(10), int(5)],
    /* 10 */ [null, "K06", "Tempo medio di iscrizione all'Albo (gg)", "30% <=", int(10), int(11)],
    /* 11 */ HEADER_03,
    /* 12 */ [
      "A.3 Qualificazione delle filiere",
      "K07",
      "Imprese coinvolte nelle filiere",
      "40% >=",
      int(200),
      int(150),
    ],
    /* 13 */ [null, "K08", "Copertura del territorio provinciale", "30% >=", pct(1), pct(0.9)],
    /* 14 */ [null, "K09", "Tavoli di filiera convocati", "30% >=", int(8), int(8)],
    /* 15 */ [],
    /* 16 */ ["B - Regolazione del mercato"],
    /* 17 */ ["B.1 Vigilanza sui prodotti", "K10", "Ispezioni sui prodotti", "50% >=", int(60), int(30)],
    /* 18 */ [null, "K11", "Tempo medio di chiusura delle pratiche (gg)", "50% <=", int(5), int(5)],
    /* 19 */ HEADER_03,
    /* 20 */ ["B.2 Conciliazione e arbitrato", "K12", "Procedure di mediazione concluse", "50% >=", int(4), int(4)],
    /* 21 */ [null, "K13", "Esiti positivi delle mediazioni", "50% >=", pct(0.9), pct(0.81)],
    /* 22 */ [],
    /* 23 */ ["Legenda: >= valore minimo atteso; <= valore massimo ammesso."],
  ];
  writeRows(ws, 3, rows, { columns: 8 });
  for (const r of [11, 19]) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    });
  }
  ws.getRow(10).addPageBreak();
  ws.getRow(18).addPageBreak();
  ws.getCell("A23").border = {};
  ws.getCell("A23").fill = { type: "pattern", pattern: "none" };
  ws.pageSetup = { orientation: "landscape", paperSize: 9, fitToPage: false, printTitlesRow: "1:2" };
}

// ---------------------------------------------------------------------------------------------
// 04 — columns in another order, extra columns, the direction in its own column (Polarità), the
// objective code in its own column, header synonyms, one generic "% raggiungimento" column.

function buildReordered(wb) {
  const ws = wb.addWorksheet("Schede obiettivo");
  widths(ws, [10, 34, 18, 40, 12, 18, 14, 14, 9, 16, 30]);
  header(ws, 1, [
    "Codice obiettivo",
    "Obiettivo",
    "Responsabile",
    "Indicatore",
    "Polarità",
    "Fonte del dato",
    "Valore atteso",
    "Valore rilevato",
    "Peso %",
    "% raggiungimento",
    "Note",
  ]);
  writeRows(
    ws,
    2,
    [
      ["A.1", "Accoglienza e orientamento", "Uff. Promozione", null, null, null, null, null, weight(0.5)],
      [
        null,
        null,
        "Uff. Promozione",
        "Utenti orientati",
        "crescente",
        "Gestionale sportello",
        int(500),
        int(450),
        weight(0.5),
        null,
        "calo nel periodo estivo",
      ],
      [
        null,
        null,
        "Uff. Promozione",
        "Tempo di attesa allo sportello (minuti)",
        "decrescente",
        "Eliminacode",
        int(15),
        int(12),
        weight(0.5),
      ],
      ["A.2", "Diritto annuale", "Uff. Diritto annuale", null, null, null, null, null, weight(0.5)],
      [
        null,
        null,
        "Uff. Diritto annuale",
        "Avvisi bonari inviati",
        ">=",
        "Gestionale DA",
        int(2000),
        int(2500),
        weight(0.5),
      ],
      [
        null,
        null,
        "Uff. Diritto annuale",
        "Ricorsi accolti",
        "<=",
        "Commissione tributaria",
        int(10),
        int(15),
        weight(0.5),
        null,
        "sentenze del II semestre",
      ],
    ],
    { columns: 11, objectiveCol: 2 }
  );
  ws.autoFilter = "A1:K7";
}

// ---------------------------------------------------------------------------------------------
// 05 — an Excel table (ListObject) on one sheet and a plain range on another.

const HEADER_05 = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
];

function buildTables(wb) {
  const ws = wb.addWorksheet("Piano tabella");
  widths(ws, [38, 38, 10, 10, 12, 14, 14]);
  ws.getCell("A1").value = "Area comunicazione - obiettivi 2024 (tabella Excel)";
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.addTable({
    name: "TabellaPiano",
    ref: "A3",
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: HEADER_05.map((name) => ({ name, filterButton: true })),
    rows: [
      ["A.1 Comunicazione istituzionale", null, null, null, null, null, null],
      [null, "Comunicati stampa pubblicati", "50% >=", 40, 44, null, null],
      [null, "Follower dei canali social", "50% >=", 5000, 4000, null, null],
      ["A.2 Sportello unico per le attività produttive", null, null, null, null, null, null],
      [null, "Pratiche SUAP gestite", "100% >=", 1200, 900, null, null],
    ],
  });
  for (const a of ["D5", "E5", "D6", "E6", "D8", "E8"]) ws.getCell(a).numFmt = "#,##0";

  const plain = wb.addWorksheet("Piano intervallo");
  widths(plain, [38, 38, 10, 10, 12, 14, 14]);
  header(plain, 1, HEADER_05);
  writeRows(
    plain,
    2,
    [["B.1 Servizi anagrafici"], [null, "Visure e certificati rilasciati", "100% >=", int(3000), int(3300)]],
    { columns: 7 }
  );
}

// ---------------------------------------------------------------------------------------------
// 06 — weights as 50 / 0,5 / "50%" / "50% >=" / 0,5 with a % format; numbers, percentages and
// dates stored as Italian text; codes "A.1 -", "A.2.", "A.3 –"; trailing and non-breaking spaces.

const NBSP = "\u00a0";

function buildTexts(wb) {
  const ws = wb.addWorksheet("Piano");
  widths(ws, [40, 40, 10, 14, 14, 14, 14]);
  header(ws, 1, [
    "Obiettivo ",
    "Indicatore",
    `Peso${NBSP}`,
    "Target",
    "Consuntivo ",
    "Performance KPI",
    `Performance${NBSP}Obiettivo`,
  ]);
  writeRows(
    ws,
    2,
    [
      ["A.1 - Semplificazione ", null, 50],
      [null, "Pratiche telematiche ricevute", 50, ">= 2.000", "1.587,10"],
      [null, "Imprese soddisfatte del servizio", 0.5, "≥ 80,00%", "76,00%"],
      ["A.2. Tempi dei procedimenti", null, "25%"],
      [null, "Delibera del regolamento approvata entro", "50% <=", "30/06/2024", "15/07/2024"],
      [null, "Giorni medi di istruttoria", "0,5", "<= 20 gg", "22"],
      [`A.3${NBSP}–${NBSP}Trasparenza`, null, "25% "],
      [null, `Dati pubblicati nei termini${NBSP}`, `50%${NBSP}>=`, "95%", "90,25%"],
      [null, "Richieste di accesso civico evase", weight(0.5), "≥ 95,00%", pct(1)],
    ],
    { columns: 7 }
  );
  ws.getCell("E3").note = "Numero inserito come testo dal gestionale";
}

// ---------------------------------------------------------------------------------------------
// 07 — no Performance columns: the add-in may add them right of the table, never over a filled cell.

function buildNoPerformance(wb) {
  const ws = wb.addWorksheet("Monitoraggio");
  widths(ws, [40, 40, 10, 10, 12, 24, 22]);
  title(ws, "A1:F1", "Monitoraggio obiettivi 2024", 12);
  ws.getCell("J1").value = "Bozza";
  header(ws, 3, ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Note"]);
  writeRows(
    ws,
    4,
    [
      ["A.1 Promozione del territorio"],
      [null, "Eventi di promozione realizzati", "50% >=", int(10), int(9), "uno rinviato al 2025"],
      [null, "Partecipanti agli eventi", "50% >=", int(500), int(600)],
      ["A.2 Regolazione del mercato"],
      [null, "Verbali di accertamento emessi", "100% >=", int(120), int(90)],
    ],
    { columns: 6 }
  );
  ws.getCell("G5").value = "verbale OIV n. 3";
  ws.getCell("G5").font = { color: { argb: "FFC00000" } };
  ws.getCell("H11").value = "Firma del dirigente";
  ws.getCell("A11").value = { formula: "COUNTA(B5:B8)", result: 3 };
}

// ---------------------------------------------------------------------------------------------
// 08 — objective cells merged down over their KPI rows (and the objective's performance cell too),
// headers with line breaks and years, a consuntivo computed by a formula, a rich-text indicator, a
// performance cell holding the dirigente's own formula, the office's conditional format, a drop-down
// list, a print area and a named range.

function buildMergedAndFormulas(wb) {
  const ws = wb.addWorksheet("PIAO 2024");
  widths(ws, [34, 9, 40, 9, 10, 14, 13, 13, 16, 30]);
  title(ws, "A1:J1", "PIAO 2024 - Sottosezione Performance - Monitoraggio finale", 12);
  header(ws, 2, [
    "Obiettivo\nstrategico/operativo",
    "Cod.\nKPI",
    "Indicatore",
    "Peso\n%",
    "Target\n2024",
    "Consuntivo\nal 31/12/2024",
    "Performance\nKPI",
    "Performance\nobiettivo",
    "Stato",
    "Note",
  ]);
  ws.getRow(2).height = 44;
  writeRows(
    ws,
    3,
    [
      [
        "A.1 - Servizi digitali",
        "KPI01",
        { v: { richText: [{ text: "Pratiche " }, { text: "telematiche", font: { bold: true } }, { text: " evase" }] } },
        "40% >=",
        int(1000),
        { v: { formula: "600+500", result: 1100 }, numFmt: "#,##0" },
        null,
        null,
        "IN LINEA",
      ],
      [null, "KPI02", "Tempo medio di risposta (gg)", "30% <=", int(10), int(12), null, null, "FUORI TARGET"],
      [null, "KPI03", "Utenti soddisfatti", "30% >=", pct(0.8), pct(0.72), null, null, "IN LINEA"],
      [
        "A.2 - Comunicazione",
        "KPI04",
        "Uscite sulla stampa locale",
        "50% >=",
        int(20),
        int(25),
        { v: { formula: "MIN(1,F6/E6)", result: 1 }, numFmt: "0%" },
        null,
        "IN LINEA",
      ],
      [
        null,
        "KPI05",
        "Newsletter inviate",
        "50% >=",
        int(12),
        int(9),
        null,
        null,
        "FUORI TARGET",
        "due invii sospesi ad agosto",
      ],
    ],
    { columns: 10 }
  );
  for (const range of ["A3:A5", "A6:A7", "H3:H5", "H6:H7"]) ws.mergeCells(range);
  ws.getCell("A3").alignment = { vertical: "top", wrapText: true };
  ws.getCell("A6").alignment = { vertical: "top", wrapText: true };
  ws.addConditionalFormatting({
    ref: "F3:F7",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["ISBLANK(F3)"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
      },
    ],
  });
  for (let r = 3; r <= 7; r++) {
    ws.getCell(`I${r}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"IN LINEA,FUORI TARGET,DA VALUTARE"'],
    };
  }
  ws.pageSetup = { orientation: "landscape", printArea: "A1:J8" };
  wb.definedNames.add("'PIAO 2024'!$D$3:$D$7", "Pesi_KPI");
  ws.getCell("L2").value = "Controllo pesi A.1";
  ws.getCell("L3").value = { formula: "SUMPRODUCT(--LEFT(D3:D5,2))/100", result: 1 };
  ws.getCell("L3").numFmt = "0%";
}

// ---------------------------------------------------------------------------------------------
// 10 — a subtotal row after each objective's KPIs ("Totale pesi" in the Indicatore column, the sum of
// the weights in Peso), as many scorecards have: it is not an indicator.

function buildSubtotals(wb) {
  const ws = wb.addWorksheet("Scheda");
  widths(ws, [34, 36, 10, 10, 12, 14, 14]);
  header(ws, 1, [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ]);
  writeRows(
    ws,
    2,
    [
      ["A.1 Sportello al pubblico"],
      [null, "Pratiche allo sportello", weight(0.5), ">= 100", int(80)],
      [null, "Visure rilasciate", weight(0.5), ">= 50", int(50)],
      [null, "Totale pesi", { v: { formula: "SUM(C3:C4)", result: 1 }, numFmt: "0%" }],
      ["A.2 Ambiente"],
      [null, "Dichiarazioni MUD istruite", weight(1), ">= 10", int(10)],
      [null, "Totale pesi", { v: { formula: "SUM(C7:C7)", result: 1 }, numFmt: "0%" }],
    ],
    { columns: 7 }
  );
  for (const r of [5, 8]) ws.getRow(r).font = { bold: true };
}

// ---------------------------------------------------------------------------------------------
// 09 — values that are not there: "N/D", "n.d.", an empty consuntivo, an Excel error from a formula;
// text with a space before %, a Unicode minus, dates with two-digit years.

function buildUnavailable(wb) {
  const ws = wb.addWorksheet("Relazione");
  widths(ws, [36, 40, 10, 12, 12, 14, 14]);
  header(ws, 1, [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ]);
  writeRows(
    ws,
    2,
    [
      ["B.1 Qualità dei servizi"],
      [null, "Reclami gestiti entro 30 giorni", "25% >=", "15,00 %", "18,50 %"],
      [null, "Variazione dei costi postali", "25% <=", "\u22123,00%", "\u22123,77%"],
      [null, "Indagine di gradimento", "25% >=", int(4), "N/D"],
      [null, "Sportelli aperti il sabato", "25% >=", int(10), "n.d."],
      ["B.2 Tempestività"],
      [null, "Rilascio del nuovo portale", "50% <=", "30/06/24", "28/06/24"],
      [null, "Pratiche evase", "50% >=", int(100), null],
      ["B.3 Digitalizzazione"],
      [
        null,
        "Tasso di digitalizzazione delle pratiche",
        "100% >=",
        pct(0.8),
        { v: { formula: "E20/E21", result: { error: "#DIV/0!" } }, numFmt: "0.00%" },
      ],
    ],
    { columns: 7 }
  );
  ws.getCell("A14").value = "Dati di base";
  ws.getCell("D20").value = "Pratiche digitali";
  ws.getCell("E20").value = 0;
  ws.getCell("D21").value = "Pratiche totali (in attesa del dato)";
  ws.getCell("E21").value = 0;
}

// ---------------------------------------------------------------------------------------------
// Albero 2024 of an imaginary chamber (Camera di Commercio di Val di Sieve): the shorter albero
// layout, 3 areas, 18 objectives below them, 40 KPIs, weights on objective rows, the "binario"
// method. Its published figures are derived by hand in test/integration/albero-valdisieve-2024.ts.

/** Objective row: [code and name, weight]; KPI row: [null, name, peso, target, consuntivo]. */
const ALBERO_ROWS = [
  ["A - Competitività delle imprese", weight(0.4)],
  ["A.1 - Digitalizzazione delle imprese", weight(0.5)],
  ["A.1.1 - Punto Impresa Digitale", weight(0.6)],
  [null, "Imprese assistite dal PID", "30% >=", int(150), int(162)],
  [null, "Self-assessment digitali (SELFIE 4.0)", "30% >=", int(80), int(74)],
  [null, "Eventi di formazione digitale", "20% >=", int(12), int(12)],
  [null, "Imprese partecipanti agli eventi", "20% >=", int(300), int(318)],
  ["A.1.2 - Voucher digitali", weight(0.4)],
  [null, "Domande di voucher istruite entro 60 gg", "50% >=", pct(0.95), pct(0.975)],
  [null, "Tempo medio di liquidazione dei voucher (gg)", "50% <=", int(45), int(52)],
  ["A.2 - Internazionalizzazione", weight(0.5)],
  ["A.2.1 - Servizi per l'export", weight(0.5)],
  [null, "Imprese avviate all'export", "40% >=", int(40), int(41)],
  [null, "Grado di soddisfazione dei partecipanti", "30% >=", pct(0.85), pct(0.88)],
  [null, "Webinar paese realizzati", "30% >=", int(6), int(6)],
  ["A.2.2 - Promozione sui mercati esteri", weight(0.5)],
  [null, "Missioni all'estero organizzate", "30% >=", int(4), int(3)],
  [null, "Imprese partecipanti alle fiere", "25% >=", int(60), "N.V."],
  [null, "Pubblicazione del report sui mercati esteri", "25%", date(30, 9, 2024), date(27, 9, 2024)],
  [null, "Incontri B2B con buyer esteri", "20%", ">= 25", int(25)],
  ["B - Semplificazione e trasparenza", weight(0.35)],
  ["B.1 - Registro delle imprese efficiente", weight(0.6)],
  ["B.1.1 - Tempi di evasione delle pratiche", weight(0.5)],
  [null, "Pratiche evase entro 5 giorni", "30% >=", pct(0.9), pct(0.913)],
  [null, "Tempo medio di evasione (gg)", "25%", "<= 4 gg", dec(3.6)],
  [null, "Pratiche sospese sul totale", "25% <=", pct(0.08), pct(0.08)],
  [null, "Pratiche telematiche sul totale", "20% >=", pct(0.98), pct(0.992)],
  ["B.1.2 - Qualità del dato", weight(0.5)],
  [null, "Cancellazioni d'ufficio avviate", "40% >=", int(300), int(280)],
  [null, "Approvazione del programma annuale di cancellazione", "30%", date(31, 3, 2024), date(31, 3, 2024)],
  [null, "PEC inattive verificate", "30% >=", int(1500), int(1612)],
  ["B.2 - Trasparenza e qualità dei servizi", weight(0.4)],
  [
    null,
    "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico B.2",
    "70% >=",
    pct(1),
    null,
  ],
  [null, "Aggiornamento della sezione Amministrazione trasparente", "30%", "si", "si"],
  ["B.2.1 - Customer satisfaction", weight(0.5)],
  [null, "Indagine di customer satisfaction realizzata", "50%", "si", "no"],
  [null, "Giudizio medio degli utenti (scala 1-5)", "50% >=", dec(4), dec(4.2)],
  ["B.2.2 - Accesso civico e agli atti", weight(0.5)],
  [null, "Richieste di accesso evase nei termini", "40% >=", pct(1), pct(1)],
  [null, "Tempo medio di risposta (gg)", "30% <=", int(20), int(18)],
  [null, "Registro degli accessi pubblicato", "30%", "sì", "sì"],
  ["C - Efficienza e salute economica dell'ente", weight(0.25)],
  ["C.1 - Equilibrio economico-finanziario", weight(0.5)],
  ["C.1.1 - Riscossione del diritto annuale", weight(1)],
  [null, "Tasso di riscossione del diritto annuale", "25% >=", pct(0.72), pct(0.7015)],
  [null, "Incasso da ravvedimento operoso (€)", "25% >=", dec(150000), dec(162480)],
  [null, "Atti di irrogazione delle sanzioni emessi", "25%", date(30, 11, 2024), date(12, 12, 2024)],
  [null, "Imprese in regola con il versamento", "25% >=", pct(0.65), pct(0.668)],
  ["C.2 - Efficienza organizzativa", weight(0.5)],
  ["C.2.1 - Tempestività dei pagamenti", weight(0.4)],
  [null, "Indicatore di tempestività dei pagamenti (gg)", "40% <=", int(0), dec(-12.4)],
  [null, "Fatture pagate entro 30 giorni", "30% >=", pct(0.95), pct(0.93)],
  [null, "Debito commerciale residuo scaduto (€)", "30% <=", dec(0), dec(0)],
  ["C.2.2 - Sviluppo delle competenze", weight(0.3)],
  [null, "Ore di formazione pro capite", "40% >=", dec(20), dec(24)],
  [null, "Dipendenti formati sul totale", "30% >=", pct(0.9), pct(0.85)],
  [null, "Piano della formazione approvato", "30%", "entro il 28/02/2024", date(20, 2, 2024)],
  ["C.2.3 - Contenimento dei costi", weight(0.3)],
  [null, "Costi di funzionamento (€)", "40% <=", dec(2450000), dec(2398112.5)],
  [null, "Consumi energetici (kWh)", "30% <=", int(310000), int(315200)],
  [null, "Acquisti tramite convenzioni Consip", "30%", "si", "si"],
];

function buildAlbero(wb) {
  const ws = wb.addWorksheet("Albero 2024", { views: [{ state: "frozen", ySplit: 3 }] });
  widths(ws, [46, 58, 10, 14, 14, 15, 15]);
  title(ws, "A1:G1", "Camera di Commercio di Val di Sieve - Albero della performance 2024 (metodo binario)", 12);
  header(ws, 3, [
    "Obiettivo",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ]);
  ALBERO_ROWS.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    if (r[0] !== null) {
      put(row.getCell(1), r[0]);
      put(row.getCell(3), r[1]);
      for (let c = 1; c <= 7; c++) {
        row.getCell(c).fill = OBJECTIVE_FILL;
        row.getCell(c).font = { bold: /^[A-Z] - /.test(r[0]) };
      }
    } else {
      r.slice(1).forEach((spec, k) => put(row.getCell(2 + k), spec));
    }
    for (let c = 1; c <= 7; c++) row.getCell(c).border = BORDER;
  });
  const last = 4 + ALBERO_ROWS.length - 1;
  ws.getCell(`A${last + 2}`).value =
    "Metodo di calcolo: binario (100% se il target è raggiunto, altrimenti 0%), come da SMVP 2024.";
  ws.getCell(`A${last + 2}`).font = { italic: true };

  const notes = wb.addWorksheet("Note OIV");
  widths(notes, [60, 16]);
  notes.getCell("A1").value = "Osservazioni dell'OIV sulla Relazione 2024";
  notes.getCell("A1").font = { bold: true };
  notes.getCell("A2").value = "Seduta del";
  put(notes.getCell("B2"), date(20, 5, 2025));
  notes.getCell("A3").value = "KPI totali";
  notes.getCell("B3").value = { formula: `COUNTA('Albero 2024'!B4:B${last})`, result: 40 };
}

// ---------------------------------------------------------------------------------------------

const FIXTURES = [
  ["01-titolo-celle-unite.xlsx", buildTitleBlock],
  ["02-righe-colonne-nascoste.xlsx", buildHidden],
  ["03-intestazione-ripetuta.xlsx", buildRepeatedHeader],
  ["04-colonne-riordinate.xlsx", buildReordered],
  ["05-tabella-excel.xlsx", buildTables],
  ["06-pesi-e-testi-italiani.xlsx", buildTexts],
  ["07-senza-colonne-performance.xlsx", buildNoPerformance],
  ["08-celle-unite-e-formule.xlsx", buildMergedAndFormulas],
  ["09-valori-non-disponibili.xlsx", buildUnavailable],
  ["10-righe-totale.xlsx", buildSubtotals],
  ["albero-valdisieve-2024.xlsx", buildAlbero],
];

async function main() {
  const fs = require("fs");
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, build] of FIXTURES) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "Ufficio controllo di gestione";
    wb.created = new Date(Date.UTC(2025, 0, 15));
    wb.modified = wb.created;
    build(wb);
    const file = path.join(OUT, name);
    await wb.xlsx.writeFile(file);
    console.log(path.relative(process.cwd(), file));
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { ALBERO_ROWS };
