import { SimulatedExcel } from "../../src/excel/simulated";
import { gridFromRows } from "../../src/layout/grid";
import { shiftFormula } from "../../src/excel/simulated/relative-formula";
import { recordStats, snapshot } from "./sim-probe";

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
    const stats = recordStats(excel);
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
    expect(stats.syncs).toBe(1);
  });

  it("reads a written text the way an Italian Excel reads typed input; only an apostrophe keeps it text", async () => {
    const excel = excelWith([[null]]);
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Foglio1").getRange("A1:F1").values = [
        ["15,00%", "'15,00%", "1.587,10", "-A1", "N.V.", "'N.V."],
      ];
      await ctx.sync();
    });
    expect(excel.cell("Foglio1", 0, 0)?.value).toBeCloseTo(0.15, 12);
    expect(excel.cell("Foglio1", 0, 1)?.value).toBe("15,00%");
    expect(excel.cell("Foglio1", 0, 2)?.value).toBeCloseTo(1587.1, 9);
    expect(excel.cell("Foglio1", 0, 3)?.formula).toBe("=-A1");
    expect(excel.cell("Foglio1", 0, 4)).toEqual({ value: "N.V.", formula: null, numberFormat: "General" });
    expect(excel.cell("Foglio1", 0, 5)).toEqual({ value: "N.V.", formula: null, numberFormat: "General" });
  });

  it("adds a conditional format at the top priority and finds a loaded one by position unless its id was loaded", async () => {
    const positions = excelWith([[1, 2, 3]]);
    const byId = excelWith([[1, 2, 3]]);
    for (const excel of [positions, byId]) {
      await excel.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("Foglio1");
        for (const [address, formula] of [
          ["A1", "=A1>0"],
          ["B1", "=B1>0"],
          ["C1", "=C1>0"],
        ])
          ws.getRange(address).conditionalFormats.add("Custom").custom.rule.formula = formula;
        await ctx.sync();
      });
      expect(snapshot(excel).sheets[0].formats.map((f) => f.formula)).toEqual(["=C1>0", "=B1>0", "=A1>0"]);
    }
    const deleteFirstTwo = (excel: SimulatedExcel, load: string) =>
      excel.run(async (ctx) => {
        const list = ctx.workbook.worksheets.getItem("Foglio1").getRange().conditionalFormats;
        list.load(load);
        await ctx.sync();
        list.items[0].delete();
        list.items[1].delete();
        await ctx.sync();
      });
    // getItemAt(0) then getItemAt(1): the second delete finds what moved into position 1.
    await deleteFirstTwo(positions, "items/type");
    expect(snapshot(positions).sheets[0].formats.map((f) => f.formula)).toEqual(["=B1>0"]);
    await deleteFirstTwo(byId, "items/id,items/type");
    expect(snapshot(byId).sheets[0].formats.map((f) => f.formula)).toEqual(["=A1>0"]);
  });

  // office-js issue 5194 ("by design"): the formula is read relative to the top-left of the range the
  // collection was fetched from, and written relative to the range the format is added to.
  it.each([
    ["the whole sheet", undefined, "=AND(ISNUMBER(A1),ROUND(A1,9)>=0.8)"],
    ["its own range", "H3:H96", "=AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)"],
    ["a range starting one row lower", "H4:H96", "=AND(ISNUMBER(H4),ROUND(H4,9)>=0.8)"],
  ])("reads a rule formula relative to the range it is fetched from: %s", async (_, fetchedFrom, expected) => {
    const excel = excelWith([[1]]);
    await excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets.getItem("Foglio1").getRange("H3:H96").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)";
      await ctx.sync();
    });
    await excel.run(async (ctx) => {
      const list = ctx.workbook.worksheets.getItem("Foglio1").getRange(fetchedFrom).conditionalFormats;
      list.load("items/id,items/type");
      await ctx.sync();
      list.items[0].load("custom/rule/formula");
      await ctx.sync();
      expect(list.items[0].custom.rule.formula).toBe(expected);
    });
    expect(snapshot(excel).sheets[0].formats[0].formula).toBe("=AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)");
  });

  it.each([
    ["=H3>0", -2, -7, "=A1>0"],
    ["=$H$3>H3", -2, -7, "=$H$3>A1"],
    ['=AND(ISNUMBER(H3),LOG10(H3)>1,"H3"<>H$3)', 1, 1, '=AND(ISNUMBER(I4),LOG10(I4)>1,"H3"<>I$3)'],
    ["=A1>0", -1, 0, "=A1048576>0"],
    ["=SUM(B2:C3)", 1, -1, "=SUM(A3:B4)"],
  ])("moves the relative references of %s by %i rows and %i columns", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });

  it("leaves calculation pending after writes made with calculation suspended, until application.calculate", async () => {
    const excel = excelWith([[1]]);
    const stats = recordStats(excel);
    await excel.run(async (ctx) => {
      ctx.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.worksheets.getItem("Foglio1").getRange("A1").values = [[2]];
      await ctx.sync();
      expect(excel.calculationPending).toBe(true);
      ctx.workbook.worksheets.getItem("Foglio1").getRange("A1").values = [[3]];
      await ctx.sync();
      expect(excel.calculationPending).toBe(true);
      ctx.application.calculate("Recalculate");
      await ctx.sync();
    });
    expect(excel.calculationPending).toBe(false);
    expect(stats.calculations).toBe(1);
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

  it.each([
    [512, true],
    [513, false],
  ])("returns the merged areas of a range holding %i of them: %s", async (count, answers) => {
    const excel = SimulatedExcel.fromGrids([
      { ...gridFromRows("Foglio1", [[1]]), merges: Array.from({ length: count }, (_, i) => `A${i + 1}:B${i + 1}`) },
    ]);
    const read = excel.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("Foglio1").getRange("A1:B1000").getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      return areas.address.split(", ").length;
    });
    if (answers) await expect(read).resolves.toBe(count);
    else await expect(read).rejects.toMatchObject({ name: "RichApi.Error" });
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
