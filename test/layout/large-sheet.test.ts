import { computePlan } from "../../src/engine/rollup";
import { readPlanSheet } from "../../src/layout/read-plan";
import { Cell, pct, sheet } from "./fixtures/sheet";

/** 2.000 operational objectives with 4 KPIs each: 10.000 rows read whole, nothing dropped. */
describe("a large sheet", () => {
  const rows: Cell[][] = [
    ["Obiettivo", "Cod.", "Indicatore", "Peso", "Target", "Consuntivo", "Performance KPI", "Performance Obiettivo"],
  ];
  const areas = ["A", "B", "C", "D"];
  for (const area of areas) {
    rows.push([`${area} Area ${area}`]);
    for (let s = 1; s <= 10; s++) {
      rows.push([`${area}.${s} Strategico ${area}.${s}`]);
      for (let o = 1; o <= 50; o++) {
        for (let k = 1; k <= 4; k++) {
          rows.push([
            k === 1 ? `${area}.${s}.${o} Operativo ${area}.${s}.${o}` : null,
            `KPI${k}`,
            `Indicatore ${k}`,
            "25% >=",
            pct(0.8),
            pct(k === 4 ? 0.4 : 0.8),
          ]);
        }
      }
    }
  }

  it("reads every objective and KPI; each operational objective is 87,5%", () => {
    const read = readPlanSheet(sheet("Grande", rows));
    expect(rows.length).toBe(1 + 4 * (1 + 10 * (1 + 50 * 4)));
    expect(read.plan!.objectives).toHaveLength(4 + 40 + 2000);
    expect(read.plan!.objectives.reduce((n, o) => n + o.kpis.length, 0)).toBe(8000);
    expect(read.layout?.lastDataRow).toBe(rows.length - 1);
    expect(read.problems).toEqual([]);
    const result = computePlan(read.plan!);
    expect(result.objectives.find((o) => o.code === "D.10.50")?.performance).toBeCloseTo(0.875, 12);
    expect(result.ente.performance).toBeCloseTo(0.875, 12);
  });
});
