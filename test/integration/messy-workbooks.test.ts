import ExcelJS from "exceljs";
import * as path from "path";
import { RecalcResult } from "../../src/pipeline/types";
import { JsonReport, MESSY, Recalculated, readWorkbook, removeDir, ricalcola, sheetOf, tempDir } from "./helpers/cli";
import { ownedCells } from "./helpers/owned";

/**
 * The messy workbooks of test/fixtures/messy/ (built by scripts/build-messy-fixtures.js) through the
 * command line: `perf-albero ricalcola <file> -o <out> --json`. Each test states what the office
 * wrote and what the add-in must make of it; the figures are derived by hand from DOMAIN.md §4-5
 * (method proporzionale unless said otherwise), the reasoning next to them.
 */

let dir: string;
beforeAll(() => {
  dir = tempDir();
}, 180_000);
afterAll(() => removeDir(dir));

const fixture = (name: string) => path.join(MESSY, name);

/** Objectives as [code, row, weight, performance] for compact tables. */
function objectiveTable(json: JsonReport, sheet: string): [string, number, number | null, number | null][] {
  return sheetOf(json, sheet).objectives.map((o) => [o.code, o.row, o.weight, o.performance]);
}

function expectTable(
  actual: [string, number, number | null, number | null][],
  expected: [string, number, number | null, number | null][]
): void {
  expect(actual.map(([c, r]) => [c, r])).toEqual(expected.map(([c, r]) => [c, r]));
  expected.forEach(([code, , weight, perf], i) => {
    const [, , w, p] = actual[i];
    if (weight === null) expect(w).toBeNull();
    else expect(w).toBeCloseTo(weight, 10);
    if (perf === null) expect(p).toBeNull();
    else expect({ code, p: (p as number).toFixed(8) }).toEqual({ code, p: perf.toFixed(8) });
  });
}

function parentsOf(result: RecalcResult, sheet: string): Record<string, string | null> {
  const s = result.sheets.find((x) => x.sheet === sheet)!;
  return Object.fromEntries(s.result.objectives.map((o) => [o.code, o.parentCode]));
}

function cell(wb: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.Cell {
  return wb.getWorksheet(sheet)!.getCell(address);
}

/** Value and format of the cells the add-in wrote, as [address, value, numFmt]. */
function written(wb: ExcelJS.Workbook, sheet: string, addresses: string[]): [string, unknown, string | undefined][] {
  return addresses.map((a) => {
    const c = cell(wb, sheet, a);
    return [a, typeof c.value === "number" ? Number(c.value.toFixed(10)) : c.value, c.numFmt];
  });
}

const errorsOf = (json: JsonReport) => json.problems.filter((p) => p.severity === "errore");

describe("01 — header below a title block, merged title cells, group header over Performance KPI | Obiettivo", () => {
  const file = fixture("01-titolo-celle-unite.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  let result: RecalcResult;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
    result = (await ownedCells(file)).result;
  });

  it("exits 0 with no errors; the staff sheet beside the plan is not taken for a plan", () => {
    expect(r.run.code).toBe(0);
    expect(r.run.stderr).toBe("");
    expect(r.json.sheets.map((s) => s.name)).toEqual(["Piano 2024"]);
    expect(errorsOf(r.json)).toEqual([]);
  });

  it("finds the header in rows 5-6 under the title block, with the performance columns under the merged 'Performance'", () => {
    const layout = result.sheets[0].layout;
    expect(layout).toMatchObject({
      kind: "tabella",
      headerRow: 5,
      columns: {
        obiettivo: 0,
        codice: 1,
        indicatore: 2,
        peso: 3,
        target: 4,
        consuntivo: 5,
        performanceKpi: 6,
        performanceObiettivo: 7,
      },
      firstDataRow: 6,
      lastDataRow: 12,
    });
  });

  it("reads the tree: areas A and B, objectives on the rows of their first KPI", () => {
    // A.1 = 50%·100% (150 vs >= 120) + 50%·80% (8 vs >= 10) = 90%; A.2 = 30/40 = 75%; A = (90+75)/2 = 82,5%
    // B.1 = 60%·(2 − 6/5 = 80%) + 40%·(85,5/90 = 95%) = 86%; B = 86%; ente = (82,5+86)/2 = 84,25%
    expectTable(objectiveTable(r.json, "Piano 2024"), [
      ["A", 7, null, 0.825],
      ["A.1", 8, null, 0.9],
      ["A.2", 10, null, 0.75],
      ["B", 11, null, 0.86],
      ["B.1", 12, null, 0.86],
    ]);
    expect(parentsOf(result, "Piano 2024")).toEqual({ A: null, "A.1": "A", "A.2": "A", B: null, "B.1": "B" });
    expect(r.json.ente.performance).toBeCloseTo(0.8425, 12);
  });

  it("reads each KPI's code, weight, direction, target and consuntivo", () => {
    const s = sheetOf(r.json, "Piano 2024");
    expect(s.kpis.map((k) => [k.row, k.objective, k.code, k.weight, k.direction, k.target, k.actual])).toEqual([
      [8, "A.1", "KPI101", 0.5, ">=", 120, 150],
      [9, "A.1", "KPI102", 0.5, ">=", 10, 8],
      [10, "A.2", "KPI103", 1, ">=", 40, 30],
      [12, "B.1", "KPI201", 0.6, "<=", 5, 6],
      [13, "B.1", "KPI202", 0.4, ">=", 0.9, 0.855],
    ]);
    expect(s.kpis.map((k) => Number((k.performance as number).toFixed(10)))).toEqual([1, 0.8, 0.75, 0.8, 0.95]);
  });

  it("replaces last year's figures in G8 and H8 and writes every result as a 0.00% number in G and H", () => {
    expect(written(out, "Piano 2024", ["G8", "G9", "G10", "G12", "G13", "H7", "H8", "H10", "H11", "H12"])).toEqual([
      ["G8", 1, "0.00%"],
      ["G9", 0.8, "0.00%"],
      ["G10", 0.75, "0.00%"],
      ["G12", 0.8, "0.00%"],
      ["G13", 0.95, "0.00%"],
      ["H7", 0.825, "0.00%"],
      ["H8", 0.9, "0.00%"],
      ["H10", 0.75, "0.00%"],
      ["H11", 0.86, "0.00%"],
      ["H12", 0.86, "0.00%"],
    ]);
  });

  it("keeps the title merges, the note, the formulas outside the plan and the other sheet", () => {
    expect((out.getWorksheet("Piano 2024")!.model as { merges: string[] }).merges).toEqual(
      expect.arrayContaining(["A1:I1", "A2:I2", "G5:H5", "A5:A6", "A17:C17"])
    );
    expect(cell(out, "Piano 2024", "F9").note).toBe("Dato provvisorio, da confermare con l'ufficio Promozione");
    expect(cell(out, "Piano 2024", "K8").formula).toBe("F8/E8");
    expect(cell(out, "Personale", "E8").formula).toBe("B8/D8");
    expect(cell(out, "Personale", "E8").numFmt).toBe("0.0%");
  });
});

describe("02 — hidden rows and columns, blank rows", () => {
  const file = fixture("02-righe-colonne-nascoste.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
  });

  it("reads the KPI on the hidden row 10 as part of the plan and says so; blank and hidden blank rows are skipped", () => {
    const s = sheetOf(r.json, "Obiettivi");
    expect(s.kpis.map((k) => [k.row, k.objective, k.name])).toEqual([
      [3, "A.1", "Dispositivi di firma digitale rilasciati"],
      [5, "A.1", "Identità SPID rilasciate"],
      [9, "A.2", "Verifiche metriche effettuate"],
      [10, "A.2", "Sanzioni notificate"],
      [11, "A.2", "Tempo medio di istruttoria (gg)"],
    ]);
    expect(r.json.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "righe-nascoste-lette", sheet: "Obiettivi", cell: "B10" }),
    ]);
    expect(r.json.problems[0].message).toContain("10");
  });

  it("computes the weighted tree: objective weights on the objective rows", () => {
    // A.1 = 50%·100% (1000 vs >= 800) + 50%·75% (300 vs >= 400) = 87,5%
    // A.2 = 40%·75% (150/200) + 30%·100% (50 vs 50) + 30%·80% (36 vs <= 30: 2 − 1,2) = 84%
    // ente = 60%·87,5% + 40%·84% = 86,1%
    expectTable(objectiveTable(r.json, "Obiettivi"), [
      ["A.1", 2, 0.6, 0.875],
      ["A.2", 8, 0.4, 0.84],
    ]);
    expect(r.json.ente.performance).toBeCloseTo(0.861, 12);
  });

  it("writes into Performance KPI (G) and Performance Obiettivo (H), not into the hidden columns C and I", async () => {
    expect(written(out, "Obiettivi", ["G3", "G5", "G9", "G10", "G11", "H2", "H8"])).toEqual([
      ["G3", 1, "0.00%"],
      ["G5", 0.75, "0.00%"],
      ["G9", 0.75, "0.00%"],
      ["G10", 1, "0.00%"],
      ["G11", 0.8, "0.00%"],
      ["H2", 0.875, "0.00%"],
      ["H8", 0.84, "0.00%"],
    ]);
    const owned = await ownedCells(file);
    expect([...new Set(owned.writes.map((w) => w.address.replace(/\d+$/, "")))].sort()).toEqual(["G", "H"]);
    const ws = out.getWorksheet("Obiettivi")!;
    expect([ws.getColumn(3).hidden, ws.getColumn(9).hidden, ws.getRow(7).hidden, ws.getRow(10).hidden]).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});

describe("03 — header repeated at page breaks", () => {
  const file = fixture("03-intestazione-ripetuta.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
  });

  it("takes the header typed again on rows 11 and 19 for what it is: neither a KPI nor a problem", () => {
    const s = sheetOf(r.json, "Piano stampa");
    expect(s.kpis.map((k) => k.row)).toEqual([4, 5, 6, 8, 9, 10, 12, 13, 14, 17, 18, 20, 21]);
    expect(s.kpis.map((k) => k.code)).toEqual([
      "K01",
      "K02",
      "K03",
      "K04",
      "K05",
      "K06",
      "K07",
      "K08",
      "K09",
      "K10",
      "K11",
      "K12",
      "K13",
    ]);
    expect(r.json.problems).toEqual([]);
  });

  it("computes every objective across the pages", () => {
    // A.1 = 40%·100% + 30%·80% (40/50) + 30%·50% (10/20) = 79%
    // A.2 = 40%·100% + 30%·50% (5/10) + 30%·90% (11 vs <= 10: 2 − 1,1) = 82%
    // A.3 = 40%·75% (150/200) + 30%·90% (90%/100%) + 30%·100% = 87%   A = (79+82+87)/3 = 82,67%
    // B.1 = 50%·50% (30/60) + 50%·100% (5 vs <= 5) = 75%;  B.2 = 50%·100% + 50%·90% (81%/90%) = 95%
    // B = (75+95)/2 = 85%;  ente = (82,67+85)/2 = 83,83%
    expectTable(objectiveTable(r.json, "Piano stampa"), [
      ["A", 3, null, 2.48 / 3],
      ["A.1", 4, null, 0.79],
      ["A.2", 8, null, 0.82],
      ["A.3", 12, null, 0.87],
      ["B", 16, null, 0.85],
      ["B.1", 17, null, 0.75],
      ["B.2", 20, null, 0.95],
    ]);
    expect(r.json.ente.performance).toBeCloseTo((2.48 / 3 + 0.85) / 2, 12);
  });

  it("leaves the repeated headers as typed and writes nothing on their rows", () => {
    expect(written(out, "Piano stampa", ["G11", "H11", "G19", "H19"])).toEqual([
      ["G11", "Performance KPI", undefined],
      ["H11", "Performance Obiettivo", undefined],
      ["G19", "Performance KPI", undefined],
      ["H19", "Performance Obiettivo", undefined],
    ]);
    expect(written(out, "Piano stampa", ["G6", "H4", "G12", "H12", "G21", "H20"])).toEqual([
      ["G6", 0.5, "0.00%"],
      ["H4", 0.79, "0.00%"],
      ["G12", 0.75, "0.00%"],
      ["H12", 0.87, "0.00%"],
      ["G21", 0.9, "0.00%"],
      ["H20", 0.95, "0.00%"],
    ]);
  });
});

describe("04 — columns in another order, extra columns, direction in its own column, header synonyms", () => {
  const file = fixture("04-colonne-riordinate.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  let result: RecalcResult;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
    result = (await ownedCells(file)).result;
  });

  it("maps Codice obiettivo, Valore atteso, Valore rilevato, Polarità, Peso %, % raggiungimento whatever their order", () => {
    expect(result.sheets[0].layout.columns).toMatchObject({
      codice: 0,
      obiettivo: 1,
      indicatore: 3,
      direzione: 4,
      target: 6,
      consuntivo: 7,
      peso: 8,
      performanceKpi: 9,
      performanceObiettivo: 9,
    });
    expect(errorsOf(r.json)).toEqual([]);
  });

  it("takes the direction from the Polarità column (crescente / decrescente / >= / <=)", () => {
    const s = sheetOf(r.json, "Schede obiettivo");
    expect(
      s.kpis.map((k) => [
        k.row,
        k.objective,
        k.direction,
        k.weight,
        k.target,
        k.actual,
        Number((k.performance as number).toFixed(10)),
      ])
    ).toEqual([
      [3, "A.1", ">=", 0.5, 500, 450, 0.9],
      [4, "A.1", "<=", 0.5, 15, 12, 1],
      [6, "A.2", ">=", 0.5, 2000, 2500, 1],
      [7, "A.2", "<=", 0.5, 10, 15, 0.5],
    ]);
  });

  it("reads objectives from the code column with their names, and writes both figures in the one % raggiungimento column", () => {
    // A.1 = (90% + 100%)/2 = 95%;  A.2 = (100% + 50%)/2 = 75%;  ente = 50%·95% + 50%·75% = 85%
    expect(sheetOf(r.json, "Schede obiettivo").objectives.map((o) => [o.code, o.name])).toEqual([
      ["A.1", "Accoglienza e orientamento"],
      ["A.2", "Diritto annuale"],
    ]);
    expectTable(objectiveTable(r.json, "Schede obiettivo"), [
      ["A.1", 2, 0.5, 0.95],
      ["A.2", 5, 0.5, 0.75],
    ]);
    expect(r.json.ente.performance).toBeCloseTo(0.85, 12);
    expect(written(out, "Schede obiettivo", ["J2", "J3", "J4", "J5", "J6", "J7"])).toEqual([
      ["J2", 0.95, "0.00%"],
      ["J3", 0.9, "0.00%"],
      ["J4", 1, "0.00%"],
      ["J5", 0.75, "0.00%"],
      ["J6", 1, "0.00%"],
      ["J7", 0.5, "0.00%"],
    ]);
    expect(cell(out, "Schede obiettivo", "K3").value).toBe("calo nel periodo estivo");
  });
});

describe("05 — an Excel table (ListObject) and a plain range in the same workbook", () => {
  const file = fixture("05-tabella-excel.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
  });

  it("reads both sheets; the ente is the mean of the two sheets", () => {
    // Piano tabella: A.1 = 50%·100% (44 vs >= 40) + 50%·80% (4000/5000) = 90%; A.2 = 900/1200 = 75%; sheet = 82,5%
    // Piano intervallo: B.1 = 100% (3300 vs >= 3000); ente = (82,5% + 100%)/2 = 91,25%
    expect(r.json.sheets.map((s) => s.name)).toEqual(["Piano tabella", "Piano intervallo"]);
    expectTable(objectiveTable(r.json, "Piano tabella"), [
      ["A.1", 4, null, 0.9],
      ["A.2", 7, null, 0.75],
    ]);
    expectTable(objectiveTable(r.json, "Piano intervallo"), [["B.1", 2, null, 1]]);
    expect(r.json.ente).toMatchObject({ basis: "media-fogli" });
    expect(r.json.ente.performance).toBeCloseTo(0.9125, 12);
    expect(errorsOf(r.json)).toEqual([]);
  });

  it("writes inside the table's own performance columns and keeps the table", () => {
    expect(written(out, "Piano tabella", ["F5", "F6", "F8", "G4", "G7"])).toEqual([
      ["F5", 1, "0.00%"],
      ["F6", 0.8, "0.00%"],
      ["F8", 0.75, "0.00%"],
      ["G4", 0.9, "0.00%"],
      ["G7", 0.75, "0.00%"],
    ]);
    const tables = out.getWorksheet("Piano tabella")!.getTables();
    expect(tables).toHaveLength(1);
    const t = ((tables[0] as unknown as { table?: { name: string; tableRef?: string; ref?: string } }).table ??
      tables[0]) as { name: string; tableRef?: string; ref?: string };
    expect([t.name, t.tableRef ?? t.ref]).toEqual(["TabellaPiano", "A3:G8"]);
    expect(written(out, "Piano intervallo", ["F3", "G2"])).toEqual([
      ["F3", 1, "0.00%"],
      ["G2", 1, "0.00%"],
    ]);
  });
});

describe("06 — weights written five ways, Italian text for numbers, percentages and dates, codes with - . –, NBSP and trailing spaces", () => {
  const file = fixture("06-pesi-e-testi-italiani.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
  });

  it("reads the codes 'A.1 - ', 'A.2.', 'A.3 – ' (with non-breaking spaces) and the headers with NBSP and trailing spaces", () => {
    expect(sheetOf(r.json, "Piano").objectives.map((o) => [o.code, o.name, o.weight])).toEqual([
      ["A.1", "Semplificazione", 0.5],
      ["A.2", "Tempi dei procedimenti", 0.25],
      ["A.3", "Trasparenza", 0.25],
    ]);
    expect(errorsOf(r.json)).toEqual([]);
  });

  it("reads weights 50 / 0,5 / '50% <=' / '0,5' / '50%\u00a0>=' / 0,5 with a % format, all as 50%", () => {
    const s = sheetOf(r.json, "Piano");
    expect(s.kpis.map((k) => [k.row, k.weight, k.direction])).toEqual([
      [3, 0.5, ">="],
      [4, 0.5, ">="],
      [6, 0.5, "<="],
      [7, 0.5, "<="],
      [9, 0.5, ">="],
      [10, 0.5, ">="],
    ]);
  });

  it("reads '1.587,10', '76,00%', '30/06/2024', '22' typed as text as the numbers, percentages and dates they are", () => {
    const s = sheetOf(r.json, "Piano");
    expect(s.kpis.map((k) => [k.target, k.actual])).toEqual([
      [2000, 1587.1],
      [0.8, 0.76],
      ["2024-06-30", "2024-07-15"],
      [20, 22],
      [0.95, 0.9025],
      [0.95, 1],
    ]);
  });

  it("computes the figures", () => {
    // 1.587,10 / 2.000 = 79,355%; 76%/80% = 95%; A.1 = 50%·79,355% + 50%·95% = 87,1775%
    // 15/07 against 30/06/2024: 15 days late of the 184 to 31/12 → 1 − 15/184 = 91,848%; 22 vs <= 20 → 90%
    // A.2 = (91,848% + 90%)/2 = 90,924%;  A.3 = 50%·(90,25/95 = 95%) + 50%·100% = 97,5%
    // ente = 50%·87,1775% + 25%·90,924% + 25%·97,5% = 90,6947%
    const late = 1 - 15 / 184;
    const s = sheetOf(r.json, "Piano");
    expect(s.kpis.map((k) => (k.performance as number).toFixed(10))).toEqual(
      [0.79355, 0.95, late, 0.9, 0.95, 1].map((x) => x.toFixed(10))
    );
    const a2 = (late + 0.9) / 2;
    expectTable(objectiveTable(r.json, "Piano"), [
      ["A.1", 2, 0.5, 0.871775],
      ["A.2", 5, 0.25, a2],
      ["A.3", 8, 0.25, 0.975],
    ]);
    expect(r.json.ente.performance).toBeCloseTo(0.5 * 0.871775 + 0.25 * a2 + 0.25 * 0.975, 12);
  });

  it("leaves the texts the office typed exactly as typed", () => {
    expect(written(out, "Piano", ["C2", "C3", "C4", "E3", "D6", "E6", "C9"])).toEqual([
      ["C2", 50, undefined],
      ["C3", 50, undefined],
      ["C4", 0.5, undefined],
      ["E3", "1.587,10", undefined],
      ["D6", "30/06/2024", undefined],
      ["E6", "15/07/2024", undefined],
      ["C9", "50%\u00a0>=", undefined],
    ]);
  });
});

describe("07 — the Performance columns missing", () => {
  const file = fixture("07-senza-colonne-performance.xlsx");

  it("without --aggiungi-colonne: computes, writes nothing, and says which columns are missing", async () => {
    const r = await ricalcola(file, dir);
    expect(r.run.code).toBe(0);
    // A.1 = 50%·90% (9/10) + 50%·100% (600 vs >= 500) = 95%; A.2 = 90/120 = 75%; ente = 85%
    expectTable(objectiveTable(r.json, "Monitoraggio"), [
      ["A.1", 4, null, 0.95],
      ["A.2", 7, null, 0.75],
    ]);
    expect(r.json.ente.performance).toBeCloseTo(0.85, 12);
    expect(r.json.problems.map((p) => [p.severity, p.code, p.sheet])).toEqual([
      ["avviso", "colonna-mancante", "Monitoraggio"],
    ]);
    expect(r.json.problems.map((p) => p.message).join(" ")).toMatch(/Performance KPI.*Performance Obiettivo/);
    expect((await ownedCells(file)).writes).toEqual([]);
    const out = await readWorkbook(r.output);
    expect(written(out, "Monitoraggio", ["H3", "I3", "H5", "I4"]).map(([, v]) => v)).toEqual([null, null, null, null]);
  });

  it("with --aggiungi-colonne: adds them right of the table, after the filled G5, never over a filled cell", async () => {
    const r = await ricalcola(file, dir, ["--aggiungi-colonne"], "07-aggiunte.xlsx");
    expect(r.run.code).toBe(0);
    const out = await readWorkbook(r.output);
    expect(written(out, "Monitoraggio", ["H3", "I3", "H5", "H6", "H8", "I4", "I7"])).toEqual([
      ["H3", "Performance KPI", undefined],
      ["I3", "Performance Obiettivo", undefined],
      ["H5", 0.9, "0.00%"],
      ["H6", 1, "0.00%"],
      ["H8", 0.75, "0.00%"],
      ["I4", 0.95, "0.00%"],
      ["I7", 0.75, "0.00%"],
    ]);
    expect(written(out, "Monitoraggio", ["F5", "G5", "H11", "J1"]).map(([, v]) => v)).toEqual([
      "uno rinviato al 2025",
      "verbale OIV n. 3",
      "Firma del dirigente",
      "Bozza",
    ]);
    expect(r.json.problems.filter((p) => p.code === "colonna-aggiunta").map((p) => p.cell)).toEqual(["H3", "I3"]);

    // Recalculating the completed workbook uses the columns just added: nothing moves further right.
    const again = await ricalcola(r.output, dir, ["--aggiungi-colonne"], "07-aggiunte-2.xlsx");
    expect(again.json.problems.filter((p) => p.code === "colonna-aggiunta")).toEqual([]);
    const owned = await ownedCells(r.output, { addMissingColumns: true });
    expect([...new Set(owned.writes.map((w) => w.address.replace(/\d+$/, "")))].sort()).toEqual(["H", "I"]);
  });
});

describe("08 — objective cells merged down over their KPIs, headers with line breaks, formulas, the dirigente's own performance formula", () => {
  const file = fixture("08-celle-unite-e-formule.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  let result: RecalcResult;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
    result = (await ownedCells(file)).result;
  });

  it("reads the headers written on two lines ('Peso\\n%', 'Consuntivo\\nal 31/12/2024', 'Performance\\nobiettivo')", () => {
    expect(result.sheets[0].layout).toMatchObject({
      kind: "tabella",
      headerRow: 1,
      columns: {
        obiettivo: 0,
        codice: 1,
        indicatore: 2,
        peso: 3,
        target: 4,
        consuntivo: 5,
        performanceKpi: 6,
        performanceObiettivo: 7,
      },
    });
  });

  it("gives every KPI row under a merged objective cell to that objective; reads rich text and a consuntivo computed by a formula", () => {
    const s = sheetOf(r.json, "PIAO 2024");
    expect(s.kpis.map((k) => [k.row, k.objective, k.code, k.name, k.target, k.actual])).toEqual([
      [3, "A.1", "KPI01", "Pratiche telematiche evase", 1000, 1100],
      [4, "A.1", "KPI02", "Tempo medio di risposta (gg)", 10, 12],
      [5, "A.1", "KPI03", "Utenti soddisfatti", 0.8, 0.72],
      [6, "A.2", "KPI04", "Uscite sulla stampa locale", 20, 25],
      [7, "A.2", "KPI05", "Newsletter inviate", 12, 9],
    ]);
    // A.1 = 40%·100% + 30%·80% (12 vs <= 10) + 30%·90% (72%/80%) = 91%; A.2 = 50%·100% + 50%·75% (9/12) = 87,5%
    expectTable(objectiveTable(r.json, "PIAO 2024"), [
      ["A.1", 3, null, 0.91],
      ["A.2", 6, null, 0.875],
    ]);
    expect(r.json.ente.performance).toBeCloseTo((0.91 + 0.875) / 2, 12);
  });

  it("keeps the dirigente's formula in G6 and says so; writes the other cells, the objectives into the merged H3:H5 and H6:H7", () => {
    expect(r.json.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "cella-con-formula", sheet: "PIAO 2024", cell: "G6" }),
    ]);
    expect(cell(out, "PIAO 2024", "G6").formula).toBe("MIN(1,F6/E6)");
    expect(cell(out, "PIAO 2024", "F3").formula).toBe("600+500");
    expect(written(out, "PIAO 2024", ["G3", "G4", "G5", "G7", "H3", "H6"])).toEqual([
      ["G3", 1, "0.00%"],
      ["G4", 0.8, "0.00%"],
      ["G5", 0.9, "0.00%"],
      ["G7", 0.75, "0.00%"],
      ["H3", 0.91, "0.00%"],
      ["H6", 0.875, "0.00%"],
    ]);
    expect((out.getWorksheet("PIAO 2024")!.model as { merges: string[] }).merges).toEqual(
      expect.arrayContaining(["A3:A5", "A6:A7", "H3:H5", "H6:H7"])
    );
    expect(cell(out, "PIAO 2024", "I4").dataValidation).toMatchObject({ type: "list" });
  });

  it("with --sovrascrivi-formule replaces the formula in G6 with the figure", async () => {
    const again = await ricalcola(file, dir, ["--sovrascrivi-formule"], "08-sovrascritte.xlsx");
    expect(again.json.problems.filter((p) => p.code === "cella-con-formula")).toEqual([]);
    const wb = await readWorkbook(again.output);
    expect([cell(wb, "PIAO 2024", "G6").formula ?? null, cell(wb, "PIAO 2024", "G6").value]).toEqual([null, 1]);
  });
});

describe("09 — values that are not there: N/D, n.d., an empty consuntivo, #DIV/0! from a formula; ' %', Unicode minus, two-digit years", () => {
  const file = fixture("09-valori-non-disponibili.xlsx");
  let r: Recalculated;
  let out: ExcelJS.Workbook;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
    out = await readWorkbook(r.output);
  });

  it("names the unreadable cell in Italian, saves the file anyway and exits 2", () => {
    expect(r.run.code).toBe(2);
    expect(r.run.stderr).toContain('foglio "Relazione", cella E11');
    expect(r.run.stderr).toContain("#DIV/0!");
    expect(r.run.stderr).toMatch(/salvato comunque/);
    expect(r.run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(r.json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: "errore",
          code: "consuntivo-non-leggibile",
          sheet: "Relazione",
          cell: "E11",
        }),
        expect.objectContaining({ severity: "avviso", code: "consuntivo-vuoto", sheet: "Relazione", cell: "E9" }),
      ])
    );
    // The cause (E11), its objective (G10) and the ente, which cannot be computed either (first area's cell G2).
    expect(
      r.json.problems
        .filter((p) => p.severity === "errore")
        .map((p) => p.cell)
        .sort()
    ).toEqual(["E11", "G10", "G2"]);
    expect(r.json.problems).toContainEqual(expect.objectContaining({ code: "ente-non-calcolato", cell: "G2" }));
  });

  it("reads '15,00 %', '−3,77%' and '30/06/24'; leaves N/D and n.d. out; scores the empty consuntivo 0%", () => {
    const s = sheetOf(r.json, "Relazione");
    expect(s.kpis.map((k) => [k.row, k.target, k.actual, k.performance])).toEqual([
      [3, 0.15, 0.185, 1],
      [4, -0.03, -0.0377, 1],
      [5, 4, "N/D", null],
      [6, 10, "n.d.", null],
      [8, "2024-06-30", "2024-06-28", 1],
      [9, 100, null, 0],
      [11, 0.8, "#DIV/0!", null],
    ]);
  });

  it("computes what can be computed and never a number where an error stands", () => {
    // B.1: two KPIs available, both reached → 100%; B.2 = 50%·100% + 50%·0% = 50%; B.3 and the ente: not computed
    expectTable(objectiveTable(r.json, "Relazione"), [
      ["B.1", 2, null, 1],
      ["B.2", 7, null, 0.5],
      ["B.3", 10, null, null],
    ]);
    expect(r.json.ente).toMatchObject({ performance: null, status: "DA VALUTARE" });
    // the format of a cell holding the text "N.V." does not matter: only the numbers' is checked
    const shown = written(out, "Relazione", ["F3", "F5", "F9", "F11", "G2", "G7", "G10"]).map(([a, v, f]) => [
      a,
      v,
      typeof v === "number" ? f : "-",
    ]);
    expect(shown).toEqual([
      ["F3", 1, "0.00%"],
      ["F5", "N.V.", "-"],
      ["F9", 0, "0.00%"],
      ["F11", "N.V.", "-"],
      ["G2", 1, "0.00%"],
      ["G7", 0.5, "0.00%"],
      ["G10", "N.V.", "-"],
    ]);
    expect(cell(out, "Relazione", "E11").formula).toBe("E20/E21");
  });
});

describe("10 — a 'Totale pesi' row after each objective's KPIs", () => {
  const file = fixture("10-righe-totale.xlsx");
  let r: Recalculated;
  beforeAll(async () => {
    r = await ricalcola(file, dir);
  });

  it("is not an indicator: it neither scores 0% nor doubles the weights", () => {
    // A.1 = 50%·80% (80 vs >= 100) + 50%·100% = 90%; A.2 = 100%; ente = 95%
    const s = sheetOf(r.json, "Scheda");
    expect(s.kpis.map((k) => [k.row, k.name])).toEqual([
      [3, "Pratiche allo sportello"],
      [4, "Visure rilasciate"],
      [7, "Dichiarazioni MUD istruite"],
    ]);
    expectTable(objectiveTable(r.json, "Scheda"), [
      ["A.1", 2, null, 0.9],
      ["A.2", 6, null, 1],
    ]);
    expect(r.json.ente.performance).toBeCloseTo(0.95, 12);
    expect(errorsOf(r.json)).toEqual([]);
  });
});
