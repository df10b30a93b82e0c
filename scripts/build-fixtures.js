#!/usr/bin/env node
/**
 * Writes the fixture workbooks of test/fixtures/ with ExcelJS, one per layout the readers know:
 *   003-report-albero-2022.xlsx   report tree (CCIAA Pistoia-Prato, Relazione 2022)
 *   002-cruscotto-2016-2020.xlsx  multi-year dashboard (CCIAA Maremma e Tirreno)
 *   004-schede-2019-2021.xlsx          KPI cards (CCIAA Brindisi, schede obiettivi 2019-2021)
 *
 *   node scripts/build-fixtures.js
 */
const ExcelJS = require("exceljs");

const FIXTURES = [require("./build-fixtures-003"), require("./build-fixtures-002"), require("./build-fixtures-004")];

async function main() {
  for (const fixture of FIXTURES) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "perf-albero fixtures";
    workbook.created = new Date(Date.UTC(2024, 0, 1));
    workbook.modified = workbook.created;
    fixture.build(workbook);
    await workbook.xlsx.writeFile(fixture.file);
    console.log(fixture.file);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
