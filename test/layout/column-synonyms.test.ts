import { matchHeader } from "../../src/layout/column-synonyms";
import { normaliseHeader } from "../../src/layout/header-text";

describe("matchHeader: Italian headers of plan tables (DOMAIN.md §2)", () => {
  it.each([
    ["Obiettivo", "obiettivo"],
    ["Obiettivo strategico", "obiettivo"],
    ["Cod.", "codice"],
    ["Codice", "codice"],
    ["Codice obiettivo", "codice"],
    ["ID", "codice"],
    ["Indicatore", "indicatore"],
    ["Nome indicatore", "indicatore"],
    ["Esito validazione", "validazione"],
    ["Eito validazione", "validazione"], // 000 line 39, OCR
    ["Eseito validazione", "validazione"], // 000 line 110, OCR
    ["Peso", "peso"],
    ["Peso %", "peso"],
    ["Peso indicatore", "peso"],
    ["Ponderazione", "peso"],
    ["Direzione", "direzione"],
    ["Polarità", "direzione"],
    ["Verso", "direzione"],
    ["Tendenza", "direzione"],
    ["Target", "target"],
    ["Target annuale", "target"],
    ["Valore atteso", "target"],
    ["Valore obiettivo", "target"],
    ["Risultato atteso", "target"],
    ["Consuntivo", "consuntivo"],
    ["Consistivo", "consuntivo"], // 000 line 5, OCR
    ["Valore rilevato", "consuntivo"],
    ["Valore conseguito", "consuntivo"],
    ["Risultato raggiunto", "consuntivo"],
    ["Valore a consuntivo", "consuntivo"],
    ["Consuntivo al 31/12", "consuntivo"],
    ["Performance KPI", "performanceKpi"],
    ["Performance indicatore", "performanceKpi"],
    ["Performance Obiettivo", "performanceObiettivo"],
    ["Grado di raggiungimento obiettivo", "performanceObiettivo"],
    ["Performance", "performance"],
    ["Grado di raggiungimento", "performance"],
    ["% raggiungimento", "performance"],
    ["% di realizzazione", "performance"],
    ["Metodo", "metodo"],
    ["Un.mis.", "unita"],
    ["Unità di misura", "unita"],
    ["Stato", "stato"],
  ])("%j → %s", (text, field) => {
    expect(matchHeader(text)?.field).toBe(field);
  });

  it.each([
    ["PESO\u00a0%  ", "peso"],
    ["Performance\nObiettivo", "performanceObiettivo"],
    ["  consuntivo \r\n", "consuntivo"],
    ["UNITA' DI MISURA", "unita"],
    ["Polarita", "direzione"],
    ["TARGET\u00a0ANNUALE", "target"],
  ])("case, accents, NBSP, line breaks and trailing spaces do not matter: %j → %s", (text, field) => {
    expect(matchHeader(text)?.field).toBe(field);
  });

  // issue 9: headings of other offices' plans (office fixtures 01-24)
  it.each([
    ["Denominazione", "indicatore"],
    ["Denominazione indicatore", "indicatore"],
    ["Indicatore di risultato", "indicatore"],
    ["Actual", "consuntivo"],
    ["Valore a consuntivo", "consuntivo"],
    ["Valore effettivo", "consuntivo"],
    ["Risultato raggiunto", "consuntivo"],
    ["Grado avanzamento", "performance"],
    ["Grado di raggiungimento", "performance"],
    ["% realizzazione", "performance"],
    ["Peso (%)", "peso"],
    ["Peso ponderale", "peso"],
    ["Incidenza", "peso"],
    ["Risultato atteso", "target"],
    ["Valore obiettivo", "target"],
    ["Target 2025", "target"],
    ["Polarità", "direzione"],
    ["Segno", "direzione"],
    ["Andamento atteso", "direzione"],
    ["Area strategica", "obiettivo"],
    ["Descrizione obiettivo / indicatore", "nome"],
    ["Obiettivo / Indicatore", "nome"],
  ])("%j → %s", (text, field) => {
    expect(matchHeader(text)?.field).toBe(field);
  });

  // a unit after the words of a target or consuntivo (office fixture 28)
  it.each([
    ["Target (%)", "target"],
    ["Consuntivo (%)", "consuntivo"],
    ["Target %", "target"],
    ["Valore atteso (n.)", "target"],
    ["Valore rilevato (gg)", "consuntivo"],
    ["Consuntivo (€)", "consuntivo"],
    ["Target (euro)", "target"],
  ])("%j → %s", (text, field) => {
    expect(matchHeader(text)?.field).toBe(field);
  });

  it("keeps the year of a per-year column with a unit", () => {
    expect(matchHeader("Target 2025 (%)")).toEqual({ field: "target", year: 2025 });
  });

  it.each([["Note (%)"], ["Responsabile (n.)"]])("a unit makes no plan column of %j", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  // "Formula di calcolo" is a text column, never a figure; "Tipo" is ambiguous: its content decides
  it.each([["Formula di calcolo"], ["Tipo"]])("%j is left to the content", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it.each([
    ["Fonte del dato"],
    ["Note"],
    ["Responsabile"],
    ["A1 - Piano performance 2019"],
    ["Sostegno alle imprese"],
    [""],
  ])("%j is not a plan column", (text) => {
    expect(matchHeader(text)).toBeNull();
  });

  it("reads the year of per-year columns", () => {
    expect(matchHeader("Target 2020")).toEqual({ field: "target", year: 2020 });
    expect(matchHeader("Consuntivo al 31/12/2019")).toEqual({ field: "consuntivo", year: 2019, asOf: 1231 });
  });

  // issue 9: monitoring columns carry the day they are "al"; the latest is scored
  it.each([
    ["Consuntivo al 30/06", { field: "consuntivo", asOf: 630 }],
    ["Consuntivo al 31/12", { field: "consuntivo", asOf: 1231 }],
    ["Performance al 30/06", { field: "performance", asOf: 630 }],
    ["Valore rilevato al 31/12", { field: "consuntivo", asOf: 1231 }],
    ["Valore al 31.12.2025", { field: "consuntivo", year: 2025, asOf: 1231 }],
  ])("%j is dated", (text, meaning) => {
    expect(matchHeader(text)).toEqual(meaning);
  });

  it("normalises header text", () => {
    expect(normaliseHeader("Un.mis.")).toBe("un mis");
    expect(normaliseHeader("Polarità\u00a0 ")).toBe("polarita");
    expect(normaliseHeader(12)).toBe("12");
    expect(normaliseHeader(null)).toBe("");
  });
});
