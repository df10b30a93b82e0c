import { matchHeader } from "../../src/layout/column-synonyms";
import { chooseColumns, scoreHeaderRow } from "../../src/layout/header-detection";
import { sheet } from "./fixtures/sheet";

const headerOf = (...headings: string[]) => chooseColumns(scoreHeaderRow(sheet("Piano", [headings]), 0));

describe("weight headings", () => {
  it.each(["Peso obiettivo", "Peso dell'obiettivo", "Peso ob.", "Peso obiettivo (%)", "Peso degli obiettivi"])(
    "%s is the objectives' weight",
    (h) => expect(matchHeader(h)?.field).toBe("pesoObiettivo")
  );

  it.each(["Peso", "Peso indicatore", "Peso KPI", "Peso (%)", "Peso ponderale"])("%s is the (KPI) weight", (h) =>
    expect(matchHeader(h)?.field).toBe("peso")
  );
});

describe("chooseColumns with weight columns", () => {
  it("keeps both Peso obiettivo and Peso indicatore, each as its field", () => {
    const choice = headerOf("Obiettivo", "Peso obiettivo", "Indicatore", "Peso indicatore", "Target", "Consuntivo");
    expect(choice.columns).toMatchObject({ obiettivo: 0, pesoObiettivo: 1, indicatore: 2, peso: 3 });
    expect(choice.weightsUnclear).toBeUndefined();
  });

  it("reads a lone Peso obiettivo column as the sheet's Peso", () => {
    const choice = headerOf("Obiettivo", "Indicatore", "Peso obiettivo", "Target", "Consuntivo");
    expect(choice.columns.peso).toBe(2);
    expect(choice.columns.pesoObiettivo).toBeUndefined();
  });

  it("says two weight columns it cannot tell apart, naming both", () => {
    const choice = headerOf("Obiettivo", "Peso", "Indicatore", "Peso %", "Target", "Consuntivo");
    expect(choice.columns.peso).toBe(1);
    expect(choice.weightsUnclear).toEqual([{ field: "peso", cols: [1, 3] }]);
  });
});
