import { problem } from "../../src/engine/problems";
import { SheetGrid } from "../../src/layout/grid";
import { PlanBuilder, linkParents, uniqueProblems } from "../../src/layout/plan-builder";
import { readPlanSheet } from "../../src/layout/read-plan";
import { LayoutKind } from "../../src/layout/types";
import { sheet } from "./fixtures/sheet";

describe("PlanBuilder", () => {
  const grid = sheet("Piano", [["a"], ["b"], ["c"]], { hiddenRows: new Set([1, 2]) });

  it("gives objectives and KPIs their sheet, 1-based row and id", () => {
    const plan = new PlanBuilder(grid);
    const o = plan.objective(0, {
      code: "A.1",
      name: "Ob",
      level: "obiettivo",
      weight: null,
      parentCode: null,
      cells: {},
    });
    const k = plan.kpi(1, {
      name: "KPI",
      weight: null,
      direction: null,
      target: { kind: "empty" },
      actual: { kind: "empty" },
      cells: {},
    });
    expect(o).toMatchObject({ sheet: "Piano", row: 1, kpis: [] });
    expect(k).toMatchObject({ id: "Piano!2", sheet: "Piano", row: 2 });
  });

  it("lists the hidden rows read once for the sheet, at the first of them", () => {
    const plan = new PlanBuilder(grid);
    plan.rowRead(2);
    plan.rowRead(1);
    plan.rowRead(2);
    plan.rowRead(0);
    const layout = {
      sheet: "Piano",
      kind: "tabella" as const,
      headerRow: -1,
      columns: { indicatore: 3 },
      firstDataRow: 0,
      lastDataRow: 2,
    };
    const hidden = plan.finish([], layout).problems.filter((p) => p.code === "righe-nascoste-lette");
    expect(hidden).toEqual([expect.objectContaining({ cell: "D2" })]);
    expect(hidden[0].message).toBe("Le righe nascoste 2, 3 fanno parte del piano e sono state lette.");
  });

  it("says the same warning on the same cell once", () => {
    const twice = problem("peso-non-leggibile", { sheet: "Piano", cell: "C4" }, "metà");
    const elsewhere = problem("peso-non-leggibile", { sheet: "Piano", cell: "C5" }, "metà");
    expect(uniqueProblems([twice, elsewhere, { ...twice }])).toEqual([twice, elsewhere]);
  });

  it("links parents from the codes and reports a missing parent below the top level", () => {
    const node = (code: string) => ({
      code,
      name: code,
      level: "obiettivo" as const,
      weight: null,
      parentCode: null,
      kpis: [],
      sheet: "Piano",
      row: 1,
      cells: { name: "A1" },
    });
    const objectives = [node("A"), node("A.1"), node("A.1.1.1")];
    const problems = linkParents(objectives);
    expect(objectives.map((o) => o.parentCode)).toEqual([null, "A", "A.1"]);
    expect(problems.map((p) => p.code)).toEqual(["padre-mancante"]);
  });
});

/** One small sheet for every reader kind, every row hidden (as a filtered list hands them over). */
const SHEETS: [LayoutKind, SheetGrid, number][] = [
  [
    "report",
    sheet("Relazione", [
      ["Peso", "Obiettivo / Indicatore", "Target", "Consuntivo"],
      [0.5, "01_02 Internazionalizzazione", null, null],
      [1, "TUR_01 Capacità", ">= 10,00 N.", 27],
    ]),
    2019,
  ],
  [
    "cruscotto",
    sheet("Cruscotto", [
      ["011_ Competitività"],
      ["1. Semplificazione", 2018, 2019, "Consuntivo 2019"],
      ["Tempi medi", 0.8, 0.9, 0.95],
    ]),
    2019,
  ],
  [
    "schede",
    sheet("Schede", [
      ["obiettivo strategico (missione)", "012 -“Regolazione dei mercati”"],
      ["obiettivo operativo", "Mantenimento efficacia"],
      ["kpi operativo 4.1.", "UFFICI"],
      ["nome indicatore", "fungibilità nelle attività"],
      ["target annuale", "Si"],
      ["peso indicatore", 100],
      ["consuntivo", "Si"],
    ]),
    2019,
  ],
  [
    "tabella",
    sheet("Operativi 2019", [
      ["Obiettivi strategici", "Programmi di intervento", "Obiettivo Operativo", "Indicatore", "Target", "Consuntivo"],
      ["1. Semplificazione", "Continuare la semplificazione", "Coordinamento con i Comuni", "Pratiche evase", 0.9, 0.8],
    ]),
    2019,
  ],
  [
    "albero",
    sheet("Albero", [
      ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo"],
      ["A.1 Ob", null, "100%", null, null],
      [null, "KPI 1", "100% >=", 10, 5],
    ]),
    2019,
  ],
];

describe("hidden rows read, for every reader kind", () => {
  it.each(SHEETS)(
    "%s: said once for the sheet, listing the hidden rows the plan was read from",
    (_kind, grid, year) => {
      const rows = grid.values.map((_, i) => i + grid.rowOffset);
      const read = readPlanSheet({ ...grid, hiddenRows: new Set(rows) }, { year });
      expect(read.plan?.objectives.length).toBeGreaterThan(0);
      const hidden = read.problems.filter((p) => p.code === "righe-nascoste-lette");
      expect(hidden).toHaveLength(1);
      expect(hidden[0].sheet).toBe(grid.name);
      const kpiRows = read.plan!.objectives.flatMap((o) => o.kpis.map((k) => k.row));
      for (const r of kpiRows) expect(hidden[0].message).toContain(String(r));
    }
  );

  it.each(SHEETS)("%s: no warning when no row is hidden", (_kind, grid, year) => {
    expect(readPlanSheet(grid, { year }).problems.map((p) => p.code)).not.toContain("righe-nascoste-lette");
  });
});
