import { CellValue } from "../../src/engine/values";
import { SheetGrid } from "../../src/layout/grid";
import { recalculate } from "../../src/pipeline/recalculate";
import { PipelineSettings } from "../../src/pipeline/types";

// Obiettivo | Indicatore | Peso | Target | Consuntivo | Performance KPI | Performance Obiettivo | Note
const HEADER = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
  "Note",
];

function plan(
  perf: { F3?: CellValue; F4?: CellValue; G2?: CellValue; H3?: CellValue } = {},
  merges: string[] = []
): SheetGrid {
  const values: CellValue[][] = [
    HEADER,
    ["A.1 Semplificazione", null, null, null, null, null, perf.G2 ?? null, null],
    [null, "Pratiche evase", 0.5, ">= 100", 80, perf.F3 ?? null, null, perf.H3 ?? "verificare la fonte"],
    [null, "Tempi medi", 0.5, ">= 30", 30, perf.F4 ?? null, null, null],
  ];
  return { name: "Piano", values, rowOffset: 0, colOffset: 0, merges };
}

const run = (grid: SheetGrid, settings: Partial<PipelineSettings> = {}) => recalculate({ grids: [grid], settings });
const written = (r: ReturnType<typeof run>) => r.writes.map((w) => w.address).sort();
const codes = (r: ReturnType<typeof run>) =>
  r.problems
    .filter((p) => p.code === "cella-unita" || p.code === "cella-con-testo")
    .map((p) => [p.code, p.cell, p.cells ?? []]);

describe("the pipeline writes only into cells it owns", () => {
  it.each([
    ["a plain plan: every performance cell", plan(), {}, ["F3", "F4", "G2"], []],
    [
      "previous results (numbers, N.V., a percentage typed as text) are replaced",
      plan({ F3: 0.775, F4: "N.V.", G2: "77,5%" }),
      {},
      ["F3", "F4", "G2"],
      [],
    ],
    [
      "a merged area whose top-left is the owned cell (G2:G4, the objective's performance)",
      plan({}, ["G2:G4"]),
      {},
      ["F3", "F4", "G2"],
      [],
    ],
    [
      "the hidden part of a merged area (F2:F3): not written, the top-left named",
      plan({}, ["F2:F3"]),
      {},
      ["F4", "G2"],
      [["cella-unita", "F3", ["F2"]]],
    ],
    [
      "an objective name merged across the row (A2:G2) is never overwritten",
      plan({}, ["A2:G2"]),
      {},
      ["F3", "F4"],
      [["cella-unita", "G2", ["A2"]]],
    ],
    [
      "--colonne performanceKpi=H (the Note column): the user's note is kept",
      plan(),
      { columns: { Piano: { performanceKpi: 7 } } },
      ["G2", "H4"],
      [["cella-con-testo", "H3", []]],
    ],
    [
      "a word typed in a performance cell is kept",
      plan({ F3: "in corso" }),
      {},
      ["F4", "G2"],
      [["cella-con-testo", "F3", []]],
    ],
  ])("%s", (_case, grid, settings, cells, problems) => {
    const r = run(grid, settings as Partial<PipelineSettings>);
    expect(written(r)).toEqual(cells);
    expect(codes(r)).toEqual(problems);
  });

  it("names the merged area and the cell a result would have overwritten", () => {
    const p = run(plan({}, ["A2:G2"])).problems.find((x) => x.code === "cella-unita")!;
    expect(p.message).toBe(
      "La cella fa parte dell'area unita A2:G2: il risultato non è stato scritto, perché finirebbe nella cella A2. " +
        "Separare le celle unite (Home > Unisci e allinea al centro) o spostare la colonna di performance."
    );
  });
});
