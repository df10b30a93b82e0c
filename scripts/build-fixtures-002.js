/**
 * Fixture 002: CCIAA Maremma e Tirreno, Cruscotto strategico 2016-2020 (seed lines 8-87), as the
 * staff keep it in Excel: missions and numbered strategic objectives as row labels, one target
 * column per year, notes on the right. What Excel holds as a number is a number ("100%" → 1 with a
 * percent format, "1,45" → 1.45, "31/12/2019" → a date); relational targets ("≥1", "< 20%",
 * "x ≤ x-1", "Anno di rilevazione") are the text the document shows.
 */
const path = require("path");
const data = require("../test/fixtures/002-cruscotto-2016-2020.json");

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
  ws.columns = [{ width: 80 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 60 }];
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

module.exports = { build, file: path.join(__dirname, "..", "test", "fixtures", "002-cruscotto-2016-2020.xlsx") };
