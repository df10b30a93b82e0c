import { CellValue } from "../../src/engine/values";
import { gridFromRows } from "../../src/layout/grid";
import { isInstructionSheet } from "../../src/layout/instructions";
import { readPlanSheet } from "../../src/layout/read-plan";

const EXAMPLE: CellValue[][] = [
  ["Obiettivo", "Indicatore", "Peso", "Direzione", "Target", "Consuntivo"],
  ["X.1 Obiettivo di prova", null, null, null, null, null],
  [null, "Pratiche evase", 1, ">=", 100, 80],
];

describe("instructions sheets with an example table (issue 9, office fixture 24)", () => {
  it.each<[string, string, CellValue[][], boolean]>([
    ["named Istruzioni", "Istruzioni", EXAMPLE, true],
    ["named Guida alla compilazione", "Guida alla compilazione", EXAMPLE, true],
    ["saying so above a short table", "Foglio1", [["Esempio di compilazione:"], ...EXAMPLE], true],
    ["a plan named Piano", "Piano 2025", EXAMPLE, false],
    [
      "a long plan that mentions the instructions",
      "Piano 2025",
      [
        ["Istruzioni: compilare il consuntivo"],
        ...EXAMPLE,
        ...Array.from({ length: 20 }, (_, i): CellValue[] => [null, `KPI ${i}`, 0.05, ">=", 10, 9]),
      ],
      false,
    ],
  ])("%s → %s", (_what, name, rows, expected) => {
    expect(isInstructionSheet(gridFromRows(name, rows))).toBe(expected);
  });

  it("is not read as a plan, with one avviso; a mapping for it reads it", () => {
    const grid = gridFromRows("Istruzioni", EXAMPLE);
    const skipped = readPlanSheet(grid);
    expect(skipped.plan).toBeNull();
    expect(skipped.problems.map((p) => [p.code, p.severity, p.sheet])).toEqual([
      ["foglio-istruzioni", "avviso", "Istruzioni"],
    ]);
    const mapped = readPlanSheet(grid, {
      columns: { obiettivo: 0, indicatore: 1, peso: 2, direzione: 3, target: 4, consuntivo: 5 },
    });
    expect(mapped.plan?.objectives.map((o) => o.code)).toEqual(["X.1"]);
  });
});
