import { CellValue } from "../../../src/engine/values";
import { columnsFromContent } from "../../../src/layout/table/column-content";
import { gridFromRows } from "../../../src/layout/grid";

/** A sheet: Indicatore | <heading> | Target | Consuntivo, the second column holding `cells`. */
function grid(heading: string, cells: CellValue[]) {
  return gridFromRows("P", [
    ["Indicatore", heading, "Target", "Consuntivo"],
    ...cells.map((c, i): CellValue[] => [`KPI ${i}`, c, 10, 9]),
  ]);
}
const KNOWN = { indicatore: 0, target: 2, consuntivo: 3 };

describe("a column's content decides its field when the heading does not (issue 9)", () => {
  it.each<[string, string, CellValue[], number | null]>([
    ["symbols under Tipo", "Tipo", [">=", "<=", "=", ">="], 1],
    ["words", "Tipo", ["crescente", "decrescente", "massimizzare"], 1],
    ["arrows under an unknown heading", "Freccia", ["↑", "↓", "↑"], 1],
    ["signs", "Tipo", ["+", "-", "+"], 1],
    ["dashes only: empty marks", "Tipo", ["-", "-", "-"], null],
    ["names", "Tipo", ["efficacia", "efficienza", "qualità"], null],
    ["one cell only", "Tipo", [">=", null, null], null],
  ])("%s", (_what, heading, cells, col) => {
    const found = columnsFromContent(grid(heading, cells), 0, KNOWN);
    expect(found).toEqual(col === null ? [] : [{ field: "direzione", col }]);
  });

  it("leaves a sheet with a Direzione column alone", () => {
    expect(columnsFromContent(grid("Tipo", [">=", "<="]), 0, { ...KNOWN, direzione: 1 })).toEqual([]);
  });
});
