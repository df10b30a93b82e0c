import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { readPackage } from "../../src/xlsx/read-package";

const ROOT = path.resolve(__dirname, "..", "..");
const files = [
  ...fs
    .readdirSync(path.join(ROOT, "test/fixtures"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(ROOT, "test/fixtures", f)),
  ...fs
    .readdirSync(path.join(ROOT, "test/fixtures/messy"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(ROOT, "test/fixtures/messy", f)),
  ...fs
    .readdirSync(path.join(ROOT, "test/fixtures/offices"))
    // the arrangements whose cells carry an alignment indent or leading spaces (issue 9 §3)
    .filter((f) => /^4[01]-.*\.xlsx$/.test(f))
    .map((f) => path.join(ROOT, "test/fixtures/offices", f)),
  path.join(ROOT, "assets/piano-performance-2019-lecce.xlsx"),
];

describe("package reader reads what the ExcelJS reader read", () => {
  it.each(files.map((f) => [path.relative(ROOT, f), f]))("%s", async (_n, file) => {
    const data = fs.readFileSync(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const old = gridsOfWorkbook(wb);
    const mine = readPackage(data).grids;
    expect(mine.map((g) => g.name)).toEqual(old.map((g) => g.name));
    for (let i = 0; i < old.length; i++) {
      const o = old[i];
      const m = mine[i];
      expect({
        name: m.name,
        values: m.values,
        rowOffset: m.rowOffset,
        colOffset: m.colOffset,
        formulas: m.formulas,
      }).toEqual({
        name: o.name,
        values: o.values,
        rowOffset: o.rowOffset,
        colOffset: o.colOffset,
        formulas: o.formulas,
      });
      expect(m.numberFormats).toEqual(o.numberFormats);
      expect([...m.hiddenRows!].sort()).toEqual([...o.hiddenRows!].sort());
      expect([...m.hiddenColumns!].sort()).toEqual([...o.hiddenColumns!].sort());
      expect([...m.merges!].sort()).toEqual([...o.merges!].sort());
      expect(m.tables).toEqual(o.tables);
      expect(m.indents).toEqual(o.indents);
    }
  });
});
