import ExcelJS from "exceljs";
import { addPlanSheet } from "../cli/fixtures";
import { withPaneSettings } from "../cli/pane-settings";
import { conditionalFormatsOf } from "../cli/run-cli";
import { HEADER } from "../pipeline/lecce-grid";
import { JsonReport, kpiAtRow, objectiveOf, readWorkbook, removeDir, ricalcola, tempDir } from "./helpers/cli";

/**
 * Issue 12's acceptance: an office whose SMVP scores without a ceiling ("Grado avanzamento =
 * Actual/Target"), lower-is-better KPIs as target / consuntivo, and colours with strict thresholds
 * ("raggiunto: superiore al 90%; parzialmente: tra il 70% e il 90%; non raggiunto: inferiore al 70%").
 * Its figures and labels are worked out by hand below; they come out the same whether the rules are
 * given as command line options, saved in the workbook by the task pane, or as one combined "Metodo".
 */
const ROWS: Parameters<typeof addPlanSheet>[2] = [
  ["A Servizi alle imprese"], // row 3
  [
    "A.1 Tempi e volumi del registro",
    "K1",
    "Pratiche evase (migliaia)",
    "kpi validato",
    "50% >",
    { n: 25 },
    { n: 25.7 },
  ], // 4: 25,7 / 25 = 102,80%
  [null, "K2", "Giorni medi di evasione", "kpi validato", "50% <", { n: 25 }, { n: 25.7 }], // 5: 25 / 25,7 = 97,28%
  ["A.2 Partecipazione", "K3", "Imprese partecipanti", "kpi validato", "100% >", { n: 100 }, { n: 90 }], // 6: 90%
  ["A.3 Formazione", "K4", "Ore di formazione erogate", "kpi validato", "100% >", { n: 100 }, { n: 70 }], // 7: 70%
  ["A.4 Comunicazione", "K5", "Comunicati pubblicati", "kpi validato", "100% >", { n: 100 }, { n: 69 }], // 8: 69%
];

const K1 = 25.7 / 25;
const K2 = 25 / 25.7;
const A1 = (K1 + K2) / 2;
const A = (A1 + 0.9 + 0.7 + 0.69) / 4;

/** What the office prints: figure, objective label, KPI label. */
const PRINTED_OBJECTIVES: [string, number, string, string][] = [
  ["A.1", A1, "100,04%", "RAGGIUNTO"],
  ["A.2", 0.9, "90,00%", "PARZIALMENTE RAGGIUNTO"], // exactly 90%: not "superiore al 90%"
  ["A.3", 0.7, "70,00%", "PARZIALMENTE RAGGIUNTO"], // "tra il 70% e il 90%"
  ["A.4", 0.69, "69,00%", "NON RAGGIUNTO"],
  ["A", A, "82,26%", "PARZIALMENTE RAGGIUNTO"],
];
const PRINTED_KPIS: [number, number, string][] = [
  [4, K1, "IN LINEA"],
  [5, K2, "IN LINEA"],
  [6, 0.9, "FUORI TARGET"],
  [7, 0.7, "FUORI TARGET"],
  [8, 0.69, "FUORI TARGET"],
];

const OFFICE_SETTINGS = {
  cap: null,
  lowerIsBetter: "rapporto",
  thresholds: { yellow: 0.7, green: 0.9 },
  strictThresholds: "verde",
};
const OPTIONS = ["--tetto", "senza", "--minore-meglio", "rapporto", "--soglie", "70,90", "--soglie-strette", "verde"];

let dir: string;
let plain: string;
let saved: string;
const runs: Record<string, JsonReport> = {};
const outputs: Record<string, string> = {};
beforeAll(async () => {
  dir = tempDir();
  const wb = new ExcelJS.Workbook();
  addPlanSheet(wb, "Piano 2023", ROWS, HEADER);
  plain = await withPaneSettings(wb, dir, "smvp.xlsx", {});
  const wb2 = new ExcelJS.Workbook();
  addPlanSheet(wb2, "Piano 2023", ROWS, HEADER);
  saved = await withPaneSettings(wb2, dir, "smvp-impostazioni.xlsx", OFFICE_SETTINGS);
  const cases: [string, string, string[]][] = [
    ["opzioni", plain, OPTIONS],
    ["impostazioni salvate", saved, []],
    [
      "metodo combinato",
      plain,
      ["--metodo", "proporzionale + senza tetto + rapporto", "--soglie", "70,90", "--soglie-strette", "verde"],
    ],
  ];
  for (const [name, file, extra] of cases) {
    const r = await ricalcola(file, dir, extra, `${name.replace(/ /g, "-")}.xlsx`);
    if (r.run.code !== 0) throw new Error(r.run.stderr);
    runs[name] = r.json;
    outputs[name] = r.output;
  }
}, 120_000);
afterAll(() => removeDir(dir));

const SETUPS = ["opzioni", "impostazioni salvate", "metodo combinato"];
const sheet = (setup: string) => runs[setup].sheets[0];
const pct = (f: number) => `${(f * 100).toFixed(2).replace(".", ",")}%`;

describe.each(SETUPS)("SMVP «senza tetto + rapporto + soglie strette 70/90», regole date come %s", (setup) => {
  it.each(PRINTED_OBJECTIVES)("%s: %d, stampato %s %s", (code, figure, printed, label) => {
    const o = objectiveOf(sheet(setup), code);
    expect(o.performance).toBeCloseTo(figure, 12);
    expect(pct(o.performance as number)).toBe(printed);
    expect(o.status).toBe(label);
  });

  it.each(PRINTED_KPIS)("KPI alla riga %d: %d, %s", (row, figure, label) => {
    const k = kpiAtRow(sheet(setup), row);
    expect(k.performance).toBeCloseTo(figure, 12);
    expect(k.status).toBe(label);
  });

  it("the ente is area A, PARZIALMENTE RAGGIUNTO", () => {
    expect(runs[setup].ente.performance).toBeCloseTo(A, 12);
    expect(runs[setup].ente.status).toBe("PARZIALMENTE RAGGIUNTO");
  });

  it("the traces say which rules made the figures", () => {
    expect(kpiAtRow(sheet(setup), 4).trace.map((t) => t.text)).toEqual([
      "consuntivo / target = 25,70 / 25,00 = 102,80%",
      "nessun tetto: resta 102,80%",
    ]);
    expect(kpiAtRow(sheet(setup), 5).trace[0].text).toBe("target / consuntivo = 25,00 / 25,70 = 97,28%");
  });

  it("the cells' traffic lights use the strict green threshold", async () => {
    const cfs = conditionalFormatsOf(await readWorkbook(outputs[setup]), "Piano 2023");
    const formulas = cfs.flatMap((cf) => cf.rules.map((r) => (r as { formulae?: string[] }).formulae?.[0]));
    expect(formulas).toEqual(
      expect.arrayContaining([
        "AND(ISNUMBER(H3),ROUND(H3,9)>0.9)",
        "AND(ISNUMBER(H3),ROUND(H3,9)>=0.7,ROUND(H3,9)<=0.9)",
        "AND(ISNUMBER(H3),ROUND(H3,9)<0.7)",
      ])
    );
  });
});

describe("the same workbook with the default rules gives the default figures", () => {
  it("K1 capped at 100%, K2 as 2 − consuntivo / target, A.2 RAGGIUNTO at 90%", async () => {
    const r = await ricalcola(plain, dir, [], "predefinite.xlsx");
    const s = r.json.sheets[0];
    expect(kpiAtRow(s, 4).performance).toBe(1);
    expect(kpiAtRow(s, 5).performance).toBeCloseTo(2 - 25.7 / 25, 12);
    expect(objectiveOf(s, "A.2").status).toBe("RAGGIUNTO");
  });
});
