/** A band table as users write it in a sheet range (DOMAIN.md §4b), read into the engine's BandTable. */
import { checkBandTable, scoreWithBands } from "../../src/engine";
import { readBandTable } from "../../src/layout/band-table";
import { SheetGrid } from "../../src/layout/grid";
import { ADE } from "../engine/helpers/band-tables";

/** The range Fasce!A1:D5: headings, then Agenzia delle Entrate's bands with the 110–131 row made explicit. */
const ADE_SHEET: SheetGrid = {
  name: "Fasce",
  rowOffset: 0,
  colOffset: 0,
  values: [
    ["Da", "A", "Punteggio", "Punteggio fino a"],
    [null, "< 90", "0%", null],
    [90, 110, "60%", "80%"],
    ["> 110", "< 131", 0.8, null],
    [">= 131", null, "100%", null],
  ],
  numberFormats: [[], [], [], [undefined, undefined, "0%"], []],
};

describe("lettura di una tabella delle fasce da un intervallo del foglio", () => {
  it("Agenzia delle Entrate: le quattro righe danno la tabella del motore, con l'indirizzo di ogni riga", () => {
    const read = readBandTable(ADE_SHEET, "AdE");
    expect(read.problems).toEqual([]);
    expect(read.table).toEqual(ADE);
    expect(checkBandTable(read.table, null)).toEqual([]);
    const r = scoreWithBands(read.table, 0.97);
    expect(r.ok && r.score).toBeCloseTo(0.67, 12);
  });

  it.each<[string, unknown[][], string, string]>([
    ["testo nel limite", [["circa 90", 110, "60%"]], "C3", "il limite «da»"],
    ["punteggio mancante", [[90, 110, null]], "E3", "il punteggio"],
  ])("%s → errore con la cella", (_what, rows, cell, what) => {
    const grid: SheetGrid = { name: "Fasce", rowOffset: 2, colOffset: 2, values: rows as SheetGrid["values"] };
    const read = readBandTable(grid, "T");
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "errore", code: "fascia-non-leggibile", sheet: "Fasce", cell }),
    ]);
    expect(read.problems[0].message).toContain(what);
  });

  it("la tabella come pubblicata (senza la riga 110–131) è letta e poi segnalata con le celle delle due righe", () => {
    const grid: SheetGrid = {
      ...ADE_SHEET,
      values: ADE_SHEET.values.filter((_, i) => i !== 3),
      numberFormats: undefined,
    };
    const read = readBandTable(grid, "AdE");
    expect(checkBandTable(read.table, null)).toEqual([
      expect.objectContaining({ code: "fasce-scoperte", cells: ["A3:D3", "A4:D4"] }),
    ]);
  });
});
