import type { JsonProblem, JsonReport } from "../../src/pipeline/report";
import { OfficeExpectation, judge, normalCode, rowsNamed } from "./helpers/office-fixtures";

/**
 * How the office-arrangements harness judges a run: the verdicts of runs shaped like the ones today's
 * reader gives (refused with exit 2, half-year column scored, rows dropped with a weights message).
 */

const expected: OfficeExpectation = {
  file: "x.xlsx",
  arrangement: "",
  method: "proporzionale",
  sheets: { Piano: { headerRow: 1, columns: { target: "E", consuntivo: "F" } } },
  ente: 0.8,
  objectives: [
    { sheet: "Piano", row: 2, code: "A", name: "Area", performance: 0.8 },
    { sheet: "Piano", row: 3, code: "A.1", name: "Ob", performance: 0.8 },
  ],
  kpis: [
    { sheet: "Piano", row: 4, code: null, name: "k1", performance: 0.6 },
    { sheet: "Piano", row: 5, code: null, name: "k2", performance: 1 },
  ],
};

const problem = (cell: string | null, severity: "errore" | "avviso" = "avviso"): JsonProblem => ({
  severity,
  sheet: "Piano",
  cell,
  message: "…",
  code: "target-mancante",
});

function report(
  kpis: [number, number | null][],
  objectives: [number, string, number | null][],
  ente: number | null,
  problems: JsonProblem[] = []
): JsonReport {
  return {
    sheets: [
      {
        name: "Piano",
        method: "proporzionale",
        objectives: objectives.map(([row, code, performance]) => ({
          row,
          code,
          name: "",
          weight: null,
          performance,
          status: "",
          rating: null,
          trace: [],
        })),
        kpis: kpis.map(([row, performance]) => ({
          row,
          objective: "A.1",
          code: null,
          name: "",
          weight: null,
          direction: ">=",
          target: 1,
          actual: 1,
          performance,
          status: "",
          rating: null,
          trace: [],
        })),
      },
    ],
    ente: { performance: ente, status: "", basis: "foglio", rating: null, trace: [] },
    problems,
  };
}

const right = report(
  [
    [4, 0.6],
    [5, 1.00004],
  ],
  [
    [2, "A", 0.8],
    [3, "A.1", 0.8],
  ],
  0.8
);

it.each<[string, JsonReport | null, string]>([
  ["every figure within 0,01 pp", right, "letto giusto"],
  ["no JSON at all (exit 2 with --json)", null, "rifiutato"],
  [
    "a KPI scored from the wrong column, nothing said",
    report(
      [
        [4, 0.3],
        [5, 1],
      ],
      [
        [2, "A", 0.65],
        [3, "A.1", 0.65],
      ],
      0.65
    ),
    "sbagliato in silenzio",
  ],
  [
    "the same, each wrong figure named by a problem on its row",
    report(
      [
        [4, 0.3],
        [5, 1],
      ],
      [
        [2, "A", 0.65],
        [3, "A.1", 0.65],
      ],
      0.65,
      [problem("E4"), problem("H2:H3")]
    ),
    "segnalato",
  ],
  [
    "the objective row dropped, only its weights said on a KPI cell",
    report(
      [
        [4, 0.6],
        [5, 1],
      ],
      [[2, "A", 0.8]],
      0.8,
      [problem("C4", "errore")]
    ),
    "sbagliato in silenzio",
  ],
  [
    "figures not computed (null) while the sheet has errori",
    report(
      [
        [4, null],
        [5, 1],
      ],
      [
        [2, "A", null],
        [3, "A.1", null],
      ],
      null,
      [problem("D4", "errore")]
    ),
    "segnalato",
  ],
  [
    "only the ente differs (a second sheet averaged in), no errore",
    report(
      [
        [4, 0.6],
        [5, 1],
      ],
      [
        [2, "A", 0.8],
        [3, "A.1", 0.8],
      ],
      0.7
    ),
    "sbagliato in silenzio",
  ],
])("%s", (_label, r, verdict) => {
  expect(judge(expected, r).verdict).toBe(verdict);
});

it.each<[string | null, number[]]>([
  ["G12", [12]],
  ["E12:E14", [12, 13, 14]],
  ["$C$4, D7", [4, 7]],
  [null, []],
])("rowsNamed(%p) = %p", (cell, rows) => {
  expect(rowsNamed(cell)).toEqual(rows);
});

it.each<[string, string]>([
  ["(A.2)", "A.2"],
  ["a.2", "A.2"],
  ["01:02", "01.02"],
  ["01_02", "01.02"],
  ["B.\u200b2", "B.2"],
])("normalCode(%p) = %p", (code, normal) => {
  expect(normalCode(code)).toBe(normal);
});
