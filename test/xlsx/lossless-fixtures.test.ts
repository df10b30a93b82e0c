import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { diffPackages, recalcPackage } from "./package-diff";

const ROOT = path.resolve(__dirname, "..", "..");
const FIXTURES = [
  ...["test/fixtures", "test/fixtures/messy", "test/fixtures/offices", "assets"].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(dir, f))
  ),
];

describe("every fixture survives byte for byte outside the owned cells", () => {
  it.each(FIXTURES)("%s", async (file) => {
    const data = fs.readFileSync(path.join(ROOT, file));
    const { result, output, owned } = recalcPackage(data);
    expect(diffPackages(data, output, owned)).toEqual({ missing: [], added: [], changed: [] });
    // The copy opens and holds the results in the owned cells.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(output) as unknown as ArrayBuffer);
    for (const w of result.writes) {
      const cell = wb.getWorksheet(w.sheet)!.getCell(w.address);
      expect([w.address, cell.value]).toEqual([w.address, w.value]);
      if (w.numberFormat) expect(cell.numFmt).toBe(w.numberFormat);
    }
    for (const f of result.conditionalFormats) {
      const ws = wb.getWorksheet(f.sheet) as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      };
      expect(
        ws.conditionalFormattings.filter((c) => c.ref === f.range).flatMap((c) => c.rules.map((r) => r.formulae[0]))
      ).toEqual(f.rules.map((r) => r.formula));
    }
    // A second run over the copy changes nothing but the same cells: the old traffic lights are replaced.
    const again = recalcPackage(output);
    expect(diffPackages(output, again.output, again.owned)).toEqual({ missing: [], added: [], changed: [] });
    expect(again.result.writes).toEqual(result.writes);
  });
});
