import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dateFromSerial } from "../../src/engine/dates";
import { HEADER, LECCE_ROWS, cellOf } from "../pipeline/lecce-grid";

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perf-albero-"));
}

type Rows = typeof LECCE_ROWS;

/**
 * The Lecce 2019 rows (000:L7-22) in a real .xlsx, the way the staff keep it: title merged over A1:K1,
 * header in row 2, percentages and dates with their formats, column widths, a frozen header.
 */
export function addPlanSheet(
  wb: ExcelJS.Workbook,
  name = "Piano 2019",
  rows: Rows = LECCE_ROWS,
  header: string[] = HEADER
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 2 }] });
  ws.columns = header.map((_h, i) => ({ width: [40, 10, 40, 16, 9, 12, 12, 14, 14, 20, 40][i] ?? 12 }));
  ws.mergeCells("A1:K1");
  ws.getCell("A1").value = "A1 - Piano performance 2019";
  ws.getCell("A1").font = { bold: true, size: 14 };
  header.forEach((h, i) => {
    const c = ws.getRow(2).getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  rows.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    const [obiettivo, cod, indicatore, esito, peso, target, actual] = r;
    [obiettivo, cod, indicatore, esito, peso].forEach((v, c) => {
      if (v !== null && v !== undefined) row.getCell(c + 1).value = v;
    });
    [target, actual].forEach((v, k) => {
      const { value, format } = cellOf(v);
      const c = row.getCell(6 + k);
      if (typeof value === "number") c.value = format === "dd/mm/yyyy" ? dateFromSerial(value) : value;
      if (format) c.numFmt = format;
    });
  });
  return ws;
}

export async function save(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/**
 * A workbook with everything a user may have around the plan: a cover sheet with rich text, a hyperlink,
 * a date, a formula and a shared formula, merged cells, an error value; in the plan sheet a note column,
 * a formula and a filled cell right of the table, a user's own conditional format on the consuntivo column.
 */
export async function richWorkbook(dir: string, name = "piano-completo.xlsx"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet("Copertina");
  cover.getCell("A1").value = {
    richText: [{ text: "Camera di Commercio ", font: { bold: true } }, { text: "di Lecce" }],
  };
  cover.getCell("A2").value = { text: "Sito camerale", hyperlink: "https://www.le.camcom.gov.it" };
  cover.getCell("A3").value = new Date(Date.UTC(2020, 5, 30));
  cover.getCell("A3").numFmt = "dd/mm/yyyy";
  cover.getCell("B1").value = 10;
  cover.getCell("B2").value = 20;
  cover.getCell("B3").value = { formula: "B1+B2", result: 30 };
  cover.getCell("C1").value = {
    formula: "B1*2",
    result: 20,
    shareType: "shared",
    ref: "C1:C2",
  } as ExcelJS.CellFormulaValue;
  cover.getCell("C2").value = { sharedFormula: "C1", result: 40 } as ExcelJS.CellSharedFormulaValue;
  cover.getCell("D1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  cover.mergeCells("E1:G2");
  cover.getCell("E1").value = "Riquadro unito";
  cover.getColumn(1).width = 33;

  const ws = addPlanSheet(wb);
  ws.getCell("J4").value = "Atti dell'Ente";
  ws.getCell("K4").value = "Imprese sensibilizzate al 31.12.2018 n. 304, al 31.12.2019 n. 344";
  ws.getCell("K4").alignment = { wrapText: true };
  ws.getCell("L4").value = { formula: "F4*100", result: 15 };
  ws.getCell("L2").value = "Controllo";
  ws.getCell("L2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  ws.getCell("D4").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"kpi validato,kpi non disponibile"'],
  };
  ws.getCell("C4").note = "Indicatore del Piano 2019";
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", printArea: "A1:K19" };
  wb.definedNames.add("'Piano 2019'!$F$4", "TargetKPI301");
  const hidden = wb.addWorksheet("Appoggio", { state: "hidden" });
  hidden.getCell("A1").value = "dati di appoggio";
  ws.addConditionalFormatting({
    ref: "G3:G19",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: ["ISBLANK(G3)"],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFDDDDDD" } } },
      },
    ],
  });
  return save(wb, dir, name);
}
