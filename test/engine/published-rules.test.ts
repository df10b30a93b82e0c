/**
 * DOMAIN.md §4b: the rules other offices publish, each row with the document it was seen in and the
 * figure that document prints (or the figure its rule gives on the quoted numbers).
 */
import {
  BandTable,
  Direction,
  ScoringOptions,
  parseCell,
  parseTarget,
  ruleExamples,
  scoreExplained,
} from "../../src/engine";
import { ADE, ADE_PUBLISHED } from "./helpers/band-tables";

const DEFAULT: ScoringOptions = { lateDeadline: "lineare-fine-anno", lowerIsBetter: "scostamento" };

function score(
  target: string,
  actual: string,
  dir: Direction | null,
  method: string,
  options: Partial<ScoringOptions> = {}
) {
  const t = parseTarget(target);
  const r = scoreExplained(t.value, parseCell(actual), t.direction ?? dir, method, {
    ...DEFAULT,
    bandTables: [ADE],
    ...options,
  });
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r;
}

describe("regole pubblicate: la cifra che ogni regola deve dare", () => {
  it.each<[string, string, string, string, Partial<ScoringOptions>, number]>([
    // source, target, consuntivo, metodo (colonna «Metodo»), impostazioni, performance attesa in punti %
    [
      "Relazione 2011 di una camera, «Grado avanzamento = Actual/Target»: 25,7 contro 25 senza tetto",
      ">= 25",
      "25,7",
      "senza tetto",
      {},
      102.8,
    ],
    ["la stessa riga con il tetto predefinito (100%)", ">= 25", "25,7", "proporzionale", {}, 100],
    ["la stessa riga, senza tetto impostato per la cartella", ">= 25", "25,7", "", { cap: null }, 102.8],
    ["Relazione 2011: 107% stampato (26,75 contro 25, senza tetto)", ">= 25", "26,75", "senza tetto", {}, 107],
    ["strumenti di scorecard, tetto 120%: 32 contro 25 → 120% (non 128%)", ">= 25", "32", "tetto 120%", {}, 120],
    ["tetto 120%: 27 contro 25 resta 108%", ">= 25", "27", "tetto 120%", {}, 108],
    [
      "PERFORM+ / Relazione 2011, minore è meglio come target / consuntivo: 25 contro 25,7",
      "<= 25",
      "25,7",
      "rapporto",
      {},
      (25 / 25.7) * 100,
    ],
    ["predefinito 2 − consuntivo / target sulla stessa riga: 97,20%", "<= 25", "25,7", "proporzionale", {}, 97.2],
    ["rapporto impostato per la cartella", "<= 25", "25,7", "", { lowerIsBetter: "rapporto" }, (25 / 25.7) * 100],
    [
      "rapporto senza tetto, sotto il target: 20 contro ≤ 25 → 125%",
      "<= 25",
      "20",
      "proporzionale + rapporto + senza tetto",
      {},
      125,
    ],
    [
      "Agenzia delle Entrate, soglia minima 90%: 13,16% contro 15,00% (87,73%) → 0%",
      ">= 15,00%",
      "13,16%",
      "soglia minima 90%",
      {},
      0,
    ],
    ["soglia minima 90%: 27 contro 30 = 90% raggiunge la soglia", ">= 30", "27", "soglia minima 90%", {}, 90],
    ["AdE fasce: 97 punti → 60% + (97 − 90)/20 × 20% = 67%", ">= 100", "97", "senza tetto + fasce AdE", {}, 67],
    ["AdE fasce: 90 punti → 60%", ">= 100", "90", "senza tetto + fasce AdE", {}, 60],
    ["AdE fasce: 89,99 punti, «inferiore a 90» → 0%", ">= 100", "89,99", "senza tetto + fasce AdE", {}, 0],
    ["AdE fasce: 110 punti → 80%", ">= 100", "110", "senza tetto + fasce AdE", {}, 80],
    ["AdE fasce: 131 punti, «uguale o superiore a 131» → 100%", ">= 100", "131", "senza tetto + fasce AdE", {}, 100],
    ["AdE fasce: 150 punti → 100%", ">= 100", "150", "senza tetto + fasce AdE", {}, 100],
    [
      "fasce dopo il tetto: 150 contro 100 con tetto 120% → fascia 110–131 → 80%",
      ">= 100",
      "150",
      "tetto 120% + fasce AdE",
      {},
      80,
    ],
    ["fasce per la cartella (impostazione), 97 contro 100", ">= 100", "97", "", { cap: null, bands: ADE }, 67],
    [
      "«senza fasce» per un KPI quando la cartella le usa",
      ">= 100",
      "97",
      "senza fasce",
      { cap: null, bands: ADE },
      97,
    ],
    ["binario resta binario: 24 contro 25 → 0%", ">= 25", "24", "binario", {}, 0],
  ])("%s", (_source, target, actual, method, options, expectedPp) => {
    expect(score(target, actual, null, method, options).performance * 100).toBeCloseTo(expectedPp, 9);
  });
});

describe("la spiegazione di ogni punteggio, in parole e numeri", () => {
  it.each<[string, string, string, string, string[], (Direction | null)?]>([
    ["000 KPI301", ">= 15,00%", "13,16%", "proporzionale", ["consuntivo / target = 13,16% / 15,00% = 87,73%"]],
    [
      "senza tetto",
      ">= 25",
      "25,7",
      "senza tetto",
      ["consuntivo / target = 25,70 / 25,00 = 102,80%", "nessun tetto: resta 102,80%"],
    ],
    ["tetto predefinito", ">= 25", "25,7", "proporzionale", ["tetto 100%: 102,80% → 100,00%"]],
    ["rapporto", "<= 25", "25,7", "rapporto", ["target / consuntivo = 25,00 / 25,70 = 97,28%"]],
    [
      "scostamento",
      "<= 14,00 fte",
      "16,40 fte",
      "proporzionale",
      ["2 − consuntivo / target = 2 − 16,40 fte / 14,00 fte = 82,86%"],
    ],
    ["soglia", ">= 15,00%", "13,16%", "soglia minima 90%", ["soglia minima 90%: 87,73% è sotto la soglia → 0,00%"]],
    [
      "fasce AdE",
      ">= 100",
      "97",
      "senza tetto + fasce AdE",
      ["fascia «da 90% a 110%» (riga A3:D3) della tabella AdE: 60% + (97,00% − 90%) / 20% × 20% = 67,00%"],
    ],
    [
      "consuntivo negativo",
      "2,00%",
      "-3,77%",
      "proporzionale",
      ["consuntivo / target = -3,77% / 2,00% = -188,50%", "il punteggio non scende sotto 0%: -188,50% → 0,00%"],
      ">=",
    ],
    [
      "scadenza 000 KPI388",
      "28/02/2019",
      "11/03/2019",
      "proporzionale",
      [
        "scadenza 28/02/2019, realizzato il 11/03/2019: 1 − giorni di ritardo / giorni dalla scadenza al 31/12/2019 = 1 − 11 / 306 = 96,41%",
      ],
      "<=",
    ],
  ])("%s", (_what, target, actual, method, texts, dir = null) => {
    const r = score(target, actual, dir, method);
    expect(r.trace.map((s) => s.text)).toEqual(expect.arrayContaining(texts));
  });

  it("ogni passo porta la regola e i numeri usati", () => {
    const [first] = score(">= 15,00%", "13,16%", null, "proporzionale").trace;
    expect(first.rule).toBe("proporzionale");
    expect(first.numbers).toEqual([0.1316, 0.15, 0.1316 / 0.15]);
  });
});

describe("metodo scritto male: errore con i nomi ammessi, mai un numero", () => {
  it.each<[string, string, string, string]>([
    ["nome sconosciuto", "lineare", "metodo-sconosciuto", "ammessi: proporzionale, binario, senza tetto, tetto N%"],
    ["tetto sotto 100%", "tetto 90%", "tetto-non-valido", "non può essere sotto 100%"],
    ["due tetti", "senza tetto + tetto 120%", "regole-in-conflitto", "Regole in conflitto"],
    [
      "tabella sconosciuta",
      "fasce ATER",
      "fasce-sconosciute",
      'Tabella delle fasce "ater" sconosciuta (definite: AdE)',
    ],
    ["soglia oltre 100%", "soglia minima 120%", "soglia-non-valida", "Soglia minima non valida"],
  ])("%s", (_what, method, code, text) => {
    const t = parseTarget(">= 25");
    const r = scoreExplained(t.value, parseCell("20"), t.direction, method, { ...DEFAULT, bandTables: [ADE] });
    expect(r).toMatchObject({ ok: false, code });
    if (!r.ok) expect(r.message).toContain(text);
  });

  it("la tabella AdE come pubblicata (scoperta tra 110 e 131) non calcola alcun KPI", () => {
    const t = parseTarget(">= 100");
    const published: BandTable = { name: "AdE", sheet: "Fasce", bands: ADE_PUBLISHED };
    const r = scoreExplained(t.value, parseCell("97"), t.direction, "senza tetto + fasce ade", {
      ...DEFAULT,
      bandTables: [published],
    });
    expect(r).toMatchObject({ ok: false, code: "fasce-non-valide" });
    if (!r.ok) expect(r.message).toContain("non copre i risultati tra 110% e 131%");
  });
});

describe("l'esempio dal vivo delle impostazioni", () => {
  it.each<[string, Partial<ScoringOptions>, string, string[]]>([
    [
      "predefinito",
      {},
      "proporzionale",
      [
        "con questa regola 25,7 contro ≥ 25 dà 100,00%",
        "con questa regola 25,7 contro ≤ 25 dà 97,20%",
        "con questa regola 97 contro ≥ 100 dà 97,00%",
      ],
    ],
    [
      "senza tetto + rapporto (Relazione 2011)",
      { cap: null, lowerIsBetter: "rapporto" },
      "proporzionale",
      [
        "con questa regola 25,7 contro ≥ 25 dà 102,80%",
        "con questa regola 25,7 contro ≤ 25 dà 97,28%",
        "con questa regola 97 contro ≥ 100 dà 97,00%",
      ],
    ],
    [
      "fasce AdE",
      { cap: null, bandTables: [ADE] },
      "fasce AdE",
      [
        "con questa regola 25,7 contro ≥ 25 dà 72,80%",
        "con questa regola 25,7 contro ≤ 25 dà 67,20%",
        "con questa regola 97 contro ≥ 100 dà 67,00%",
      ],
    ],
  ])("%s", (_what, options, method, sentences) => {
    expect(ruleExamples({ ...DEFAULT, ...options }, method)).toEqual(sentences);
  });
});
