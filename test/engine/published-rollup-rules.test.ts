/**
 * DOMAIN.md §4b on whole plans: band tables checked with their cells, strict thresholds, rating
 * letters, re-proportioned weights, the four modes for an empty consuntivo, and the explanation of
 * every objective.
 */
import {
  BandTable,
  checkBandTable,
  colourOf,
  computePlan,
  kpiStatusOf,
  objectiveStatusOf,
  parseRatingScale,
  ratingOf,
} from "../../src/engine";
import { SHEET, kpi, linkKpi, objective, plan } from "./helpers/plan-builder";
import { ADE, ADE_PUBLISHED } from "./helpers/band-tables";

const pp = (f: number) => f / 100;
const incl = (v: number) => ({ value: pp(v), included: true });
const excl = (v: number) => ({ value: pp(v), included: false });

describe("tabelle delle fasce controllate: errori che nominano le celle della tabella", () => {
  const table = (bands: BandTable["bands"]): BandTable => ({ name: "T", sheet: "Fasce", bands });
  it.each<[string, BandTable, number | null, string, string[], string]>([
    [
      "decreto di correzione di un SMVP: «da 76% a 90% … tra p. 15 e p. 18, e … da 91% a 100% … tra p. 17 e p. 20»",
      table([
        { from: incl(0), to: excl(76), score: 0, cell: "B3:E3" },
        { from: incl(76), to: incl(90), score: 15, scoreTo: 18, cell: "B4:E4" },
        { from: incl(91), to: incl(100), score: 17, scoreTo: 20, cell: "B5:E5" },
      ]),
      1,
      "fasce-non-monotone",
      ["B4:E4", "B5:E5"],
      "non sono in ordine",
    ],
    [
      "lo stesso decreto: tra 90% e 91% nessuna fascia",
      table([
        { from: incl(0), to: incl(90), score: 0, cell: "B4:E4" },
        { from: incl(91), to: null, score: 1, cell: "B5:E5" },
      ]),
      1,
      "fasce-scoperte",
      ["B4:E4", "B5:E5"],
      "tra 90% e 91%",
    ],
    [
      "Agenzia delle Entrate come pubblicata: 110–131 scoperto",
      { ...ADE, bands: ADE_PUBLISHED },
      null,
      "fasce-scoperte",
      ["A3:D3", "A4:D4"],
      "tra 110% e 131%",
    ],
    [
      "fasce sovrapposte",
      table([
        { from: incl(0), to: incl(50), score: 0, cell: "A2:C2" },
        { from: incl(40), to: null, score: 1, cell: "A3:C3" },
      ]),
      1,
      "fasce-sovrapposte",
      ["A2:C2", "A3:C3"],
      "si sovrappongono",
    ],
    [
      "limite in comune con due punteggi diversi",
      table([
        { from: null, to: incl(90), score: 0, cell: "A2:C2" },
        { from: incl(90), to: null, score: 1, cell: "A3:C3" },
      ]),
      1,
      "fasce-sovrapposte",
      ["A2:C2", "A3:C3"],
      "due punteggi",
    ],
    [
      "limite escluso da entrambe",
      table([
        { from: null, to: excl(90), score: 0, cell: "A2:C2" },
        { from: excl(90), to: null, score: 1, cell: "A3:C3" },
      ]),
      1,
      "fasce-scoperte",
      ["A2:C2", "A3:C3"],
      "il risultato 90%",
    ],
    [
      "punteggio che scende dentro la fascia",
      table([{ from: null, to: null, score: 0.8, scoreTo: 0.6, cell: "A2:D2" }]),
      1,
      "fascia-non-valida",
      ["A2:D2"],
      "proporzionale",
    ],
    [
      "proporzionale senza un limite",
      table([{ from: incl(0), to: null, score: 0.6, scoreTo: 0.8, cell: "A2:D2" }]),
      null,
      "fascia-non-valida",
      ["A2:D2"],
      "entrambi i limiti",
    ],
    [
      "non copre sotto il primo limite",
      table([{ from: incl(50), to: null, score: 1, cell: "A2:C2" }]),
      1,
      "fasce-scoperte",
      ["A2:C2"],
      "sotto 50%",
    ],
    [
      "senza tetto, non copre sopra 100%",
      table([{ from: null, to: incl(100), score: 1, cell: "A2:C2" }]),
      null,
      "fasce-scoperte",
      ["A2:C2"],
      "oltre 100%",
    ],
  ])("%s", (_source, t, cap, code, cells, text) => {
    const problems = checkBandTable(t, cap);
    const found = problems.find((p) => p.code === code);
    expect(found).toMatchObject({ severity: "errore", sheet: t.sheet, cells });
    expect(found?.message).toContain(text);
  });

  it.each<[string, BandTable, number | null]>([
    ["AdE con la fascia 110–131 resa esplicita, senza tetto", ADE, null],
    [
      "fasce contigue con limite escluso da una sola",
      {
        name: "X",
        bands: [
          { from: null, to: excl(90), score: 0 },
          { from: incl(90), to: null, score: 1 },
        ],
      },
      1,
    ],
    [
      "limite in comune con lo stesso punteggio (scala continua)",
      {
        name: "Y",
        bands: [
          { from: incl(0), to: incl(90), score: 0, scoreTo: 0.6 },
          { from: incl(90), to: null, score: 0.6, scoreTo: 0.6 },
        ],
      },
      1,
    ],
  ])("nessun errore: %s", (_what, t, cap) => {
    expect(checkBandTable(t, cap)).toEqual([]);
  });

  it("in un piano: la tabella difettosa è elencata con le sue celle e nessun KPI è calcolato con essa", () => {
    const published = { ...ADE, bands: ADE_PUBLISHED };
    const r = computePlan(plan(objective("A.1", null, [kpi({ peso: "100%", target: ">= 100", consuntivo: "97" })])), {
      cap: null,
      bands: "AdE",
      bandTables: [published],
    });
    expect(r.problems.map((p) => p.code)).toEqual(
      expect.arrayContaining(["fasce-scoperte", "fasce-non-valide", "obiettivo-non-calcolato"])
    );
    expect(r.problems.find((p) => p.code === "fasce-scoperte")).toMatchObject({
      sheet: "Fasce",
      cells: ["A3:D3", "A4:D4"],
    });
    expect(r.objectives[0].performance).toBeNull();
  });

  it("una tabella predefinita che non esiste è un errore, non un calcolo senza fasce", () => {
    const r = computePlan(plan(objective("A.1", null, [kpi({ peso: "100%", target: ">= 100", consuntivo: "97" })])), {
      bands: "AdE",
    });
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(["fasce-non-definite", "fasce-non-valide"]));
    expect(r.objectives[0].performance).toBeNull();
  });
});

describe("soglie strette: «raggiunto: superiore al 90%; parzialmente: tra il 70% e il 90%; non raggiunto: inferiore al 70%» (Allegato A 2013 di una camera)", () => {
  const strict = { yellow: 0.7, green: 0.9, strict: "verde" as const };
  it.each<[number, string, string]>([
    [90.01, "RAGGIUNTO", "IN LINEA"],
    [90, "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    [80, "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    [70, "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    [69.99, "NON RAGGIUNTO", "FUORI TARGET"],
  ])("%s%% → %s", (p, objectiveLabel, kpiLabel) => {
    expect(objectiveStatusOf(pp(p), strict)).toBe(objectiveLabel);
    expect(kpiStatusOf(pp(p), strict)).toBe(kpiLabel);
  });
  it("90% calcolato come 0,9 + 1e-12 non è «superiore al 90%»; con soglie non strette è verde", () => {
    expect(colourOf(0.9 + 1e-12, strict)).toBe("giallo");
    expect(colourOf(0.9, { yellow: 0.7, green: 0.9 })).toBe("verde");
  });
  it("«tutte»: anche 70% esatto è sotto la soglia gialla", () => {
    expect(objectiveStatusOf(0.7, { ...strict, strict: "tutte" })).toBe("NON RAGGIUNTO");
  });
  it("nel piano: impostazione strictThresholds con soglie 70/90", () => {
    const r = computePlan(plan(objective("A.1", null, [kpi({ peso: "100%", target: ">= 100", consuntivo: "90" })])), {
      thresholds: { yellow: 0.7, green: 0.9 },
      strictThresholds: "verde",
    });
    expect(r.objectives[0]).toMatchObject({ performance: 0.9, status: "PARZIALMENTE RAGGIUNTO", colour: "giallo" });
  });
});

describe("livelli a lettere (SMVP di un comune): E < 70%, D 70–79,99%, C 80–89,99%, B 90–94,99%, A ≥ 95%", () => {
  const parsed = parseRatingScale("A 95%; B 90%; C 80%; D 70%; E 0%");
  if (!parsed.ok) throw new Error(parsed.message);
  it.each<[number, string]>([
    [100, "A"],
    [95, "A"],
    [94.99, "B"],
    [90, "B"],
    [89.99, "C"],
    [80, "C"],
    [79.99, "D"],
    [70, "D"],
    [69.99, "E"],
    [0, "E"],
  ])("%s%% → %s", (p, letter) => {
    expect(ratingOf(pp(p), parsed.scale)).toBe(letter);
  });
  it("nel piano, accanto al colore", () => {
    const r = computePlan(plan(objective("A.1", null, [kpi({ peso: "100%", target: ">= 100", consuntivo: "92" })])), {
      rating: parsed.scale,
    });
    expect(r.objectives[0]).toMatchObject({ rating: "B", colour: "verde" });
    expect(r.kpis[0].rating).toBe("B");
    expect(r.ente.rating).toBe("B");
  });
  it.each<[string, string]>([
    ["A 95%; B 96%; E 0%", "devono scendere"],
    ["A 95%; B 90%", "deve partire da 0%"],
    ["A; B 90%", "non è un livello"],
    ["", "almeno un livello"],
  ])("scala non valida %j → %s", (text, message) => {
    const r = parseRatingScale(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });
});

describe("pesi che non sommano a 100%", () => {
  // Relazione 2015 di un'ATER: "peso ponderale calcolato 4,44 … effettivo 10 … fattore di conversione 2,2523":
  // pesi che danno 4,44 punti su 10, cioè 44,4% invece di 100%.
  const ater = () =>
    plan(
      objective("A.1", null, [
        kpi({ peso: "22,2%", target: ">= 100", consuntivo: "80" }),
        kpi({ peso: "22,2%", target: ">= 100", consuntivo: "100" }),
      ])
    );
  it("riproporzionati: avviso con il fattore 2,2523 (4,44 → 10), la stessa media", () => {
    const r = computePlan(ater(), { weightSum: "riproporziona" });
    expect(r.problems).toEqual([
      {
        severity: "avviso",
        code: "pesi-riproporzionati",
        message: "I pesi di A.1 sommano a 44,40%: riproporzionati a 100% con fattore di conversione 2,2523.",
        sheet: SHEET,
        cell: expect.any(String),
        cells: expect.any(Array),
      },
    ]);
    expect(r.objectives[0].performance).toBeCloseTo(0.9, 12);
    expect(r.objectives[0].trace.map((s) => s.text)).toEqual([
      "pesi riproporzionati: la somma dei pesi considerati è 44,4%, fattore di conversione 2,2523 (100% / 44,4%)",
      "media ponderata: (22,2% × 80,00% + 22,2% × 100,00%) / 44,4% = 90,00%",
    ]);
  });
  it("predefinito: errore", () => {
    expect(computePlan(ater()).problems.map((p) => [p.severity, p.code])).toEqual([["errore", "pesi-non-100"]]);
  });
});

describe("consuntivo vuoto: le quattro modalità (GZOOM)", () => {
  const twoKpis = () =>
    plan(
      objective("A", null, [], "50%"),
      objective(
        "A.1",
        "A",
        [
          kpi({ peso: "50%", target: ">= 100", consuntivo: "" }),
          kpi({ peso: "50%", target: ">= 100", consuntivo: "80" }),
        ],
        "50%"
      ),
      objective("A.2", "A", [kpi({ peso: "100%", target: ">= 100", consuntivo: "100" })], "50%")
    );
  const at = (r: ReturnType<typeof computePlan>, code: string) => r.objectives.find((o) => o.code === code)!;
  it.each<[string, "zero" | "escludi" | "errore" | "non-calcolato", number | null, number | null, string, string]>([
    ["0% con avviso (predefinito)", "zero", 0.4, 0.7, "consuntivo-vuoto", "avviso"],
    ["escluso", "escludi", 0.8, 0.9, "consuntivo-vuoto", "avviso"],
    ["errore bloccante", "errore", null, null, "consuntivo-vuoto-bloccante", "errore"],
    ["obiettivo non calcolato", "non-calcolato", null, 1, "consuntivo-vuoto", "avviso"],
  ])("%s", (_what, emptyActual, a1, a, code, severity) => {
    const r = computePlan(twoKpis(), { emptyActual });
    expect(at(r, "A.1").performance).toBe(a1);
    const parent = at(r, "A").performance;
    if (a === null) expect(parent).toBeNull();
    else expect(parent).toBeCloseTo(a, 12);
    expect(r.problems.find((p) => p.code === code)?.severity).toBe(severity);
  });
});

describe("la spiegazione degli obiettivi", () => {
  it("000 A.1 = 50% × 87,72% + 50% × 27,34% = 57,53%", () => {
    const r = computePlan(
      plan(
        objective("A.1", null, [
          kpi({ peso: "50% >", target: "100,00%", consuntivo: "87,72%" }),
          kpi({ peso: "50% >", target: "100,00%", consuntivo: "27,34%" }),
        ])
      )
    );
    expect(r.objectives[0].trace.map((s) => s.text)).toEqual(["media ponderata: 50% × 87,72% + 50% × 27,34% = 57,53%"]);
  });
  it("000 A.1.1: KPI264 non disponibile escluso, pesi riproporzionati su 75%", () => {
    const k264 = { ...kpi({ peso: "25% >", target: "7,00", consuntivo: "", unavailable: true }), code: "KPI264" };
    const r = computePlan(
      plan(
        objective("A.1.1", null, [
          k264,
          kpi({ peso: "25% >", target: "2,00", consuntivo: "2,00" }),
          kpi({ peso: "50% >", target: "4,00", consuntivo: "25,00" }),
        ])
      )
    );
    const texts = r.objectives[0].trace.map((s) => s.text);
    expect(texts[0]).toBe(
      "KPI264 escluso: KPI non disponibile: il KPI è escluso dalla media e i pesi degli altri sono riproporzionati"
    );
    expect(texts[texts.length - 1]).toBe("media ponderata: (25% × 100,00% + 50% × 100,00%) / 75% = 100,00%");
  });
  it("peso 0% e media semplice dei figli; KPI di collegamento con la media dei figli", () => {
    const r = computePlan(
      plan(
        objective("A.2", null, [linkKpi("70%", null), kpi({ peso: "30%", target: ">= 10", consuntivo: "10" })]),
        objective("A.2.1", "A.2", [
          kpi({ peso: "100%", target: ">= 10", consuntivo: "8" }),
          kpi({ peso: "0%", target: ">= 10", consuntivo: "1" }),
        ]),
        objective("A.2.2", "A.2", [kpi({ peso: "100%", target: ">= 10", consuntivo: "10" })])
      )
    );
    const a21 = r.objectives.find((o) => o.code === "A.2.1")!;
    expect(a21.trace.map((s) => s.text)).toEqual([
      expect.stringMatching(/escluso: peso 0%$/),
      "media ponderata: 100% × 80,00% = 80,00%",
    ]);
    const link = r.kpis.find((k) => k.isLink)!;
    expect(link.trace.map((s) => s.text)).toEqual([
      "media dei figli di A.2: A.2.1, A.2.2",
      "media semplice: (80,00% + 100,00%) / 2 = 90,00%",
    ]);
    expect(r.objectives.find((o) => o.code === "A.2")!.trace.map((s) => s.text)).toEqual([
      expect.stringContaining("70% × 90,00% + 30% × 100,00% = 93,00%"),
    ]);
    expect(r.ente.trace.map((s) => s.text)).toEqual([
      "media dei figli di ente: A.2",
      "media semplice: (93,00%) / 1 = 93,00%",
    ]);
  });
  it("senza tetto, un obiettivo può superare 100%; il KPI di collegamento non è limitato", () => {
    const r = computePlan(
      plan(
        objective("A", null, [linkKpi("100%", null)]),
        objective("A.1", "A", [kpi({ peso: "100%", target: ">= 25", consuntivo: "25,7" })])
      ),
      { cap: null }
    );
    expect(r.objectives.find((o) => o.code === "A.1")!.performance).toBeCloseTo(1.028, 12);
    expect(r.objectives.find((o) => o.code === "A")!.performance).toBeCloseTo(1.028, 12);
  });
});

describe("la colonna «Metodo» accetta i nomi delle regole, anche combinati", () => {
  it.each<[string, string, string, string, number]>([
    ["Relazione 2011: senza tetto", "senza tetto", ">= 25", "25,7", 1.028],
    ["PERFORM+: rapporto", "Rapporto", "<= 25", "25,7", 25 / 25.7],
    ["combinate: senza tetto + rapporto", "senza tetto + rapporto", "<= 25", "20", 1.25],
    ["fasce della cartella", "senza tetto + fasce AdE", ">= 100", "97", 0.67],
  ])("%s", (_source, method, target, consuntivo, expected) => {
    const r = computePlan(plan(objective("A.1", null, [kpi({ peso: "100%", target, consuntivo, method })])), {
      bandTables: [ADE],
    });
    expect(r.problems).toEqual([]);
    expect(r.kpis[0].performance).toBeCloseTo(expected, 12);
    expect(r.objectives[0].performance).toBeCloseTo(expected, 12);
  });
  it("un nome sbagliato è un errore sulla cella del metodo (o del consuntivo), l'obiettivo non è calcolato", () => {
    const r = computePlan(
      plan(objective("A.1", null, [kpi({ peso: "100%", target: ">= 25", consuntivo: "20", method: "senza tetti" })]))
    );
    expect(r.problems.map((p) => p.code)).toEqual([
      "metodo-sconosciuto",
      "obiettivo-non-calcolato",
      "ente-non-calcolato",
    ]);
    expect(r.kpis[0].trace).toEqual([
      expect.objectContaining({ rule: "errore", text: expect.stringContaining("senza tetti") }),
    ]);
  });
});

describe("righe segnaposto (Relazione 2013 di una camera): peso 0 e nessun target non sono KPI", () => {
  it("«Kpi non definito» con peso 0% e target vuoto è escluso senza errori", () => {
    const r = computePlan(
      plan(
        objective("B.1", null, [
          kpi({ peso: "100%", target: ">= 10", consuntivo: "8" }),
          kpi({ peso: "0%", target: "", consuntivo: "", name: "Kpi non definito" }),
        ])
      )
    );
    expect(r.problems).toEqual([]);
    expect(r.objectives[0].performance).toBeCloseTo(0.8, 12);
    expect(r.kpis[1]).toMatchObject({ performance: null, excluded: true, status: "DA VALUTARE" });
    expect(r.objectives[0].trace.map((s) => s.text)[0]).toContain("riga segnaposto");
  });
  it("con un peso e senza target resta un errore: il target manca davvero", () => {
    const r = computePlan(plan(objective("B.1", null, [kpi({ peso: "100%", target: "", consuntivo: "8" })])));
    expect(r.problems.map((p) => p.code)).toContain("target-mancante");
  });
});
