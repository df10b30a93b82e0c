import { readAs } from "../../src/layout/readers";
import { reportTreeReader } from "../../src/layout/report-tree/report-tree";
import { SheetGrid } from "../../src/layout/grid";
import { ReadResult } from "../../src/layout/types";
import { recalculate } from "../../src/pipeline/recalculate";
import { sheetWrites } from "../../src/pipeline/sheet-writes";
import { computePlan } from "../../src/engine/rollup";
import { DEFAULT_THRESHOLDS } from "../../src/engine/thresholds";
import { loadFixture } from "../fixtures/load-grid";
import { applyWrites, writeAt } from "./lecce-grid";

/**
 * The "Performance di Ente" row of seed 003 (Pistoia-Prato, Relazione 2022; cell E5 of the fixture,
 * printed 97,98% = mean of the areas 97,51%, 97,37%, 99,05%) is rewritten by a recalculation.
 */

let grid: SheetGrid;
beforeAll(async () => {
  [grid] = await loadFixture("003-report-albero-2022.xlsx");
});

/** A copy of the grid with some cells changed (0-based sheet coordinates). */
function withCells(g: SheetGrid, change: (row: number, col: number, v: unknown) => unknown): SheetGrid {
  return {
    ...g,
    values: g.values.map((r, i) => r.map((v, j) => change(i + g.rowOffset, j + g.colOffset, v) as typeof v)),
  };
}

describe("ente cell of the 003 report tree", () => {
  it("the reader names E5 as the ente cell and no longer warns that it is not rewritten", () => {
    const r = readAs(reportTreeReader, grid, {}) as ReadResult;
    expect(r.layout!.enteCell).toBe("E5");
    expect(r.problems.filter((p) => p.cell === "E5")).toEqual([]);
  });

  it("E5 receives the ente's performance: the mean of the three areas, as a percentage", () => {
    const r = recalculate({ grids: [grid] });
    const areas = r.sheets[0].result.objectives
      .filter((o) => ["01", "02", "03"].includes(o.code))
      .map((o) => o.performance as number);
    // 01 and 02 are the document's 97,51% and 97,37%; 03 holds the two known exceptions (003-known-exceptions.json),
    // so the recomputed ente is 97,79%, not the printed 97,98%.
    expect(areas.slice(0, 2).map((p) => (p * 100).toFixed(2))).toEqual(["97.51", "97.37"]);
    const w = writeAt(r.writes, "E5")!;
    expect(w).toEqual({
      sheet: "Albero 2022",
      address: "E5",
      value: expect.any(Number),
      numberFormat: "0.00%",
      kind: "performance-obiettivo",
      trafficLight: expect.any(String),
    });
    expect(w.value as number).toBeCloseTo((areas[0] + areas[1] + areas[2]) / 3, 12);
    expect(w.value as number).toBeCloseTo(r.ente.performance as number, 12);
    expect(((w.value as number) * 100).toFixed(2)).toBe("97.79");
    expect(r.writes.filter((x) => x.address === "E5")).toHaveLength(1);
  });

  it("writes N.V. when no KPI of the tree can be scored", () => {
    const noActuals = withCells(grid, (row, col, v) =>
      row > 4 && col === 3 && v !== null && v !== undefined ? "N.V." : v
    );
    const r = recalculate({ grids: [noActuals] });
    expect(r.ente.performance).toBeNull();
    expect(writeAt(r.writes, "E5")).toEqual({
      sheet: "Albero 2022",
      address: "E5",
      value: "N.V.",
      kind: "performance-obiettivo",
      trafficLight: "grigio",
    });
  });

  it("keeps a formula the user put in E5, and says so; overwrites it only when asked", () => {
    const formulas = grid.values.map((row, i) =>
      row.map((_, j) => (i + grid.rowOffset === 4 && j + grid.colOffset === 4 ? "=MEDIA(E6;E205;E330)" : null))
    );
    const withFormula: SheetGrid = { ...grid, formulas };
    const kept = recalculate({ grids: [withFormula] });
    expect(writeAt(kept.writes, "E5")).toBeUndefined();
    expect(kept.problems.filter((p) => p.cell === "E5").map((p) => [p.severity, p.code])).toEqual([
      ["avviso", "cella-con-formula"],
    ]);
    const overwritten = recalculate({ grids: [withFormula], settings: { overwriteFormulas: true } });
    expect(writeAt(overwritten.writes, "E5")!.value as number).toBeCloseTo(kept.ente.performance as number, 12);
  });

  it("recalculating the written sheet gives the same ente figure (the ente row is not read as an objective)", () => {
    const first = recalculate({ grids: [grid] });
    const again = recalculate({ grids: [applyWrites(grid, first.writes)] });
    expect(writeAt(again.writes, "E5")!.value).toBe(writeAt(first.writes, "E5")!.value);
    expect(again.sheets[0].plan.objectives.map((o) => o.code)).toEqual(
      first.sheets[0].plan.objectives.map((o) => o.code)
    );
  });

  it("a layout without an ente cell gets no ente write", () => {
    const r = readAs(reportTreeReader, grid, {}) as ReadResult;
    const { enteCell: _ignored, ...layout } = r.layout!;
    const out = sheetWrites(grid, r.plan!, layout, computePlan(r.plan!), {
      thresholds: DEFAULT_THRESHOLDS,
      overwriteFormulas: false,
      addMissingColumns: false,
    });
    expect(writeAt(out.writes, "E5")).toBeUndefined();
    expect(out.writes.length).toBeGreaterThan(300);
  });
});
