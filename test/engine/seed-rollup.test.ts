/**
 * computePlan on the whole trees of 000 (Lecce 2019) and 003 (Pistoia-Prato 2022), built from the
 * documents' cells, against every objective, area, link KPI and ente figure the documents print.
 */
import { KpiResult, ObjectiveResult, PlanResult, computePlan, parseCell } from "../../src/engine";
import { SEED_KPIS, SeedObjective, UNAVAILABLE_KPIS } from "./helpers/seed-data";
import { buildSeedPlan, seedObjectives, sheetOf } from "./helpers/seed-plan";

const pp = (fraction: number | null): number | null => (fraction === null ? null : fraction * 100);

/** 0,01 pp unless the document's own rounding does not allow it (then DOMAIN's 0,05 pp, with why). */
const DOCUMENT_TOLERANCE: Record<string, { pp: number; why: string }> = {
  "000:A.1": {
    pp: 0.05,
    why: "DOMAIN §5: stampato 57,55% da valori non arrotondati; KPI302 (000:L8) ha il consuntivo letto male dall'OCR",
  },
};

const results: Record<"000" | "003", PlanResult> = {
  "000": computePlan(buildSeedPlan("000", { asPrinted: true })),
  "003": computePlan(buildSeedPlan("003", { asPrinted: true })),
};

function objectiveResult(seed: "000" | "003", code: string): ObjectiveResult {
  const r = results[seed].objectives.find((o) => o.code === code);
  if (!r) throw new Error(`${seed}: ${code} missing from the result`);
  return r;
}

function kpiResult(seed: "000" | "003", id: string): KpiResult {
  const r = results[seed].kpis.find((k) => k.id === id);
  if (!r) throw new Error(`${seed}: KPI ${id} missing from the result`);
  return r;
}

const printed = (["000", "003"] as const).flatMap((seed) =>
  seedObjectives(seed)
    .filter((o) => o.printed_performance !== null)
    .map((o) => ({ seed, o, tolerance: DOCUMENT_TOLERANCE[`${seed}:${o.code}`] ?? { pp: 0.01, why: "" } }))
);

describe("obiettivi stampati da 000 e 003", () => {
  it("sono 14 in 000 (DOMAIN §5: 14/14) e 57 in 003 (46 operativi, 8 strategici, 3 aree; l'ente sotto)", () => {
    expect(printed.filter((p) => p.seed === "000").length).toBe(14);
    expect(printed.filter((p) => p.seed === "003" && p.o.level === "operational").length).toBe(46);
    expect(printed.filter((p) => p.seed === "003" && p.o.level === "strategic").length).toBe(8);
    expect(printed.filter((p) => p.seed === "003" && p.o.level === "area").length).toBe(3);
  });

  it.each(
    printed.map(({ seed, o, tolerance }) => [
      seed,
      o.code,
      o.level,
      o.printed_performance,
      tolerance.pp,
      tolerance.why,
      o,
    ])
  )("%s %s (%s) = %s%% entro %s pp %s", (seed, code, _level, figure, tolerance) => {
    const r = objectiveResult(seed as "000" | "003", code as string);
    expect(r.blocked).toBe(false);
    expect(Math.abs((pp(r.performance) as number) - (figure as number))).toBeLessThanOrEqual(
      (tolerance as number) + 1e-9
    );
  });

  it("003: ente 97,98% = media semplice delle aree 97,51%, 97,37%, 99,05% (entro 0,01 pp)", () => {
    const areas = ["01", "02", "03"].map((c) => pp(objectiveResult("003", c).performance) as number);
    expect(Math.abs((pp(results["003"].ente.performance) as number) - 97.98)).toBeLessThanOrEqual(0.01);
    expect(pp(results["003"].ente.performance)).toBeCloseTo((areas[0] + areas[1] + areas[2]) / 3, 10);
    expect(results["003"].ente.status).toBe("RAGGIUNTO");
    expect(results["003"].ente.colour).toBe("verde");
  });
});

describe("003: obiettivi strategici = media semplice dei loro operativi (8/8)", () => {
  const strategic = seedObjectives("003").filter((o) => o.level === "strategic");
  it("sono 8", () => expect(strategic.length).toBe(8));
  it.each(strategic.map((o) => [o.code, o.printed_performance, o]))("%s = %s%%", (_code, _figure, o: SeedObjective) => {
    const r = objectiveResult("003", o.code);
    const children = o.child_codes.map((c) => objectiveResult("003", c).performance as number);
    expect(r.basis).toBe("figli");
    expect(r.performance).toBeCloseTo(children.reduce((s, p) => s + p, 0) / children.length, 12);
  });
  it("l'area 01 pesa i suoi obiettivi strategici (16,66% × 5 + 16,70%)", () => {
    const area = seedObjectives("003").find((o) => o.code === "01")!;
    const kids = area.child_codes.map((c) => seedObjectives("003").find((o) => o.code === c)!);
    const sum = kids.reduce((s, k) => s + (k.weight as number), 0);
    const weighted = kids.reduce(
      (s, k) => s + (k.weight as number) * (objectiveResult("003", k.code).performance as number),
      0
    );
    expect(sum).toBeCloseTo(100, 10);
    expect(objectiveResult("003", "01").performance).toBeCloseTo(weighted / sum, 12);
  });
});

describe("000: rinormalizzazione dei pesi", () => {
  it("A.1.1: KPI264 'kpi non disponibile' escluso, tre KPI al 100% → 100% (non 75%)", () => {
    const kpi264 = kpiResult("000", "000:L10");
    expect(kpi264.excluded).toBe(true);
    expect(kpi264.performance).toBeNull();
    expect(kpi264.status).toBe("DA VALUTARE");
    expect(objectiveResult("000", "A.1.1").performance).toBe(1);
  });
  it("A.1.2.2: KPI250 non disponibile, resta KPIIM220 al 10% → 10%", () => {
    expect(kpiResult("000", "000:L18").excluded).toBe(true);
    expect(pp(objectiveResult("000", "A.1.2.2").performance)).toBeCloseTo(10, 10);
  });
  it("A.3.1.2 e C.1.2 senza KPI disponibili: nessuna performance, avviso con foglio e cella", () => {
    for (const code of ["A.3.1.2", "C.1.2"]) {
      expect(objectiveResult("000", code).performance).toBeNull();
      expect(objectiveResult("000", code).status).toBe("DA VALUTARE");
      const p = results["000"].problems.find((x) => x.code === "nessun-kpi-disponibile" && x.message.includes(code));
      expect(p).toMatchObject({ severity: "avviso", sheet: sheetOf("000") });
      expect(p?.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });
});

describe("000: KPI di collegamento (media ponderata degli obiettivi figli)", () => {
  const links = [...SEED_KPIS, ...UNAVAILABLE_KPIS].filter((r) => r.id.startsWith("000") && r.is_link);
  it("sono 11 (DOMAIN §5: 11/11)", () => expect(links.length).toBe(11));
  it.each(links.map((r) => [r.id, r.objective_code, r.link_code ?? "(il proprio obiettivo)", r.actual_cell, r]))(
    "%s in %s → %s: consuntivo %s (entro 0,01 pp)",
    (id, _objective, _target, actualCell) => {
      const k = kpiResult("000", id as string);
      const documented = parseCell(actualCell as string);
      if (documented.kind !== "number") throw new Error("printed consuntivo is not a number");
      expect(k.isLink).toBe(true);
      expect(Math.abs((pp(k.linkActual) as number) - documented.value * 100)).toBeLessThanOrEqual(0.01);
      expect(k.performance).toBe(Math.min(1, k.linkActual as number));
    }
  );
  it("A.1.2 = media di A.1.2.1 (100%), A.1.2.2 (10%), A.1.2.3 (65,47%) = 58,49%", () => {
    const kids = ["A.1.2.1", "A.1.2.2", "A.1.2.3"].map((c) => objectiveResult("000", c).performance as number);
    expect(kpiResult("000", "000:L14").linkActual).toBeCloseTo((kids[0] + kids[1] + kids[2]) / 3, 12);
    expect(Math.abs((pp(objectiveResult("000", "A.1.2").performance) as number) - 58.49)).toBeLessThanOrEqual(0.01);
  });
  it("D.1: KPI267 senza codice nel nome prende la media dei figli di D.1: (64,30% + 100%) / 2 = 82,15%", () => {
    const k = kpiResult("000", "000:L79");
    expect(k.objectiveCode).toBe("D.1");
    expect(Math.abs((pp(k.linkActual) as number) - 82.15)).toBeLessThanOrEqual(0.01);
  });
  it("A.3.1: il figlio A.3.1.2 senza KPI disponibili è lasciato fuori: (0% + 95%) / 2 = 47,50%", () => {
    expect(pp(kpiResult("000", "000:L48").linkActual)).toBeCloseTo(47.5, 10);
  });
});

describe("controllo dei pesi sui documenti", () => {
  it("000 A.1.2.3: 33% × 3 = 99% è un errore con codice, foglio, celle e somma", () => {
    const p = results["000"].problems.find((x) => x.code === "pesi-non-100" && x.message.includes("A.1.2.3"));
    expect(p).toEqual({
      severity: "errore",
      code: "pesi-non-100",
      message: "I pesi di A.1.2.3 sommano a 99,00% invece di 100%.",
      sheet: "Piano 2019",
      cell: "E20",
      cells: ["E20", "E21", "E22"],
    });
  });
  it("003: nessun errore di pesi (16,66% × 5 + 16,70%, 7,14% × 14 entro 0,1 pp)", () => {
    expect(results["003"].problems.filter((p) => p.code === "pesi-non-100")).toEqual([]);
  });
});

describe("003 con le regole del motore sulle righe che nessuna regola spiega", () => {
  const byRule = computePlan(buildSeedPlan("003", { asPrinted: false }));
  const figure = (code: string) => pp(byRule.objectives.find((o) => o.code === code)!.performance) as number;
  it("03_01_06: ACCOUNT_01 (peso 11,10%, stampato 98,62%) vale 0% → 99,85% − 11,10% × 98,62% ≈ 88,90%", () => {
    const kpis = buildSeedPlan("003").objectives.find((o) => o.code === "03_01_06")!.kpis;
    const sum = kpis.reduce((s, k) => s + (k.weight ?? 0), 0);
    const asPrinted = pp(objectiveResult("003", "03_01_06").performance) as number;
    expect(figure("03_01_06")).toBeCloseTo(asPrinted - (0.111 * 98.62) / sum, 10);
    expect(Math.abs(figure("03_01_06") - 88.9)).toBeLessThanOrEqual(0.01);
  });
  it("gli obiettivi che non le contengono restano quelli stampati", () => {
    for (const o of seedObjectives("003").filter((x) => /^0[12]_/.test(x.code) && x.printed_performance !== null)) {
      expect(Math.abs(figure(o.code) - (o.printed_performance as number))).toBeLessThanOrEqual(0.01);
    }
  });
});
