import { CellValue } from "../../src/engine/values";
import { gridFromRows, indentKey, SheetGrid } from "../../src/layout/grid";
import { readPlanSheet } from "../../src/layout/read-plan";
import { ReadResult } from "../../src/layout/types";

/**
 * Issue 9 §3: objectives recognised from indentation when there are no codes. One name column;
 * areas, objectives and KPIs told apart only by the cell indent or by spaces before the name.
 */

type Line = [level: number, name: string, peso?: CellValue, target?: CellValue, consuntivo?: CellValue];

const HEADER: CellValue[] = ["Descrizione", "Peso", "Target", "Consuntivo"];

/** The example: area → obiettivo strategico → obiettivo operativo → KPI. */
const EXAMPLE: Line[] = [
  [0, "Area 1 Competitività delle imprese"],
  [1, "Obiettivo strategico Digitalizzazione", 0.6],
  [2, "Obiettivo operativo Sportello online", 0.5],
  [3, "Pratiche telematiche (%)", 1, ">= 90%", 0.93],
  [2, "Obiettivo operativo Pagamenti", 0.5],
  [3, "Tempo medio di pagamento (giorni)", 1, "<= 30", 24],
  [1, "Obiettivo strategico Trasparenza", 0.4],
  [2, "Obiettivo operativo Pubblicazioni", 1],
  [3, "Atti pubblicati nei termini", 1, ">= 95%", 0.97],
];

function row(l: Line, name: string): CellValue[] {
  return [name, l[2] ?? null, l[3] ?? null, l[4] ?? null];
}

/** The lines with `pad(level)` before each name (spaces typed in the cell). */
function spaced(lines: Line[], pad: (level: number) => string = (n) => "   ".repeat(n), name = "Piano"): SheetGrid {
  return gridFromRows(name, [HEADER, ...lines.map((l) => row(l, pad(l[0]) + l[1]))]);
}

/** The lines with Excel's cell indent ("Aumenta rientro") `perLevel` steps per level. */
function aligned(lines: Line[], perLevel = 1): SheetGrid {
  const g = gridFromRows("Piano", [HEADER, ...lines.map((l) => row(l, l[1]))]);
  g.indents = new Map(lines.flatMap((l, i) => (l[0] > 0 ? [[indentKey(i + 1, 0), l[0] * perLevel] as const] : [])));
  return g;
}

function tree(read: ReadResult) {
  return (read.plan?.objectives ?? []).map((o) => ({
    code: o.code,
    level: o.level,
    parent: o.parentCode,
    weight: o.weight,
    kpis: o.kpis.map((k) => k.name),
  }));
}

const EXAMPLE_TREE = [
  { code: "1", level: "area", parent: null, weight: null, kpis: [] },
  { code: "1.1", level: "strategico", parent: "1", weight: 0.6, kpis: [] },
  { code: "1.1.1", level: "operativo", parent: "1.1", weight: 0.5, kpis: ["Pratiche telematiche (%)"] },
  { code: "1.1.2", level: "operativo", parent: "1.1", weight: 0.5, kpis: ["Tempo medio di pagamento (giorni)"] },
  { code: "1.2", level: "strategico", parent: "1", weight: 0.4, kpis: [] },
  { code: "1.2.1", level: "operativo", parent: "1.2", weight: 1, kpis: ["Atti pubblicati nei termini"] },
];

const codes = (read: ReadResult) => read.problems.map((p) => p.code);

describe("the tree from the indent levels", () => {
  it.each<[string, SheetGrid]>([
    ["the cell indent, one step per level", aligned(EXAMPLE)],
    ["the cell indent, two steps per level", aligned(EXAMPLE, 2)],
    ["two spaces per level", spaced(EXAMPLE, (n) => "  ".repeat(n))],
    ["three spaces per level", spaced(EXAMPLE)],
    ["four spaces per level", spaced(EXAMPLE, (n) => "    ".repeat(n))],
    ["non-breaking spaces", spaced(EXAMPLE, (n) => "\u00a0\u00a0".repeat(n))],
    ["a tab per level", spaced(EXAMPLE, (n) => "\t".repeat(n))],
  ])("%s: areas, strategic and operational objectives by depth, KPIs by their figures", (_how, grid) => {
    const read = readPlanSheet(grid);
    expect(tree(read)).toEqual(EXAMPLE_TREE);
    expect(codes(read)).toEqual(["livelli-dal-rientro"]);
    expect(read.layout).toMatchObject({ kind: "albero", headerRow: 0, firstDataRow: 1, lastDataRow: 9 });
    expect(read.layout?.indentedRows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("keeps the area's own number as its code and names it without it; the others' codes come from their place", () => {
    const read = readPlanSheet(spaced(EXAMPLE));
    expect(read.plan?.objectives[0]).toMatchObject({ code: "1", name: "Competitività delle imprese", row: 2 });
    expect(read.plan?.objectives[1]).toMatchObject({ name: "Obiettivo strategico Digitalizzazione", row: 3 });
    expect(read.problems[0]).toMatchObject({ sheet: "Piano", cell: "A2" });
    expect(read.problems[0].cells).toEqual(["A3", "A4", "A6", "A8", "A9"]);
    expect(read.problems[0].message).toContain("un livello ogni 3 spazi");
    expect(read.problems[0].message).toContain("1.1 = A3, 1.1.1 = A4, 1.1.2 = A6, 1.2 = A8, 1.2.1 = A9");
  });

  it("reads the KPI's figures: weight, direction and target from the Target cell, consuntivo", () => {
    const kpi = readPlanSheet(aligned(EXAMPLE)).plan?.objectives[2].kpis[0];
    expect(kpi).toMatchObject({
      weight: 1,
      direction: ">=",
      target: { kind: "number", value: 0.9 },
      actual: { kind: "number", value: 0.93 },
      row: 5,
      cells: { name: "A5", target: "C5", actual: "D5" },
    });
  });

  it("uses the cell indent and ignores spaces when any cell of the column is indented", () => {
    const g = aligned(EXAMPLE);
    // a stray space typed before one KPI's name does not move it
    g.values[4][0] = "      Pratiche telematiche (%)";
    expect(tree(readPlanSheet(g))).toEqual(EXAMPLE_TREE);
  });

  it("areas without a code are numbered in order; an area's own code is not given to another", () => {
    const lines: Line[] = [
      [0, "Competitività"],
      [1, "Sportello", 1],
      [2, "Pratiche telematiche", 1, 0.9, 0.93],
      [0, "Area 1 Trasparenza"],
      [1, "Pubblicazioni", 1],
      [2, "Atti pubblicati", 1, 0.95, 0.97],
    ];
    expect(tree(readPlanSheet(spaced(lines))).map((o) => [o.code, o.parent])).toEqual([
      ["2", null],
      ["2.1", "2"],
      ["1", null],
      ["1.1", "1"],
    ]);
  });

  it("one level of objectives with their KPIs in under them: objectives, not areas", () => {
    const lines: Line[] = [
      [0, "Sportello online"],
      [1, "Pratiche telematiche", 0.5, 0.9, 0.93],
      [1, "Accessi al portale", 0.5, 100, 120],
      [0, "Pagamenti"],
      [1, "Tempo medio di pagamento", 1, 30, 24],
    ];
    expect(tree(readPlanSheet(spaced(lines))).map((o) => [o.code, o.level, o.kpis.length])).toEqual([
      ["1", "obiettivo", 2],
      ["2", "obiettivo", 1],
    ]);
  });

  it("reads with the user's mapping of one name column, Target and Consuntivo", () => {
    const read = readPlanSheet(spaced(EXAMPLE), { columns: { indicatore: 0, peso: 1, target: 2, consuntivo: 3 } });
    expect(tree(read)).toEqual(EXAMPLE_TREE);
  });

  it("shows in the reading which rows were placed by indentation, with their roles and parents", () => {
    const reading = readPlanSheet(spaced(EXAMPLE)).reading;
    expect(reading?.reason).toMatch(
      /^albero: .*livelli dal rientro dei nomi nella colonna A \(\d+ righe\), senza codici/
    );
    expect(reading?.rows.slice(0, 4)).toEqual([
      { row: 2, role: "area", code: "1", name: "Competitività delle imprese", parent: null, byIndent: true },
      {
        row: 3,
        role: "obiettivo",
        code: "1.1",
        name: "Obiettivo strategico Digitalizzazione",
        parent: "1",
        byIndent: true,
      },
      {
        row: 4,
        role: "obiettivo",
        code: "1.1.1",
        name: "Obiettivo operativo Sportello online",
        parent: "1.1",
        byIndent: true,
      },
      { row: 5, role: "kpi", code: null, name: "Pratiche telematiche (%)", parent: "1.1.1", byIndent: true },
    ]);
  });
});

describe("a row whose indentation does not fit is named, never attached", () => {
  const base: Line[] = [
    [0, "Competitività"],
    [1, "Digitalizzazione", 1],
    [2, "Pratiche telematiche", 1, 0.9, 0.93],
  ];

  it.each<[string, Line[], string, string, string[]]>([
    [
      "an objective two levels in, with its KPI",
      [...base, [1, "Pagamenti", 1], [3, "Sportello online", 1], [4, "Accessi al portale", 1, 100, 120]],
      "A6:A7",
      "rientra di due o più livelli",
      ["Pratiche telematiche"],
    ],
    [
      "a KPI at the areas' level, no objective above",
      [[0, "Accessi al portale", 1, 100, 120], ...base],
      "A2",
      "sta al livello delle aree",
      ["Pratiche telematiche"],
    ],
    [
      "a row in under a KPI",
      [...base, [3, "Accessi al portale", 1, 100, 120]],
      "A5",
      "rientra sotto un KPI",
      ["Pratiche telematiche"],
    ],
  ])("%s", (_case, lines, cell, words, kpis) => {
    const read = readPlanSheet(spaced(lines));
    const wrong = read.problems.filter((p) => p.code === "rientro-incoerente");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ severity: "errore", sheet: "Piano", cell });
    expect(wrong[0].message).toContain(words);
    expect(read.plan?.objectives.flatMap((o) => o.kpis.map((k) => k.name))).toEqual(kpis);
  });

  it("a name whose spaces are not a whole number of levels", () => {
    const lines: Line[] = [...base, [2, "Accessi al portale", 1, 100, 120]];
    const g = spaced(lines, (n) => "    ".repeat(n));
    g.values[4][0] = "      Accessi al portale";
    const read = readPlanSheet(g);
    const wrong = read.problems.filter((p) => p.code === "rientro-incoerente");
    expect(wrong.map((p) => [p.cell, p.message.includes("multiplo di 4")])).toEqual([["A5", true]]);
    expect(read.plan?.objectives[1].kpis.map((k) => k.name)).toEqual(["Pratiche telematiche"]);
  });

  it("siblings after a row two levels in are left out with it, the next row one level in is read", () => {
    const lines: Line[] = [
      ...base,
      [1, "Pagamenti", 1],
      [3, "Sportello online", 1],
      [4, "Accessi al portale", 1, 100, 120],
      [3, "Sportello fisico", 1],
      [2, "Tempo medio di pagamento", 1, 30, 24],
    ];
    const read = readPlanSheet(spaced(lines));
    const wrong = read.problems.filter((p) => p.code === "rientro-incoerente");
    expect(wrong.map((p) => [p.cell, p.cells])).toEqual([["A6:A8", ["A6", "A7", "A8"]]]);
    expect(tree(read).map((o) => [o.code, o.kpis])).toEqual([
      ["1", []],
      ["1.1", ["Pratiche telematiche"]],
      ["1.2", ["Tempo medio di pagamento"]],
    ]);
  });
});

describe("sheets the indentation reader leaves to the others", () => {
  it("objectives with codes: the codes tell the tree, whatever the indentation", () => {
    const lines: Line[] = [
      [0, "A Competitività"],
      [1, "A.1 Digitalizzazione", 1],
      [2, "Pratiche telematiche", 1, 0.9, 0.93],
    ];
    const read = readPlanSheet(spaced(lines));
    expect(read.layout?.indentedRows).toBeUndefined();
    expect(codes(read)).not.toContain("livelli-dal-rientro");
  });

  it("no indentation: not read as a tree of indents", () => {
    const read = readPlanSheet(spaced(EXAMPLE, () => ""));
    expect(read.layout?.indentedRows).toBeUndefined();
    expect(codes(read)).not.toContain("livelli-dal-rientro");
  });

  it("objectives and indicators in two columns: the table reader's", () => {
    const g = gridFromRows("Piano", [
      ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo"],
      ["Competitività", null, null, null, null],
      ["   Digitalizzazione", null, 1, null, null],
      [null, "Pratiche telematiche", 1, 0.9, 0.93],
    ]);
    expect(readPlanSheet(g).layout?.indentedRows).toBeUndefined();
  });
});

describe("indented names with a Peso obiettivo column beside the KPI weights", () => {
  it("weighs the objectives by Peso obiettivo and the KPIs by Peso indicatore", () => {
    const rows: CellValue[][] = [
      ["Descrizione", "Peso obiettivo", "Peso indicatore", "Target", "Consuntivo"],
      ["Area 1 Competitività delle imprese", null, null, null, null],
      ["   Obiettivo strategico Digitalizzazione", 0.6, null, null, null],
      ["      Pratiche telematiche (%)", null, 0.7, ">= 90%", 0.93],
      ["      Tempo medio di pagamento (giorni)", null, 0.3, "<= 30", 24],
      ["   Obiettivo strategico Trasparenza", 0.4, null, null, null],
      ["      Atti pubblicati nei termini", null, 1, ">= 95%", 0.97],
    ];
    const read = readPlanSheet(gridFromRows("Piano", rows));
    const objectives = read.plan?.objectives ?? [];
    expect(objectives.map((o) => o.weight)).toEqual([null, 0.6, 0.4]);
    expect(objectives[1].cells.weight).toBe("B3");
    expect(objectives[1].kpis.map((k) => [k.weight, k.cells.weight])).toEqual([
      [0.7, "C4"],
      [0.3, "C5"],
    ]);
  });
});
