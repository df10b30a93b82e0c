/**
 * Fixture 002: CCIAA Maremma e Tirreno, as the staff keep it in Excel, two worksheets:
 * - "Cruscotto strategico" 2016-2020 (seed lines 8-87): missions and numbered strategic objectives as
 *   row labels, one target column per year, notes on the right.
 * - "Obiettivi operativi 2019" (seed lines 89-201): mission headings ("011_Competitività delle
 *   Imprese"), then a table Obiettivi strategici | Programmi di intervento | Obiettivo Operativo |
 *   Indicatore | Target | Servizi interni coinvolti | Area (+ notes in H). The strategic objective,
 *   the programme and the operational objective are written on the first row of their block and the
 *   cell is merged down over the block's indicator rows. OCR damage is undone in the data file (see
 *   its rows): a typo in a mission name, two indicators printed in one row (line 103), cells shifted
 *   by a column (lines 152-156, 179-180), HTML tags; page headers and footers are not rows, except
 *   the two footnotes (lines 106, 108), written below the table.
 * What Excel holds as a number is a number ("100%" → 1 with a percent format, "1,45" → 1.45,
 * "31/12/2019" → a date); relational targets ("≥1", "< 20%", "x ≤ x-1", "<= 40gg", "Rispetto
 * tempistica (Vedi allegato)") are the text the document shows.
 */
const path = require("path");
const data = require("../test/fixtures/002-cruscotto-2016-2020.json");
const operational = require("../test/fixtures/002-obiettivi-operativi-2019.json");

function dateOf(text) {
  const [d, m, y] = text.split("/").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** One printed value into the cell Excel would hold. */
function setValue(cell, text) {
  if (text === "") return;
  let m;
  if (/^\d{4}$/.test(text)) {
    cell.value = Number(text);
  } else if ((m = /^(\d+)(?:,(\d+))?%$/.exec(text))) {
    cell.value = Number(`${m[1]}.${m[2] || "0"}`) / 100;
    cell.numFmt = m[2] ? `0.${"0".repeat(m[2].length)}%` : "0%";
  } else if ((m = /^(\d+)(?:,(\d+))?$/.exec(text))) {
    cell.value = Number(`${m[1]}.${m[2] || "0"}`);
    cell.numFmt = m[2] ? `0.${"0".repeat(m[2].length)}` : "0";
  } else if (/^\d{2}\/\d{2}\/\d{4}$/.test(text)) {
    cell.value = dateOf(text);
    cell.numFmt = "dd/mm/yyyy";
  } else {
    cell.value = text;
  }
}

function build(workbook) {
  const ws = workbook.addWorksheet("Cruscotto strategico");
  ws.columns = [
    { width: 80 },
    { width: 10 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 12 },
    { width: 60 },
  ];
  ws.getCell("A1").value = data.title[0];
  ws.getCell("A2").value = data.title[1];
  ws.getCell("A2").font = { bold: true, size: 14 };
  for (const { line, cells } of data.rows) {
    const row = ws.getRow(line - 6);
    row.getCell(1).value = cells[0];
    for (let i = 1; i < cells.length; i++) setValue(row.getCell(i + 1), cells[i]);
    if (/^\d{1,2}\s*\./.test(cells[0]) || /^\d{3}_/.test(cells[0])) row.font = { bold: true };
  }
  return ws;
}

/** The three objective columns (A-C) whose block cell is merged down over the block's indicator rows. */
const LEVEL_COLUMNS = 3;

/** Merges "A4:A16": a level cell followed by data rows whose cells in that column and the ones left of it are empty. */
function blockMerges(rows) {
  const merges = [];
  const isData = (r) => r && !r.kind;
  rows.forEach((r, i) => {
    if (!isData(r)) return;
    for (let c = 0; c < LEVEL_COLUMNS; c++) {
      if (!r.cells[c]) continue;
      let last = i;
      while (isData(rows[last + 1]) && rows[last + 1].cells.slice(0, c + 1).every((v) => !v)) last++;
      if (last > i) merges.push(`${"ABC"[c]}${i + 1}:${"ABC"[c]}${last + 1}`);
    }
  });
  return merges;
}

function buildOperational(workbook) {
  const ws = workbook.addWorksheet("Obiettivi operativi 2019");
  ws.columns = [
    { width: 40 },
    { width: 40 },
    { width: 40 },
    { width: 50 },
    { width: 14 },
    { width: 24 },
    { width: 10 },
    { width: 40 },
  ];
  operational.rows.forEach(({ kind, cells }, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((text, c) => {
      if (c === 4 && !kind) setValue(row.getCell(c + 1), text);
      else if (text !== "") row.getCell(c + 1).value = text;
    });
    if (kind === "missione" || kind === "intestazione" || kind === "prospettiva") row.font = { bold: true };
    row.alignment = { vertical: "top", wrapText: true };
  });
  for (const range of blockMerges(operational.rows)) ws.mergeCells(range);
  return ws;
}

function buildBoth(workbook) {
  build(workbook);
  buildOperational(workbook);
}

module.exports = {
  build: buildBoth,
  blockMerges,
  file: path.join(__dirname, "..", "test", "fixtures", "002-cruscotto-2016-2020.xlsx"),
};
