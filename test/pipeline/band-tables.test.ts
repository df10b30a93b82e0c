import { recalculate } from "../../src/pipeline/recalculate";
import { sliceGrid } from "../../src/pipeline/band-tables";
import { SheetGrid } from "../../src/layout/grid";
import { BandTableRef } from "../../src/pipeline/types";
import { lecceGrid, writeAt } from "./lecce-grid";

/** A "Fasce" sheet: a title, then Agenzia delle Entrate's table in B3:E7 (headings in row 3). */
function fasce(
  rows: unknown[][] = [
    [null, "< 90", "0%", null],
    [90, 110, "60%", "80%"],
    ["> 110", "< 131", "80%", null],
    [">= 131", null, "100%", null],
  ]
): SheetGrid {
  return {
    name: "Fasce",
    rowOffset: 0,
    colOffset: 0,
    values: [
      ["Tabella delle fasce dell'Agenzia delle Entrate"],
      [],
      [null, "Da", "A", "Punteggio", "Punteggio fino a"],
      ...rows.map((r) => [null, ...r]),
    ] as SheetGrid["values"],
  };
}

const ADE: BandTableRef = { name: "AdE", sheet: "Fasce", range: "B3:E7" };

describe("tabelle delle fasce lette dalla cartella di lavoro", () => {
  it("l'intervallo è ritagliato con le coordinate del foglio", () => {
    const g = sliceGrid(fasce(), "C4:D5");
    expect(g).toMatchObject({
      name: "Fasce",
      rowOffset: 3,
      colOffset: 2,
      values: [
        ["< 90", "0%"],
        [110, "60%"],
      ],
    });
  });

  // KPI301 87,73% (sotto 90: 0%), KPI302 27,40% (0%), KPI303 100% (60% + 10/20 × 20% = 70%), KPIIM220 10% (0%).
  it.each([
    ["H4", 0, "KPI301 87,73% → fascia «< 90»"],
    ["H5", 0, "KPI302 27,40%"],
    ["H8", 0.7, "KPI303 100% → dal 60% all'80% tra 90 e 110"],
    ["H16", 0, "KPIIM220 10%"],
  ])("con «fasce AdE» per tutti i KPI, %s = %d (%s)", (address, expected) => {
    const r = recalculate({ grids: [lecceGrid(), fasce()], settings: { bands: "AdE", bandTables: [ADE] } });
    expect(r.problems.filter((p) => p.code.startsWith("fasc"))).toEqual([]);
    expect(writeAt(r.writes, address)!.value as number).toBeCloseTo(expected, 12);
  });

  it("il foglio delle fasce non è letto come un piano", () => {
    const r = recalculate({ grids: [lecceGrid(), fasce()], settings: { bandTables: [ADE] } });
    expect(r.sheets.map((s) => s.sheet)).toEqual([lecceGrid().name]);
    expect(r.problems.filter((p) => p.sheet === "Fasce")).toEqual([]);
  });

  it.each<[string, unknown[][], BandTableRef, string, string | undefined, string[] | undefined]>([
    [
      "una cella non leggibile è nominata",
      [
        [null, "< 90", "0%", null],
        ["circa 90", 110, "60%", "80%"],
        ["> 110", null, "100%", null],
      ],
      ADE,
      "fascia-non-leggibile",
      "B5",
      undefined,
    ],
    [
      "due fasce sovrapposte nominano le loro righe",
      [
        [null, "< 90", "0%", null],
        [80, 110, "60%", "80%"],
        ["> 110", null, "100%", null],
      ],
      ADE,
      "fasce-sovrapposte",
      "B4:E4",
      ["B4:E4", "B5:E5"],
    ],
    [
      "un risultato scoperto nomina le due righe",
      [
        [null, "< 90", "0%", null],
        [90, 110, "60%", "80%"],
        [">= 131", null, "100%", null],
      ],
      ADE,
      "fasce-scoperte",
      "B5:E5",
      ["B5:E5", "B6:E6"],
    ],
    [
      "un foglio che non esiste",
      [],
      { name: "AdE", sheet: "Fasce 2020", range: "A1:D5" },
      "fasce-foglio-mancante",
      "A1:D5",
      undefined,
    ],
  ])("%s", (_what, rows, ref, code, cell, cells) => {
    const r = recalculate({ grids: [lecceGrid(), fasce(rows)], settings: { bands: "AdE", bandTables: [ref] } });
    const p = r.problems.find((x) => x.code === code);
    expect(p).toMatchObject({ severity: "errore", sheet: ref.sheet, cell });
    if (cells) expect(p!.cells).toEqual(cells);
    // Never a figure computed without the bands the settings ask for.
    expect(writeAt(r.writes, "H4")?.value).toBe("N.V.");
  });
});

describe("with two plan sheets", () => {
  it("a band table's problem is listed once, not once per plan", () => {
    const rows = [
      [null, "< 90", "0%", null],
      [80, 110, "60%", "80%"],
      ["> 110", null, "100%", null],
    ];
    const r = recalculate({
      grids: [lecceGrid("Piano 2019"), lecceGrid("Piano 2020"), fasce(rows)],
      settings: { bands: "AdE", bandTables: [ADE] },
    });
    expect(r.sheets).toHaveLength(2);
    expect(r.problems.filter((p) => p.code === "fasce-sovrapposte")).toHaveLength(1);
  });
});
