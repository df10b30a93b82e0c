import { SheetGrid } from "../../src/layout/grid";
import { readSharedStrings } from "../../src/xlsx/shared-strings";
import { NO_RESULT_VALUE, SheetContext, readSheetCells } from "../../src/xlsx/sheet-cells";
import { gridOfCells } from "../../src/xlsx/sheet-grid";
import { readStyles } from "../../src/xlsx/styles";
import { PieceSource } from "../../src/xlsx/zip";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const STYLES =
  `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>` +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>';

/** The bytes of `xml` in slices of `size` (cut anywhere: inside tags, entities and multi-byte characters). */
function slices(xml: string, size: number): PieceSource {
  const bytes = new TextEncoder().encode(xml);
  return (onPiece) => {
    for (let at = 0; at < bytes.length; at += size) onPiece(bytes.subarray(at, at + size));
  };
}

const SIZES = [1, 2, 3, 4, 5, 7, 13, 64, 1 << 20];

const STRINGS =
  `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="4" uniqueCount="4">` +
  "<si><t>Costi &amp; ricavi &lt;5 € — più è meglio 📈</t></si>" +
  '<si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">run &#233;&#x20AC;</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>' +
  "<si/>" +
  "<si><t>Indicatore di qualità percepita dall'utenza</t></si></sst>";

const SHEET =
  `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><cols><col min="3" max="3" hidden="1"/></cols><sheetData>` +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c></row>' +
  '<row r="2"><c r="A2" t="inlineStr"><is><t>Città &quot;più&quot; bella &amp; €</t></is></c><c r="B2" s="1"><v>0.25</v></c><c r="C2" s="2"><v>43466</v></c><c r="D2" s="3"><v>1234.5</v></c></row>' +
  '<row r="3" hidden="1"><c r="A3" t="str"><f>A2&amp;"x"</f><v>Città x</v></c><c r="B3" s="1"><v>0.5</v></c><c r="C3" s="2"><v>43467</v></c><c r="D3" s="3"><v>7</v></c></row>' +
  '<row r="4"><c r="A4"><f t="shared" ref="A4:A6" si="0">B4*2</f><v>2</v></c><c r="B4"><v>1</v></c></row>' +
  '<row r="5"><c r="A5"><f t="shared" si="0"/><v>4</v></c><c r="B5"><v>2</v></c><c r="E5"><f>B5+1</f></c></row>' +
  '<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c><c r="B6" t="b"><v>1</v></c><c r="D6" t="e"><v>#N/D</v></c></row>' +
  "</sheetData>" +
  '<mergeCells count="1"><mergeCell ref="B6:C6"/></mergeCells></worksheet>';

const context = (date1904 = false): SheetContext => ({
  sharedStrings: readSharedStrings(STRINGS, "xl/sharedStrings.xml"),
  styles: readStyles(STYLES),
  date1904,
});

/** The grid read from the part (every optional field of a grid is there when read from a part). */
function gridOf(source: string | PieceSource, date1904 = false) {
  const reading = gridOfCells("Piano", readSheetCells(source, "xl/worksheets/sheet1.xml", context(date1904)), []);
  return { ...reading, grid: reading.grid as Required<SheetGrid> };
}

describe("the streamed reader reads the same sheet at every slice size", () => {
  const whole = gridOf(SHEET);

  it("reads what the part holds (entities, multi-byte characters, formats, formulas)", () => {
    expect(whole.grid.values).toEqual([
      [
        "Costi & ricavi <5 € — più è meglio 📈",
        "Rich run é€",
        "Indicatore di qualità percepita dall'utenza",
        null,
        null,
      ],
      ['Città "più" bella & €', 0.25, 43466, 1234.5, null],
      ["Città x", 0.5, 43467, 7, null],
      [2, 1, null, null, null],
      [4, 2, null, null, NO_RESULT_VALUE],
      [6, true, null, "#N/D", null],
    ]);
    expect(whole.grid.numberFormats[1]).toEqual([undefined, "0.00%", "mm-dd-yy", "#,##0.00", undefined]);
    expect(whole.grid.formulas.map((r) => r[0])).toEqual([null, null, '=A2&"x"', "=B4*2", "=B5*2", "=B6*2"]);
    expect(whole.grid.formulas[4][4]).toBe("=B5+1");
    expect(whole.noResult).toEqual(["E5"]);
    expect([...whole.grid.hiddenRows]).toEqual([2]);
    expect([...whole.grid.hiddenColumns]).toEqual([2]);
    expect(whole.grid.merges).toEqual(["B6:C6"]);
  });

  it.each(SIZES)("slices of %i bytes", (size) => {
    expect(gridOf(slices(SHEET, size))).toEqual(whole);
  });

  it("in the 1904 date system, dates are read in the 1900 one at every slice size", () => {
    const dates = (g: ReturnType<typeof gridOf>) => g.grid.values.slice(1, 3).map((r) => r[2]);
    expect(dates(gridOf(SHEET, true))).toEqual([43466 + 1462, 43467 + 1462]);
    for (const size of SIZES) expect(dates(gridOf(slices(SHEET, size), true))).toEqual([43466 + 1462, 43467 + 1462]);
  });

  it.each(SIZES)("the shared strings in slices of %i bytes", (size) => {
    expect(readSharedStrings(slices(STRINGS, size), "xl/sharedStrings.xml")).toEqual([
      "Costi & ricavi <5 € — più è meglio 📈",
      "Rich run é€",
      "",
      "Indicatore di qualità percepita dall'utenza",
    ]);
  });

  it.each([1, 3, 64])("a malformed part is refused with the same message in slices of %i bytes", (size) => {
    const bad = SHEET.replace("<v>0.5</v>", "<v>0.5</w>");
    const message = (source: string | PieceSource) => {
      try {
        gridOf(source);
      } catch (e) {
        return (e as Error).message;
      }
      return "letto";
    };
    expect(message(slices(bad, size))).toBe(message(bad));
    expect(message(bad)).toMatch(/^la parte "xl\/worksheets\/sheet1.xml" non è XML valido/);
  });
});

describe("rows of number formats alike are shared, and stay each row's own", () => {
  const row = (r: number, extra = "") =>
    `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" s="1"><v>0.5</v></c><c r="C${r}" s="3"><v>1</v></c>${extra}</row>`;
  const sheet = (rows: string) => `<worksheet ${NS}><sheetData>${rows}</sheetData></worksheet>`;

  it("rows with the same formats share one row of the grid", () => {
    const { grid } = gridOf(sheet(row(1) + row(2) + row(3)));
    expect(grid.numberFormats[0]).toEqual([undefined, "0.00%", "#,##0.00"]);
    expect(grid.numberFormats[1]).toBe(grid.numberFormats[0]);
    expect(grid.numberFormats[2]).toBe(grid.numberFormats[0]);
  });

  it("a cell written later into a finished row (cells out of order) changes that row only", () => {
    // Row 4's element holds a cell of row 2 (a generator writing cells by reference, out of order).
    const { grid } = gridOf(sheet(row(1) + row(2) + row(3) + row(4, '<c r="C2" s="2"><v>43466</v></c>')));
    expect(grid.numberFormats.map((r) => r[2])).toEqual(["#,##0.00", "mm-dd-yy", "#,##0.00", "#,##0.00"]);
    expect(grid.values[1][2]).toBe(43466);
    expect(grid.values[0][2]).toBe(1);
  });

  it("a cell written twice keeps only its last writing (format and formula)", () => {
    const twice = `<row r="1"><c r="A1" s="1"><f>1+1</f><v>2</v></c><c r="A1"><v>3</v></c><c r="B1"><v>1</v></c></row>`;
    const { grid } = gridOf(sheet(twice));
    expect(grid.values[0]).toEqual([3, 1]);
    expect(grid.numberFormats[0][0]).toBeUndefined();
    expect(grid.formulas[0][0]).toBeNull();
  });

  it("a row is as long as its cells reach, whatever the row before it", () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="IA1"><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>4</v></c></row>' +
      '<row r="3"><c r="A3"><v>5</v></c></row>';
    const cells = readSheetCells(sheet(rows), "xl/worksheets/sheet1.xml", context());
    expect([1, 2, 3].map((r) => cells.rows.get(r - 1)!.values.length)).toEqual([235, 3, 1]);
  });

  it("rows are as wide as the used range the part declares, unless a stray cell makes it far wider", () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>';
    const widths = (dimension: string) => {
      const xml = `<worksheet ${NS}><dimension ref="${dimension}"/><sheetData>${rows}</sheetData></worksheet>`;
      const cells = readSheetCells(xml, "xl/worksheets/sheet1.xml", context());
      return [0, 1].map((r) => cells.rows.get(r)!.values.length);
    };
    expect(widths("A1:K2")).toEqual([11, 11]);
    expect(widths("$A$1:$K$2")).toEqual([11, 11]);
    expect(widths("A1:XFD2")).toEqual([1, 2]);
    expect(
      gridOf(`<worksheet ${NS}><dimension ref="A1:K2"/><sheetData>${rows}</sheetData></worksheet>`).grid.values
    ).toEqual([
      [1, null],
      [null, 2],
    ]);
  });

  it("a row narrower or wider than the one before reads its own cells", () => {
    const rows =
      row(1) +
      '<row r="2"><c r="A2"><v>9</v></c></row>' +
      '<row r="3"><c r="A3"><v>1</v></c><c r="E3" s="1"><v>0.1</v></c></row>';
    const { grid } = gridOf(sheet(rows));
    expect(grid.values).toEqual([
      [1, 0.5, 1, null, null],
      [9, null, null, null, null],
      [1, null, null, null, 0.1],
    ]);
    expect(grid.numberFormats[1]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(grid.numberFormats[2]).toEqual([undefined, undefined, undefined, undefined, "0.00%"]);
  });
});
