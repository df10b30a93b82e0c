import fc from "fast-check";
import { computePlan } from "../../src/engine/rollup";
import { CellValue } from "../../src/engine/values";
import { SheetGrid } from "../../src/layout/grid";
import { readPlanSheet } from "../../src/layout/read-plan";
import { ColumnMap, FIELDS } from "../../src/layout/types";
import { LECCE_HEADER, LECCE_ROWS, LECCE_SHEET } from "./fixtures/lecce-2019";
import { gridOf } from "./fixtures/excel-cells";

/** Cell texts that steer the reader into its branches: headers, codes, weights, targets, noise. */
const PLAN_TEXTS = [
  "Obiettivo",
  "Cod.",
  "Codice",
  "Indicatore",
  "Esito validazione",
  "Eito validazione",
  "Peso",
  "Peso %",
  "Direzione",
  "Polarità",
  "Target",
  "Valore atteso",
  "Consuntivo",
  "Consistivo",
  "Performance",
  "Performance KPI",
  "Performance Obiettivo",
  "Metodo",
  "Un.mis.",
  "Stato",
  "A Competitività",
  "A.1 - Attrattività",
  "A.1.",
  "A.1.2 Sviluppo",
  "A.1.2.1 Azione",
  "01_03 Promozione",
  "B.2.1",
  "KPI301",
  "50% >",
  "50% >=",
  "0,5",
  "abc",
  "15,00%",
  "1.587,10",
  "30/09/2019",
  "N.V.",
  "kpi non disponibile",
  "kpi validato",
  ">=",
  "<=",
  "crescente",
  "si",
  "Anno di rilevazione",
  "x ≤ x-1",
  "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.2",
  "Sostegno alle imprese",
  "",
  " ",
  "\u00a0",
  "%",
  "binario",
  "boh",
];
const FORMATS = [undefined, "General", "0.00%", "dd/mm/yyyy", "#,##0.00", "@", "mmm-yy"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...PLAN_TEXTS),
  fc.string({ maxLength: 12 }),
  fc.double({ noDefaultInfinity: false, noNaN: false }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);

const REQUIRED_HEADERS = ["Obiettivo", "Indicatore", "Target", "Consuntivo"];
const OPTIONAL_HEADERS = [
  "Cod.",
  "Esito validazione",
  "Peso",
  "Direzione",
  "Performance",
  "Performance KPI",
  "Performance Obiettivo",
  "Metodo",
  "Un.mis.",
  "Note",
];

/** Mostly plan words and figures, some noise. */
const planCell: fc.Arbitrary<CellValue> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      "A.1 - Attrattività",
      "A.1.2 Sviluppo",
      "A Competitività",
      "A.1.2.1 Azione",
      "01_03 Promozione",
      "B.2.1"
    ),
    weight: 2,
  },
  { arbitrary: fc.constantFrom(...PLAN_TEXTS), weight: 4 },
  { arbitrary: fc.integer({ min: -10, max: 200 }), weight: 2 },
  { arbitrary: cell, weight: 1 }
);

/** A plan header (now and then missing a required column) below a title block, plan-like rows below it. */
const planLikeArb = fc
  .record({
    title: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
    optional: fc.subarray(OPTIONAL_HEADERS),
    drop: fc.nat(6),
    rows: fc.array(fc.array(planCell, { minLength: 4, maxLength: 14 }), { maxLength: 16 }),
  })
  .chain(({ title, optional, drop, rows }) => {
    const columns = [...REQUIRED_HEADERS.filter((_, i) => i !== drop), ...optional];
    return fc
      .shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length })
      .map((header) => [...title, header as CellValue[], ...rows]);
  });

const gridArb: fc.Arbitrary<SheetGrid> = fc
  .record({
    rows: fc.oneof(fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }), planLikeArb),
    formats: fc.array(fc.array(fc.constantFrom(...FORMATS), { maxLength: 14 }), { maxLength: 20 }),
    rowOffset: fc.nat(3),
    colOffset: fc.nat(3),
    hidden: fc.array(fc.nat(20), { maxLength: 3 }),
    merges: fc.array(fc.constantFrom("A1:G1", "B2:B3", "A1", "C3:D3", "Z9:A1", "bad", "F4:G4"), { maxLength: 3 }),
  })
  .map(({ rows, formats, rowOffset, colOffset, hidden, merges }) => ({
    name: "Foglio",
    values: rows,
    numberFormats: formats,
    rowOffset,
    colOffset,
    hiddenRows: new Set(hidden),
    merges,
  }));

const optionsArb = fc.record(
  {
    columns: fc.dictionary(fc.constantFrom(...FIELDS), fc.integer({ min: -1, max: 10 }), {
      maxKeys: 6,
    }) as fc.Arbitrary<ColumnMap>,
    headerRow: fc.integer({ min: -1, max: 15 }),
    year: fc.integer({ min: 2015, max: 2030 }),
  },
  { requiredKeys: [] }
);

describe("readPlanSheet on arbitrary grids", () => {
  it("the generator reaches the table reader: some grids are read as plans", () => {
    const reads = fc.sample(gridArb, { numRuns: 1000, seed: 42 }).map((g) => readPlanSheet(g));
    const read = reads.filter((r) => r.plan && r.plan.objectives.some((o) => o.kpis.length > 0)).length;
    const refused = reads.filter((r) => r.problems.some((p) => p.code === "colonne-mancanti")).length;
    expect(read).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
  });

  it("never throws, every problem names its sheet and cell, KPI ids are unique", () => {
    fc.assert(
      fc.property(gridArb, optionsArb, (grid, options) => {
        const read = readPlanSheet(grid, options);
        for (const p of read.problems) {
          expect(p.sheet).toBe("Foglio");
          expect(typeof p.cell).toBe("string");
          expect(p.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(read.problems.some((p) => p.code === "lettura-fallita")).toBe(false);
        if (read.plan) {
          const ids = read.plan.objectives.flatMap((o) => o.kpis.map((k) => k.id));
          expect(new Set(ids).size).toBe(ids.length);
          for (const o of read.plan.objectives) for (const k of o.kpis) expect(k.id).toBe(`Foglio!${k.row}`);
          expect(() => computePlan(read.plan!)).not.toThrow();
        }
      }),
      { numRuns: 1500 }
    );
  });
});

/** Lecce 2019 cut into whole objective blocks: an objective row with the rows up to the next objective. */
function lecceBlocks(): string[][][] {
  const blocks: string[][][] = [];
  for (const [, cells] of LECCE_ROWS) {
    const startsObjective = /^[A-Z](\.\d+)*\s/.test(cells[0] ?? "");
    if (startsObjective || blocks.length === 0) blocks.push([]);
    blocks[blocks.length - 1].push([...cells]);
  }
  return blocks;
}

describe("reordering a plan by whole objective blocks", () => {
  const blocks = lecceBlocks();
  const toGrid = (order: number[]) =>
    gridOf(LECCE_SHEET, [[...LECCE_HEADER], ...order.flatMap((i) => blocks[i])], new Set([5, 6, 7, 8]));
  const figures = (grid: SheetGrid) => {
    const result = computePlan(readPlanSheet(grid).plan!);
    const byObjective = new Map(result.objectives.map((o) => [o.code, o.performance]));
    const kpis = new Map(result.kpis.map((k) => [`${k.objectiveCode}/${k.code}/${k.name}`, k.performance]));
    return { byObjective, kpis, ente: result.ente.performance, problems: result.problems.map((p) => p.code).sort() };
  };
  const original = figures(toGrid(blocks.map((_, i) => i)));

  it("has the blocks of the document", () => {
    expect(blocks).toHaveLength(42);
    expect(original.byObjective.get("A.1.2")).toBeCloseTo(0.5849, 4);
  });

  it("gives the same computePlan figures in any order", () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          blocks.map((_, i) => i),
          { minLength: blocks.length, maxLength: blocks.length }
        ),
        (order) => {
          const shuffled = figures(toGrid(order));
          expect(shuffled.byObjective.size).toBe(original.byObjective.size);
          for (const [code, perf] of original.byObjective) {
            const other = shuffled.byObjective.get(code);
            if (perf === null) expect(other).toBeNull();
            else expect(other).toBeCloseTo(perf, 12);
          }
          for (const [key, perf] of original.kpis) {
            if (perf === null) expect(shuffled.kpis.get(key)).toBeNull();
            else expect(shuffled.kpis.get(key)).toBeCloseTo(perf, 12);
          }
          expect(shuffled.ente).toBeCloseTo(original.ente as number, 12);
          expect(shuffled.problems).toEqual(original.problems);
        }
      ),
      // Each case reads and computes the whole 83-KPI plan (~10 ms): 100 random orders of its 42 blocks.
      { numRuns: 100 }
    );
  });
});
