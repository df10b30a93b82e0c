/** DOMAIN.md §6 (weights must sum to 100%) and §7 (traffic lights and labels). */
import {
  COLOUR_STYLE,
  DEFAULT_SETTINGS,
  colourOf,
  computePlan,
  isWeightSumOk,
  kpiStatusOf,
  objectiveStatusOf,
  validateThresholds,
} from "../../src/engine";
import { SHEET, kpi, objective, plan } from "./helpers/plan-builder";

const kpisWeighing = (...pesi: string[]) =>
  pesi.map((peso) => kpi({ peso, target: ">= 10,00 N.", consuntivo: "10,00 N." }));

describe("i pesi sommano a 100% entro 0,1 pp (DOMAIN §6)", () => {
  it.each<[string, boolean, string[]]>([
    ["003 7,14% × 14 = 99,96%", true, Array(14).fill("7,14 %")],
    ["003 16,66% × 5 + 16,70% = 100%", true, [...Array(5).fill("16,66 %"), "16,70 %"]],
    ["003 14,20% + 14,30% × 6 = 100%", true, ["14,20 %", ...Array(6).fill("14,30 %")]],
    ["003 33,34% + 33,33% × 2 = 100%", true, ["33,34 %", "33,33 %", "33,33 %"]],
    ["000 33% × 3 = 99%", false, ["33% <", "33% <", "33% <"]],
    ["99,85%: fuori di 0,15 pp", false, ["50%", "49,85%"]],
    ["100,09%: dentro 0,1 pp", true, ["50%", "50,09%"]],
  ])("%s → somma accettata: %s", (_what, ok, pesi) => {
    const r = computePlan(plan(objective("X.1", null, kpisWeighing(...pesi))));
    expect(r.problems.some((p) => p.code === "pesi-non-100")).toBe(!ok);
  });

  it.each<[string, string[], string]>([
    ["90%", ["50%", "40%"], "90,00%"],
    ["110%", ["60%", "50%"], "110,00%"],
  ])("B.2 con pesi che sommano a %s: errore con codice, foglio, celle e somma", (_sum, pesi, printed) => {
    const kpis = kpisWeighing(...pesi);
    const r = computePlan(plan(objective("B.2", null, kpis)));
    expect(r.problems).toEqual([
      {
        severity: "errore",
        code: "pesi-non-100",
        message: `I pesi di B.2 sommano a ${printed} invece di 100%.`,
        sheet: SHEET,
        cell: kpis[0].cells.weight,
        cells: kpis.map((k) => k.cells.weight as string),
      },
    ]);
  });

  it("i pesi degli obiettivi figli e delle aree sono controllati anche loro (le aree a nome 'ente')", () => {
    const r = computePlan(
      plan(
        objective("A", null, [], "60%", "area"),
        objective("A.1", "A", kpisWeighing("100%"), "50%"),
        objective("A.2", "A", kpisWeighing("100%"), "40%"),
        objective("B", null, kpisWeighing("100%"), "30%", "area")
      )
    );
    const messages = r.problems
      .filter((p) => p.code === "pesi-non-100")
      .map((p) => p.message)
      .sort();
    expect(messages).toEqual([
      "I pesi di A sommano a 90,00% invece di 100%.",
      "I pesi di ente sommano a 90,00% invece di 100%.",
    ]);
  });

  it("la tolleranza è un'impostazione (0,1 pp = 0,001)", () => {
    expect(DEFAULT_SETTINGS.weightTolerance).toBe(0.001);
    expect(isWeightSumOk(0.9996, 0.001)).toBe(true);
    expect(isWeightSumOk(0.998, 0.001)).toBe(false);
    const r = computePlan(plan(objective("X", null, kpisWeighing("50%", "49%"))), { weightTolerance: 0.02 });
    expect(r.problems).toEqual([]);
  });
});

describe("semafori ed etichette alle soglie 60% / 80% (DOMAIN §7)", () => {
  it.each<[string, number | null, string, string, string]>([
    ["100%", 1, "verde", "RAGGIUNTO", "IN LINEA"],
    ["80% esatto", 0.8, "verde", "RAGGIUNTO", "IN LINEA"],
    ["80% calcolato come 0,8 − 1e-16", 0.8 - 1e-16, "verde", "RAGGIUNTO", "IN LINEA"],
    ["79,99%", 0.7999, "giallo", "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    ["60% esatto", 0.6, "giallo", "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    ["59,99%", 0.5999, "rosso", "NON RAGGIUNTO", "FUORI TARGET"],
    ["003:L717 47,00%", 0.47, "rosso", "NON RAGGIUNTO", "FUORI TARGET"],
    ["0%", 0, "rosso", "NON RAGGIUNTO", "FUORI TARGET"],
    ["non disponibile", null, "grigio", "DA VALUTARE", "DA VALUTARE"],
  ])("%s → %s, %s, %s", (_what, p, colour, objectiveLabel, kpiLabel) => {
    expect(colourOf(p)).toBe(colour);
    expect(objectiveStatusOf(p)).toBe(objectiveLabel);
    expect(kpiStatusOf(p)).toBe(kpiLabel);
  });

  it("le soglie si cambiano per cartella: con 50% / 90% un 85% è giallo", () => {
    const r = computePlan(
      plan(objective("X", null, [kpi({ peso: "100%", target: ">= 100,00 N.", consuntivo: "85,00 N." })])),
      {
        thresholds: { yellow: 0.5, green: 0.9 },
      }
    );
    expect(r.objectives[0]).toMatchObject({ colour: "giallo", status: "PARZIALMENTE RAGGIUNTO" });
    expect(r.kpis[0]).toMatchObject({ colour: "giallo", status: "FUORI TARGET" });
    expect(r.ente).toMatchObject({ colour: "giallo", status: "PARZIALMENTE RAGGIUNTO" });
  });

  it("soglie incoerenti sono rifiutate con un messaggio italiano", () => {
    expect(validateThresholds({ yellow: 0.6, green: 0.8 })).toBeNull();
    expect(validateThresholds({ yellow: 0.8, green: 0.6 })).toMatch(/soglia gialla deve essere minore della verde/);
  });

  it("ogni colore ha riempimento e carattere", () => {
    for (const c of ["verde", "giallo", "rosso", "grigio"] as const) {
      expect(COLOUR_STYLE[c].fill).toMatch(/^#[0-9A-F]{6}$/);
      expect(COLOUR_STYLE[c].font).toMatch(/^#[0-9A-F]{6}$/);
    }
  });
});
