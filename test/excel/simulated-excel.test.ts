import { SimulatedExcel } from "../../src/excel/simulated-excel";
import { gridFromRows } from "../../src/layout/grid";

/** The simulated Excel behind the demo mode and the adapter tests keeps Office.js's rules. */
function excelWith(rows: (string | number | null)[][]): SimulatedExcel {
  return SimulatedExcel.fromGrids([gridFromRows("Foglio1", rows)]);
}

describe("simulated Excel", () => {
  it("answers a property only after load and sync", async () => {
    const excel = excelWith([["Obiettivo", 0.5]]);
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Foglio1").getRange("A1:B1");
      expect(() => r.values).toThrow(/non è stata caricata/);
      r.load("values,numberFormat");
      expect(() => r.values).toThrow(/non è stata caricata/);
      await ctx.sync();
      expect(r.values).toEqual([["Obiettivo", 0.5]]);
      expect(r.numberFormat).toEqual([["General", "General"]]);
      expect(() => r.formulas).toThrow(/non è stata caricata/);
    });
  });

  it("applies writes at sync: null leaves a cell alone, an apostrophe keeps text, = makes a formula, empty clears", async () => {
    const excel = excelWith([[1, 2, 3, 4]]);
    await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Foglio1").getRange("A1:D1");
      r.values = [[null, "'15,00%", "=A1*2", ""]];
      expect(excel.cell("Foglio1", 0, 1)?.value).toBe(2);
      await ctx.sync();
    });
    expect(excel.cell("Foglio1", 0, 0)?.value).toBe(1);
    expect(excel.cell("Foglio1", 0, 1)).toEqual({ value: "15,00%", formula: null, numberFormat: "General" });
    expect(excel.cell("Foglio1", 0, 2)?.formula).toBe("=A1*2");
    expect(excel.cell("Foglio1", 0, 3)).toBeUndefined();
    expect(excel.stats.syncs).toBe(1);
  });

  it("refuses a sync whose request passes the payload limit and applies none of it", async () => {
    const excel = excelWith([[1]]);
    excel.payloadLimit = 1000;
    await expect(
      excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Foglio1");
        ws.getRange("A1").values = [[2]];
        ws.getRange("B1:B200").values = Array.from({ length: 200 }, () => ["una stringa piuttosto lunga"]);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("Foglio1", 0, 0)?.value).toBe(1);
  });

  it("reports the used range as a null object on an empty sheet", async () => {
    const excel = excelWith([]);
    await excel.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem("Foglio1").getUsedRangeOrNullObject(true);
      used.load("rowIndex");
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
  });
});
