/** DOMAIN.md §4: every scoring example, read from the cell texts the documents print. */
import { Direction, ScoringOptions, parseCell, parseTarget, scoreValue, serialFromYmd } from "../../src/engine";

/** Score a KPI from its cells' text; the direction comes from the target text or, as in 000, the Peso. */
function score(
  target: string,
  actual: string,
  weightDirection: Direction | null = null,
  method = "proporzionale",
  options?: ScoringOptions
) {
  const t = parseTarget(target);
  const result = scoreValue(t.value, parseCell(actual), t.direction ?? weightDirection, method, options);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

describe("proporzionale (DOMAIN §4), entro 0,01 pp", () => {
  it.each<[string, string, string, Direction | null, number]>([
    // higher is better: min(1, max(0, actual / target))
    ["003:L651 375 vs >= 400", ">= 400,00 N.", "375,00 N.", null, 93.75],
    ["000:L11 '> 2,00' con consuntivo 2,00", "2,00", "2,00", ">=", 100],
    ["000:L49 KPI293 consuntivo negativo −3,77% vs 2,00%", "2,00%", "-3,77%", ">=", 0],
    ["000:L106 KPI38 50% vs 75%", "75,00%", "50,00%", ">=", 66.6667],
    ["000:L12 oltre il target non supera 100%", "4,00", "25,00", ">=", 100],
    // lower is better: 1 − (actual − target) / target
    ["DOMAIN: 16,40 fte vs <= 14,00", "<= 14,00 fte", "16,40 fte", null, 82.8571],
    ["DOMAIN: 5 gg vs <= 3", "<= 3,00 gg", "5,00 gg", null, 33.3333],
    ["DOMAIN: 0,68 vs <= 0,30 → 0%", "<= 0,30 fte", "0,68 fte", null, 0],
    ["003:L646 sotto il target", "<= 2,00 fte", "0,57 fte", null, 100],
    // equal: 1 − |actual − target| / target
    ["003:L957 48.375 vs = 50.000", "= 50.000,00 N.", "48.375,00 N.", null, 96.75],
    ["003:L1198 98,90% vs = 100%", "= 100,00 %", "98,90 %", null, 98.9],
    ["= sopra il target scende come sotto", "= 50.000,00 N.", "51.625,00 N.", null, 96.75],
    // target ≤ 0: reached → 100%, else 0%
    ["000:L94 KPIM176 <= 0,00, consuntivo −5,85", "0,00", "-5,85", "<=", 100],
    ["003:L1042 >= −6%, consuntivo −2,32%", ">= -6,00 %", "-2,32 %", null, 100],
    ["003:L1127 = 0,00 con 0,00", "= 0,00 N.", "0,00 N.", null, 100],
    ["<= 0,00 mancato", "0,00", "3,00", "<=", 0],
    [">= −6% mancato", ">= -6,00 %", "-7,00 %", null, 0],
    // deadlines: 1 − days late / days from target to 31/12
    ["000:L22 KPI388 28/02/2019 vs 11/03/2019 = 1 − 11/306", "28/02/2019", "11/03/2019", "<=", (1 - 11 / 306) * 100],
    ["000:L20 KPI295 30/06/2019 vs 01/07/2020 → 0%", "30/06/2019", "01/07/2020", "<=", 0],
    ["000:L13 nel giorno della scadenza", "30/09/2019", "30/09/2019", "<=", 100],
    ["000:L104 prima della scadenza", "31/10/2019", "27/08/2019", "<=", 100],
    ["003:L1098 scadenza 31/12 mancata → 0% (nessuna divisione per zero)", "Entro 31/12/2022", "16/01/2023", null, 0],
    ["003 scadenza 'Entro' non consegnata (no) → 0%", "Entro 30/11/2022", "no", null, 0],
    // yes/no
    ["004 target 'si', consuntivo sì", "si", "sì", null, 100],
    ["004 target 'si', consuntivo no", "si", "no", null, 0],
  ])("%s → %s%%", (_from, target, actual, dir, expectedPp) => {
    expect(Math.abs(score(target, actual, dir).performance * 100 - expectedPp)).toBeLessThanOrEqual(0.01);
  });

  it("KPI301 13,16% vs 15,00% → 87,72% stampato, entro 0,05 pp (DOMAIN §4: la camera calcola dal valore non arrotondato)", () => {
    const p = score("15,00%", "13,16%", ">=").performance;
    expect(Math.abs(p * 100 - 87.72)).toBeLessThanOrEqual(0.05);
    expect(p).toBe(0.1316 / 0.15); // full precision is kept; only display rounds
  });

  it("0,1 + 0,2 raggiunge un target di 0,3 (tolleranza relativa 1e-9)", () => {
    const sum = 0.1 + 0.2;
    expect(sum).not.toBe(0.3);
    for (const dir of [">=", "<=", "="] as const) {
      const r = scoreValue(
        { kind: "number", value: 0.3, percent: false },
        { kind: "number", value: sum, percent: false },
        dir
      );
      expect(r).toEqual({ ok: true, performance: 1, reached: true });
    }
    const below = scoreValue(
      { kind: "number", value: 0.3, percent: false },
      { kind: "number", value: 0.3 - 1e-6, percent: false },
      ">="
    );
    expect(below).toMatchObject({ ok: true, reached: false });
  });

  it("scadenza come seriale Excel con formato data, come il consuntivo digitato", () => {
    const target = parseCell(serialFromYmd(2019, 2, 28), "dd/mm/yyyy");
    const r = scoreValue(target, parseCell("11/03/2019"), "<=");
    expect(r.ok && r.performance).toBeCloseTo(1 - 11 / 306, 12);
  });
});

describe("regole alternative offerte come opzioni (DOMAIN §4)", () => {
  it("minore-migliore 'rapporto' (target / consuntivo): 16,40 fte vs <= 14,00 → 85,37%", () => {
    const r = score("<= 14,00 fte", "16,40 fte", null, "proporzionale", {
      lateDeadline: "lineare-fine-anno",
      lowerIsBetter: "rapporto",
    });
    expect(r.performance * 100).toBeCloseTo((14 / 16.4) * 100, 10);
  });
  it("scadenza mancata 'zero': KPI388 in ritardo di 11 giorni → 0%", () => {
    const r = score("28/02/2019", "11/03/2019", "<=", "proporzionale", {
      lateDeadline: "zero",
      lowerIsBetter: "scostamento",
    });
    expect(r.performance).toBe(0);
  });
});

describe("binario (DOMAIN §4): 100% se il target è raggiunto nella sua direzione, altrimenti 0%", () => {
  it.each<[string, string, string, Direction | null, number]>([
    ["target 60%, consuntivo 50%", "60,00%", "50,00%", ">=", 0],
    ["20 vs 19", ">= 20,00 N.", "19,00 N.", null, 0],
    ["scadenza non rispettata", "30/06/2019", "01/07/2019", "<=", 0],
    ["scadenza non consegnata", "Entro 30/06/2019", "no", null, 0],
    ["scadenza rispettata", "Entro 30/06/2019", "30/06/2019", null, 1],
    ["target raggiunto", ">= 20,00 N.", "21,00 N.", null, 1],
    ["minore-migliore raggiunto", "<= 3,00 gg", "2,00 gg", null, 1],
    ["minore-migliore mancato", "<= 3,00 gg", "5,00 gg", null, 0],
    ["sì/no raggiunto", "si", "si", null, 1],
  ])("%s → %s", (_what, target, actual, dir, expected) => {
    expect(score(target, actual, dir, "binario").performance).toBe(expected);
  });
  it("il nome del metodo è quello delle impostazioni, senza badare a maiuscole e spazi", () => {
    expect(score("60,00%", "50,00%", ">=", " Binario ").performance).toBe(0);
  });
});

describe("errori come valori, con codice e messaggio italiano (DOMAIN §3)", () => {
  it.each<[string, string, string, Direction | null, string, string]>([
    ["target vuoto", "", "5,00", ">=", "target-mancante", "Target mancante"],
    ["target non leggibile", "circa dieci", "5,00", ">=", "target-non-leggibile", "circa dieci"],
    [
      "target 'Anno di rilevazione'",
      "Anno di rilevazione",
      "5,00",
      ">=",
      "target-non-calcolabile",
      "Anno di rilevazione",
    ],
    ["consuntivo non leggibile", "10,00", "dieci", ">=", "consuntivo-non-leggibile", "dieci"],
    ["direzione mancante", "10,00", "5,00", null, "direzione-mancante", "Direzione mancante"],
    ["data contro numero", "30/09/2019", "5,00", "<=", "tipi-incompatibili", "non sono confrontabili"],
    ["15% contro 13,16 senza %", "15,00%", "13,16", ">=", "tipi-incompatibili", "percentuale"],
  ])("%s → %s", (_what, target, actual, dir, code, text) => {
    const t = parseTarget(target);
    const r = scoreValue(t.value, parseCell(actual), t.direction ?? dir);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.message).toContain(text);
    }
  });
  it("metodo sconosciuto → metodo-sconosciuto con i nomi ammessi", () => {
    const r = scoreValue(
      { kind: "number", value: 1, percent: false },
      { kind: "number", value: 1, percent: false },
      ">=",
      "lineare"
    );
    expect(r).toMatchObject({ ok: false, code: "metodo-sconosciuto" });
    if (!r.ok) expect(r.message).toContain("proporzionale, binario");
  });
});
