import { PipelineSettings } from "../../src/pipeline/types";
import { readWorkbookLayout } from "../../src/pipeline/workbook-reading";
import { lecceGrid } from "./lecce-grid";

const SHEET = "Piano 2019";

describe("readWorkbookLayout: each sheet's reading with the settings the user saved", () => {
  it.each<[string, Partial<PipelineSettings>, { reader: string | null; headerRow: number | null; g: string | null }]>([
    ["as found", {}, { reader: "tabella", headerRow: 2, g: "intestazione" }],
    [
      "with the header row said",
      { headerRows: { [SHEET]: 2 } },
      { reader: "tabella", headerRow: 2, g: "intestazione" },
    ],
    [
      "with the title row said to be the header: no plan there",
      { headerRows: { [SHEET]: 1 } },
      { reader: null, headerRow: null, g: null },
    ],
    [
      "with column G mapped",
      { columns: { [SHEET]: { consuntivo: 6 } } },
      { reader: "tabella", headerRow: 2, g: "mappatura" },
    ],
  ])("%s", (_, settings, expected) => {
    const [r] = readWorkbookLayout([lecceGrid()], settings);
    expect({
      reader: r.reader,
      headerRow: r.headerRow,
      g: r.columns.find((c) => c.letter === "G")?.decidedBy ?? null,
    }).toEqual(expected);
  });

  it("gives one reading per grid, a sheet without a plan saying so", () => {
    const empty = { name: "Note", values: [["Appunti della riunione"]], rowOffset: 0, colOffset: 0 };
    const readings = readWorkbookLayout([lecceGrid(), empty]);
    expect(readings.map((r) => [r.sheet, r.reader])).toEqual([
      [SHEET, "tabella"],
      ["Note", null],
    ]);
    expect(readings[1].reason).not.toBe("");
  });
});
