import { computePlan } from "../../src/engine/rollup";
import { readPlanSheet } from "../../src/layout/read-plan";
import { KpiInput, ObjectiveInput } from "../../src/engine/plan";
import { LECCE_SHEET, lecceGrid } from "./fixtures/lecce-2019";
import { serial } from "./fixtures/excel-cells";

/** 000 (CCIAA Lecce 2019), read from the sheet as the chamber keeps it. */
const { grid, rowOfLine } = lecceGrid();
const read = readPlanSheet(grid);
const plan = read.plan!;
const objective = (code: string): ObjectiveInput => plan.objectives.find((o) => o.code === code) as ObjectiveInput;
const kpiOfLine = (line: number): KpiInput => {
  const row = rowOfLine.get(line) as number;
  return plan.objectives.flatMap((o) => o.kpis).find((k) => k.row === row) as KpiInput;
};

describe("000 Lecce 2019: layout", () => {
  it("finds the header below the merged title and maps every column, OCR'd 'Consistivo' included", () => {
    expect(read.layout).toEqual({
      sheet: LECCE_SHEET,
      kind: "tabella",
      headerRow: 2,
      columns: {
        obiettivo: 0,
        codice: 1,
        indicatore: 2,
        validazione: 3,
        peso: 4,
        target: 5,
        consuntivo: 6,
        performanceKpi: 7,
        performanceObiettivo: 8,
      },
      firstDataRow: 3,
      lastDataRow: (rowOfLine.get(97) as number) - 1,
    });
  });

  it("reads the sheet without reader problems", () => {
    expect(read.problems).toEqual([]);
  });
});

describe("000 Lecce 2019: tree", () => {
  it.each([
    // [code, parent, level, seed lines of its KPIs]
    ["A", null, "area", []],
    ["A.1", "A", "strategico", [7, 8]],
    ["A.1.1", "A.1", "operativo", [10, 11, 12, 13]],
    ["A.1.2", "A.1", "operativo", [14]],
    ["A.1.2.1", "A.1.2", "azione", [15, 16, 17]],
    ["A.1.2.2", "A.1.2", "azione", [18, 19]],
    ["A.1.2.3", "A.1.2", "azione", [20, 21, 22]],
    ["A.2", "A", "strategico", [25, 26, 27]],
    ["A.2.1", "A.2", "operativo", [28]],
    ["A.2.1.1", "A.2.1", "azione", [29, 30]],
    ["A.2.1.2", "A.2.1", "azione", [31, 32]],
    ["A.2.2", "A.2", "operativo", [33]],
    ["A.2.2.1", "A.2.2", "azione", [34, 35, 40]],
    ["A.2.2.2", "A.2.2", "azione", [41]],
    ["A.2.3", "A.2", "operativo", [42, 43, 44, 45]],
    ["A.3", "A", "strategico", [46]],
    ["A.3.1", "A.3", "operativo", [48]],
    ["A.3.1.1", "A.3.1", "azione", [49]],
    ["A.3.1.2", "A.3.1", "azione", [50]],
    ["A.3.1.3", "A.3.1", "azione", [51, 52, 53, 54, 55]],
    ["A.3.2", "A.3", "operativo", [56]],
    ["B", null, "area", []],
    ["B.1", "B", "strategico", [59, 60]],
    ["B.1.1", "B.1", "operativo", [62]],
    ["B.1.2", "B.1", "operativo", [63, 64, 65]],
    ["C", null, "area", []],
    ["C.1", "C", "strategico", [68, 69]],
    ["C.1.1", "C.1", "operativo", [71]],
    ["C.1.1.1", "C.1.1", "azione", [72, 73]],
    ["C.1.1.2", "C.1.1", "azione", [74]],
    ["C.1.2", "C.1", "operativo", [76]],
    ["D", null, "area", []],
    ["D.1", "D", "strategico", [78, 79, 84]],
    ["D.1.1", "D.1", "operativo", [85]],
    ["D.1.1.1", "D.1.1", "azione", [86]],
    ["D.1.1.2", "D.1.1", "azione", [87, 88, 89, 90]],
    ["D.1.1.3", "D.1.1", "azione", [91]],
    ["D.1.2", "D.1", "operativo", [92]],
    ["D.1.2.1", "D.1.2", "azione", [93]],
    ["D.1.2.2", "D.1.2", "azione", [94]],
    ["D.1.2.3", "D.1.2", "azione", [95, 96]],
    ["D.1.2.4", "D.1.2", "azione", [97]],
  ])("%s under %s (%s) with the KPIs of lines %j", (code, parent, level, lines) => {
    const o = objective(code as string);
    expect(o).toBeDefined();
    expect(o.parentCode).toBe(parent);
    expect(o.level).toBe(level);
    expect(o.kpis.map((k) => k.row)).toEqual((lines as number[]).map((l) => rowOfLine.get(l)));
  });

  it("has exactly those objectives, in sheet order: section labels and the repeated header are not nodes", () => {
    expect(plan.objectives.map((o) => o.code)).toEqual([
      "A",
      "A.1",
      "A.1.1",
      "A.1.2",
      "A.1.2.1",
      "A.1.2.2",
      "A.1.2.3",
      "A.2",
      "A.2.1",
      "A.2.1.1",
      "A.2.1.2",
      "A.2.2",
      "A.2.2.1",
      "A.2.2.2",
      "A.2.3",
      "A.3",
      "A.3.1",
      "A.3.1.1",
      "A.3.1.2",
      "A.3.1.3",
      "A.3.2",
      "B",
      "B.1",
      "B.1.1",
      "B.1.2",
      "C",
      "C.1",
      "C.1.1",
      "C.1.1.1",
      "C.1.1.2",
      "C.1.2",
      "D",
      "D.1",
      "D.1.1",
      "D.1.1.1",
      "D.1.1.2",
      "D.1.1.3",
      "D.1.2",
      "D.1.2.1",
      "D.1.2.2",
      "D.1.2.3",
      "D.1.2.4",
    ]);
    expect(objective("A.1.2").name).toBe("Sviluppo e qualificazione delle imprese e delle produzioni");
  });

  it("keeps objective cells: name and Performance Obiettivo on the objective's row", () => {
    const row = rowOfLine.get(7) as number;
    expect(objective("A.1")).toMatchObject({ row, weight: null, cells: { name: `A${row}`, performance: `I${row}` } });
  });
});

describe("000 Lecce 2019: KPI cells", () => {
  it("KPI301 (line 7): weight and direction from '50% >', target 15,00%, consuntivo 13,16%, every address", () => {
    const row = rowOfLine.get(7) as number;
    expect(kpiOfLine(7)).toEqual({
      id: `${LECCE_SHEET}!${row}`,
      code: "KPI301",
      name: "Soggetti coinvolti nei servizi e nelle iniziative dedicate alla promozione della cultura e del turismo",
      weight: 0.5,
      direction: ">=",
      target: { kind: "number", value: 0.15, percent: true },
      actual: { kind: "number", value: 0.1316, percent: true },
      sheet: LECCE_SHEET,
      row,
      cells: {
        name: `C${row}`,
        weight: `E${row}`,
        direction: `E${row}`,
        target: `F${row}`,
        actual: `G${row}`,
        performance: `H${row}`,
      },
    });
  });

  it.each([
    // [line, code, weight, direction, target, actual]
    [10, "KPI264", 0.25, ">=", { kind: "number", value: 7, percent: false }, { kind: "empty" }],
    [
      13,
      "KPIIM218",
      0.25,
      "<=",
      { kind: "date", serial: serial(30, 9, 2019) },
      { kind: "date", serial: serial(30, 9, 2019) },
    ],
    [
      20,
      "KPI295",
      0.33,
      "<=",
      { kind: "date", serial: serial(30, 6, 2019) },
      { kind: "date", serial: serial(1, 7, 2020) },
    ],
    [
      49,
      "KPI293",
      1,
      ">=",
      { kind: "number", value: 0.02, percent: true },
      { kind: "number", value: -0.0377, percent: true },
    ],
    [
      12,
      "KPIIM217",
      0.25,
      ">=",
      { kind: "number", value: 4, percent: false },
      { kind: "number", value: 25, percent: false },
    ],
  ])("line %i %s: weight %d, direction %s", (line, code, weight, direction, target, actual) => {
    expect(kpiOfLine(line as number)).toMatchObject({ code, weight, direction, target, actual });
  });

  it("'kpi non disponibile' in Esito validazione marks KPI264 and KPI262 unavailable, not the validated ones", () => {
    expect(kpiOfLine(10).unavailable).toBe(true);
    expect(kpiOfLine(50).unavailable).toBe(true);
    expect(kpiOfLine(11).unavailable).toBeUndefined();
  });

  it.each([
    [14, "KPI218", "A.1.2"],
    [28, "KPI53", "A.2.1"],
    [33, "KPI219", "A.2.2"],
    [46, "KPI261", "A.3"],
    [48, "KPI220", "A.3.1"],
    [68, "KPI30", "C.1"],
    [71, "KPI277", "C.1.1"],
    [85, "KPI222", "D.1.1"],
    [92, "KPI223", "D.1.2"], // "... obiettivo operativo D.1.2." with the final dot
  ])("line %i %s is a link KPI to %s", (line, code, target) => {
    expect(kpiOfLine(line as number)).toMatchObject({ code, link: { code: target } });
  });

  it("line 79 KPI267 names no code: a link to its own objective D.1", () => {
    expect(kpiOfLine(79)).toMatchObject({ code: "KPI267", link: { code: null } });
  });

  it("the KPI after the page break (line 40, KPIM224) stays with A.2.2.1", () => {
    expect(objective("A.2.2.1").kpis.map((k) => k.code)).toEqual(["KPI250", "KPI258", "KPIM224"]);
  });
});

/** Printed figures of 000 (percentage points) against the engine on the plan read from the sheet. */
describe("000 Lecce 2019: computePlan(readPlanSheet(grid).plan) gives the printed figures", () => {
  const result = computePlan(plan);
  const pp = (v: number | null | undefined) => (v === null || v === undefined ? null : v * 100);

  it.each([
    ["A.1", 57.55], // 50%·87,73% + 50%·27,40% = 57,57% (the document prints 57,55% from unrounded values)
    ["A.1.1", 100], // KPI264 "kpi non disponibile": left out, the other three at 100%
    ["A.1.2", 58.49], // link: mean of A.1.2.1 100%, A.1.2.2 10%, A.1.2.3 65,47%
    ["A.1.2.1", 100],
    ["A.1.2.3", 65.47],
    ["A.2.1", 100],
    ["A.2.2", 100],
    ["A.3", 73.75],
    ["A.3.1", 47.5], // A.3.1.2 has only an unavailable KPI: left out of the mean
    ["C.1.1", 61.14], // link: mean of C.1.1.1 100% and C.1.1.2 22,28% (KPI389 is printed 22,38%, see reference/README)
    ["D.1.1", 64.3], // link: mean of D.1.1.1 98,09%, D.1.1.2 94,81%, D.1.1.3 0%
    ["D.1.2", 100],
  ])("%s = %d%%", (code, printed) => {
    const o = result.objectives.find((x) => x.code === code);
    expect(Math.abs((pp(o?.performance) as number) - (printed as number))).toBeLessThan(0.05);
  });

  it.each([
    [7, 87.72],
    [13, 100],
    [19, 10],
    [20, 0],
    [22, 96.41],
    [49, 0],
    [54, 75],
    [87, 100],
    [90, 74.07],
    [94, 100], // KPIM176 tempestività pagamenti <= 0,00, consuntivo -5,85
    [84, 83.43],
  ])("KPI of line %i = %d%%", (line, printed) => {
    const k = result.kpis.find((x) => x.id === kpiOfLine(line as number).id);
    expect(Math.abs((pp(k?.performance) as number) - (printed as number))).toBeLessThan(0.05);
  });

  it("the link KPI267 of D.1 (no code in its name) takes the mean of D.1.1 and D.1.2: 82,15%", () => {
    const k = result.kpis.find((x) => x.id === kpiOfLine(79).id);
    expect(Math.abs((pp(k?.linkActual) as number) - 82.15)).toBeLessThan(0.05);
  });

  it("reports the weights of A.1.2.3 (3 × 33%) as the document has them", () => {
    const p = result.problems.find((x) => x.code === "pesi-non-100");
    const rows = [20, 21, 22].map((l) => `E${rowOfLine.get(l)}`);
    expect(p).toMatchObject({ sheet: LECCE_SHEET, cells: rows });
  });

  it("gives the same figures when every figure is typed as Italian text", () => {
    const asText = readPlanSheet(lecceGrid({ figuresAsText: true }).grid);
    const textResult = computePlan(asText.plan!);
    expect(asText.problems).toEqual([]);
    for (const o of result.objectives) {
      const t = textResult.objectives.find((x) => x.code === o.code);
      if (o.performance === null) expect(t?.performance).toBeNull();
      else expect(t?.performance).toBeCloseTo(o.performance, 12);
    }
  });
});
