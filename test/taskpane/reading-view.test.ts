import { gridFromRows } from "../../src/layout/grid";
import { ColumnMap } from "../../src/layout/types";
import { readWorkbookLayout } from "../../src/pipeline/workbook-reading";
import { DEFAULT_ADDIN_SETTINGS, toPipelineSettings } from "../../src/pipeline/workbook-settings";
import {
  AUTOMATIC,
  columnChoices,
  headerRowOptions,
  headerRowText,
  previewRows,
  withColumnField,
  withCorrections,
  withSheetCorrection,
} from "../../src/taskpane/reading-view";
import { lecceGrid } from "../pipeline/lecce-grid";

const grid = lecceGrid();
const [reading] = readWorkbookLayout([grid]);

describe("the reading of the 2019 plan as the pane shows it", () => {
  it("names the reader, the header row and what decided each column", () => {
    expect(reading.reader).not.toBeNull();
    expect(reading.headerRow).toBe(2);
    const choices = columnChoices(reading, {});
    expect(choices.map((c) => [c.letter, c.heading, c.value, c.text, c.decidedBy])).toEqual([
      ["A", "Obiettivo", AUTOMATIC, "Obiettivo (automatico)", "Deciso dall'intestazione"],
      ["B", "Cod.", AUTOMATIC, "Codice (automatico)", "Deciso dall'intestazione"],
      ["C", "Indicatore", AUTOMATIC, "Indicatore (automatico)", "Deciso dall'intestazione"],
      ["D", "Esito validazione", AUTOMATIC, "Esito validazione (automatico)", "Deciso dall'intestazione"],
      ["E", "Peso", AUTOMATIC, "Peso (automatico)", "Deciso dall'intestazione"],
      ["F", "Target", AUTOMATIC, "Target (automatico)", "Deciso dall'intestazione"],
      ["G", "Consuntivo", AUTOMATIC, "Consuntivo (automatico)", "Deciso dall'intestazione"],
      ["H", "Performance KPI", AUTOMATIC, "Performance KPI (automatico)", "Deciso dall'intestazione"],
      ["I", "Performance Obiettivo", AUTOMATIC, "Performance Obiettivo (automatico)", "Deciso dall'intestazione"],
      ["J", "Fonte del dato", AUTOMATIC, "Non usata (automatico)", null],
      ["K", "Note", AUTOMATIC, "Non usata (automatico)", null],
    ]);
  });

  it("previews the first rows with their role and parent", () => {
    expect(previewRows(reading, 4)).toEqual([
      { row: 3, role: "Area", code: "A", name: "Competitività e sviluppo delle imprese", parent: "" },
      {
        row: 4,
        role: "Obiettivo",
        code: "A.1",
        name: "Sostenere il territorio e le economie locali al fine di accrescere la produttiv…",
        parent: "A",
      },
      { row: 4, role: "KPI", code: "KPI301", name: "Soggetti coinvolti nei servizi", parent: "A.1" },
      { row: 5, role: "KPI", code: "KPI302", name: "Incremento delle imprese iscritte nel RASL", parent: "A.1" },
    ]);
  });

  it("marks the rows placed by their indentation (a plan without codes)", () => {
    const indented = gridFromRows("Piano", [
      ["Descrizione", "Peso", "Target", "Consuntivo"],
      ["Competitività", null, null, null],
      ["  Digitalizzazione", 1, null, null],
      ["    Pratiche telematiche", 1, 0.9, 0.93],
    ]);
    const [read] = readWorkbookLayout([indented]);
    expect(previewRows(read).map((r) => [r.row, r.role, r.code, r.parent])).toEqual([
      [2, "Area (dal rientro)", "1", ""],
      [3, "Obiettivo (dal rientro)", "1.1", "1"],
      [4, "KPI (dal rientro)", "", "1.1"],
    ]);
  });

  it("offers the non-empty rows as header rows", () => {
    expect(headerRowOptions(grid, 2).map((o) => o.row)).toEqual([1, 2]);
    expect(headerRowOptions(grid, 2)[1].label).toBe("Riga 2 — Obiettivo | Cod. | Indicatore");
    expect(headerRowText(reading, undefined)).toBe("Automatica (riga 2)");
    expect(headerRowText(reading, 5)).toBe("Riga 5 (indicata)");
  });
});

describe("a correction made in the pane", () => {
  it.each<[string, ColumnMap, number, Parameters<typeof withColumnField>[2], ColumnMap]>([
    ["maps a field to a column", {}, 6, "target", { target: 6 }],
    ["moves a field to another column", { target: 5 }, 6, "target", { target: 6 }],
    ["replaces the field of a column", { target: 5, peso: 4 }, 5, "consuntivo", { peso: 4, consuntivo: 5 }],
    ["gives a column back to the reader", { target: 5, peso: 4 }, 5, AUTOMATIC, { peso: 4 }],
  ])("%s", (_, before, col, field, after) => {
    expect(withColumnField(before, col, field)).toEqual(after);
  });

  it("is saved per sheet, and an empty correction removes the sheet's entries", () => {
    const other = { ...DEFAULT_ADDIN_SETTINGS, columns: { Altro: { target: 3 } }, headerRows: { Altro: 4 } };
    const saved = withSheetCorrection(other, "Piano 2019", { consuntivo: 5 }, 2);
    expect(saved.columns).toEqual({ Altro: { target: 3 }, "Piano 2019": { consuntivo: 5 } });
    expect(saved.headerRows).toEqual({ Altro: 4, "Piano 2019": 2 });
    const cleared = withSheetCorrection(saved, "Piano 2019", {}, undefined);
    expect(cleared.columns).toEqual({ Altro: { target: 3 } });
    expect(cleared.headerRows).toEqual({ Altro: 4 });
  });

  it("changes the reading: column G mapped as Target is read from the mapping", () => {
    const settings = withSheetCorrection(DEFAULT_ADDIN_SETTINGS, "Piano 2019", { target: 6, consuntivo: 5 }, undefined);
    const [after] = readWorkbookLayout([grid], toPipelineSettings(settings));
    const g = columnChoices(after, settings.columns["Piano 2019"]).find((c) => c.letter === "G");
    expect(g).toMatchObject({ value: "target", text: "Target", decidedBy: "Deciso dalla mappatura" });
  });

  it("not saved yet, lies over the settings saved since: an untouched sheet shows what is saved now", () => {
    const corrections = { "Piano 2019": { mapping: { unita: 9 }, headerRow: undefined } };
    // Meanwhile Impostazioni removed Altro's mapping and another setting was saved.
    const savedSince = { ...DEFAULT_ADDIN_SETTINGS, year: 2019, columns: {}, headerRows: { Altro: 4 } };
    expect(withCorrections(savedSince, corrections)).toEqual({
      ...savedSince,
      columns: { "Piano 2019": { unita: 9 } },
      headerRows: { Altro: 4 },
    });
    expect(withCorrections(savedSince, {})).toBe(savedSince);
  });

  it("lists the columns of a sheet not read, so that a mapping can make it readable", () => {
    const spese = gridFromRows("Spese", [
      ["Elenco delle spese", null, null],
      ["Voce", "Importo", null],
      ["Carta", 120, "uff."],
    ]);
    const [unread] = readWorkbookLayout([spese]);
    expect(unread.reader).toBeNull();
    expect(unread.columns).toEqual([]);
    const shown = (mapping: ColumnMap, headerRow?: number) =>
      columnChoices(unread, mapping, spese, headerRow).map((c) => [c.letter, c.heading, c.text, c.decidedBy]);
    expect(shown({})).toEqual([
      ["A", "Elenco delle spese", "Non usata (automatico)", null],
      ["B", "", "Non usata (automatico)", null],
      ["C", "", "Non usata (automatico)", null],
    ]);
    expect(shown({ consuntivo: 1 }, 2)).toEqual([
      ["A", "Voce", "Non usata (automatico)", null],
      ["B", "Importo", "Consuntivo", "Deciso dalla mappatura"],
      ["C", "", "Non usata (automatico)", null],
    ]);
  });
});
