#!/usr/bin/env node
"use strict";
/**
 * Writes assets/cartella-esempio.json: the sample workbook (assets/piano-performance-2019-lecce.xlsx)
 * as the list of sheet grids the task pane's demo mode opens when no `?cartella=` is given (webpack
 * serves it as taskpane.cartella-esempio.json). Read with the command line's reader, compiled by
 * `npm run prepare` into dist/cli; test/taskpane/demo-sample.test.ts fails when the file is out of date.
 *
 * Usage: node scripts/build-demo-workbook.js
 */
const fs = require("fs");
const path = require("path");
const ExcelJS = require("exceljs");

const ROOT = path.join(__dirname, "..");
const { gridsOfWorkbook } = require(path.join(ROOT, "dist", "cli", "read-workbook.js"));

async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx"));
  // The same shape as src/excel/grid-json.ts gridToJson: hidden rows and columns as arrays.
  const grids = gridsOfWorkbook(wb).map(({ hiddenRows, hiddenColumns, ...rest }) => ({
    ...rest,
    ...(hiddenRows ? { hiddenRows: [...hiddenRows] } : {}),
    ...(hiddenColumns ? { hiddenColumns: [...hiddenColumns] } : {}),
  }));
  fs.writeFileSync(path.join(ROOT, "assets", "cartella-esempio.json"), JSON.stringify(grids));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
