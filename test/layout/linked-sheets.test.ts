import { CellValue } from "../../src/engine/values";
import { gridFromRows } from "../../src/layout/grid";
import { SheetRead, linkObjectiveSheets } from "../../src/layout/linked-sheets";
import { readPlanSheet } from "../../src/layout/read-plan";

const OBJECTIVES: CellValue[][] = [
  ["Codice", "Obiettivo", "Peso"],
  ["A", "Competitività", null],
  ["A.1", "Digitalizzazione", 0.7],
  ["A.2", "Turismo", 0.3],
];
const INDICATORS: CellValue[][] = [
  ["Codice obiettivo", "Indicatore", "Peso", "Direzione", "Target", "Consuntivo"],
  ["A.1", "Imprese ai seminari", 1, ">=", 40, 42],
  ["A.2", "Tempo medio (giorni)", 1, "<=", 10, 8],
];

function reads(...sheets: [string, CellValue[][]][]): SheetRead[] {
  return sheets.map(([name, rows]) => {
    const grid = gridFromRows(name, rows);
    return { grid, result: readPlanSheet(grid) };
  });
}

describe("two sheets linked by codes (issue 9, office fixture 14)", () => {
  it("gives the indicators' plan the areas, names and weights of the objectives sheet, with one avviso", () => {
    const r = reads(["Obiettivi", OBJECTIVES], ["Indicatori", INDICATORS]);
    linkObjectiveSheets(r);
    const plan = r[1].result.plan!;
    expect(plan.objectives.map((o) => [o.code, o.name, o.weight, o.parentCode, o.sheet, o.kpis.length])).toEqual([
      ["A", "Competitività", null, null, "Obiettivi", 0],
      ["A.1", "Digitalizzazione", 0.7, "A", "Indicatori", 1],
      ["A.2", "Turismo", 0.3, "A", "Indicatori", 1],
    ]);
    expect(r[1].result.problems.map((p) => [p.code, p.sheet])).toEqual([["fogli-collegati", "Indicatori"]]);
    expect(r[0].result.problems).toEqual([]);
  });

  it("leaves sheets alone when no code is shared", () => {
    const r = reads(
      ["Obiettivi", OBJECTIVES.map((row, i) => (i === 0 ? row : [`Z.${i}`, row[1], row[2]]))],
      ["Indicatori", INDICATORS]
    );
    const before = r[1].result.plan!.objectives.map((o) => o.code);
    linkObjectiveSheets(r);
    expect(r[1].result.plan!.objectives.map((o) => o.code)).toEqual(before);
    expect(r[0].result.problems.length).toBeGreaterThan(0);
  });
});
