import { CellValue } from "../../../src/engine/values";
import { gridFromRows } from "../../../src/layout/grid";
import { readPlanSheet } from "../../../src/layout/read-plan";

const ROWS: CellValue[][] = [
  ["Obiettivo", "Indicatore", "Peso", "Direzione", "Target", "Consuntivo"],
  ["A.1 Sportello", null, null, null, null, null],
  [null, "Tempo medio di evasione delle pratiche (giorni)", 0.5, "<=", 30, 28],
  [null, "Numero di imprese partecipanti ai seminari", 0.5, ">=", 200, 192],
];

describe("a mapped column whose content contradicts its field (issue 9 §4)", () => {
  it.each<[string, Record<string, number>, string[]]>([
    ["names and weights swapped", { obiettivo: 0, indicatore: 2, target: 1, consuntivo: 5 }, ["C3", "B3"]],
    [
      "the weights mapped as Direzione",
      { obiettivo: 0, indicatore: 1, direzione: 2, target: 4, consuntivo: 5 },
      ["C3"],
    ],
    ["the targets mapped as Indicatore", { obiettivo: 0, indicatore: 4, target: 4, consuntivo: 5 }, ["E3"]],
    ["a right mapping", { obiettivo: 0, indicatore: 1, peso: 2, direzione: 3, target: 4, consuntivo: 5 }, []],
  ])("%s", (_what, columns, cells) => {
    const read = readPlanSheet(gridFromRows("P", ROWS), { columns });
    const said = read.problems.filter((p) => p.code === "mappatura-incoerente");
    expect(said.map((p) => p.cell)).toEqual(cells);
    for (const p of said) expect(p.cells).toHaveLength(2);
  });
});

describe("with a full mapping, title rows are never data (issue 9 §4)", () => {
  const TITLED: CellValue[][] = [
    [
      "3. OBIETTIVI E INDICATORI",
      "3. OBIETTIVI E INDICATORI",
      "3. OBIETTIVI E INDICATORI",
      "3. OBIETTIVI E INDICATORI",
    ],
    ["3.3 Aree, obiettivi e piani operativi"],
    [],
    ["Cosa", "Misura", "Quanto", "Fatto"],
    ["A.1 Sportello", null, null, null],
    [null, "Pratiche evase", ">= 100", 90],
  ];
  const columns = { obiettivo: 0, indicatore: 1, target: 2, consuntivo: 3 };

  it("the header is the row of words under the mapped columns; the titles above are not objectives", () => {
    const read = readPlanSheet(gridFromRows("P", TITLED), { columns });
    expect(read.layout?.headerRow).toBe(3);
    expect(read.plan?.objectives.map((o) => o.code)).toEqual(["A.1"]);
  });

  it("--intestazione names the header row outright", () => {
    const read = readPlanSheet(gridFromRows("P", TITLED), { columns, headerRow: 3 });
    expect(read.plan?.objectives.map((o) => o.code)).toEqual(["A.1"]);
  });
});
