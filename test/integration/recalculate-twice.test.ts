import * as path from "path";
import { JsonReport, MESSY, ROOT, readWorkbook, ricalcola, tempDir, xlsxUnder, removeDir } from "./helpers/cli";
import { ownedCells } from "./helpers/owned";

/**
 * Marta recalculates, fixes a cell, recalculates again: the second run on the file the first one
 * saved must read the same plan and give the same figures, and write the same values in the same
 * cells. Whatever the first run did to the cells it does not own (formats included) shows up here
 * as a different figure.
 */

const files = [...xlsxUnder(MESSY), path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx")];

let dir: string;
beforeAll(() => {
  dir = tempDir();
}, 180_000);
afterAll(() => removeDir(dir));

function figures(json: JsonReport): unknown {
  const round = (x: number | null) => (x === null ? null : Number(x.toFixed(10)));
  return {
    ente: round(json.ente.performance),
    sheets: json.sheets.map((s) => ({
      name: s.name,
      objectives: s.objectives.map((o) => [o.code, o.row, o.weight, round(o.performance)]),
      kpis: s.kpis.map((k) => [k.row, k.objective, k.weight, k.direction, k.target, k.actual, round(k.performance)]),
    })),
    problems: json.problems.map((p) => [p.severity, p.code, p.sheet, p.cell]),
  };
}

describe.each(files.map((f) => [path.relative(ROOT, f), f]))("%s", (_label, file) => {
  it("gives the same figures, problems and written values when the recalculated file is recalculated", async () => {
    const base = path.basename(file, ".xlsx");
    const first = await ricalcola(file, dir, [], `${base}.1.xlsx`);
    const second = await ricalcola(first.output, dir, [], `${base}.2.xlsx`);
    expect(second.run.code).toBe(first.run.code);
    expect(figures(second.json)).toEqual(figures(first.json));

    const owned = await ownedCells(file);
    const a = await readWorkbook(first.output);
    const b = await readWorkbook(second.output);
    const differing = owned.writes
      .map((w) => [w.sheet, w.address] as const)
      .filter(
        ([sheet, address]) =>
          JSON.stringify(a.getWorksheet(sheet)!.getCell(address).value) !==
          JSON.stringify(b.getWorksheet(sheet)!.getCell(address).value)
      );
    expect(differing).toEqual([]);
  });
});
