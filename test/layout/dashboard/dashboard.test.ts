import { readAs } from "../../../src/layout/readers";
import fc from "fast-check";
import { addressesAreCells, dashboardGridArb, layoutGridArb, yearArb } from "../../fixtures/layout-arbitrary";
import { serialFromYmd } from "../../../src/engine/dates";
import { KpiInput, PlanInput } from "../../../src/engine/plan";
import { computePlan } from "../../../src/engine/rollup";
import { CellValue } from "../../../src/engine/values";
import { dashboardReader } from "../../../src/layout/dashboard/dashboard";
import { chooseYear } from "../../../src/layout/dashboard-year";
import { gridFromRows, SheetGrid } from "../../../src/layout/grid";
import { readPlanSheet } from "../../../src/layout/read-plan";
import { reportTreeReader } from "../../../src/layout/report-tree/report-tree";
import { ReadResult } from "../../../src/layout/types";
import { loadFixture } from "../../fixtures/load-grid";

/** Fixture rows are the seed's lines shifted up by six (seed line 13 → sheet row 7). */
const rowOfLine = (line: number) => line - 6;

let grid: SheetGrid;
const read = (year?: number, g: SheetGrid = grid) =>
  readAs(dashboardReader, g, year === undefined ? {} : { year }) as ReadResult;
const kpiAt = (r: ReadResult, line: number): KpiInput | undefined =>
  r.plan!.objectives.flatMap((o) => o.kpis).find((k) => k.row === rowOfLine(line));

beforeAll(async () => {
  [grid] = await loadFixture("002-cruscotto-2016-2020.xlsx");
});

describe("002 multi-year dashboard: the fixture is read into the document's tree", () => {
  it("reads missions as areas and the 14 numbered objectives under them, with the indicators planned for 2019", () => {
    const r = read(2019);
    expect(r.layout).toMatchObject({
      kind: "cruscotto",
      headerRow: rowOfLine(12) - 1,
      columns: { indicatore: 0, target: 4 },
    });
    expect(r.layout!.columns.performanceKpi).toBeUndefined();
    expect(r.layout!.columns.performanceObiettivo).toBeUndefined();
    expect(r.plan!.objectives.map((o) => [o.code, o.parentCode, o.kpis.length])).toEqual([
      ["011", null, 0],
      ["1", "011", 3],
      ["2", "011", 5],
      ["3", "011", 1],
      ["4", "011", 1],
      ["5", "011", 4],
      ["016", null, 0],
      ["6", "016", 2],
      ["012", null, 0],
      ["7", "012", 4],
      ["032", null, 0],
      ["8", "032", 1],
      ["9", "032", 10],
      ["10", "032", 2],
      ["11", "032", 4],
      ["12", "032", 2],
      ["13", "032", 2],
      ["14", "032", 3],
    ]);
    expect(r.plan!.objectives.find((o) => o.code === "7")?.name).toBe(
      "Tutela della legalità del mercato, della concorrenza e dei consumatori e consolidamento del ricorso alla giustizia alternativa"
    );
  });

  it.each([
    // seed line, 2019 target as printed, direction, target read
    [14, "< 10%", "<=", { kind: "number", value: 0.1, percent: true }],
    [29, "≥ 90%", ">=", { kind: "number", value: 0.9, percent: true }],
    [45, "31/12/2019", null, { kind: "date", serial: serialFromYmd(2019, 12, 31) }],
    [56, "1,45", null, { kind: "number", value: 1.45, percent: false }],
    [62, "< 18%", "<=", { kind: "number", value: 0.18, percent: true }],
    [74, ">1,2", ">=", { kind: "number", value: 1.2, percent: false }],
    [85, "<1", "<=", { kind: "number", value: 1, percent: false }],
    [63, "≥ a medio", null, { kind: "unscorable", text: "≥ a medio" }],
    [64, "x ≤ x-1", null, { kind: "unscorable", text: "x ≤ x-1" }],
    [66, "x < x-3", null, { kind: "unscorable", text: "x < x-3" }],
  ])("seed line %i: 2019 target %s", (line, _printed, direction, target) => {
    const k = kpiAt(read(2019), line) as KpiInput;
    expect(k).toBeDefined();
    expect(k.direction).toBe(direction);
    expect(k.target).toEqual(target);
    expect(k.cells.target).toBe(`E${rowOfLine(line)}`);
  });

  it("recognises the relational targets and says what each one is, naming its cell", () => {
    const r = read(2019);
    const at = (line: number) => r.problems.filter((p) => p.cell === `E${rowOfLine(line)}`).map((p) => p.code);
    expect(at(18)).toEqual(["target-relativo"]); // ≥1 on "anno x / ... x-1"
    expect(at(74)).toEqual(["target-relativo"]); // >1,2 on the FB ratio
    expect(at(85)).toEqual(["target-relativo"]); // <1 on (costi/proventi x)/(x-1)
    expect(at(64)).toEqual(["target-non-calcolabile"]);
    expect(at(63)).toEqual(["target-non-calcolabile"]);
    expect(at(29)).toEqual([]); // ≥ 90% is a plain value
    const r2017 = read(2017);
    const baseline = r2017.problems.find((p) => p.cell === `C${rowOfLine(18)}`);
    expect(baseline?.message).toContain("anno di rilevazione");
    expect(kpiAt(r2017, 43)?.target).toEqual({ kind: "unscorable", text: "Anno rilevazione" });
  });

  it("leaves out indicators whose note says they were dropped by the chosen year, and keeps them before", () => {
    const dropped2019 = [20, 21, 27, 38, 44, 48, 80, 86];
    const r2019 = read(2019);
    for (const line of dropped2019) expect(kpiAt(r2019, line)).toBeUndefined();
    expect(r2019.problems.filter((p) => p.code === "indicatore-eliminato").map((p) => p.cell)).toEqual(
      [20, 21, 27, 38, 44, 48, 86].map((l) => `G${rowOfLine(l)}`) // line 80 has no 2019 target at all
    );
    const r2018 = read(2018);
    expect(kpiAt(r2018, 20)?.target).toEqual({ kind: "number", value: 1, percent: false });
    expect(kpiAt(r2018, 80)?.target).toEqual({ kind: "number", value: 0.25, percent: true });
    expect(kpiAt(r2018, 48)).toBeUndefined(); // dropped in July 2018
    expect(kpiAt(r2018, 86)).toBeUndefined(); // "Eliminato in sede di rolling annuale 2018"
  });

  it("indicators added later (seed line 32, 'Inserito ... 2019') have no 2018 target and are not in the 2018 plan", () => {
    expect(kpiAt(read(2018), 32)).toBeUndefined();
    expect(kpiAt(read(2019), 32)?.target).toEqual({ kind: "number", value: 0.8, percent: true });
  });

  it("without a consuntivo column nothing is scored: every KPI is unavailable and the user is told once", () => {
    const r = read(2019);
    expect(r.problems.filter((p) => p.code === "consuntivo-assente")).toHaveLength(1);
    expect(
      r.plan!.objectives.flatMap((o) => o.kpis).every((k) => k.unavailable === true && k.actual.kind === "empty")
    ).toBe(true);
    expect(r.problems.find((p) => p.code === "consuntivo-assente")?.cell).toBeDefined();
    const result = computePlan(r.plan!);
    expect(result.ente.performance).toBeNull();
    expect(result.kpis.every((k) => k.performance === null)).toBe(true);
  });

  it("uses the latest year when none is chosen, and refuses a year the sheet does not plan", () => {
    const latest = read();
    expect(latest.problems[0]).toMatchObject({ code: "anno-predefinito", severity: "avviso" });
    expect(kpiAt(latest, 74)?.target).toEqual({ kind: "number", value: 1.5, percent: false });
    const missing = read(2023);
    expect(missing.plan).toBeNull();
    expect(missing.problems).toEqual([
      expect.objectContaining({ code: "anno-assente", severity: "errore", sheet: "Cruscotto strategico" }),
    ]);
    expect(missing.problems[0].message).toContain("2016, 2017, 2018, 2019, 2020");
    expect(chooseYear("S", [2021, 2019, 2020], 2020)).toEqual({ ok: true, year: 2020, problems: [] });
  });

  it("is not taken by the report-tree reader", () => {
    expect(readAs(reportTreeReader, grid, {})).toBeNull();
  });
});

/** The fixture with a "Consuntivo 2019" column inserted right of 2020 (G), as the office adds it when monitoring. */
function withActuals(actuals: Record<number, CellValue>, formats: Record<number, string> = {}): SheetGrid {
  const values = grid.values.map((row, i) => {
    const sheetRow = i + grid.rowOffset + 1;
    const copy = [...row];
    const isGroup = copy.slice(1, 6).some((v) => v === 2019);
    copy.splice(6, 0, isGroup ? "Consuntivo 2019" : (actuals[sheetRow + 6] ?? null));
    return copy;
  });
  const numberFormats = (grid.numberFormats ?? []).map((row, i) => {
    const copy = [...row];
    copy.splice(6, 0, formats[i + grid.rowOffset + 1 + 6]);
    return copy;
  });
  return { ...grid, values, numberFormats };
}

describe("002 multi-year dashboard: a consuntivo column for the chosen year is scored", () => {
  const actuals: Record<number, CellValue> = {
    29: 0.85, // ≥ 90% → 94,44%
    43: null, // >1, empty: missing measurement, 0%
    45: serialFromYmd(2019, 11, 15), // deadline 31/12/2019 met
    46: 0.76, // >= 80% → 95%
    47: 3.3, // >= 3 → 100%
    53: 1, // 100% without direction
    72: 3.2, // > 3,5 → 91,43%
    73: 1.1, // >1 ratio reached
    74: 1.08, // >1,2 → 90%
  };
  const formats: Record<number, string> = { 29: "0%", 45: "dd/mm/yyyy", 46: "0%", 53: "0%" };
  let r: ReadResult;
  let plan: PlanInput;
  beforeAll(() => {
    r = read(2019, withActuals(actuals, formats));
    plan = r.plan as PlanInput;
  });

  it("finds the column, gives each KPI its consuntivo cell and does not warn about a missing column", () => {
    expect(r.layout!.columns.consuntivo).toBe(6);
    expect(r.problems.some((p) => p.code === "consuntivo-assente")).toBe(false);
    expect(kpiAt(r, 29)?.cells.actual).toBe(`G${rowOfLine(29)}`);
    expect(kpiAt(r, 29)?.actual).toEqual({ kind: "number", value: 0.85, percent: true });
    expect(kpiAt(r, 20)).toBeUndefined(); // still dropped: the note moved to column H
  });

  it.each([
    [29, 0.85 / 0.9],
    [43, 0],
    [45, 1],
    [46, 0.95],
    [47, 1],
    [72, 3.2 / 3.5],
    [73, 1],
    [74, 0.9],
  ])("seed line %i scores %f", (line, expected) => {
    const result = computePlan(plan);
    const k = result.kpis.find((x) => x.row === rowOfLine(line));
    expect(k?.performance).toBeCloseTo(expected, 10);
  });

  it("a value target without a direction is an error naming its cell, and its objective is not computed", () => {
    const result = computePlan(plan);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ code: "direzione-mancante", cell: `E${rowOfLine(53)}`, severity: "errore" })
    );
    expect(result.objectives.find((o) => o.code === "8")?.performance).toBeNull();
    expect(result.objectives.find((o) => o.code === "7")?.performance).toBeCloseTo((0 + 1 + 0.95 + 1) / 4, 10);
  });
});

describe("dashboard: sheets it must not take", () => {
  it("returns null for a table without numbered groups carrying the years (a budget by year)", () => {
    const g = gridFromRows("Budget", [
      ["Voce", 2019, 2020, 2021],
      ["Proventi da diritto annuale", 1000, 1100, 1200],
    ]);
    expect(readAs(dashboardReader, g, {})).toBeNull();
  });

  it("returns null for the 000 table", () => {
    const g = gridFromRows("Piano", [
      ["Obiettivo", "Cod.", "Indicatore", "Peso", "Target", "Consuntivo"],
      ["A.1 Sostenere", "KPI301", "Soggetti", "50% >", "15,00%", "13,16%"],
    ]);
    expect(readAs(dashboardReader, g, {})).toBeNull();
  });

  it("reports an indicator above the first numbered group", () => {
    const g = gridFromRows("Cruscotto", [
      ["Indicatori", 2019, 2020],
      ["Indicatore senza obiettivo", ">= 5", ">= 6"],
      ["1. Semplificazione", 2019, 2020],
      ["Pratiche evase", ">= 90%", ">= 95%"],
    ]);
    const r = readAs(dashboardReader, g, { year: 2020 }) as ReadResult;
    expect(r.problems.filter((p) => p.severity === "errore")).toEqual([
      expect.objectContaining({ code: "kpi-fuori-obiettivo", cell: "A2", sheet: "Cruscotto" }),
    ]);
    expect(r.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => k.name)])).toEqual([["1", ["Pratiche evase"]]]);
  });
});

describe("dashboard: arbitrary grids", () => {
  it("never throws; returns null or a plan whose every address is a cell, with problems naming the sheet", () => {
    fc.assert(
      fc.property(fc.oneof(layoutGridArb, dashboardGridArb), yearArb, (g, year) => {
        const r = readAs(dashboardReader, g, year === undefined ? {} : { year });
        if (r === null) return true;
        if (r.plan) computePlan(r.plan);
        return addressesAreCells(r);
      }),
      { numRuns: 600 }
    );
  });
});

// issue 9 §4: a mapping naming the plan's columns is honoured; the dashboard reader, which has no columns to map, steps aside
describe("002 dashboard with a column mapping", () => {
  it("a full mapping reads the sheet as a table, never silently as the dashboard", () => {
    const plain = readPlanSheet(grid, { year: 2019 });
    expect(plain.layout?.kind).toBe("cruscotto");
    const mapped = readPlanSheet(grid, {
      year: 2019,
      columns: { obiettivo: 0, indicatore: 1, target: 4, consuntivo: 6 },
    });
    expect(mapped.layout?.kind ?? null).not.toBe("cruscotto");
  });
});
