import { readAs } from "../../../src/layout/readers";
import fc from "fast-check";
import { addressesAreCells, cardsGridArb, layoutGridArb, yearArb } from "../../fixtures/layout-arbitrary";
import { KpiInput, PlanInput } from "../../../src/engine/plan";
import { computePlan } from "../../../src/engine/rollup";
import { CellValue } from "../../../src/engine/values";
import { cardsReader } from "../../../src/layout/cards/cards";
import { dashboardReader } from "../../../src/layout/dashboard/dashboard";
import { gridFromRows, SheetGrid } from "../../../src/layout/grid";
import { reportTreeReader } from "../../../src/layout/report-tree/report-tree";
import { ReadResult } from "../../../src/layout/types";
import { loadFixture } from "../../fixtures/load-grid";

let grid: SheetGrid;
const read = (year?: number, g: SheetGrid = grid) =>
  readAs(cardsReader, g, year === undefined ? {} : { year }) as ReadResult;
const kpisOf = (r: ReadResult): KpiInput[] => r.plan!.objectives.flatMap((o) => o.kpis);
const kpiNamed = (r: ReadResult, name: string): KpiInput => {
  const k = kpisOf(r).find((x) => x.name === name);
  if (!k) throw new Error(`KPI ${name} non letto`);
  return k;
};

beforeAll(async () => {
  [grid] = await loadFixture("004-schede-2019-2021.xlsx");
});

describe("004 KPI cards: the fixture is read into the document's tree", () => {
  it("reads areas with their mission code, objectives in sheet order, and actions where a card numbers KPIs by action", () => {
    const r = read(2019);
    expect(r.layout).toMatchObject({ kind: "schede", headerRow: -1, columns: {} });
    const rows = Object.fromEntries(r.plan!.objectives.map((o) => [o.code, [o.parentCode, o.level, o.kpis.length]]));
    expect(rows["032"]).toEqual([null, "area", 0]); // "Area strategica: Servizi istituzionali ..." = "... (cod 032)" of the operational cards
    expect(rows["011"]).toEqual([null, "area", 0]); // "Area strategica: Competitività ..." = "Cod.011 Competitività ..."
    expect(rows["012.6"]).toEqual(["012", "operativo", 0]);
    expect(rows["012.6.4"]).toEqual(["012.6", "azione", 2]);
    const names = Object.fromEntries(r.plan!.objectives.map((o) => [o.code, o.name]));
    expect(names["032.4"]).toBe("Attuazione disposizioni Legge n. 190/2012 sull’anticorruzione");
    expect(names["016"]).toBe("Commercio internazionale ed internazionalizzazione del sistema produttivo");
    expect(names["012.4"]).toBe(
      "miglioramento efficacia ed efficienza delle attività svolte dal Servizio Metrico - Agricoltura"
    ); // name on the row after "OBIETTIVO OPERATIVO 1"
    expect(kpisOf(r)).toHaveLength(55);
  });

  it.each([
    // indicator, seed line, 2019 target as printed, weight, direction, target read
    [
      "Introduzione SIOPE+ e gestione efficiente del cash flow",
      19,
      "Anno:2019—si",
      1,
      null,
      { kind: "yesno", value: true },
    ],
    [
      "Predisposizione nei termini di legge dei documenti relativi alla Performance (Piano Performance, relazione sulla Performance, monitoraggio semestrale)",
      43,
      "Anno:2019---3",
      1,
      null,
      { kind: "number", value: 3, percent: false },
    ],
    [
      "Interventi di audit in ottica di prevenzione della corruzione",
      122,
      "Anno:2019—≥2",
      0.33,
      ">=",
      { kind: "number", value: 2, percent: false },
    ],
    [
      "Verifiche con forze dell’ordine",
      169,
      "Anno:2019--100%",
      0.25,
      null,
      { kind: "number", value: 1, percent: true },
    ],
    [
      "Gestione euro sportello internazionalizzazione",
      221,
      "Anno 2019>=50",
      1,
      ">=",
      { kind: "number", value: 50, percent: false },
    ],
    ["Riconciliazione e monitoraggio", 2014, "N >= 12", 1, ">=", { kind: "number", value: 12, percent: false }],
    ["Iscrizione delle domande/denunce", 634, ">=65%", 0.7, ">=", { kind: "number", value: 0.65, percent: true }],
    ["Evasione pratiche albo artigiani", 661, ">=65%", 0.3, ">=", { kind: "number", value: 0.65, percent: true }],
  ])("%s (seed line %i): target %s", (name, _line, _printed, weight, direction, target) => {
    const k = kpiNamed(read(2019), name);
    expect(k.weight).toBeCloseTo(weight, 12);
    expect(k.direction).toBe(direction);
    expect(k.target).toEqual(target);
    expect(k.actual).toEqual({ kind: "empty" });
    expect(k.unavailable).toBe(true);
  });

  it("keeps the number of a target with a remark in parentheses, and says so at its cell (seed line 460)", () => {
    const r = read(2019);
    const metrico = r.plan!.objectives.find((o) => o.code === "012.3")!;
    expect(metrico.kpis[0].target).toEqual({ kind: "number", value: 0.9, percent: true });
    expect(r.problems).toContainEqual(
      expect.objectContaining({ code: "target-con-nota", cell: metrico.kpis[0].cells.target, severity: "avviso" })
    );
  });

  it("reads the year asked for, defaults to the latest one with a warning, and refuses a year no card plans", () => {
    expect(kpiNamed(read(2021), "Tasso evasione pratiche registro imprese").target).toEqual({
      kind: "number",
      value: 0.65,
      percent: true,
    });
    expect(kpiNamed(read(2021), "Verifiche con forze dell’ordine").target).toEqual({
      kind: "number",
      value: 1,
      percent: true,
    });
    const latest = read();
    expect(latest.problems[0]).toMatchObject({ code: "anno-predefinito" });
    expect(latest.problems[0].message).toContain("2021");
    const none = read(2018);
    expect(none.plan).toBeNull();
    expect(none.problems).toEqual([expect.objectContaining({ code: "anno-assente", severity: "errore" })]);
  });

  it("reports the cards whose two KPIs weigh 100 each (seed lines 542-600 and 1222-1262) instead of hiding them", () => {
    const result = computePlan(read(2019).plan!);
    const weights = result.problems.filter((p) => p.code === "pesi-non-100");
    expect(weights.map((p) => p.message)).toEqual([
      "I pesi di 012.4 sommano a 200,00% invece di 100%.",
      "I pesi di 011.3 sommano a 200,00% invece di 100%.",
    ]);
  });

  it("is not taken by the other readers, and takes none of their sheets", async () => {
    expect(readAs(reportTreeReader, grid, {})).toBeNull();
    expect(readAs(dashboardReader, grid, {})).toBeNull();
    const [report] = await loadFixture("003-report-albero-2022.xlsx");
    const [dashboard] = await loadFixture("002-cruscotto-2016-2020.xlsx");
    expect(readAs(cardsReader, report, {})).toBeNull();
    expect(readAs(cardsReader, dashboard, {})).toBeNull();
    const table = gridFromRows("Piano", [
      ["Obiettivo", "Cod.", "Indicatore", "Peso", "Target", "Consuntivo"],
      ["A.1 Sostenere", "KPI301", "Soggetti", "50% >", "15,00%", "13,16%"],
    ]);
    expect(readAs(cardsReader, table, {})).toBeNull();
  });
});

const isWeightLabel = (row: CellValue[]) => typeof row[0] === "string" && row[0].toLowerCase() === "peso indicatore";

/** A copy of the fixture with rows inserted after the first row matching `after` (below `from`). */
function insertAfter(g: SheetGrid, after: (row: CellValue[]) => boolean, rows: CellValue[][], from = 0): SheetGrid {
  const at = g.values.findIndex((row, i) => i >= from && after(row));
  if (at < 0) throw new Error("riga non trovata");
  const values = [...g.values.slice(0, at + 1), ...rows, ...g.values.slice(at + 1)];
  const numberFormats = [
    ...(g.numberFormats ?? []).slice(0, at + 1),
    ...rows.map(() => []),
    ...(g.numberFormats ?? []).slice(at + 1),
  ];
  return { ...g, values, numberFormats };
}

describe("004 KPI cards: consuntivi written in the cards are scored", () => {
  let r: ReadResult;
  let plan: PlanInput;
  beforeAll(() => {
    const index = (pred: (row: CellValue[]) => boolean) => grid.values.findIndex(pred);
    let g = grid;
    // Registro imprese card: a "consuntivo al 30/06" row under each KPI's weight.
    const ri = index((row) => row[1] === "Iscrizione delle domande/denunce");
    g = insertAfter(g, isWeightLabel, [["consuntivo al 30/06", "60,00%"]], ri);
    const albo = g.values.findIndex((row) => row[1] === "Evasione pratiche albo artigiani");
    g = insertAfter(g, isWeightLabel, [["consuntivo al 30/06", "70,00%"]], albo);
    // Reinternalizzazione card: yes/no actions.
    for (const [name, actual] of [
      ["attività commissionate dall’ente camerale a supporto dell’erogazione dei servizi istituzionali", "si"],
      ["Gestione sportello rilascio SPID", "no"],
    ]) {
      const at = g.values.findIndex((row) => String(row[1]).trim() === name);
      g = insertAfter(g, isWeightLabel, [["consuntivo al 30/06", actual]], at);
    }
    // Trasparenza: a Consuntivo column added to the "KPI associati" table.
    const header = g.values.findIndex(
      (row, i) => row[0] === "Indicatori" && String(g.values[i + 1]?.[0]).startsWith("Aggiornamento Piano Triennale")
    );
    const values = g.values.map((row, i) =>
      i === header
        ? [...row, "Consuntivo"]
        : i > header && i <= header + 3
          ? [...row, ["si", "si", "no"][i - header - 1]]
          : row
    );
    g = { ...g, values };
    r = read(2019, g);
    plan = r.plan as PlanInput;
  });

  it("finds the consuntivi and stops warning that there are none", () => {
    expect(r.problems.some((p) => p.code === "consuntivo-assente")).toBe(false);
    expect(kpiNamed(r, "Iscrizione delle domande/denunce").actual).toEqual({
      kind: "number",
      value: 0.6,
      percent: true,
    });
  });

  it.each([
    ["012.5", 0.7 * (0.6 / 0.65) + 0.3 * 1],
    ["032.3", 0.34 * 1 + 0.33 * 1 + 0.33 * 0],
    ["012.7.1", 1],
    ["012.7.3", 0],
  ])("objective %s = %f", (code, expected) => {
    const result = computePlan(plan);
    expect(result.objectives.find((o) => o.code === code)?.performance).toBeCloseTo(expected, 10);
  });

  it("the reinternalizzazione objective is the mean of its scored actions", () => {
    const result = computePlan(plan);
    expect(result.objectives.find((o) => o.code === "012.7")?.performance).toBeCloseTo(0.5, 10);
  });
});

describe("KPI cards: unclear cards are reported, never guessed", () => {
  it("names the cell of a KPI card without a name and of a KPI above every objective", () => {
    const g = gridFromRows("Schede", [
      ["kpi operativo 1.1."],
      ["nome indicatore", "Pratiche evase"],
      ["target annuale", ">=65%"],
      ["obiettivo operativo", "Tempi di evasione"],
      ["kpi operativo 1.1."],
      ["target annuale", ">=65%"],
      ["peso indicatore", 100],
      ["kpi operativo 1.2."],
      ["nome indicatore", "Pratiche albo"],
      ["target annuale", ">=65%"],
      ["peso indicatore", "metà"],
    ]);
    const r = readAs(cardsReader, g, {}) as ReadResult;
    expect(r.problems.filter((p) => p.severity === "errore").map((p) => [p.code, p.cell])).toEqual([
      ["kpi-fuori-obiettivo", "B2"],
      ["kpi-senza-nome", "A5"],
      ["peso-non-leggibile", "B11"],
    ]);
    expect(r.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => k.name)])).toEqual([["O1", ["Pratiche albo"]]]);
  });
});

describe("KPI cards: variants of the operational cards (seed 004 lines 688-2272)", () => {
  const card = (rows: CellValue[][]) => readAs(cardsReader, gridFromRows("Schede", rows), {}) as ReadResult;

  it("a second target in one block starts another KPI of the same action instead of overwriting the first", () => {
    const r = card([
      ["obiettivo strategico (missione)", "012 -“Regolazione dei mercati”"],
      ["obiettivo operativo", "Mantenimento efficacia"],
      ["kpi operativo 4.1.", "UFFICI MARCHI PROTESTI SANZIONI COMMERCIO ESTERO"],
      ["nome indicatore", "fungibilità nelle attività"],
      ["algoritmo di calcolo", "Si/no"],
      ["target annuale", "Si"],
      ["peso indicatore", 50],
      ["algoritmo di calcolo", "emissione certificati commercio estero entro 6 giorni"],
      ["target annuale", "<=6"],
      ["peso indicatore", 50],
      ["target annuale", ">=2"],
      ["peso indicatore", "metà"],
    ]);
    expect(
      r.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => [k.name, k.weight, k.direction, k.target])])
    ).toEqual([
      ["012", []],
      [
        "012.1",
        [
          ["fungibilità nelle attività", 0.5, null, { kind: "yesno", value: true }],
          [
            "emissione certificati commercio estero entro 6 giorni",
            0.5,
            "<=",
            { kind: "number", value: 6, percent: false },
          ],
        ],
      ],
    ]);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell])).toEqual([
      ["avviso", "kpi-nome-da-algoritmo", "B8"],
      ["errore", "kpi-senza-nome", "A11"],
      ["avviso", "consuntivo-assente", "A1"],
    ]);
  });

  it.each([
    [
      "Obiettivo strategico (mission)",
      "Missione 032 - Servizi Istituzionali e Generali delle Amministrazioni Pubbliche",
      "032",
      "Servizi Istituzionali e Generali delle Amministrazioni Pubbliche",
    ],
    [
      "obiettivo strategico (missione)",
      "Servizi istituzionali e generali delle amministrazioni pubbliche (cod 032)",
      "032",
      "Servizi istituzionali e generali delle amministrazioni pubbliche",
    ],
    [
      "OBIETTIVO STRATEGICO (MISSION)",
      "Cod. 011Competitività e sviluppo delle imprese",
      "011",
      "Competitività e sviluppo delle imprese",
    ],
    [
      "Obiettivo strategico (missione)",
      "011 -“Competitività e sviluppo delle imprese",
      "011",
      "Competitività e sviluppo delle imprese",
    ],
  ])("%s | %s → area %s", (label, mission, code, name) => {
    const r = card([
      [label, mission],
      ["Obiettivo operativo", "Riconciliazione"],
      ["Kpi operativo 1.1"],
      ["Nome indicatore", "Riconciliazione e monitoraggio"],
      ["Target annuale", "N >= 12"],
      ["Peso indicatore", 100],
    ]);
    expect(r.plan!.objectives.map((o) => [o.code, o.name])).toEqual([
      [code, name],
      [`${code}.1`, "Riconciliazione"],
    ]);
    expect(r.plan!.objectives[1].kpis[0]).toMatchObject({
      direction: ">=",
      target: { kind: "number", value: 12, percent: false },
    });
  });
});

describe("cards: arbitrary grids", () => {
  it("never throws; returns null or a plan whose every address is a cell, with problems naming the sheet", () => {
    fc.assert(
      fc.property(fc.oneof(layoutGridArb, cardsGridArb), yearArb, (g, year) => {
        const r = readAs(cardsReader, g, year === undefined ? {} : { year });
        if (r === null) return true;
        if (r.plan) computePlan(r.plan);
        return addressesAreCells(r);
      }),
      { numRuns: 600 }
    );
  });
});
