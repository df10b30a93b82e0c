import { computePlan, parseCell, parseTarget, serialFromYmd } from "../../src/engine";
import { kpi } from "../../src/functions/functions";
import { excel, expectValueError } from "./helpers";

const d = (day: number, month: number, year: number) => serialFromYmd(year, month, day);

describe("PERF.KPI on the examples of DOMAIN.md §4", () => {
  // [source, target, consuntivo, direzione, metodo, tipo, expected performance]
  it.each<[string, unknown, unknown, unknown, unknown, unknown, number]>([
    ["000 KPI301, percent cells", 0.15, 0.1316, "50% >", null, null, 0.1316 / 0.15],
    ["000 KPI301, percent text", "15,00%", "13,16%", ">", null, null, 0.1316 / 0.15],
    ["003 L651: 375 vs >= 400", ">= 400,00 N.", "375,00 N.", "25,00 %", null, null, 0.9375],
    ["003 L951: 16,40 fte vs <= 14,00", "<= 14,00 fte", "16,40 fte", null, null, null, 2 - 16.4 / 14],
    ["lower is better: 5 gg vs <= 3", 3, 5, "<=", null, null, 1 / 3],
    ["lower is better: 0,68 vs <= 0,30", 0.3, 0.68, "≤", null, null, 0],
    ["003: 48.375 vs = 50.000 (not a date)", 50000, 48375, "=", null, null, 0.9675],
    ["003: 48.375 vs = 50.000 as text", "50.000,00", "48.375,00", "=", null, null, 0.9675],
    ["000 KPIM176: <= 0,00, actual -5,85", 0, -5.85, "<=", null, null, 1],
    ["003: >= -6%, actual -2,32%", "-6,00 %", "-2,32 %", ">=", null, null, 1],
    ["000 KPI293: -3,77% vs 2,00% scores 0", "2,00%", "-3,77%", "50% >", null, null, 0],
    ["000: > 2,00 with 2,00 scores 100%", "2,00", "2,00", "25% >", null, null, 1],
    ["0,1 + 0,2 reaches 0,3", 0.3, 0.1 + 0.2, ">=", null, null, 1],
    ["000 KPI388: deadline text dates", "28/02/2019", "11/03/2019", "<", null, null, 1 - 11 / 306],
    ["000 KPI388: deadline date cells", d(28, 2, 2019), d(11, 3, 2019), "<", null, "data", 1 - 11 / 306],
    ["000 KPI295: delivered next year", "30/06/2019", "01/07/2020", "<", null, null, 0],
    ["deadline 31/12 missed", d(31, 12, 2022), d(2, 1, 2023), "<=", null, "data", 0],
    ["deadline met, date cells", d(30, 9, 2019), d(30, 9, 2019), "<", null, "data", 1],
    ["deadline not delivered", d(30, 9, 2019), "no", "<=", null, "data", 0],
    ["004 yes/no target met", "si", "sì", null, null, null, 1],
    ["yes/no with TRUE/FALSE cells", true, false, null, null, "sìno", 0],
    ["binario: 60% target, 50% → 0", 0.6, 0.5, ">=", "binario", null, 0],
    ["binario: 20 vs 19 → 0", 20, 19, ">=", "binario", null, 0],
    ["binario: target reached → 1", 20, 21, ">=", "Binario", null, 1],
    ["binario: deadline missed → 0", "30/09/2019", "01/10/2019", "<=", "binario", null, 0],
    ["direction word crescente", 400, 375, "crescente", null, null, 0.9375],
    ["direction from the target text", "Entro 30/09/2019", "15/09/2019", null, null, null, 1],
    ["tipo numero", "7,00", 8, ">", null, "numero", 1],
    ["weight cell with direction, weight as text", "10,00", "1,00", "33,00% >=", null, null, 0.1],
  ])("%s", async (_id, target, actual, direction, method, kind, expected) => {
    const result = await excel(kpi, target, actual, direction, method, kind);
    expect(typeof result).toBe("number");
    expect(result as number).toBeCloseTo(expected, 12);
  });

  it("never reads a large number as a date: 50.000 pratiche against a date is refused", async () => {
    expectValueError(await excel(kpi, 50000, "30/09/2019", "<="), "non sono confrontabili", 'tipo "data"');
  });
});

describe("PERF.KPI when the consuntivo is not available", () => {
  it.each([["N.V."], ["N/D"], ["n.d."], ["ND"], ["kpi non disponibile"], [null], [undefined], [""], ["  "]])(
    "consuntivo %p → N.V.",
    async (actual) => {
      expect(await excel(kpi, "15,00%", actual, ">=")).toBe("N.V.");
    }
  );

  it("an empty consuntivo is left out, as the engine does with the setting emptyActual 'escludi'", async () => {
    const plan = (actual: string) => ({
      sheet: "Piano",
      objectives: [
        {
          code: "A.1",
          name: "A.1",
          level: "obiettivo" as const,
          weight: null,
          parentCode: null,
          sheet: "Piano",
          row: 1,
          cells: {},
          kpis: [
            {
              id: "k",
              name: "k",
              weight: null,
              direction: ">=" as const,
              target: parseTarget("15,00%").value,
              actual: parseCell(actual),
              sheet: "Piano",
              row: 2,
              cells: {},
            },
          ],
        },
      ],
    });
    expect(computePlan(plan(""), { emptyActual: "escludi" }).kpis[0].performance).toBeNull();
    expect(await excel(kpi, "15,00%", "", ">=")).toBe("N.V.");
    // The recalculation's default scores it 0% and lists a warning; a cell has no list to warn in, so PERF.KPI says N.V.
    expect(computePlan(plan("")).kpis[0].performance).toBe(0);
  });

  it("N.V. even with tipo data", async () => {
    expect(await excel(kpi, d(30, 9, 2019), "N/D", "<=", null, "data")).toBe("N.V.");
  });
});

describe("PERF.KPI refuses what it cannot score, naming the argument", () => {
  it.each<[string, unknown[], string[]]>([
    ["unreadable consuntivo", ["15,00%", "tanti", ">="], ["Consuntivo non leggibile", '"tanti"']],
    ["unreadable target", ["quindici", 10, ">="], ["Target non leggibile", '"quindici"']],
    ["missing target", [null, 10, ">="], ["Target mancante"]],
    ["unscorable target", ["Anno di rilevazione", 10, ">="], ["Target non calcolabile", "Anno di rilevazione"]],
    ["relational target", ["x ≤ x-1", 10, "<="], ["Target non calcolabile"]],
    ["missing direction", [10, 8, null], ["Direzione mancante"]],
    ["weight without direction", [10, 8, 0.5], ["Direzione mancante", "0,5"]],
    ["weight text without direction", [10, 8, "50%"], ["Direzione mancante", '"50%"']],
    ["unknown direction", [10, 8, "di più"], ["Direzione non riconosciuta", '"di più"']],
    ["boolean direction", [10, 8, true], ["Direzione non riconosciuta", "VERO"]],
    ["conflicting directions", ["<= 40gg", 30, ">="], ["Direzione in conflitto", ">=", "<="]],
    ["unknown method", [10, 8, ">=", "lineare"], ["Metodo di calcolo sconosciuto", '"lineare"']],
    ["method not text", [10, 8, ">=", 1], ["metodo deve essere un testo", "1"]],
    ["unknown tipo", [10, 8, ">=", null, "testo"], ['Tipo "testo" non riconosciuto']],
    [
      "tipo data with a number that is no date",
      [-3, d(1, 1, 2020), "<=", null, "data"],
      ["target", "-3", "non è una data valida"],
    ],
    [
      "tipo data with a text number",
      ["7,00", d(1, 1, 2020), "<=", null, "data"],
      ['Con tipo "data" l\'argomento target deve essere una data', '"7,00"'],
    ],
    [
      "tipo numero with a text date",
      ["30/09/2019", 5, ">=", null, "numero"],
      ["target deve essere un numero", '"30/09/2019"'],
    ],
    ["tipo sìno with a number", [1, "sì", null, null, "sìno"], ["target deve essere sì o no"]],
    ["tipo numero with a yes/no consuntivo", [5, "sì", ">=", null, "numero"], ["consuntivo deve essere un numero"]],
    ["percent target, plain consuntivo", ["15,00%", "13,16", ">="], ["percentuale"]],
    ["date vs number without tipo", [d(30, 9, 2019), "15/09/2019", "<="], ["non sono confrontabili", 'tipo "data"']],
    ["error cell in consuntivo", [10, { code: "#N/A" }, ">="], ["consuntivo", "#N/A"]],
    ["error cell in target", [{ code: "#DIV/0!", message: "x" }, 10, ">="], ["target", "#DIV/0!"]],
    ["range instead of a cell", [[[1], [2]], 10, ">="], ["target", "una sola cella", "2×1"]],
    ["NaN", [Number.NaN, 10, ">="], ["target non è un numero valido"]],
    ["object", [{ a: 1 }, 10, ">="], ["target", "non è un numero, un testo o VERO/FALSO"]],
  ])("%s", async (_name, args, fragments) => {
    const [t, a, dir, m, k] = args;
    const message = expectValueError(await excel(kpi, t, a, dir, m, k), ...fragments);
    expect(message.startsWith("PERF.KPI: ")).toBe(true);
  });

  it("accepts a 1×1 range as its cell", async () => {
    expect(await excel(kpi, [[400]], [[375]], [[">="]])).toBeCloseTo(0.9375, 12);
  });
});
