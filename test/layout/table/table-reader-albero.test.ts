import { computePlan } from "../../../src/engine/rollup";
import { readPlanSheet } from "../../../src/layout/read-plan";
import { recalculate } from "../../../src/pipeline/recalculate";
import { pct, num, sheet, Cell } from "../fixtures/sheet";
import { VALDARNO_ROWS, valdarnoGrid } from "../fixtures/valdarno-albero";

const byCode = <T extends { code: string }>(list: T[], code: string) => list.find((x) => x.code === code) as T;

describe("albero layout (imaginary CCIAA di Valdarno)", () => {
  const read = readPlanSheet(valdarnoGrid());
  const plan = read.plan!;

  it("is read as an albero below a two-row title block", () => {
    expect(read.layout).toEqual({
      sheet: "Albero 2024",
      kind: "albero",
      headerRow: 3,
      columns: {
        obiettivo: 0,
        indicatore: 1,
        peso: 2,
        target: 3,
        consuntivo: 4,
        performanceKpi: 5,
        performanceObiettivo: 6,
      },
      firstDataRow: 4,
      lastDataRow: 13,
    });
    expect(read.problems).toEqual([]);
  });

  it("gives objective rows their own weight and the KPIs below them", () => {
    expect(plan.objectives.map((o) => [o.code, o.parentCode, o.level, o.weight, o.kpis.length])).toEqual([
      ["A", null, "area", 0.6, 0],
      ["A.1", "A", "strategico", 0.5, 2],
      ["A.2", "A", "strategico", 0.5, 1],
      ["B", null, "area", 0.4, 0],
      ["B.1", "B", "strategico", null, 1],
    ]);
    expect(byCode(plan.objectives, "A.1")).toMatchObject({
      row: 6,
      cells: { name: "A6", weight: "C6", performance: "G6" },
    });
    expect(byCode(plan.objectives, "B.1").cells.weight).toBeUndefined();
  });

  it("reads direction and unit inside the target ('<= 5 gg') and the consuntivo as text ('6 gg')", () => {
    const k = byCode(plan.objectives, "A.1").kpis[1];
    expect(k).toMatchObject({
      id: "Albero 2024!8",
      name: "Tempo medio di rilascio SPID",
      weight: 0.4,
      direction: "<=",
      target: { kind: "number", value: 5, unit: "gg" },
      actual: { kind: "number", value: 6, unit: "gg" },
      cells: { name: "B8", weight: "C8", direction: "D8", target: "D8", actual: "E8", performance: "F8" },
    });
  });

  it("computes 92% / 75% / 83,5% / 100% and the ente 90,1%", () => {
    const r = computePlan(plan);
    expect(byCode(r.objectives, "A.1").performance).toBeCloseTo(0.92, 10);
    expect(byCode(r.objectives, "A.2").performance).toBeCloseTo(0.75, 10);
    expect(byCode(r.objectives, "A").performance).toBeCloseTo(0.835, 10);
    expect(byCode(r.objectives, "B").performance).toBeCloseTo(1, 10);
    expect(r.ente.performance).toBeCloseTo(0.901, 10);
    expect(r.problems).toEqual([]);
  });

  it("an objective row with its Indicatore filled carries a KPI: its Peso is the KPI's weight", () => {
    const rows = VALDARNO_ROWS.map((r) => [...r]);
    rows[8] = ["A.2 - Internazionalizzazione", "Imprese partecipanti a fiere estere", pct(1), ">= 40", num(30)];
    rows[9] = [];
    const p = readPlanSheet(valdarnoGrid(rows)).plan!;
    const a2 = byCode(p.objectives, "A.2");
    expect(a2.weight).toBeNull();
    expect(a2.kpis).toHaveLength(1);
    expect(a2.kpis[0]).toMatchObject({ row: 9, weight: 1, cells: { weight: "C9" } });
  });
});

describe("albero variant: separate Codice column, direction column, one generic Performance column", () => {
  const rows: Cell[][] = [
    ["Codice", "Obiettivo", "Indicatore", "Polarità", "Peso %", "Valore atteso", "Valore rilevato", "Performance"],
    ["01", "Servizi alle imprese", null, null, 100],
    ["01_01", "Sportello digitale", null, null, 70],
    ["KPI1", null, "Pratiche telematiche", "crescente", 50, pct(0.9), pct(0.81)],
    ["KPI2", null, "Tempo medio di evasione", "decrescente", 50, 5, 4],
    ["01_02", "Formazione", null, null, 30],
    [null, null, "Corsi realizzati", ">=", 100, 10, 5],
  ];
  const read = readPlanSheet(sheet("Albero", rows));
  const plan = read.plan!;

  it("takes objective codes from the Codice column and KPI codes where the cell is not an objective code", () => {
    expect(plan.objectives.map((o) => [o.code, o.name, o.parentCode, o.weight])).toEqual([
      ["01", "Servizi alle imprese", null, 1],
      ["01_01", "Sportello digitale", "01", 0.7],
      ["01_02", "Formazione", "01", 0.3],
    ]);
    expect(plan.objectives[1].kpis.map((k) => [k.code, k.direction, k.weight])).toEqual([
      ["KPI1", ">=", 0.5],
      ["KPI2", "<=", 0.5],
    ]);
    expect(plan.objectives[1].cells.name).toBe("B3");
  });

  it("uses the lone Performance column for KPIs on KPI rows and for objectives on their own rows", () => {
    expect(read.layout).toMatchObject({
      kind: "albero",
      columns: { codice: 0, direzione: 3, performanceKpi: 7, performanceObiettivo: 7 },
    });
    expect(plan.objectives[1].cells.performance).toBe("H3");
    expect(plan.objectives[1].kpis[0].cells.performance).toBe("H4");
    expect(read.problems).toEqual([]);
  });

  it("computes 01_01 = 50%·90% + 50%·100% = 95%, 01_02 = 50%, 01 = 70%·95% + 30%·50% = 81,5%", () => {
    const r = computePlan(plan);
    expect(byCode(r.objectives, "01_01").performance).toBeCloseTo(0.95, 10);
    expect(byCode(r.objectives, "01_02").performance).toBeCloseTo(0.5, 10);
    expect(byCode(r.objectives, "01").performance).toBeCloseTo(0.815, 10);
  });
});

describe("Codice column with PIAO codes (office fixture 25): OE, OE.1 are objectives, an unknown code is an errore", () => {
  const HEADER: Cell[] = ["Consuntivo", "Target", "Direzione", "Peso", "Codice", "Obiettivo", "Indicatore"];
  const rows = (code: string): Cell[][] => [
    HEADER,
    [null, null, null, null, "OE", "Obiettivi di Ente"],
    [null, null, null, null, code, "Razionalizzazione della spesa"],
    [8, 10, ">=", 0.5, null, null, "Pratiche evase"],
    [5, 10, ">=", 0.5, null, null, "Imprese partecipanti"],
    [null, null, null, null, "A", "Semplificazione"],
    [null, null, null, null, "A.1", "Comunicazione"],
    [10, 10, ">=", 1, null, null, "Comunicati"],
  ];

  it("reads OE and OE.1 as objectives from the Codice column", () => {
    const read = readPlanSheet(sheet("2.2 Performance", rows("OE.1")));
    expect(read.problems).toEqual([]);
    expect(read.plan!.objectives.map((o) => [o.code, o.name, o.parentCode, o.kpis.length])).toEqual([
      ["OE", "Obiettivi di Ente", null, 0],
      ["OE.1", "Razionalizzazione della spesa", "OE", 2],
      ["A", "Semplificazione", null, 0],
      ["A.1", "Comunicazione", "A", 1],
    ]);
  });

  it.each([["XQ.1"], ["a.2"], ["Ob-uno"]])(
    "a code cell %j it cannot read is an errore naming the cell, never a section label",
    (code) => {
      const read = readPlanSheet(sheet("2.2 Performance", rows(code)));
      expect(read.problems).toEqual([
        expect.objectContaining({ severity: "errore", code: "obiettivo-non-riconosciuto", cell: "E3:E5" }),
      ]);
      expect(read.problems[0].message).toContain(`"${code} Razionalizzazione della spesa"`);
      // its KPIs are not given to OE, whose figure is then not computed
      const oe = read.plan!.objectives.find((o) => o.code === "OE")!;
      expect(oe.kpis.map((k) => k.readError)).toEqual([true, true]);
    }
  );
});

describe("generic Performance columns", () => {
  const header = (perf: string[]) => [["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", ...perf]];
  const body: Cell[][] = [["A.1 Obiettivo", "KPI uno", pct(1), 10, 8]];

  it.each([
    [["Performance", "Performance"], { performanceKpi: 5, performanceObiettivo: 6 }],
    [["Performance Obiettivo", "Performance"], { performanceKpi: 6, performanceObiettivo: 5 }],
    [["Performance KPI", "Grado di raggiungimento"], { performanceKpi: 5, performanceObiettivo: 6 }],
    [["% raggiungimento", "Performance obiettivo"], { performanceKpi: 5, performanceObiettivo: 6 }],
  ])("%j → %j", (perf, expected) => {
    const read = readPlanSheet(sheet("P", [...header(perf as string[]), ...body]));
    expect(read.layout?.columns).toMatchObject(expected);
  });

  it("a lone Performance column in a tabella (KPI on the objective's row) is the KPI's; the objective's column is missing", () => {
    const read = readPlanSheet(sheet("P", [...header(["Performance"]), ...body]));
    expect(read.layout?.kind).toBe("tabella");
    expect(read.layout?.columns.performanceKpi).toBe(5);
    expect(read.layout?.columns.performanceObiettivo).toBeUndefined();
    expect(read.plan?.objectives[0].cells.performance).toBeUndefined();
    // the reader leaves the missing column to the pipeline, which says what it did about it
    expect(read.problems).toEqual([]);
    const missing = recalculate({ grids: [sheet("P", [...header(["Performance"]), ...body])] }).problems.filter(
      (p) => p.code === "colonna-mancante"
    );
    expect(missing).toEqual([expect.objectContaining({ severity: "avviso", sheet: "P", cell: "G1" })]);
    expect(missing[0].message).toContain('la colonna "Performance Obiettivo"');
  });
});
