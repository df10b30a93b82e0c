/** DOMAIN.md §2–§3: values as they appear in cells, with the document each example comes from. */
import {
  Scalar,
  parseCell,
  parseDirection,
  parseItalianNumber,
  parseTarget,
  parseText,
  parseWeight,
  serialFromYmd,
} from "../../src/engine";

describe("numeri in formato italiano (DOMAIN §3)", () => {
  it.each([
    ["000:L44 target", "50,00", 50],
    ["003:L758 target", "1.500,00", 1500],
    ["DOMAIN §3", "1.587,10", 1587.1],
    ["003:L957 target", "50.000,00", 50000],
    ["003:L968 target", "1.146.100,00", 1146100],
    ["000:L94 consuntivo", "-5,85", -5.85],
    ["segno meno tipografico", "−5,85", -5.85],
    ["000:L45 consuntivo", "51,00", 51],
  ])("%s: %s → %s", (_from, text, expected) => {
    expect(parseItalianNumber(text)).toBe(expected);
  });

  it.each([
    ["gruppo di migliaia di quattro cifre", "1.5870,10"],
    ["formato inglese", "1,587.10"],
    ["esadecimale (parseFloat lo leggerebbe 0)", "0x10"],
    ["testo", "n.d"],
    ["vuoto", ""],
    ["due virgole", "1,5,0"],
  ])("%s: %s → nessun numero (mai NaN)", (_why, text) => {
    expect(parseItalianNumber(text)).toBeNull();
  });
});

const num = (value: number, percent = false, unit?: string): Scalar =>
  unit === undefined ? { kind: "number", value, percent } : { kind: "number", value, percent, unit };

describe("celle di testo (DOMAIN §3)", () => {
  it.each<[string, string, Scalar]>([
    ["000:L7 target", "15,00%", num(0.15, true)],
    ["003:L671 target", "15,00 %", num(0.15, true)],
    ["DOMAIN §3", "0,035%", num(0.035 / 100, true)],
    ["000:L49 consuntivo", "-3,77%", num(-0.0377, true)],
    ["000:L15 target", "7,00", num(7)],
    ["DOMAIN §3", "1.587,10", num(1587.1)],
    ["003:L631 consuntivo", "27,00 N.", num(27, false, "N.")],
    ["003:L646 consuntivo", "0,57 fte", num(0.57, false, "fte")],
    ["003:L1243 consuntivo", "2,47 €", num(2.47, false, "€")],
    ["000:L13 target", "30/09/2019", { kind: "date", serial: serialFromYmd(2019, 9, 30) }],
    ["003:L1098 consuntivo", "16/01/2023", { kind: "date", serial: serialFromYmd(2023, 1, 16) }],
    ["DOMAIN §3 sì/no", "si", { kind: "yesno", value: true }],
    ["DOMAIN §3 sì/no", "sì", { kind: "yesno", value: true }],
    ["DOMAIN §3 sì/no", "SI", { kind: "yesno", value: true }],
    ["DOMAIN §3 sì/no", "no", { kind: "yesno", value: false }],
    ["DOMAIN §3 non disponibile", "N.V.", { kind: "unavailable", text: "N.V." }],
    ["003:L761 consuntivo", "N/D", { kind: "unavailable", text: "N/D" }],
    ["DOMAIN §3 non disponibile", "n.d.", { kind: "unavailable", text: "n.d." }],
    ["DOMAIN §3 non disponibile", "ND", { kind: "unavailable", text: "ND" }],
    ["000:L10 esito validazione", "kpi non disponibile", { kind: "unavailable", text: "kpi non disponibile" }],
    ["003:L761 stato", "DA VALUTARE", { kind: "unavailable", text: "DA VALUTARE" }],
    ["cella vuota", "", { kind: "empty" }],
    ["solo spazi", "   ", { kind: "empty" }],
    ["DOMAIN §1: G48 contiene n.d senza punto finale", "n.d", { kind: "unavailable", text: "n.d" }],
    ["testo qualsiasi", "circa dieci", { kind: "invalid", text: "circa dieci" }],
  ])("%s: %j", (_from, text, expected) => {
    expect(parseText(text)).toEqual(expected);
  });
});

describe("target non calcolabili: riconosciuti, mai un numero inventato (DOMAIN §3, 002)", () => {
  it.each([
    ["002 Cruscotto strategico", "Anno di rilevazione"],
    ["002 Cruscotto strategico", "Rispetto tempistica (Vedi allegato)"],
    ["002 Cruscotto strategico", "x ≤ x-1"],
    ["002 Cruscotto strategico", "x <= x-1"],
  ])("%s: %s", (_from, text) => {
    expect(parseTarget(text)).toEqual({ value: { kind: "unscorable", text }, direction: null });
  });
  it("004 scheda pluriennale 'Anno:2019—si' non è letto come un numero (il lettore ne prende l'anno)", () => {
    expect(parseTarget("Anno:2019—si").value.kind).toBe("invalid");
  });
});

describe("celle numeriche di Excel con il loro formato (DOMAIN §3)", () => {
  it.each<[string, number | boolean | null, string | undefined, Scalar]>([
    ["percentuale 15% come 0,15 con formato %", 0.15, "0.00%", num(0.15, true)],
    ["numero semplice", 7, "General", num(7)],
    [
      "data come seriale con formato data",
      serialFromYmd(2019, 9, 30),
      "dd/mm/yyyy",
      { kind: "date", serial: serialFromYmd(2019, 9, 30) },
    ],
    ["un numero grande non è una data senza formato data", 43738, "General", num(43738)],
    ["booleano VERO", true, undefined, { kind: "yesno", value: true }],
    ["cella vuota", null, undefined, { kind: "empty" }],
  ])("%s", (_what, raw, format, expected) => {
    expect(parseCell(raw, format)).toEqual(expected);
  });
  it("NaN e infinito sono non leggibili", () => {
    expect(parseCell(Number.NaN).kind).toBe("invalid");
    expect(parseCell(Number.POSITIVE_INFINITY).kind).toBe("invalid");
  });
});

describe("target con operatore e unità (DOMAIN §2)", () => {
  it.each<[string, string, Scalar, string | null]>([
    ["003:L631", ">= 4,00 N.", num(4, false, "N."), ">="],
    ["003:L646", "<= 2,00 fte", num(2, false, "fte"), "<="],
    ["DOMAIN §2", "<= 0,30 fte", num(0.3, false, "fte"), "<="],
    ["DOMAIN §2", "<= 40gg", num(40, false, "gg"), "<="],
    ["003:L957", "= 50.000,00 N.", num(50000, false, "N."), "="],
    ["office fixture 16", "= n. 12", num(12, false, "N."), "="],
    ["office fixture 16", "≥ n. 200", num(200, false, "N."), ">="],
    ["office fixture 16", "= 1.587 €", num(1587, false, "€"), "="],
    ["office fixture 16", "<= 30 gg", num(30, false, "gg"), "<="],
    ["003:L1042", ">= -6,00 %", num(-0.06, true), ">="],
    ["003:L1243", "<= 2,30 €", num(2.3, false, "€"), "<="],
    ["003:L1094", "Entro 28/02/2022", { kind: "date", serial: serialFromYmd(2022, 2, 28) }, "<="],
    ["002", "≥1", num(1), ">="],
    ["000:L7 (direzione nel Peso)", "15,00%", num(0.15, true), null],
  ])("%s: %s", (_from, text, value, direction) => {
    expect(parseTarget(text)).toEqual({ value, direction });
  });
});

describe("pesi (DOMAIN §2, §6)", () => {
  it.each<[string, string | number, string | undefined, number, string | null]>([
    ["000:L7", "50% >", undefined, 0.5, ">="],
    ["000:L84", "20% >=", undefined, 0.2, ">="],
    ["000:L94", "100% <=", undefined, 1, "<="],
    ["000:L13", "25% <", undefined, 0.25, "<="],
    ["003:L631", "25,00 %", undefined, 0.25, null],
    ["003 obiettivo strategico", "16,66 %", undefined, 0.1666, null],
    ["003:L773", "0,00 %", undefined, 0, null],
    ["DOMAIN §2", "0%", undefined, 0, null],
    ["frazione 0,5", 0.5, "General", 0.5, null],
    ["punti percentuali 50", 50, "General", 0.5, null],
    ["50% come 0,5 con formato %", 0.5, "0%", 0.5, null],
    ["100% come 1", 1, "General", 1, null],
  ])("%s: %s", (_from, raw, format, weight, direction) => {
    const w = parseWeight(raw, format);
    expect(w.invalid).toBe(false);
    expect(w.weight).toBeCloseTo(weight, 12);
    expect(w.direction).toBe(direction);
  });
  it.each([
    ["testo", "metà"],
    ["negativo", "-5%"],
    ["booleano", true],
  ])("%s non è un peso: %s", (_w, raw) => {
    expect(parseWeight(raw as string | boolean)).toMatchObject({ weight: null, invalid: true });
  });
  it("una cella di peso vuota non è un errore", () => {
    expect(parseWeight(null)).toEqual({ weight: null, direction: null, invalid: false });
    expect(parseWeight("")).toEqual({ weight: null, direction: null, invalid: false });
  });
});

describe("direzioni: '>' vale '>=' e '<' vale '<=' (DOMAIN §4)", () => {
  it.each([
    [">", ">="],
    [">=", ">="],
    ["≥", ">="],
    ["<", "<="],
    ["<=", "<="],
    ["≤", "<="],
    ["=", "="],
    ["crescente", ">="],
    ["decrescente", "<="],
    ["Crescente", ">="],
    ["Maggiore è meglio", ">="],
    ["maggiore e' meglio", ">="],
    ["Più alto è meglio", ">="],
    ["Minore è meglio", "<="],
    ["minore e meglio", "<="],
    ["Più basso è meglio", "<="],
  ])("%s → %s", (text, expected) => {
    expect(parseDirection(text)).toBe(expected);
  });
  it("una parola qualsiasi non è una direzione", () => expect(parseDirection("forse")).toBeNull());
  it("«meglio» da solo, o dopo altre parole, non è una direzione", () => {
    expect(parseDirection("meglio")).toBeNull();
    expect(parseDirection("è meglio")).toBeNull();
    expect(parseDirection("Medio è meglio")).toBeNull();
  });
});

describe("a space inside the digits is not a thousands separator", () => {
  it.each([
    ["002 line 103, two targets printed in one cell", ">1 90%"],
    ["space-grouped thousands are not Italian", "1 587,10"],
  ])("%s: %s is not read as one number", (_id, text) => {
    const { parseTarget } = require("../../src/engine") as typeof import("../../src/engine");
    expect(parseTarget(text).value.kind).toBe("invalid");
  });
});

describe("a dash is 'not applicable', not an empty cell", () => {
  it.each(["-", "—", "–"])("%s is unavailable", (dash) => {
    const { parseCell } = require("../../src/engine") as typeof import("../../src/engine");
    expect(parseCell(dash)).toEqual({ kind: "unavailable", text: dash });
  });
});
