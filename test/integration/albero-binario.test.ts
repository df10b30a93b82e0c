import ExcelJS from "exceljs";
import * as path from "path";
import { JsonReport, MESSY, Recalculated, readWorkbook, ricalcola, sheetOf, tempDir, removeDir } from "./helpers/cli";
import { ownedCells } from "./helpers/owned";
import { PUBLISHED_ENTE, PUBLISHED_KPIS, PUBLISHED_OBJECTIVES, percentOf } from "./data/valdisieve-2024-pubblicati";

/**
 * Issue 2's criterion: a workbook in the shorter albero layout (Obiettivo, Indicatore, Peso, Target,
 * Consuntivo, Performance KPI, Performance Obiettivo; KPI rows with an empty Obiettivo cell, objective
 * rows with their own weight in Peso) from a chamber whose plan is not among the documents,
 * recomputed with `--metodo binario`, matches the chamber's published figures to 0.1 percentage
 * points on at least 95% of KPIs and objectives. The chamber is imaginary; its published figures are
 * worked out by hand in data/valdisieve-2024-pubblicati.ts.
 */

const FILE = path.join(MESSY, "albero-valdisieve-2024.xlsx");
const SHEET = "Albero 2024";
const TOLERANCE = 0.001; // 0.1 percentage points

let dir: string;
let binario: Recalculated;
let proporzionale: Recalculated;
let out: ExcelJS.Workbook;
beforeAll(async () => {
  dir = tempDir();
  binario = await ricalcola(FILE, dir, ["--metodo", "binario"], "albero-binario.xlsx");
  proporzionale = await ricalcola(FILE, dir, [], "albero-proporzionale.xlsx");
  out = await readWorkbook(binario.output);
}, 180_000);
afterAll(() => removeDir(dir));

interface Comparison {
  what: string;
  published: number | null;
  computed: number | null | undefined;
  ok: boolean;
}

function compare(json: JsonReport): Comparison[] {
  const sheet = sheetOf(json, SHEET);
  const rows: Comparison[] = [];
  const matches = (published: number | null, computed: number | null | undefined) =>
    computed !== undefined &&
    (published === null ? computed === null : computed !== null && Math.abs(computed - published) <= TOLERANCE);
  for (const [name, text] of PUBLISHED_KPIS) {
    const found = sheet.kpis.filter((k) => k.name === name);
    const computed = found.length === 1 ? found[0].performance : undefined;
    const published = percentOf(text);
    rows.push({ what: `KPI "${name}"`, published, computed, ok: matches(published, computed) });
  }
  for (const [code, , , text] of PUBLISHED_OBJECTIVES) {
    const computed = sheet.objectives.find((o) => o.code === code)?.performance;
    const published = percentOf(text);
    rows.push({ what: `obiettivo ${code}`, published, computed, ok: matches(published, computed) });
  }
  return rows;
}

describe("albero 2024 of the Camera di Commercio di Val di Sieve, --metodo binario", () => {
  it("runs cleanly: exit 0, method binario, no problems but the N.V. note, one plan of 40 KPIs and 21 objectives", () => {
    expect(binario.run.code).toBe(0);
    expect(binario.run.stderr).toBe("");
    const sheet = sheetOf(binario.json, SHEET);
    expect(sheet.method).toBe("binario");
    expect(sheet.kpis).toHaveLength(PUBLISHED_KPIS.length);
    expect(sheet.kpis).toHaveLength(40);
    expect(sheet.objectives.map((o) => o.code)).toEqual(PUBLISHED_OBJECTIVES.map(([code]) => code));
    // at most a word on the KPI whose consuntivo is "N.V." (E21), nothing else
    expect(binario.json.problems.filter((p) => !(p.severity === "avviso" && p.cell === "E21"))).toEqual([]);
    expect(binario.json.sheets.map((s) => s.name)).toEqual([SHEET]);
  });

  it("reads the tree: parents from the codes, objective weights from the Peso of the objective rows", async () => {
    const { result } = await ownedCells(FILE, { method: "binario" });
    const objectives = result.sheets[0].result.objectives;
    expect(objectives.map((o) => [o.code, o.parentCode, o.weight])).toEqual(
      PUBLISHED_OBJECTIVES.map(([code, parent, weight]) => [code, parent, percentOf(weight)])
    );
    expect(result.sheets[0].layout.kind).toBe("albero");
  });

  it("matches the published figures to 0.1 percentage points on at least 95% of KPIs and objectives", () => {
    const rows = compare(binario.json);
    expect(rows).toHaveLength(61);
    const matched = rows.filter((r) => r.ok).length;
    expect({ rate: matched / rows.length >= 0.95, mismatches: rows.filter((r) => !r.ok) }).toMatchObject({
      rate: true,
    });
  });

  it("in fact matches every published figure, and the ente", () => {
    expect(compare(binario.json).filter((r) => !r.ok)).toEqual([]);
    expect(binario.json.ente.performance).not.toBeNull();
    expect(
      Math.abs((binario.json.ente.performance as number) - (percentOf(PUBLISHED_ENTE) as number))
    ).toBeLessThanOrEqual(TOLERANCE);
    expect(binario.json.ente.status).toBe("PARZIALMENTE RAGGIUNTO");
  });

  it("reads targets and consuntivi of every kind: numbers, percentages, dates, deadlines in words, sì/no, N.V.", () => {
    const kpi = (name: string) => sheetOf(binario.json, SHEET).kpis.find((k) => k.name === name)!;
    expect(
      [kpi("Imprese assistite dal PID")].map((k) => [k.objective, k.weight, k.direction, k.target, k.actual])
    ).toEqual([["A.1.1", 0.3, ">=", 150, 162]]);
    expect([kpi("Domande di voucher istruite entro 60 gg")].map((k) => [k.target, k.actual])).toEqual([[0.95, 0.975]]);
    expect([kpi("Pubblicazione del report sui mercati esteri")].map((k) => [k.target, k.actual])).toEqual([
      ["2024-09-30", "2024-09-27"],
    ]);
    expect([kpi("Piano della formazione approvato")].map((k) => [k.direction, k.target, k.actual])).toEqual([
      ["<=", "2024-02-28", "2024-02-20"],
    ]);
    expect([kpi("Tempo medio di evasione (gg)")].map((k) => [k.direction, k.target, k.actual])).toEqual([
      ["<=", 4, 3.6],
    ]);
    expect(
      [kpi("Indagine di customer satisfaction realizzata")].map((k) => [k.target, k.actual, k.performance])
    ).toEqual([[true, false, 0]]);
    expect([kpi("Imprese partecipanti alle fiere")].map((k) => [k.actual, k.performance, k.status])).toEqual([
      ["N.V.", null, "DA VALUTARE"],
    ]);
  });

  it("writes the figures into the workbook: KPI in F, objectives in G, the link KPI's consuntivo in E, N.V. where not evaluated", () => {
    const ws = out.getWorksheet(SHEET)!;
    const v = (a: string) => {
      const x = ws.getCell(a).value;
      return typeof x === "number" ? Number(x.toFixed(10)) : x;
    };
    // row 8: Self-assessment (0%); row 21: fiere (N.V.); row 36: link KPI of B.2; rows 5, 35, 45: A.1, B.2, C
    expect([v("F8"), v("F21"), v("F36"), v("E36"), v("G5"), v("G35"), v("G45")]).toEqual([
      0,
      "N.V.",
      0.75,
      0.75,
      0.62,
      0.825,
      0.6,
    ]);
    expect(ws.getCell("F8").numFmt).toBe("0.00%");
  });

  it("gives different figures with the default proporzionale method: the option is what makes them match", () => {
    const rows = compare(proporzionale.json);
    expect(sheetOf(proporzionale.json, SHEET).method).toBe("proporzionale");
    // 74 vs >= 80 → 92,5% proportionally, 0% binary
    expect(
      sheetOf(proporzionale.json, SHEET).kpis.find((k) => k.name === "Self-assessment digitali (SELFIE 4.0)")!
        .performance
    ).toBeCloseTo(0.925, 10);
    expect(rows.filter((r) => r.ok).length / rows.length).toBeLessThan(0.95);
  });
});
