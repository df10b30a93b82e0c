import { KpiInput, ObjectiveInput, computePlan, parseCell, parseTarget, parseWeight } from "../../src/engine";
import { kpi, obiettivo, pesiOk } from "../../src/functions/functions";
import { column, excel, expectValueError } from "./helpers";

/** A KPI as the engine reads it from its Peso / Target / Consuntivo cells. */
function engineKpi(id: string, peso: string, target: string, consuntivo: string, link?: string): KpiInput {
  const w = parseWeight(peso);
  const t = parseTarget(target);
  const k: KpiInput = {
    id,
    name: id,
    weight: w.weight,
    direction: t.direction ?? w.direction,
    target: t.value,
    actual: parseCell(consuntivo),
    sheet: "Piano",
    row: 1,
    cells: {},
  };
  if (link) k.link = { code: link };
  return k;
}

function engineObjective(code: string, parentCode: string | null, kpis: KpiInput[]): ObjectiveInput {
  return { code, name: code, level: "obiettivo", weight: null, parentCode, kpis, sheet: "Piano", row: 1, cells: {} };
}

describe("PERF.OBIETTIVO on the examples of DOMAIN.md §5", () => {
  it("000 A.1 = 50%·87,72% + 50%·27,34% = 57,53%", async () => {
    expect(await excel(obiettivo, column(0.5, 0.5), column(0.8772, 0.2734))).toBeCloseTo(0.5753, 12);
  });

  it("000 A.1.1: KPI264 'kpi non disponibile' is left out and the weights renormalised → 100%", async () => {
    expect(await excel(obiettivo, column(0.25, 0.25, 0.25, 0.25), column("N.V.", 1, 1, 1))).toBe(1);
  });

  it("A.2 = 30%·100% + 70%·90% = 93%", async () => {
    expect(await excel(obiettivo, column("30%", "70%"), column(1, 0.9))).toBeCloseTo(0.93, 12);
  });

  it("A.2 with its link KPI, built from cells by a user's formulas, gives the engine's roll-up", async () => {
    // Sheet: A.2.1 and A.2.2 each have one KPI; A.2 has the link KPI (70%) and another KPI (30%).
    const a21 = (await excel(kpi, "100", "80", ">=")) as number;
    const a22 = (await excel(kpi, "50", "60", ">=")) as number;
    const media = (await excel(obiettivo, column(null, null), column(a21, a22))) as number; // children without weights: plain mean
    const link = await excel(kpi, "100,00%", media, "70% >");
    const a2 = await excel(obiettivo, column("30% >=", "70% >"), column(await excel(kpi, 10, 12, ">="), link));
    const engine = computePlan({
      sheet: "Piano",
      objectives: [
        engineObjective("A.2", null, [
          engineKpi("k1", "30% >=", "10", "12"),
          engineKpi("link", "70% >", "100,00%", "", "A.2"),
        ]),
        engineObjective("A.2.1", "A.2", [engineKpi("k2", "100%", ">= 100", "80")]),
        engineObjective("A.2.2", "A.2", [engineKpi("k3", "100%", ">= 50", "60")]),
      ],
    });
    expect(media).toBeCloseTo(0.9, 12);
    expect(a2).toBeCloseTo(0.93, 12);
    expect(a2).toBeCloseTo(engine.objectives[0].performance as number, 12);
  });

  it("000 A.1.1 gives the engine's roll-up: 'kpi non disponibile' is N.V. in the sheet and excluded by the engine", async () => {
    const cells: [string, string, string, string][] = [
      ["25% >", "7,00", "", "kpi non disponibile"],
      ["25% >", "2,00", "2,00", "kpi validato"],
      ["25% >", "4,00", "25,00", "kpi validato"],
      ["25% <", "30/09/2019", "30/09/2019", "kpi validato"],
    ];
    const performances: unknown[][] = [];
    for (const [peso, target, consuntivo] of cells) performances.push([await excel(kpi, target, consuntivo, peso)]);
    const kpis = cells.map(([peso, target, consuntivo, esito], i) => ({
      ...engineKpi(`k${i}`, peso, target, consuntivo),
      unavailable: esito === "kpi non disponibile",
    }));
    const engine = computePlan({ sheet: "Piano", objectives: [engineObjective("A.1.1", null, kpis)] });
    expect(performances[0][0]).toBe("N.V.");
    expect(
      await excel(
        obiettivo,
        cells.map(([peso]) => [peso]),
        performances
      )
    ).toBe(engine.objectives[0].performance);
    expect(engine.objectives[0].performance).toBe(1);
  });

  it.each<[string, unknown[][]]>([
    ["fractions", column(0.5, 0.5)],
    ["percent text", column("50%", "50,00 %")],
    ["percentage points", column(50, 50)],
    ["weight cells with direction", column("50% >=", "50% >")],
    ["mixed forms", column(0.5, "50% <=")],
  ])("weights as %s", async (_name, weights) => {
    expect(await excel(obiettivo, weights, column(0.8772, 0.2734))).toBeCloseTo(0.5753, 12);
  });

  it("performances as percent text", async () => {
    expect(await excel(obiettivo, column(0.5, 0.5), column("87,72%", "27,34%"))).toBeCloseTo(0.5753, 12);
  });

  it("no weights at all: plain mean", async () => {
    expect(await excel(obiettivo, column(null, null, null), column(0.8, 0.6, 1))).toBeCloseTo(0.8, 12);
  });

  it("a weight of 0% leaves its KPI out", async () => {
    expect(await excel(obiettivo, column(0, 0.5, 0.5), column(0, 0.8, 0.6))).toBeCloseTo(0.7, 12);
  });

  it("the one-argument form on a two-column range (pesi | performance)", async () => {
    const range = [
      ["50% >", 0.8772],
      ["50% >", 0.2734],
    ];
    expect(await excel(obiettivo, range)).toBeCloseTo(0.5753, 12);
    expect(await excel(obiettivo, range, null as unknown as unknown[][])).toBeCloseTo(0.5753, 12);
  });

  it("blank rows inside the range are ignored", async () => {
    expect(await excel(obiettivo, column(0.5, null, 0.5), column(0.8772, null, 0.2734))).toBeCloseTo(0.5753, 12);
  });

  it("ranges laid out as rows work as well", async () => {
    expect(await excel(obiettivo, [[0.5, 0.5]], [[0.8772, 0.2734]])).toBeCloseTo(0.5753, 12);
  });

  it.each([["N.V."], ["N/D"], ["DA VALUTARE"], [null]])("all performances %p → N.V.", async (na) => {
    expect(await excel(obiettivo, column(0.5, 0.5), column(na, "N.V."))).toBe("N.V.");
  });

  it("all weights 0% → N.V.", async () => {
    expect(await excel(obiettivo, column(0, 0), column(0.5, 0.7))).toBe("N.V.");
  });
});

describe("PERF.OBIETTIVO refuses bad ranges with a message", () => {
  it.each<[string, unknown, unknown, string[]]>([
    [
      "mismatched sizes",
      column(0.5, 0.5),
      column(0.8, 0.6, 0.7),
      ["pesi (2×1)", "performance (3×1)", "stesse dimensioni"],
    ],
    ["row against column", [[0.5, 0.5]], column(0.8, 0.6), ["pesi (1×2)", "performance (2×1)"]],
    ["one argument, three columns", [[0.5, 0.8, 1]], undefined, ["due colonne", "ne ha 3"]],
    ["one argument, one column", column(0.5, 0.5), undefined, ["due colonne", "ne ha 1"]],
    ["empty range", column(null, null), column(null, ""), ["intervallo pesi è vuoto"]],
    ["empty array", [], column(1), ["vuoto"]],
    ["ragged array", [[0.5], [0.5, 1]], column(1, 1), ["righe della stessa lunghezza"]],
    ["unreadable weight", column("metà", 0.5), column(0.8, 0.6), ["Peso non leggibile", "riga 1", '"metà"']],
    ["negative weight", column(-0.5, 0.5), column(0.8, 0.6), ["Peso non leggibile", "riga 1", "-0,5"]],
    [
      "unreadable performance",
      column(0.5, 0.5),
      column(0.8, "ottimo"),
      ["Performance non leggibile", "riga 2", '"ottimo"'],
    ],
    ["performance as percentage points", column(0.5, 0.5), column(87.72, 27.34), ["fuori scala", "riga 1", "87,72"]],
    ["negative performance", column(0.5, 0.5), column(-0.1, 0.5), ["fuori scala", "-0,1"]],
    ["boolean performance", column(0.5, 0.5), column(true, 0.5), ["Performance non leggibile", "VERO"]],
    ["error in performance", column(0.5, 0.5), column({ code: "#N/A" }, 0.5), ["errore di Excel (#N/A)", "riga 1"]],
    ["error in weights", column({ code: "#REF!" }, 0.5), column(0.5, 0.5), ["intervallo pesi", "#REF!"]],
    ["some weights missing", column(0.5, null, 0.5), column(0.8, 0.6, 0.7), ["Manca il peso", "riga 2"]],
    ["block ranges name row and column", [[0.5, "x"]], [[0.5, 0.5]], ["colonna 2"]],
    [
      "2D block positions",
      [
        [0.5, 0.5],
        [0.5, "x"],
      ],
      [
        [1, 1],
        [1, 1],
      ],
      ["riga 2, colonna 2"],
    ],
  ])("%s", async (_name, weights, performances, fragments) => {
    const message = expectValueError(
      await excel(obiettivo, weights as unknown[][], performances as unknown[][]),
      ...fragments
    );
    expect(message.startsWith("PERF.OBIETTIVO: ")).toBe(true);
  });

  it("a weight whose KPI is not available does not count as missing", async () => {
    expect(await excel(obiettivo, column(0.5, null, 0.5), column(0.8, "N.V.", 0.6))).toBeCloseTo(0.7, 12);
  });
});

describe("PERF.PESI (DOMAIN.md §6)", () => {
  it.each<[string, unknown[][], boolean]>([
    ["003: 7,14% × 14 = 99,96%", column(...Array(14).fill("7,14%")), true],
    ["003: 16,66% × 5 + 16,70% = 100%", column(...Array(5).fill(0.1666), 0.167), true],
    ["50% + 50% as weight cells with direction", column("50% >", "50% >"), true],
    ["25 × 4 in percentage points", column(25, 25, 25, 25), true],
    ["blank cells are ignored", column(0.5, null, 0.5), true],
    ["weights summing to 90%", column(0.3, 0.3, 0.3), false],
    ["weights summing to 110%", column("60%", "50%"), false],
    ["99,8% is outside the 0,1 pp tolerance", column(0.499, 0.499), false],
  ])("%s", async (_name, weights, expected) => {
    expect(await excel(pesiOk, weights)).toBe(expected);
  });

  it.each<[string, unknown, string[]]>([
    ["empty range", column(null, null), ["vuoto"]],
    ["unreadable weight", column(0.5, "metà"), ["Peso non leggibile", "riga 2", '"metà"']],
    ["error cell", column(0.5, { code: "#VALUE!" }), ["#VALUE!"]],
  ])("%s → #VALUE!", async (_name, weights, fragments) => {
    const message = expectValueError(await excel(pesiOk, weights as unknown[][]), ...fragments);
    expect(message.startsWith("PERF.PESI: ")).toBe(true);
  });
});
