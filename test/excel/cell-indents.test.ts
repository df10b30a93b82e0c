import { SimulatedExcel, levelSupports } from "../../src/excel/simulated";
import { CellValue } from "../../src/engine/values";
import { SheetGrid, gridFromRows, indentKey } from "../../src/layout/grid";
import { rig, syncsOf } from "./helpers";

/**
 * Issue 9 §3: the cells' alignment indent ("Aumenta rientro") read through Office.js (ExcelApi 1.9:
 * RangeFormat.indentLevel, Range.getCellProperties), and the simulated Excel answering as Excel documents.
 */

const ROWS: CellValue[][] = [
  ["Piano 2025", null, null],
  ["Descrizione", "Target", "Consuntivo"],
  ["Area Competitività", null, null],
  ["Digitalizzazione", null, null],
  ["Pratiche telematiche", 0.9, 0.93],
  ["Tempo medio di evasione", 30, 25],
];

/** The plan above on a sheet starting at B3, its names indented 0, 1, 2, 2, and a blank cell (C5) indented 3. */
function indented(): SheetGrid {
  const g = { ...gridFromRows("Piano", ROWS), rowOffset: 2, colOffset: 1 };
  g.indents = new Map([
    [indentKey(5, 1), 1],
    [indentKey(6, 1), 2],
    [indentKey(7, 1), 2],
    [indentKey(4, 2), 3],
  ]);
  return g;
}

const asObject = (m: ReadonlyMap<number, number> | undefined) => Object.fromEntries(m ?? []);

describe("reading the cells' indent through Office.js", () => {
  it("fills grid.indents with the indented cells holding a value, at their sheet coordinates", async () => {
    const r = rig([indented(), gridFromRows("Note", [["testo"]])]);
    const grids = await r.ops.readSheets();
    expect(asObject(grids[0].indents)).toEqual({
      [indentKey(5, 1)]: 1,
      [indentKey(6, 1)]: 2,
      [indentKey(7, 1)]: 2,
    });
    expect(grids[1].indents).toBeUndefined();
  });

  it("costs two more syncs for a sheet with indented cells and none for a sheet without", async () => {
    const plain = rig([gridFromRows("Piano", ROWS)]);
    const withIndents = rig([indented()]);
    const a = await syncsOf(plain.stats, () => plain.ops.readSheets());
    const b = await syncsOf(withIndents.stats, () => withIndents.ops.readSheets());
    expect(b.syncs - a.syncs).toBe(2);
    expect(a.value[0].indents).toBeUndefined();
  });

  it("reads long indented columns in row blocks under the byte budget and gets the same indents", async () => {
    const rows: CellValue[][] = [["Descrizione", "Target", "Consuntivo"]];
    const g = gridFromRows("Lungo", rows);
    const indents = new Map<number, number>();
    for (let i = 1; i <= 600; i++) {
      rows.push([`Voce ${i}`, i % 3 === 0 ? 10 : null, null]);
      if (i % 4 !== 0) indents.set(indentKey(i, 0), (i % 4) as number);
    }
    g.indents = indents;
    const small = rig([g], { readByteBudget: 4000 });
    const grids = await small.ops.readSheets();
    expect(asObject(grids[0].indents)).toEqual(asObject(indents));
  });

  it("without ExcelApi 1.9 reads no indent and calls nothing above its level", async () => {
    const r = rig([indented()], { supports: (v) => levelSupports("1.8", v) });
    r.excel.apiLevel = "1.8";
    const grids = await r.ops.readSheets();
    expect(grids[0].indents).toBeUndefined();
    expect(grids[0].values[3][0]).toBe("Digitalizzazione");
  });
});

describe("the simulated Excel's indents, as Excel documents them", () => {
  const excel = () => SimulatedExcel.fromGrids([indented()]);

  it.each([
    ["B5", 0],
    ["B6", 1],
    ["B7:B8", 2],
    ["B5:B8", null],
    ["C7:D8", 0],
  ])("Range(%s).format.indentLevel is %p (null when the cells differ)", async (address, expected) => {
    const level = await excel().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Piano").getRange(address);
      r.load("format/indentLevel");
      await ctx.sync();
      return r.format.indentLevel;
    });
    expect(level).toBe(expected);
  });

  it("getCellProperties gives each cell's indentLevel, a blank cell's too, 0 where none", async () => {
    const value = await excel().run(async (ctx) => {
      const p = ctx.workbook.worksheets
        .getItem("Piano")
        .getRange("B5:C6")
        .getCellProperties({
          format: { indentLevel: true },
        });
      await ctx.sync();
      return p.value;
    });
    expect(value).toEqual([
      [{ format: { indentLevel: 0 } }, { format: { indentLevel: 3 } }],
      [{ format: { indentLevel: 1 } }, { format: { indentLevel: 0 } }],
    ]);
  });

  it("reading either before sync is refused (PropertyNotLoaded), as Office.js does", async () => {
    const codes = await excel().run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Piano").getRange("B6");
      r.load("format/indentLevel");
      const p = r.getCellProperties({ format: { indentLevel: true } });
      const errors: unknown[] = [];
      for (const read of [() => r.format.indentLevel, () => p.value])
        try {
          read();
        } catch (e) {
          errors.push((e as { code?: string }).code);
        }
      await ctx.sync();
      return errors;
    });
    expect(codes).toEqual(["PropertyNotLoaded", "PropertyNotLoaded"]);
  });

  it("writing values keeps a cell's indent, as Excel keeps its format", async () => {
    const x = excel();
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Piano").getRange("B6").values = [["Digitalizzazione dei servizi"]];
      await ctx.sync();
    });
    expect(x.cell("Piano", 5, 1)).toMatchObject({ value: "Digitalizzazione dei servizi", indent: 1 });
  });
});
