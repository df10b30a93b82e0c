/** DOMAIN.md §5: rolling up the tree, on small plans written as the cells a sheet holds. */
import { computePlan } from "../../src/engine";
import { SHEET, kpi, linkKpi, objective, plan } from "./helpers/plan-builder";

const perf = (result: ReturnType<typeof computePlan>, code: string) =>
  result.objectives.find((o) => o.code === code)?.performance;

describe("media ponderata dei KPI disponibili, pesi rinormalizzati (DOMAIN §5)", () => {
  it("000 A.1.1: KPI264 'kpi non disponibile' al 25% e tre KPI al 100% → 100% (non 75%)", () => {
    const r = computePlan(
      plan(
        objective("A.1.1", null, [
          kpi({ peso: "25% >", target: "7,00", consuntivo: "", unavailable: true }),
          kpi({ peso: "25% >", target: "2,00", consuntivo: "2,00" }),
          kpi({ peso: "25% >", target: "4,00", consuntivo: "25,00" }),
          kpi({ peso: "25% <", target: "30/09/2019", consuntivo: "30/09/2019" }),
        ])
      )
    );
    expect(perf(r, "A.1.1")).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it("000 A.1 = 50% · 87,72% + 50% · 27,34% = 57,53% (entro 0,01 pp)", () => {
    const r = computePlan(
      plan(
        objective("A.1", null, [
          kpi({ peso: "50% >", target: "100,00%", consuntivo: "87,72%" }),
          kpi({ peso: "50% >", target: "100,00%", consuntivo: "27,34%" }),
        ])
      )
    );
    expect(Math.abs((perf(r, "A.1") as number) * 100 - 57.53)).toBeLessThanOrEqual(0.01);
  });

  it.each([["N.V."], ["N/D"], ["n.d."], ["ND"], ["DA VALUTARE"]])(
    "consuntivo %s: KPI lasciato fuori, gli altri rinormalizzati",
    (text) => {
      const r = computePlan(
        plan(
          objective("X", null, [
            kpi({ peso: "40%", target: ">= 10,00 N.", consuntivo: text }),
            kpi({ peso: "60%", target: ">= 10,00 N.", consuntivo: "5,00 N." }),
          ])
        )
      );
      expect(perf(r, "X")).toBeCloseTo(0.5, 12);
      expect(r.kpis[0]).toMatchObject({ performance: null, excluded: true, status: "DA VALUTARE", colour: "grigio" });
    }
  );

  it("003:L773 un KPI che pesa 0% è lasciato fuori", () => {
    const r = computePlan(
      plan(
        objective("01_04_04", null, [
          kpi({ peso: "0,00 %", target: "= 100,00 %", consuntivo: "100,00 %" }),
          kpi({ peso: "100,00 %", target: ">= 10,00 N.", consuntivo: "5,00 N." }),
        ])
      )
    );
    expect(perf(r, "01_04_04")).toBeCloseTo(0.5, 12);
  });

  it("senza pesi: media semplice; con pesi solo su alcuni KPI: nessun numero (il peso mancante non si indovina) ed errore con la cella", () => {
    const none = computePlan(
      plan(
        objective("X", null, [
          kpi({ peso: "", target: ">= 10", consuntivo: "10" }),
          kpi({ peso: "", target: ">= 10", consuntivo: "5" }),
        ])
      )
    );
    expect(perf(none, "X")).toBeCloseTo(0.75, 12);
    expect(none.problems).toEqual([]);
    const some = computePlan(
      plan(
        objective("Y", null, [
          kpi({ peso: "80%", target: ">= 10", consuntivo: "10" }),
          kpi({ peso: "", target: ">= 10", consuntivo: "5" }),
        ])
      )
    );
    expect(perf(some, "Y")).toBeNull();
    // The error points at the weight cell left blank.
    expect(some.problems).toContainEqual(
      expect.objectContaining({ severity: "errore", code: "pesi-parziali", sheet: SHEET, cell: `E${some.kpis[1].row}` })
    );
    expect(some.problems.some((p) => p.code === "pesi-non-100")).toBe(false);
  });
});

describe("consuntivo vuoto (DOMAIN §5)", () => {
  const build = () =>
    plan(
      objective("B.2", null, [
        kpi({ peso: "50% >", target: "10,00", consuntivo: "" }),
        kpi({ peso: "50% >", target: "10,00", consuntivo: "10,00" }),
      ])
    );

  it("vale 0% ed è un avviso con foglio e cella del consuntivo", () => {
    const r = computePlan(build());
    expect(r.kpis[0]).toMatchObject({ performance: 0, excluded: false });
    expect(perf(r, "B.2")).toBeCloseTo(0.5, 12);
    expect(r.problems).toEqual([
      {
        severity: "avviso",
        code: "consuntivo-vuoto",
        message: "Consuntivo vuoto: il KPI vale 0% (misurazione mancante).",
        sheet: SHEET,
        cell: `G${r.kpis[0].row}`,
      },
    ]);
  });

  it("con l'impostazione 'escludi' è lasciato fuori, sempre con un avviso", () => {
    const r = computePlan(build(), { emptyActual: "escludi" });
    expect(r.kpis[0]).toMatchObject({ performance: null, excluded: true });
    expect(perf(r, "B.2")).toBe(1);
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "consuntivo-vuoto", cell: `G${r.kpis[0].row}` }),
    ]);
  });
});

describe("KPI di collegamento (DOMAIN §5)", () => {
  const a2 = (method?: "binario") =>
    computePlan(
      plan(
        objective("A", null, [], null, "area"),
        objective(
          "A.2",
          "A",
          [linkKpi("70%", "A.2"), kpi({ peso: "30% >", target: "2,00", consuntivo: "2,00" })],
          null,
          "strategico"
        ),
        objective("A.2.1", "A.2", [kpi({ peso: "100% >", target: "10,00", consuntivo: "8,00" })], null, "operativo"),
        objective("A.2.2", "A.2", [kpi({ peso: "100% >", target: "10,00", consuntivo: "12,00" })], null, "operativo")
      ),
      method ? { method } : {}
    );

  it("A.2.1 = 80% e A.2.2 = 100% → media 90%; A.2 = 30% · 100% + 70% · 90% = 93%", () => {
    const r = a2();
    const link = r.kpis.find((k) => k.isLink)!;
    expect(link.linkActual).toBeCloseTo(0.9, 12);
    expect(link.performance).toBeCloseTo(0.9, 12);
    expect(perf(r, "A.2")).toBeCloseTo(0.93, 12);
  });

  it("non è mai binario: con il metodo binario porta ancora la media dei figli (A.2.1 binario = 0%)", () => {
    const r = a2("binario");
    expect(perf(r, "A.2.1")).toBe(0);
    expect(r.kpis.find((k) => k.isLink)!.performance).toBeCloseTo(0.5, 12);
    expect(perf(r, "A.2")).toBeCloseTo(0.3 + 0.7 * 0.5, 12);
  });

  it("senza codice nel nome (000 D.1, KPI267) prende i figli dell'obiettivo a cui appartiene", () => {
    const r = computePlan(
      plan(
        objective("D.1", null, [linkKpi("100% >", null)]),
        objective("D.1.1", "D.1", [kpi({ peso: "100% >=", target: "100,00%", consuntivo: "64,30%" })]),
        objective("D.1.2", "D.1", [kpi({ peso: "100% >=", target: "100,00%", consuntivo: "100,00%" })])
      )
    );
    expect(r.kpis[0].linkActual).toBeCloseTo(0.8215, 12);
  });

  it("usa i pesi dei figli quando le righe li portano (70% · 80% + 30% · 100% = 86%)", () => {
    const r = computePlan(
      plan(
        objective("A.2", null, [linkKpi("100%", "A.2")]),
        objective("A.2.1", "A.2", [kpi({ peso: "100%", target: ">= 10", consuntivo: "8" })], "70%"),
        objective("A.2.2", "A.2", [kpi({ peso: "100%", target: ">= 10", consuntivo: "12" })], "30%")
      )
    );
    expect(perf(r, "A.2")).toBeCloseTo(0.86, 12);
  });

  it("un figlio con tutti i KPI non disponibili è lasciato fuori (000 A.3.1: (0% + 95%) / 2 = 47,50%)", () => {
    const r = computePlan(
      plan(
        objective("A.3.1", null, [linkKpi("100% >", "A.3.1")]),
        objective("A.3.1.1", "A.3.1", [kpi({ peso: "100% >", target: "2,00%", consuntivo: "-3,77%" })]),
        objective("A.3.1.2", "A.3.1", [kpi({ peso: "100% >", target: "75,00%", consuntivo: "", unavailable: true })]),
        objective("A.3.1.3", "A.3.1", [kpi({ peso: "100% >", target: "1,00", consuntivo: "0,95" })])
      )
    );
    expect(perf(r, "A.3.1")).toBeCloseTo(0.475, 12);
    expect(perf(r, "A.3.1.2")).toBeNull();
  });

  it("un codice sconosciuto è un errore con la cella del KPI, mai zero", () => {
    const link = linkKpi("100% >", "Z.9");
    const r = computePlan(
      plan(
        objective("A.1", null, [link]),
        objective("A.1.1", "A.1", [kpi({ peso: "100%", target: ">= 1", consuntivo: "1" })])
      )
    );
    expect(r.problems).toContainEqual({
      severity: "errore",
      code: "collegamento-sconosciuto",
      message: 'Il KPI di collegamento rimanda a "Z.9", che non esiste nel piano.',
      sheet: SHEET,
      cell: link.cells.name,
    });
    expect(perf(r, "A.1")).toBeNull();
    expect(r.objectives.find((o) => o.code === "A.1")).toMatchObject({ blocked: true, status: "DA VALUTARE" });
    expect(r.ente.performance).toBeNull();
  });

  it("un collegamento a un obiettivo senza figli è un errore con la cella del KPI", () => {
    const link = linkKpi("100% >", "B.1");
    const r = computePlan(
      plan(
        objective("A.1", null, [link]),
        objective("B.1", null, [kpi({ peso: "100%", target: ">= 1", consuntivo: "1" })])
      )
    );
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        severity: "errore",
        code: "collegamento-senza-figli",
        sheet: SHEET,
        cell: link.cells.name,
      })
    );
    expect(perf(r, "A.1")).toBeNull();
  });

  it("un ciclo tra collegamenti è un errore con la cella, mai zero", () => {
    const r = computePlan(
      plan(
        objective("X", null, [], null, "area"),
        objective("X.1", "X", [linkKpi("100%", "Y")]),
        objective("Y", null, [], null, "area"),
        objective("Y.1", "Y", [linkKpi("100%", "X")])
      )
    );
    const cycle = r.problems.filter((p) => p.code === "collegamento-circolare");
    expect(cycle.length).toBeGreaterThan(0);
    for (const p of cycle) {
      expect(p).toMatchObject({ severity: "errore", sheet: SHEET, cell: expect.stringMatching(/^A\d+$/) });
      expect(p.message).toMatch(/^Collegamento circolare tra obiettivi: .+ → .+/);
    }
    for (const code of ["X", "X.1", "Y", "Y.1"]) expect(perf(r, code)).toBeNull();
    expect(r.kpis.every((k) => k.performance === null)).toBe(true);
  });
});

describe("obiettivi senza KPI, aree ed ente (DOMAIN §5)", () => {
  it("003: obiettivo strategico = media semplice degli operativi; area pesata; ente = media delle aree", () => {
    const r = computePlan(
      plan(
        objective("01", null, [], null, "area"),
        objective("01_01", "01", [], "16,66 %", "strategico"),
        objective(
          "01_01_01",
          "01_01",
          [kpi({ peso: "100,00 %", target: ">= 10,00 N.", consuntivo: "10,00 N." })],
          null,
          "operativo"
        ),
        objective(
          "01_01_02",
          "01_01",
          [kpi({ peso: "100,00 %", target: ">= 10,00 N.", consuntivo: "9,074 N." })],
          null,
          "operativo"
        ),
        objective("01_02", "01", [], "83,34 %", "strategico"),
        objective(
          "01_02_01",
          "01_02",
          [kpi({ peso: "100,00 %", target: ">= 10,00 N.", consuntivo: "8,00 N." })],
          null,
          "operativo"
        ),
        objective("02", null, [], null, "area"),
        objective("02_01", "02", [], null, "strategico"),
        objective(
          "02_01_01",
          "02_01",
          [kpi({ peso: "100,00 %", target: ">= 10,00 N.", consuntivo: "10,00 N." })],
          null,
          "operativo"
        )
      )
    );
    expect(perf(r, "01_01")).toBeCloseTo((1 + 0.9074) / 2, 12);
    expect(perf(r, "01")).toBeCloseTo(0.1666 * ((1 + 0.9074) / 2) + 0.8334 * 0.8, 12);
    expect(r.ente.performance).toBeCloseTo(((perf(r, "01") as number) + 1) / 2, 12);
    expect(r.objectives.find((o) => o.code === "01_01")).toMatchObject({
      basis: "figli",
      childCodes: ["01_01_01", "01_01_02"],
    });
    expect(r.problems).toEqual([]);
  });

  it("le aree pesate danno un ente pesato", () => {
    const r = computePlan(
      plan(
        objective("A", null, [kpi({ peso: "100%", target: ">= 10", consuntivo: "5" })], "40%", "area"),
        objective("B", null, [kpi({ peso: "100%", target: ">= 10", consuntivo: "10" })], "60%", "area")
      )
    );
    expect(r.ente.performance).toBeCloseTo(0.4 * 0.5 + 0.6 * 1, 12);
  });
});

describe("errori e avvisi dei KPI, con foglio e cella (DOMAIN §3, §5)", () => {
  it("un consuntivo illeggibile blocca l'obiettivo con un errore sulla cella del consuntivo", () => {
    const bad = kpi({ peso: "50%", target: ">= 10,00 N.", consuntivo: "circa 8" });
    const r = computePlan(
      plan(objective("B.2", null, [bad, kpi({ peso: "50%", target: ">= 10,00 N.", consuntivo: "10,00 N." })]))
    );
    expect(r.problems).toContainEqual({
      severity: "errore",
      code: "consuntivo-non-leggibile",
      message: 'Consuntivo non leggibile: "circa 8". Atteso un numero, una percentuale, una data o sì/no.',
      sheet: SHEET,
      cell: bad.cells.actual,
    });
    expect(r.objectives[0]).toMatchObject({ performance: null, blocked: true, status: "DA VALUTARE" });
    expect(r.problems).toContainEqual(expect.objectContaining({ severity: "errore", code: "obiettivo-non-calcolato" }));
  });

  it("un target 'Anno di rilevazione' è escluso dalla media con un avviso sulla cella del target", () => {
    const base = kpi({ peso: "50%", target: "Anno di rilevazione", consuntivo: "12,00" });
    const r = computePlan(
      plan(objective("B.3", null, [base, kpi({ peso: "50%", target: ">= 10,00 N.", consuntivo: "5,00 N." })]))
    );
    expect(r.objectives[0].performance).toBeCloseTo(0.5, 12);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        severity: "avviso",
        code: "target-non-calcolabile",
        sheet: SHEET,
        cell: base.cells.target,
      })
    );
  });

  it("direzione mancante: errore sulla cella del peso", () => {
    const k = kpi({ peso: "100%", target: "10,00", consuntivo: "5,00" });
    const r = computePlan(plan(objective("C.1", null, [k])));
    expect(r.problems).toContainEqual(
      expect.objectContaining({ severity: "errore", code: "direzione-mancante", cell: k.cells.weight })
    );
  });

  it("il metodo di un singolo KPI (colonna Metodo) prevale su quello del foglio", () => {
    const r = computePlan(
      plan(
        objective("D.2", null, [
          kpi({ peso: "50%", target: ">= 20,00 N.", consuntivo: "19,00 N.", method: "binario" }),
          kpi({ peso: "50%", target: ">= 20,00 N.", consuntivo: "19,00 N." }),
        ])
      )
    );
    expect(r.kpis.map((k) => k.performance)).toEqual([0, 0.95]);
  });

  it("un codice ripetuto è unito alla prima riga con un avviso; un padre sconosciuto rende l'obiettivo di primo livello", () => {
    const r = computePlan(
      plan(
        objective("E.1", null, [kpi({ peso: "50%", target: ">= 10", consuntivo: "10" })]),
        objective("E.1", null, [kpi({ peso: "50%", target: ">= 10", consuntivo: "5" })]),
        objective("F.1.1", "F.1", [kpi({ peso: "100%", target: ">= 10", consuntivo: "10" })])
      )
    );
    expect(perf(r, "E.1")).toBeCloseTo(0.75, 12);
    expect(r.problems.map((p) => p.code).sort()).toEqual(["codice-duplicato", "padre-sconosciuto"]);
    expect(r.objectives.find((o) => o.code === "F.1.1")?.parentCode).toBeNull();
  });
});

describe("DOMAIN §1: a consuntivo marked not available is excluded and listed", () => {
  it("n.d in the consuntivo cell gives an avviso naming the cell, and the KPI leaves the mean", () => {
    const { computePlan } = require("../../src/engine") as typeof import("../../src/engine");
    const result = computePlan({
      sheet: "Piano",
      objectives: [
        {
          code: "B.2",
          name: "Obiettivo",
          level: "strategico",
          weight: null,
          parentCode: null,
          sheet: "Piano",
          row: 47,
          cells: {},
          kpis: [
            {
              id: "Piano!48",
              name: "KPI a",
              weight: 0.5,
              direction: ">=",
              target: { kind: "number", value: 10, percent: false },
              actual: { kind: "unavailable", text: "n.d" },
              sheet: "Piano",
              row: 48,
              cells: { actual: "G48" },
            },
            {
              id: "Piano!49",
              name: "KPI b",
              weight: 0.5,
              direction: ">=",
              target: { kind: "number", value: 10, percent: false },
              actual: { kind: "number", value: 8, percent: false },
              sheet: "Piano",
              row: 49,
              cells: { actual: "G49" },
            },
          ],
        },
      ],
    });
    expect(result.objectives[0].performance).toBeCloseTo(0.8, 12);
    const p = result.problems.find((x) => x.code === "consuntivo-non-disponibile");
    expect(p).toMatchObject({ severity: "avviso", sheet: "Piano", cell: "G48" });
    expect(p?.message).toContain("n.d");
  });
});

describe("a KPI without a target", () => {
  it("is an error at its target cell even when the consuntivo is empty too, and its objective is not computed", () => {
    const { computePlan } = require("../../src/engine") as typeof import("../../src/engine");
    const result = computePlan({
      sheet: "Piano",
      objectives: [
        {
          code: "A.1",
          name: "Obiettivo",
          level: "strategico",
          weight: null,
          parentCode: null,
          sheet: "Piano",
          row: 3,
          cells: {},
          kpis: [
            {
              id: "Piano!4",
              name: "KPI senza target",
              weight: 1,
              direction: ">=",
              target: { kind: "empty" },
              actual: { kind: "empty" },
              sheet: "Piano",
              row: 4,
              cells: { target: "F4", actual: "G4" },
            },
          ],
        },
      ],
    });
    expect(result.problems.find((p) => p.code === "target-mancante")).toMatchObject({
      severity: "errore",
      sheet: "Piano",
      cell: "F4",
    });
    expect(result.problems.some((p) => p.code === "consuntivo-vuoto")).toBe(false);
    expect(result.objectives[0].performance).toBeNull();
  });
});

describe("a plan with nothing measured yet", () => {
  it("does not repeat 'nessun KPI disponibile' for every objective", () => {
    const { computePlan } = require("../../src/engine") as typeof import("../../src/engine");
    const kpi = (row: number) => ({
      id: `P!${row}`,
      name: `KPI ${row}`,
      weight: null,
      direction: ">=" as const,
      target: { kind: "number" as const, value: 1, percent: false },
      actual: { kind: "empty" as const },
      unavailable: true,
      sheet: "P",
      row,
      cells: {},
    });
    const obj = (code: string, row: number) => ({
      code,
      name: code,
      level: "strategico" as const,
      weight: null,
      parentCode: null,
      sheet: "P",
      row,
      cells: { name: `A${row}` },
      kpis: [kpi(row + 1)],
    });
    const nothing = computePlan({ sheet: "P", objectives: [obj("1", 2), obj("2", 4)] });
    expect(nothing.problems.filter((p) => p.code === "nessun-kpi-disponibile")).toEqual([]);
    expect(nothing.ente.performance).toBeNull();
    const some = computePlan({
      sheet: "P",
      objectives: [
        obj("1", 2),
        {
          ...obj("2", 4),
          kpis: [{ ...kpi(5), unavailable: false, actual: { kind: "number" as const, value: 1, percent: false } }],
        },
      ],
    });
    expect(some.problems.filter((p) => p.code === "nessun-kpi-disponibile").map((p) => p.cell)).toEqual(["A2"]);
  });
});

describe("children with weights on some of them only", () => {
  it("leaves the parent and the ente uncomputed, reported once at the child without a weight, and says why the ente is missing", () => {
    const { computePlan } = require("../../src/engine") as typeof import("../../src/engine");
    const k = (row: number, actual: number) => ({
      id: `P!${row}`,
      name: `KPI ${row}`,
      weight: null,
      direction: ">=" as const,
      target: { kind: "number" as const, value: 10, percent: false },
      actual: { kind: "number" as const, value: actual, percent: false },
      sheet: "P",
      row,
      cells: {},
    });
    const r = computePlan({
      sheet: "P",
      objectives: [
        {
          code: "A",
          name: "Area",
          level: "area",
          weight: null,
          parentCode: null,
          sheet: "P",
          row: 2,
          cells: { name: "A2" },
          kpis: [],
        },
        {
          code: "A.1",
          name: "Uno",
          level: "strategico",
          weight: 0.8,
          parentCode: "A",
          sheet: "P",
          row: 3,
          cells: { name: "A3", weight: "C3" },
          kpis: [k(4, 10)],
        },
        {
          code: "A.2",
          name: "Due",
          level: "strategico",
          weight: null,
          parentCode: "A",
          sheet: "P",
          row: 5,
          cells: { name: "A5" },
          kpis: [k(6, 5)],
        },
      ],
    });
    expect(r.objectives.map((o) => [o.code, o.performance])).toEqual([
      ["A", null],
      ["A.1", 1],
      ["A.2", 0.5],
    ]);
    expect(r.ente.performance).toBeNull();
    expect(r.problems.filter((p) => p.code === "pesi-parziali")).toEqual([
      expect.objectContaining({ severity: "errore", sheet: "P", cell: "A5" }),
    ]);
    expect(r.problems.filter((p) => p.code === "ente-non-calcolato")).toEqual([
      expect.objectContaining({ severity: "errore", sheet: "P", cell: "A2" }),
    ]);
  });
});
