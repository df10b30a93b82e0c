import { LAMBDA_NAMES_KEY, OfficeWorkbook } from "../../src/excel/office-workbook";
import { levelSupports } from "../../src/excel/simulated";
import { lambdaNames } from "../../src/functions/lambda-names";
import { gridFromRows } from "../../src/layout/grid";
import { rig } from "./helpers";

const NAMES = lambdaNames([
  {
    id: "KPI",
    description: "Performance di un KPI.",
    parameters: [{ name: "target" }, { name: "consuntivo" }, { name: "direzione" }, { name: "metodo", optional: true }],
  },
  {
    id: "OBIETTIVO",
    description: "Performance di un obiettivo.",
    parameters: [{ name: "performance" }, { name: "pesi", optional: true }],
  },
]);

function workbook(options: { lambda?: boolean; level?: string } = {}) {
  const r = rig(
    [gridFromRows("Piano", [["KPI"]])],
    options.level ? { supports: (v) => levelSupports(options.level ?? null, v) } : {}
  );
  r.excel.lambda = options.lambda ?? true;
  if (options.level) r.excel.apiLevel = options.level;
  return r;
}

describe("PERF_* names defined as LAMBDA over PERF.*", () => {
  it("adds every name with its formula and comment, and nothing else", async () => {
    const r = workbook();
    expect(await r.ops.defineLambdaNames(NAMES)).toEqual({
      lambda: true,
      added: ["PERF_KPI", "PERF_OBIETTIVO"],
      present: [],
    });
    expect([...r.excel.names.keys()]).toEqual(["PERF_KPI", "PERF_OBIETTIVO"]);
    expect(r.excel.names.get("PERF_KPI")).toEqual({ formula: NAMES[0].formula, comment: "Performance di un KPI." });
  });

  it("leaves a name already in the workbook as it is", async () => {
    const r = workbook();
    r.excel.names.set("PERF_KPI", { formula: "=LAMBDA(a,b,c,a)", comment: "mio" });
    expect(await r.ops.defineLambdaNames(NAMES)).toEqual({
      lambda: true,
      added: ["PERF_OBIETTIVO"],
      present: ["PERF_KPI"],
    });
    expect(r.excel.names.get("PERF_KPI")?.comment).toBe("mio");
    expect(await r.ops.defineLambdaNames(NAMES)).toEqual({
      lambda: true,
      added: [],
      present: ["PERF_KPI", "PERF_OBIETTIVO"],
    });
  });

  it.each([
    ["an Excel without LAMBDA (Office 2019, 2021)", { lambda: false }],
    ["ExcelApi 1.1 (Office 2016: no names.add)", { lambda: false, level: "1.1" }],
  ])("in %s defines nothing and says there is no LAMBDA", async (_, options) => {
    const r = workbook(options);
    expect(await r.ops.defineLambdaNames(NAMES)).toEqual({ lambda: false, added: [], present: [] });
    expect([...r.excel.names.keys()]).toEqual([]);
  });

  it.each([["definiti" as const], ["rifiutati" as const], ["senza-lambda" as const]])(
    "remembers the answer %s in the workbook",
    async (answer) => {
      const r = workbook();
      expect(r.ops.lambdaNamesAnswer()).toBeNull();
      await r.ops.saveLambdaNamesAnswer(answer);
      expect(r.store.persisted(LAMBDA_NAMES_KEY)).toBe(answer);
      expect(new OfficeWorkbook(r.excel.run, r.store).lambdaNamesAnswer()).toBe(answer);
    }
  );

  it("reads an unknown stored answer as never offered", () => {
    const r = workbook();
    r.store.set(LAMBDA_NAMES_KEY, "forse");
    expect(r.ops.lambdaNamesAnswer()).toBeNull();
  });
});
