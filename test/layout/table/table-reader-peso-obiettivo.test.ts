import { computePlan } from "../../../src/engine/rollup";
import { readPlanSheet } from "../../../src/layout/read-plan";
import { Cell, pct, sheet } from "../fixtures/sheet";

/** An albero with the objectives' weights in "Peso obiettivo" and the KPIs' in a second weight column. */
function grid(kpiWeightHeading: string) {
  const rows: Cell[][] = [
    ["Obiettivo", "Peso obiettivo", "Indicatore", kpiWeightHeading, "Direzione", "Target", "Consuntivo"],
    ["A Servizi al pubblico", null, null, null, null, null, null],
    ["A.1 Servizi digitali", pct(0.25), null, null, null, null, null],
    [null, null, "Pratiche online", pct(0.8), ">=", 100, 100],
    [null, null, "Tempo di risposta", pct(0.2), ">=", 100, 0],
    ["A.2 Trasparenza", pct(0.75), null, null, null, null, null],
    [null, null, "Atti pubblicati", pct(1), ">=", 100, 50],
  ];
  return sheet("Piano", rows);
}

describe("table reader with a Peso obiettivo column beside the KPI weights", () => {
  it("gives objective rows the Peso obiettivo and KPI rows the Peso indicatore", () => {
    const read = readPlanSheet(grid("Peso indicatore"));
    expect(read.problems).toEqual([]);
    const plan = read.plan!;
    expect(read.layout?.columns).toMatchObject({ pesoObiettivo: 1, peso: 3 });
    expect(plan.objectives.map((o) => [o.code, o.weight, o.cells.weight])).toEqual([
      ["A", null, undefined],
      ["A.1", 0.25, "B3"],
      ["A.2", 0.75, "B6"],
    ]);
    expect(plan.objectives[1].kpis.map((k) => k.weight)).toEqual([0.8, 0.2]);
    const results = computePlan(plan);
    // A.1 = 0,8·100% + 0,2·0% = 80%; A = 0,25·80% + 0,75·50% = 57,5%
    expect(results.objectives.find((o) => o.code === "A.1")?.performance).toBeCloseTo(0.8, 10);
    expect(results.objectives.find((o) => o.code === "A")?.performance).toBeCloseTo(0.575, 10);
  });

  it("says two weight columns it cannot tell apart, naming both cells", () => {
    const read = readPlanSheet(
      sheet("Piano", [
        ["Obiettivo", "Peso", "Indicatore", "Peso %", "Direzione", "Target", "Consuntivo"],
        ["A.1 Servizi digitali", pct(1), null, null, null, null, null],
        [null, null, "Pratiche online", pct(1), ">=", 100, 100],
      ])
    );
    const p = read.problems.find((x) => x.code === "colonne-peso-ambigue");
    expect(p).toMatchObject({ severity: "errore", sheet: "Piano", cell: "B1", cells: ["B1", "D1"] });
    expect(p?.message).toContain("Peso (B1)");
    expect(p?.message).toContain("Peso % (D1)");
  });
});
