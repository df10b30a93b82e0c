import ExcelJS from "exceljs";
import { diffWorkbooks } from "./helpers/workbook-diff";

/** The checker of the no-data-loss test must itself see every kind of loss it claims to see. */

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

function base(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Piano");
  ws.getColumn(1).width = 30;
  ws.mergeCells("A1:C1");
  ws.getCell("A1").value = "Titolo";
  ws.getCell("A2").value = { richText: [{ text: "Pratiche ", font: { bold: true } }, { text: "evase" }] };
  ws.getCell("B2").value = 0.5;
  ws.getCell("B2").numFmt = "0%";
  ws.getCell("C2").value = { formula: "B2*2", result: 1 };
  ws.getCell("D2").value = new Date(Date.UTC(2024, 5, 30));
  ws.getCell("D2").numFmt = "dd/mm/yyyy";
  ws.getCell("E2").value = "nota";
  ws.getCell("E2").note = "commento";
  wb.addWorksheet("Altro").getCell("A1").value = 1;
  return wb;
}

describe("diffWorkbooks", () => {
  it("finds no difference after a plain round trip", async () => {
    const wb = base();
    expect(diffWorkbooks(await roundTrip(wb), await roundTrip(base()), new Set())).toEqual([]);
  });

  it.each<[string, (wb: ExcelJS.Workbook) => void, RegExp]>([
    ["a value", (wb) => (wb.getWorksheet("Piano")!.getCell("B2").value = 0.6), /^Piano!B2 value: 0.5 → 0.6$/],
    [
      "a number format",
      (wb) => (wb.getWorksheet("Piano")!.getCell("B2").numFmt = "0.00%"),
      /^Piano!B2 numFmt: "0%" → "0.00%"$/,
    ],
    [
      "a formula",
      (wb) => (wb.getWorksheet("Piano")!.getCell("C2").value = 1),
      /^Piano!C2 value: .*"formula":"B2\*2".* → 1$/,
    ],
    [
      "rich text",
      (wb) => (wb.getWorksheet("Piano")!.getCell("A2").value = "Pratiche evase"),
      /^Piano!A2 value: \{"richText".* → "Pratiche evase"$/,
    ],
    [
      "a date",
      (wb) => (wb.getWorksheet("Piano")!.getCell("D2").value = new Date(Date.UTC(2024, 5, 29))),
      /^Piano!D2 value: \{"date":"2024-06-30.* → \{"date":"2024-06-29/,
    ],
    [
      "a note",
      (wb) => (wb.getWorksheet("Piano")!.getCell("E2").note = "altro"),
      /^Piano!E2 note: "commento" → "altro"$/,
    ],
    ["a merge", (wb) => wb.getWorksheet("Piano")!.unMergeCells("A1:C1"), /^Piano: celle unite: \["A1:C1"\] → \[\]$/],
    ["a column width", (wb) => (wb.getWorksheet("Piano")!.getColumn(1).width = 10), /^Piano: colonne/],
    [
      "a style",
      (wb) => (wb.getWorksheet("Piano")!.getCell("E2").font = { bold: true }),
      /^Piano!E2 font: null → \{"bold":true\}$/,
    ],
    ["a sheet", (wb) => wb.removeWorksheet(wb.getWorksheet("Altro")!.id), /^fogli: \["Piano","Altro"\] → \["Piano"\]$/],
  ])("reports a changed %s", async (_what, change, expected) => {
    const changed = base();
    change(changed);
    const diffs = diffWorkbooks(await roundTrip(base()), await roundTrip(changed), new Set());
    expect(diffs).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it("skips the cells the add-in owns, and only those", async () => {
    const changed = base();
    changed.getWorksheet("Piano")!.getCell("B2").value = 0.9;
    changed.getWorksheet("Piano")!.getCell("E2").value = "x";
    const diffs = diffWorkbooks(await roundTrip(base()), await roundTrip(changed), new Set(["Piano!B2"]));
    expect(diffs).toEqual(['Piano!E2 value: "nota" → "x"']);
  });
});
