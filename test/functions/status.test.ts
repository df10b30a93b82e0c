import { semaforo, stato } from "../../src/functions/functions";
import { excel, expectValueError } from "./helpers";

describe("PERF.SEMAFORO and PERF.STATO on DOMAIN.md §7", () => {
  // [performance, colour, objective label, KPI label]
  it.each<[unknown, string, string, string]>([
    [1, "VERDE", "RAGGIUNTO", "IN LINEA"],
    [0.8, "VERDE", "RAGGIUNTO", "IN LINEA"],
    [0.8 - 1e-12, "VERDE", "RAGGIUNTO", "IN LINEA"],
    ["80,00%", "VERDE", "RAGGIUNTO", "IN LINEA"],
    [0.7999, "GIALLO", "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    [0.6, "GIALLO", "PARZIALMENTE RAGGIUNTO", "FUORI TARGET"],
    [0.5753, "ROSSO", "NON RAGGIUNTO", "FUORI TARGET"],
    [0, "ROSSO", "NON RAGGIUNTO", "FUORI TARGET"],
    ["N.V.", "N.V.", "DA VALUTARE", "DA VALUTARE"],
    ["N/D", "N.V.", "DA VALUTARE", "DA VALUTARE"],
    [null, "N.V.", "DA VALUTARE", "DA VALUTARE"],
  ])("%p → %s / %s / %s", async (performance, colour, objectiveLabel, kpiLabel) => {
    expect(await excel(semaforo, performance)).toBe(colour);
    expect(await excel(stato, performance)).toBe(objectiveLabel);
    expect(await excel(stato, performance, "obiettivo")).toBe(objectiveLabel);
    expect(await excel(stato, performance, "KPI")).toBe(kpiLabel);
  });

  it("thresholds given by the workbook", async () => {
    expect(await excel(semaforo, 0.55, "50%", "70%")).toBe("GIALLO");
    expect(await excel(semaforo, 0.7, 0.5, 0.7)).toBe("VERDE");
    expect(await excel(semaforo, 0.45, 0.5)).toBe("ROSSO");
    expect(await excel(semaforo, 0.79, null, 0.9)).toBe("GIALLO");
  });
});

describe("PERF.SEMAFORO and PERF.STATO refuse bad arguments", () => {
  it.each<[string, () => Promise<unknown>, string[]]>([
    ["percentage points", () => excel(semaforo, 87.72), ["PERF.SEMAFORO: ", "fuori scala", "87,72"]],
    ["text", () => excel(semaforo, "buono"), ["Performance non leggibile", '"buono"']],
    ["boolean", () => excel(semaforo, true), ["Performance non leggibile", "VERO"]],
    ["error cell", () => excel(semaforo, { code: "#N/A" }), ["performance", "#N/A"]],
    ["range", () => excel(semaforo, [[0.5], [0.6]]), ["una sola cella"]],
    ["threshold as text", () => excel(semaforo, 0.5, "metà"), ["soglia_gialla", '"metà"']],
    ["threshold above 100%", () => excel(semaforo, 0.5, 60), ["soglia_gialla", "60"]],
    ["yellow above green", () => excel(semaforo, 0.5, 0.9, 0.8), ["soglia gialla deve essere minore della verde"]],
    ["stato: unknown tipo", () => excel(stato, 0.5, "area"), ["PERF.STATO: ", '"area"', "obiettivo", "kpi"]],
    ["stato: tipo not text", () => excel(stato, 0.5, 3), ["tipo deve essere un testo"]],
    ["stato: text performance", () => excel(stato, "molto bene"), ["PERF.STATO: ", "Performance non leggibile"]],
  ])("%s", async (_name, call, fragments) => {
    expectValueError(await call(), ...fragments);
  });
});
