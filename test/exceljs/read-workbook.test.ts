import ExcelJS from "exceljs";
import * as path from "path";
import { applyToWorkbook } from "./apply-writes";
import { defaultOutputPath } from "../../src/cli/load-workbook";
import { gridOfWorksheet, gridsOfWorkbook } from "./read-workbook";
import { serialFromYmd } from "../../src/engine/dates";
import { cellAt, formatAt, formulaAt } from "../../src/layout/grid";
import { recalculate } from "../../src/pipeline/recalculate";
import { richWorkbook, tempDir } from "../cli/fixtures";
import { cellsOf, conditionalFormatsOf, readWorkbook } from "../cli/run-cli";

describe("ExcelJS adapter: worksheet → SheetGrid", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    const file = await richWorkbook(tempDir());
    const src = await readWorkbook(file);
    const plan = src.getWorksheet("Piano 2019")!;
    plan.getRow(12).hidden = true;
    plan.getColumn(10).hidden = true;
    plan.addTable({
      name: "Controlli",
      ref: "N2",
      headerRow: true,
      columns: [{ name: "Voce" }, { name: "Valore" }],
      rows: [["pesi A.1", 1]],
    });
    const out = path.join(tempDir(), "adapter.xlsx");
    await src.xlsx.writeFile(out);
    wb = await readWorkbook(out);
  });

  it("delivers values as Excel's range.values: text, numbers, date serials, errors, rich text, hyperlinks", () => {
    const g = gridOfWorksheet(wb.getWorksheet("Copertina")!);
    expect(cellAt(g, 0, 0)).toBe("Camera di Commercio di Lecce");
    expect(cellAt(g, 1, 0)).toBe("Sito camerale");
    expect(cellAt(g, 2, 0)).toBe(serialFromYmd(2020, 6, 30));
    expect(formatAt(g, 2, 0)).toBe("dd/mm/yyyy");
    expect(cellAt(g, 0, 3)).toBe("#N/A");
  });

  it("gives a formula's cached result as value and its text (with =) as formula, shared formulas translated", () => {
    const g = gridOfWorksheet(wb.getWorksheet("Copertina")!);
    expect(cellAt(g, 2, 1)).toBe(30);
    expect(formulaAt(g, 2, 1)).toBe("=B1+B2");
    expect(cellAt(g, 1, 2)).toBe(40);
    expect(formulaAt(g, 1, 2)).toBe("=B2*2");
    expect(formulaAt(g, 0, 1)).toBeNull();
  });

  it("keeps merges (value only in the top-left cell), hidden rows and columns, tables, offsets", () => {
    const cover = gridOfWorksheet(wb.getWorksheet("Copertina")!);
    expect(cover.merges).toEqual(["E1:G2"]);
    expect(cellAt(cover, 0, 4)).toBe("Riquadro unito");
    expect(cellAt(cover, 0, 5)).toBeNull();
    const plan = gridOfWorksheet(wb.getWorksheet("Piano 2019")!);
    expect(plan.rowOffset).toBe(0);
    expect(plan.colOffset).toBe(0);
    expect([...plan.hiddenRows!]).toEqual([11]);
    expect([...plan.hiddenColumns!]).toEqual([9]);
    expect(plan.tables).toEqual([{ name: "Controlli", range: "N2:O3" }]);
    expect(cellAt(plan, 3, 5)).toBe(0.15);
    expect(formatAt(plan, 3, 5)).toBe("0.00%");
  });

  it("starts the grid at the first used cell", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("Spostato");
    sheet.getCell("C5").value = "Obiettivo";
    sheet.getCell("D7").value = 3;
    const g = gridOfWorksheet(sheet);
    expect([g.rowOffset, g.colOffset, g.values.length, g.values[0].length]).toEqual([4, 2, 3, 2]);
    expect(cellAt(g, 6, 3)).toBe(3);
  });

  it("does not add cells to the workbook while reading", () => {
    const before = cellsOf(wb).size;
    gridsOfWorkbook(wb);
    expect(cellsOf(wb).size).toBe(before);
  });
});

describe("ExcelJS adapter: writes and conditional formats", () => {
  it("sets value and number format only on the written cells and replaces only its own formats", async () => {
    const wb = await readWorkbook(await richWorkbook(tempDir()));
    const r = recalculate({ grids: gridsOfWorkbook(wb) });
    const before = cellsOf(wb);
    applyToWorkbook(wb, r.writes, r.conditionalFormats);
    applyToWorkbook(wb, r.writes, r.conditionalFormats);
    const after = cellsOf(wb);
    const owned = new Set(r.writes.map((w) => `${w.sheet}!${w.address}`));
    for (const [address, cell] of before) if (!owned.has(address)) expect(after.get(address)).toEqual(cell);
    const h4 = wb.getWorksheet("Piano 2019")!.getCell("H4");
    expect(h4.value as number).toBeCloseTo(0.1316 / 0.15, 12);
    expect(h4.numFmt).toBe("0.00%");
    expect(conditionalFormatsOf(wb, "Piano 2019").map((c) => c.ref)).toEqual(["G3:G19", "H3:H19", "I3:I19"]);
  });
});

describe("loading", () => {
  it("writes <name>.ricalcolato.xlsx next to the input, .xlsm for a macro workbook (its macros are kept)", () => {
    expect(defaultOutputPath(path.join("uffici", "Piano 2025.xlsx"))).toBe(
      path.join("uffici", "Piano 2025.ricalcolato.xlsx")
    );
    expect(defaultOutputPath("piano.xlsm")).toBe("piano.ricalcolato.xlsm");
  });
});
