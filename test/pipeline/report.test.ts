import { serialFromYmd } from "../../src/engine/dates";
import { recalculate } from "../../src/pipeline/recalculate";
import { buildJsonReport, buildTextSummary, scalarToJson } from "../../src/pipeline/report";
import { lecceGrid } from "./lecce-grid";

const KPI301 = 0.1316 / 0.15;
const KPI302 = 0.0411 / 0.15;

describe("JSON report", () => {
  const r = recalculate({ grids: [lecceGrid()] });
  const json = buildJsonReport(r, "proporzionale");

  it("has the documented shape", () => {
    expect(Object.keys(json).sort()).toEqual(["ente", "problems", "sheets"]);
    expect(json.sheets).toHaveLength(1);
    expect(json.sheets[0].name).toBe("Piano 2019");
    expect(json.sheets[0].method).toBe("proporzionale");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("lists objectives with worksheet row, code, weight and performance as a fraction", () => {
    const a1 = json.sheets[0].objectives.find((o) => o.code === "A.1")!;
    expect(a1).toMatchObject({ row: 4, weight: null, status: "NON RAGGIUNTO" });
    expect(a1.performance).toBeCloseTo((KPI301 + KPI302) / 2, 10);
    expect(json.sheets[0].objectives.find((o) => o.code === "A.1.2.2")!.row).toBe(15);
  });

  it("lists KPIs with their objective, direction, target and consuntivo as read", () => {
    const kpis = json.sheets[0].kpis;
    expect(kpis.find((k) => k.code === "KPI301")).toMatchObject({
      row: 4,
      objective: "A.1",
      name: "Soggetti coinvolti nei servizi",
      weight: 0.5,
      direction: ">=",
      target: 0.15,
      actual: 0.1316,
      status: "IN LINEA",
    });
    expect(kpis.find((k) => k.code === "KPIIM218")).toMatchObject({
      target: "2019-09-30",
      actual: "2019-09-30",
      direction: "<=",
      performance: 1,
    });
    expect(kpis.find((k) => k.row === 7)).toMatchObject({
      code: "KPI264",
      actual: null,
      performance: null,
      status: "DA VALUTARE",
    });
    const link = kpis.find((k) => k.code === "KPI218")!;
    expect(link.actual).toBeCloseTo(link.performance!, 12);
    expect(((link.actual as number) * 100).toFixed(2)).toBe("58.49");
  });

  it("lists problems with severity, sheet, cell and the Italian message", () => {
    expect(json.problems).toContainEqual({
      severity: "errore",
      sheet: "Piano 2019",
      cell: "E17",
      message: "I pesi di A.1.2.3 sommano a 99,00% invece di 100%.",
      code: "pesi-non-100",
    });
  });

  it.each([
    [{ kind: "number", value: 0.15, percent: true } as const, 0.15],
    [{ kind: "date", serial: serialFromYmd(2019, 2, 28) } as const, "2019-02-28"],
    [{ kind: "yesno", value: true } as const, true],
    [{ kind: "empty" } as const, null],
    [{ kind: "unavailable", text: "N.V." } as const, "N.V."],
  ])("value %j → %j", (scalar, expected) => {
    expect(scalarToJson(scalar)).toEqual(expected);
  });
});

describe("Italian text summary", () => {
  const text = buildTextSummary(recalculate({ grids: [lecceGrid()] }), "proporzionale");

  it("shows the tree with Italian percentages, colour and status", () => {
    expect(text).toContain('Foglio "Piano 2019" — metodo proporzionale');
    expect(text).toMatch(/\n {4}A\.1 Sostenere .*: 57,57% rosso \(NON RAGGIUNTO\)/);
    expect(text).toMatch(/\n {6}A\.1\.2 Sviluppo .*: 58,49% rosso \(NON RAGGIUNTO\)/);
    expect(text).toMatch(/\n {8}A\.1\.2\.3 Certificazione .*: 65,47% giallo \(PARZIALMENTE RAGGIUNTO\)/);
    expect(text).toMatch(/\n {6}A\.1\.1 .*: 100,00% verde \(RAGGIUNTO\)/);
  });

  it("ends with the ente and the problems, with their cell", () => {
    expect(text).toContain("Ente: 57,57% rosso (NON RAGGIUNTO)");
    expect(text).toContain("Problemi (1 errore, 0 avvisi):");
    expect(text).toContain("[errore] Piano 2019!E17: I pesi di A.1.2.3 sommano a 99,00% invece di 100%.");
    expect(text.indexOf("Ente:")).toBeLessThan(text.indexOf("Problemi"));
  });

  it("says when the ente is the mean of several sheets", () => {
    const two = buildTextSummary(recalculate({ grids: [lecceGrid(), lecceGrid("Copia")] }), "proporzionale");
    expect(two).toContain("Ente (media degli enti di 2 fogli): 57,57%");
  });
});

describe("the JSON direction is the one the KPI was scored in", () => {
  it("a deadline held in date cells, with no operator written, is reported as <=", () => {
    const { recalculate } =
      require("../../src/pipeline/recalculate") as typeof import("../../src/pipeline/recalculate");
    const { buildJsonReport } = require("../../src/pipeline/report") as typeof import("../../src/pipeline/report");
    const grid = {
      name: "P",
      rowOffset: 0,
      colOffset: 0,
      values: [
        ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Performance KPI", "Performance Obiettivo"],
        ["A.1 Obiettivo", null, null, null, null, null, null],
        [null, "Consegna relazione", 1, 43646, 43661, null, null],
      ],
      numberFormats: [[], [], [undefined, undefined, "0%", "dd/mm/yyyy", "dd/mm/yyyy", undefined, undefined]],
    };
    const r = recalculate({ grids: [grid] });
    const kpi = buildJsonReport(r, "proporzionale").sheets[0].kpis[0];
    expect(kpi.direction).toBe("<=");
    expect(kpi.performance).toBeCloseTo(1 - 15 / 184, 12);
  });
});
