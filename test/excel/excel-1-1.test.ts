import { ExcelContextLike } from "../../src/excel/excel-api";
import { recalculateWorkbook } from "../../src/excel/recalc-flow";
import { API_REQUIREMENTS, SimulatedExcel, levelSupports } from "../../src/excel/simulated";
import { GatedApi } from "../../src/excel/simulated/api-levels";
import { SheetGrid, gridFromRows } from "../../src/layout/grid";
import { SAMPLE_SHEET, rig, sampleGrids, settings } from "./helpers";
import { snapshot } from "./sim-probe";

let sample: SheetGrid[];
beforeAll(async () => {
  sample = await sampleGrids();
});

/** The adapter over a simulated Excel with only ExcelApi 1.1 (Office 2016 volume licence). */
function rig11(grids: readonly SheetGrid[]) {
  const r = rig(grids, { supports: (v) => levelSupports("1.1", v) });
  r.excel.apiLevel = "1.1";
  return r;
}

/** One use of each member above ExcelApi 1.1, queued in a batch. */
const CALLS: Record<GatedApi, (ctx: ExcelContextLike) => void> = {
  "Workbook.functions": (ctx) => ctx.workbook.functions.date(2020, 1, 1).load("value"),
  "Worksheet.getUsedRange(valuesOnly)": (ctx) =>
    ctx.workbook.worksheets.getItem("F").getUsedRange(true).load("address"),
  "Range.getVisibleView": (ctx) =>
    ctx.workbook.worksheets.getItem("F").getRange("A1:B2").getVisibleView().load("cellAddresses"),
  "Worksheet.getUsedRangeOrNullObject": (ctx) =>
    ctx.workbook.worksheets.getItem("F").getUsedRangeOrNullObject().load("address"),
  "NamedItemCollection.add": (ctx) => void ctx.workbook.names.add("PROVA", "=1"),
  "NamedItemCollection.getItemOrNullObject": (ctx) => ctx.workbook.names.getItemOrNullObject("PROVA").load("type"),
  "Range.conditionalFormats": (ctx) =>
    ctx.workbook.worksheets.getItem("F").getRange("A1").conditionalFormats.load("items/id"),
  "Application.suspendApiCalculationUntilNextSync": (ctx) => ctx.application.suspendApiCalculationUntilNextSync(),
  "Application.suspendScreenUpdatingUntilNextSync": (ctx) => ctx.application.suspendScreenUpdatingUntilNextSync(),
  "Range.getMergedAreasOrNullObject": (ctx) =>
    ctx.workbook.worksheets.getItem("F").getRange("A1:B2").getMergedAreasOrNullObject().load("address"),
  "Range.valuesAsJson": (ctx) => ctx.workbook.worksheets.getItem("F").getRange("A1").load("valuesAsJson"),
  "Range.getCellProperties": (ctx) =>
    void ctx.workbook.worksheets
      .getItem("F")
      .getRange("A1:B2")
      .getCellProperties({ format: { indentLevel: true } }),
  "RangeFormat.indentLevel": (ctx) => ctx.workbook.worksheets.getItem("F").getRange("A1").load("format/indentLevel"),
};

async function callAt(level: string, api: GatedApi): Promise<unknown> {
  const excel = SimulatedExcel.fromGrids([
    gridFromRows("F", [
      [1, 2],
      [3, 4],
    ]),
  ]);
  excel.apiLevel = level;
  return excel
    .run(async (ctx) => {
      CALLS[api](ctx);
      await ctx.sync();
      return "ok";
    })
    .catch((e: { code?: string }) => e.code);
}

const below = (version: string) => version.replace(/\.(\d+)$/, (_, minor: string) => `.${Number(minor) - 1}`);

describe("the simulated Excel refuses each API above its ExcelApi level, as Excel does (ApiNotFound)", () => {
  it.each(Object.entries(API_REQUIREMENTS) as [GatedApi, string][])("%s needs ExcelApi %s", async (api, version) => {
    expect(await callAt(below(version), api)).toBe("ApiNotFound");
    expect(await callAt(version, api)).toBe("ok");
  });

  it.each([
    ["1.1", "1.1", true],
    ["1.1", "1.2", false],
    ["1.9", "1.13", false],
    ["1.13", "1.9", true],
    ["1.16", "1.16", true],
  ])("level %s has ExcelApi %s: %s", (level, version, expected) => {
    expect(levelSupports(level, version)).toBe(expected);
  });

  it.each([
    ["no fill", "#FFFFFF", undefined],
    ["a yellow fill", "#FFFF00", "#FFFF00"],
    ["a white fill", "#FFFFFF", "#FFFFFF"],
  ])("a cell with %s reads Range.format.fill.color %s", async (_, expected, fill) => {
    const excel = SimulatedExcel.fromGrids([gridFromRows("F", [[1]])]);
    const sheet = excel.sheet("F");
    const a1 = excel.cell("F", 0, 0);
    if (!sheet || !a1) throw new Error("cella assente");
    excel.setCell(sheet, 0, 0, { ...a1, fill });
    const color = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("F").getRange("A1");
      r.load("format/fill/color");
      await ctx.sync();
      return r.format.fill.color;
    });
    expect(color).toBe(expected);
  });
});

const cell = (r: ReturnType<typeof rig>, address: string) => snapshot(r.excel).sheets[0].cells[address];

describe("Ricalcola albero in Excel with ExcelApi 1.1: traffic lights as cell fills", () => {
  it("paints the performance cells instead of adding conditional formats, and calls nothing above 1.1", async () => {
    const r = rig11(sample);
    const out = await recalculateWorkbook(r.ops, settings());
    expect(r.ops.trafficLightsAsFills).toBe(true);
    expect(out.applied?.formatsAdded).toBe(0);
    expect(out.applied?.cellsFilled).toBeGreaterThan(50);
    expect(snapshot(r.excel).sheets[0].formats).toEqual([]);
    // KPI301 87,72% ≥ 80%: green; KPI264 N.V.: no fill; A.1 57,55% < 60%: red.
    expect(cell(r, "H4")).toMatchObject({ fill: "#C6EFCE" });
    expect(cell(r, "H7").v).toBe("N.V.");
    expect(cell(r, "H7").fill).toBeUndefined();
    expect(cell(r, "I4")).toMatchObject({ fill: "#FFC7CE" });
    expect(r.stats.suspendCalculation + r.stats.suspendScreenUpdating).toBe(0);
  });

  it("lists sheets and selects a cell with ExcelApi 1.1 calls only", async () => {
    const r = rig11(sample);
    expect(await r.ops.listSheets()).toEqual([{ name: SAMPLE_SHEET, visible: true }]);
    await r.ops.selectCell(SAMPLE_SHEET, "H4");
    expect(r.excel.selection).toEqual({ sheet: SAMPLE_SHEET, address: "H4" });
  });

  it("gives the same workbook when recalculated twice", async () => {
    const r = rig11(sample);
    await recalculateWorkbook(r.ops, settings());
    const once = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings());
    expect(snapshot(r.excel)).toEqual(once);
  });

  it("undo gives back the original cells and fills exactly: no fill, and a user's own fill", async () => {
    const r = rig11(sample);
    const sheet = r.excel.sheet(SAMPLE_SHEET);
    if (!sheet) throw new Error("foglio assente");
    const h4 = r.excel.cell(SAMPLE_SHEET, 3, 7) ?? { value: null, formula: null, numberFormat: "General" };
    r.excel.setCell(sheet, 3, 7, { ...h4, fill: "#FFFF00" });
    const original = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings());
    expect(cell(r, "H4").fill).toBe("#C6EFCE");
    await r.ops.undoLastRecalc();
    expect(snapshot(r.excel)).toEqual(original);
  });

  it("keeps a user's fill on a cell that is N.V., and clears its own fill where a value turns N.V.", async () => {
    const r = rig11(sample);
    const sheet = r.excel.sheet(SAMPLE_SHEET);
    if (!sheet) throw new Error("foglio assente");
    const h7 = r.excel.cell(SAMPLE_SHEET, 6, 7) ?? { value: null, formula: null, numberFormat: "General" };
    r.excel.setCell(sheet, 6, 7, { ...h7, fill: "#FFFF00" });
    await recalculateWorkbook(r.ops, settings());
    expect(cell(r, "H7").fill).toBe("#FFFF00");
    expect(cell(r, "H4").fill).toBe("#C6EFCE");
    // KPI301's consuntivo becomes "N.V.": so does its performance, and the green of the first recalculation goes.
    const g4 = r.excel.cell(SAMPLE_SHEET, 3, 6);
    if (!g4) throw new Error("consuntivo assente");
    r.excel.setCell(sheet, 3, 6, { ...g4, value: "N.V.", formula: null });
    const first = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings());
    expect(cell(r, "H4").v).toBe("N.V.");
    expect(cell(r, "H4").fill).toBeUndefined();
    await r.ops.undoLastRecalc();
    expect(snapshot(r.excel)).toEqual(first);
  });

  it("undo after two recalculations gives back the first one's cells and fills", async () => {
    const r = rig11(sample);
    await recalculateWorkbook(r.ops, settings());
    const first = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings({ method: "binario" }));
    expect(snapshot(r.excel)).not.toEqual(first);
    await r.ops.undoLastRecalc();
    expect(snapshot(r.excel)).toEqual(first);
  });
});
