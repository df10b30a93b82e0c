import fc from "fast-check";
import { computePlan } from "../../src/engine/rollup";
import { CellValue } from "../../src/engine/values";
import { gridFromRows } from "../../src/layout/grid";
import { readPlanSheet } from "../../src/layout/read-plan";

/**
 * Issue 9 §6, property: on any generated office arrangement (headings from the vocabulary, columns in any
 * order, title rows, codes written with dots, colons or underscores, notes and legends), every KPI row
 * is either read with its own figures under its own objective, or its row is named by a problem —
 * never read silently wrong.
 */

const HEADINGS: Record<string, string[]> = {
  obiettivo: ["Obiettivo", "Obiettivo operativo", "Descrizione obiettivo"],
  indicatore: ["Indicatore", "Denominazione", "Indicatore di risultato", "KPI"],
  peso: ["Peso", "Peso (%)", "Peso ponderale", "Incidenza"],
  direzione: ["Direzione", "Polarità", "Segno", "Andamento atteso", "Tipo"],
  target: ["Target", "Target 2025", "Valore obiettivo", "Risultato atteso"],
  consuntivo: ["Consuntivo", "Actual", "Valore a consuntivo", "Valore rilevato al 31/12", "Risultato raggiunto"],
};
const FIELDS = Object.keys(HEADINGS);
const DIRECTIONS: Record<string, string[]> = {
  ">=": [">=", "≥", "crescente", "↑"],
  "<=": ["<=", "≤", "decrescente", "↓"],
};

interface Kpi {
  name: string;
  direction: ">=" | "<=";
  dirText: number;
  target: number;
  actual: number;
}
interface Objective {
  kpis: Kpi[];
}
interface Area {
  objectives: Objective[];
}

const kpiArb: fc.Arbitrary<Kpi> = fc.record({
  name: fc.constantFrom(
    "Tempo medio di evasione",
    "Numero di imprese assistite",
    "Tasso di copertura",
    "Proventi da diritti"
  ),
  direction: fc.constantFrom<">=" | "<=">(">=", "<="),
  dirText: fc.nat({ max: 3 }),
  target: fc.integer({ min: 1, max: 500 }),
  actual: fc.integer({ min: 0, max: 600 }),
});
const planArb = fc.array(
  fc.record({
    objectives: fc.array(fc.record({ kpis: fc.array(kpiArb, { minLength: 1, maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  }),
  { minLength: 1, maxLength: 3 }
);

const arrangementArb = fc.record({
  order: fc.shuffledSubarray(FIELDS, { minLength: FIELDS.length, maxLength: FIELDS.length }),
  heading: fc.array(fc.nat({ max: 4 }), { minLength: FIELDS.length, maxLength: FIELDS.length }),
  titleRows: fc.nat({ max: 3 }),
  codes: fc.constantFrom("lettere", "punti", "due punti", "trattini bassi"),
  separator: fc.constantFrom(" ", " - ", " – "),
  note: fc.boolean(),
  legend: fc.boolean(),
});

function codeOf(style: string, area: number, objective?: number): string {
  const a = style === "lettere" ? String.fromCharCode(65 + area) : String(area + 1).padStart(2, "0");
  if (objective === undefined) return a;
  const sep = style === "due punti" ? ":" : style === "trattini bassi" ? "_" : ".";
  return `${a}${sep}${style === "lettere" ? objective + 1 : String(objective + 1).padStart(2, "0")}`;
}

it("every KPI is read with its figures under its objective, or its row is named", () => {
  fc.assert(
    fc.property(planArb, arrangementArb, (areas: Area[], arr) => {
      const col = (field: string) => arr.order.indexOf(field);
      const width = FIELDS.length;
      const rows: CellValue[][] = [];
      for (let t = 0; t < arr.titleRows; t++) rows.push(t === 0 ? ["Piano della performance 2025"] : []);
      rows.push(arr.order.map((f, i) => HEADINGS[f][arr.heading[i] % HEADINGS[f].length]));
      const expected: { row: number; owner: string; kpi: Kpi }[] = [];
      const line = (cells: Record<string, CellValue>): CellValue[] => {
        const out: CellValue[] = Array.from({ length: width }, () => null);
        for (const [f, v] of Object.entries(cells)) out[col(f)] = v;
        return out;
      };
      areas.forEach((area, a) => {
        rows.push(line({ obiettivo: `${codeOf(arr.codes, a)}${arr.separator}Area ${a + 1}` }));
        area.objectives.forEach((o, i) => {
          const code = codeOf(arr.codes, a, i);
          rows.push(line({ obiettivo: `${code}${arr.separator}Obiettivo ${a + 1}.${i + 1}` }));
          o.kpis.forEach((k, j) => {
            if (arr.note && j === 1) rows.push(line({ obiettivo: "Nota: valori provvisori" }));
            rows.push(
              line({
                indicatore: `${k.name} ${j + 1}`,
                peso: 1 / o.kpis.length,
                direzione: DIRECTIONS[k.direction][k.dirText],
                target: k.target,
                consuntivo: k.actual,
              })
            );
            expected.push({ row: rows.length, owner: code, kpi: k });
          });
        });
      });
      if (arr.legend) rows.push([], ["Legenda"], ["≥ 80%", "Raggiunto"], ["< 60%", "Non raggiunto"]);
      const read = readPlanSheet(gridFromRows("Piano", rows));
      // the problems the user sees: the reader's and the engine's (a missing direction is the engine's word)
      const problems = [...read.problems, ...(read.plan ? computePlan(read.plan).problems : [])];
      const named = (row: number) =>
        problems.some((p) =>
          [p.cell, ...(p.cells ?? [])].some(
            (c) =>
              c &&
              [...c.matchAll(/[A-Z]+(\d+)(?::[A-Z]+(\d+))?/g)].some(
                (m) => Number(m[1]) <= row && row <= Number(m[2] ?? m[1])
              )
          )
        );
      const kpis = new Map(
        (read.plan?.objectives ?? []).flatMap((o) => o.kpis.map((k) => [k.row, { owner: o.code, k }] as const))
      );
      for (const e of expected) {
        const found = kpis.get(e.row);
        const right =
          found !== undefined &&
          found.owner === e.owner &&
          found.k.direction === e.kpi.direction &&
          found.k.target.kind === "number" &&
          found.k.target.value === e.kpi.target &&
          found.k.actual.kind === "number" &&
          found.k.actual.value === e.kpi.actual;
        if (!right && !named(e.row))
          throw new Error(
            `riga ${e.row}: letto ${JSON.stringify(found ?? null)}, atteso ${JSON.stringify(e)}; problemi: ${JSON.stringify(problems)}`
          );
      }
    }),
    { numRuns: 300 }
  );
});
