/**
 * Issue 11, item 1: an empty cell means the same on the web (null) and on older desktop builds (0).
 * Every case runs under both conventions through `excel` (helpers.ts), which also checks that they agree.
 */
import { registerBlankResolver } from "../../src/functions/blanks";
import { kpi, obiettivo, pesiOk, semaforo, stato } from "../../src/functions/functions";
import { CONVENTIONS, FakeCells, callAs, column, excel, expectValueError } from "./helpers";

const EMPTY = null;

afterEach(() => registerBlankResolver(null));

describe("the issue's cases give the same answer on the web and on desktop", () => {
  // [case, function, arguments (null = empty cell), answer]
  it.each<[string, (...a: never[]) => unknown, unknown[], unknown]>([
    ['PERF.KPI(">= 400"; <vuota>; <vuota>)', kpi, [">= 400", EMPTY, EMPTY], "N.V."],
    ["PERF.OBIETTIVO weights 50/50, performances [0,9; vuota]", obiettivo, [column(0.5, 0.5), column(0.9, EMPTY)], 0.9],
    ["PERF.OBIETTIVO without weights, [0,9; 0,7]", obiettivo, [column(EMPTY, EMPTY), column(0.9, 0.7)], 0.8],
    [
      "PERF.OBIETTIVO one range, weights column empty",
      obiettivo,
      [
        [
          [EMPTY, 0.9],
          [EMPTY, 0.7],
        ],
      ],
      0.8,
    ],
    ["PERF.SEMAFORO(<vuota>)", semaforo, [EMPTY], "N.V."],
    ["PERF.STATO(<vuota>)", stato, [EMPTY], "DA VALUTARE"],
    ['PERF.STATO(<vuota>; "kpi")', stato, [EMPTY, "kpi"], "DA VALUTARE"],
    ["PERF.KPI with empty cells for metodo and tipo", kpi, [400, 375, ">=", EMPTY, EMPTY], 0.9375],
    ["PERF.STATO with an empty cell for tipo", stato, [0.85, EMPTY], "RAGGIUNTO"],
    ["PERF.SEMAFORO with empty threshold cells", semaforo, [0.7, EMPTY, EMPTY], "GIALLO"],
    ["PERF.PESI with an empty row", pesiOk, [column(0.5, EMPTY, 0.5)], true],
  ])("%s", async (_name, fn, args, answer) => {
    const result = await excel(fn, ...args);
    if (typeof answer === "number") expect(result as number).toBeCloseTo(answer, 12);
    else expect(result).toBe(answer);
  });

  it.each<[string, (...a: never[]) => unknown, unknown[], string]>([
    ["PERF.KPI with an empty target", kpi, [EMPTY, 10, ">="], "Target mancante"],
    ["PERF.PESI on empty cells only", pesiOk, [column(EMPTY, EMPTY)], "vuoto"],
    ["PERF.OBIETTIVO on empty cells only", obiettivo, [column(EMPTY, EMPTY), column(EMPTY, EMPTY)], "vuoto"],
  ])("%s is refused the same way", async (_name, fn, args, fragment) => {
    expectValueError(await excel(fn, ...args), fragment);
  });
});

describe("a 0 that is a real 0 stays 0", () => {
  it.each(CONVENTIONS)("%s: a cell holding 0", async (convention) => {
    expect(await callAs(convention, semaforo, 0)).toBe("ROSSO");
    expect(await callAs(convention, stato, 0)).toBe("NON RAGGIUNTO");
    expect(await callAs(convention, kpi, 0, -5.85, "<=")).toBe(1);
    expect(await callAs(convention, obiettivo, column(0, 0.5, 0.5), column(0, 0.8, 0.6))).toBeCloseTo(0.7, 12);
  });

  it("a 0 typed in the formula (no address) is the number 0, without reading Excel", () => {
    const cells = new FakeCells();
    registerBlankResolver(cells);
    expect(semaforo(0, null, null, { parameterAddresses: ["", "", ""] })).toBe("ROSSO");
    expect(cells.reads).toEqual([]);
  });

  it("on a build without parameterAddresses a 0 is taken as 0, synchronously", () => {
    registerBlankResolver(new FakeCells());
    expect(stato(0, null, {})).toBe("NON RAGGIUNTO");
  });
});

describe("Excel is asked only when a 0 may be an empty cell, in one read", () => {
  it("without any 0 the answer is synchronous and nothing is read", () => {
    const cells = new FakeCells();
    registerBlankResolver(cells);
    const answer = kpi(400, 375, ">=", null, null, {
      parameterAddresses: ["Piano!F3", "Piano!G3", "Piano!E3", "", ""],
    });
    expect(answer).toBeCloseTo(0.9375, 12);
    expect(cells.reads).toEqual([]);
  });

  it("reads only the arguments holding a 0, all in one batch", async () => {
    const cells = new FakeCells();
    cells.cells.set("Piano!G3", [[true]]);
    cells.cells.set("Piano!H3", [[true]]);
    registerBlankResolver(cells);
    const answer = kpi(">= 400", 0, ">=", 0, "numero", {
      parameterAddresses: ["Piano!F3", "Piano!G3", "Piano!E3", "Piano!H3", "Piano!I3"],
    });
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe("N.V.");
    expect(cells.reads).toEqual([["Piano!G3", "Piano!H3"]]);
  });

  it("clears only the empty cells of a range", async () => {
    const cells = new FakeCells();
    cells.cells.set("Piano!D2:D4", [[false], [false], [true]]);
    cells.cells.set("Piano!E2:E4", [[false], [false], [true]]);
    registerBlankResolver(cells);
    const answer = await obiettivo(column(0.5, 0, 0), column(0.8, 0.6, 0), {
      parameterAddresses: ["Piano!D2:D4", "Piano!E2:E4"],
    });
    // Row 2 holds a real weight of 0% (left out), row 3 is empty: 0,8.
    expect(answer).toBeCloseTo(0.8, 12);
  });

  it.each<[string, () => Promise<boolean[][][]>]>([
    ["Excel fails", () => Promise.reject(new Error("GeneralException"))],
    ["Excel answers for another range", () => Promise.resolve([[[true, true]]])],
  ])("when %s the cell says so instead of guessing", async (_name, emptyCells) => {
    registerBlankResolver({ emptyCells });
    const answer = await semaforo(0, null, null, { parameterAddresses: ["Piano!B2", "", ""] });
    expectValueError(answer, "PERF.SEMAFORO", "Piano!B2", "vuote");
  });
});

describe("cells holding a data type are read as their basic value (issue 11, item 7)", () => {
  const double = (n: number) => ({ type: "Double", basicValue: n });
  const formatted = (n: number, numberFormat: string) => ({ type: "FormattedNumber", basicValue: n, numberFormat });
  const text = (s: string) => ({ type: "String", basicValue: s });

  it.each<[string, (...a: never[]) => unknown, unknown[], unknown]>([
    ["PERF.KPI on formatted numbers and a text", kpi, [formatted(400, "#.##0"), double(375), text(">=")], 0.9375],
    ["PERF.KPI with a String target", kpi, [text("15,00%"), formatted(0.1316, "0,00%"), text("50% >")], 0.1316 / 0.15],
    ["PERF.KPI with an Empty consuntivo", kpi, [400, { type: "Empty", basicValue: "" }, ">="], "N.V."],
    [
      "PERF.KPI with a Boolean pair",
      kpi,
      [{ type: "Boolean", basicValue: true }, { type: "Boolean", basicValue: true }, null, null, "sìno"],
      1,
    ],
    [
      "PERF.OBIETTIVO over data-type ranges",
      obiettivo,
      [column(double(0.5), formatted(0.5, "0%")), column(double(0.8772), text("27,34%"))],
      0.5753,
    ],
    ["PERF.SEMAFORO of a formatted percentage", semaforo, [formatted(0.85, "0,00%")], "VERDE"],
    ["PERF.PESI of formatted weights", pesiOk, [column(formatted(0.5, "0%"), formatted(0.5, "0%"))], true],
  ])("%s", async (_name, fn, args, answer) => {
    const result = await excel(fn, ...args);
    if (typeof answer === "number") expect(result as number).toBeCloseTo(answer, 4);
    else expect(result).toBe(answer);
  });

  it("an entity is read as the text it shows", async () => {
    const entity = { type: "Entity", text: "Ufficio tributi", basicValue: "#VALUE!", properties: {} };
    expectValueError(await excel(kpi, 10, entity, ">="), "Consuntivo non leggibile", '"Ufficio tributi"');
  });

  it("an error as a data type names its code", async () => {
    const error = { type: "Error", basicValue: "#N/A", errorType: "NotAvailable" };
    expectValueError(await excel(kpi, 10, error, ">="), "consuntivo", "#N/A");
  });
});
