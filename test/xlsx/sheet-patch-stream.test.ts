import { CellWrite, ConditionalFormatSpec } from "../../src/pipeline/types";
import { patchSheet } from "../../src/xlsx/sheet-patch";
import { streamPatchSheet } from "../../src/xlsx/sheet-patch-stream";
import { StylesEditor } from "../../src/xlsx/styles-patch";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const STYLES =
  `<styleSheet ${NS}><numFmts count="0"/><fonts count="1"><font/></fonts><fills count="1"><fill/></fills>` +
  '<borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="10"/></cellXfs><dxfs count="0"/></styleSheet>';

const sheet = (before: string, rows: string, after = ""): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\r\n<worksheet ${NS}>${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

const write = (address: string, value: CellWrite["value"], numberFormat?: string): CellWrite => ({
  sheet: "Piano",
  address,
  value,
  numberFormat,
  kind: "performance-kpi",
});

const OWN_CF =
  '<conditionalFormatting sqref="F2:F9"><cfRule type="expression" dxfId="0" priority="3"><formula>AND(ISNUMBER(F2),ROUND(F2,9)&gt;=0.8)</formula></cfRule></conditionalFormatting>';
const USER_CF =
  '<conditionalFormatting sqref="A2:A9"><cfRule type="duplicateValues" dxfId="0" priority="1"/></conditionalFormatting>';
const FORMATS: ConditionalFormatSpec[] = [
  {
    sheet: "Piano",
    range: "F2:F9",
    rules: [{ colour: "verde", formula: "AND(ISNUMBER(F2),ROUND(F2,9)>=0.8)", fill: "FFC6EFCE", font: "FF006100" }],
  },
];
const manyRows = Array.from(
  { length: 400 },
  (_, i) =>
    `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Obiettivo è ${i}</t></is></c><c r="F${i + 2}"><v>${i}</v></c></row>`
).join("");

/** The part in UTF-8 slices of `size` bytes (cut inside tags and characters). */
function slices(xml: string, size: number): () => Uint8Array | null {
  const bytes = new TextEncoder().encode(xml);
  let at = 0;
  return () => (at >= bytes.length ? null : bytes.subarray(at, (at += size)));
}

describe("streamed sheet patch gives the pieces of the whole-part patch", () => {
  it.each<[string, string, CellWrite[], ConditionalFormatSpec[]]>([
    [
      "values, new cells and rows",
      sheet("", '<row r="2"><c r="A2"><v>1</v></c><c r="F2" s="1"><v>0.5</v></c></row><row r="5"/>'),
      [write("F2", 0.9, "0.00%"), write("C2", "nuovo"), write("F3", null), write("F5", 2), write("F9", " x ")],
      [],
    ],
    ["empty sheetData", `<worksheet ${NS}><sheetData/></worksheet>`, [write("B2", 1)], FORMATS],
    [
      "many rows, formats replaced, user's kept",
      sheet('<dimension ref="A1:F401"/>', manyRows, USER_CF + OWN_CF + '<pageMargins left="0.7"/>'),
      Array.from({ length: 400 }, (_, i) => write(`F${i + 2}`, i / 400, "0%")),
      FORMATS,
    ],
    [
      "formats before pageMargins",
      sheet(
        "",
        '<row r="2"><c r="F2"><v>1</v></c></row>',
        '<pageMargins left="0.7"/><extLst><ext><x14:conditionalFormattings xmlns:x14="x"><x14:conditionalFormatting><x14:cfRule type="dataBar" priority="7"/></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>'
      ),
      [],
      FORMATS,
    ],
    [
      "shared formula master replaced",
      sheet(
        "",
        '<row r="3"><c r="F3"><f t="shared" ref="F3:F5" si="0">E3/100</f><v>0.8</v></c></row><row r="4"><c r="F4"><f t="shared" si="0"/><v>0</v></c></row><row r="5"><c r="F5"><f t="shared" si="0"/><v>0</v></c></row>'
      ),
      [write("F3", 1), write("F5", 2)],
      [],
    ],
    [
      "prefixed part with a comment",
      `<x:worksheet xmlns:x="u"><!-- <row r="1"> --><x:sheetData><x:row r="2"><x:c r="F2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      [write("F2", 3), write("F4", 4)],
      FORMATS,
    ],
  ])("%s", (_, xml, writes, formats) => {
    const expected = patchSheet("Piano", xml, writes, formats, new StylesEditor(STYLES));
    for (const size of [1, 7, 4096]) {
      const pieces: string[] = [];
      const replaced = streamPatchSheet("Piano", slices(xml, size), writes, formats, new StylesEditor(STYLES), {
        push: (piece) => pieces.push(piece),
      });
      expect(replaced).toEqual(expected.replacedFormulas);
      expect(pieces.join("")).toBe(expected.pieces.join(""));
      // The same flush points, so the same deflated bytes: non-empty pieces alike.
      expect(pieces.filter((p) => p !== "")).toEqual(expected.pieces.filter((p) => p !== ""));
    }
  });

  it.each<[string, string, CellWrite[]]>([
    ["conditional formats before sheetData", `<worksheet ${NS}>${USER_CF}<sheetData/></worksheet>`, [write("A1", 1)]],
    ["no sheetData", `<worksheet ${NS}><pageMargins left="0.7"/></worksheet>`, [write("A1", 1)]],
    [
      "a shared formula used above its master",
      sheet(
        "",
        '<row r="2"><c r="F2"><f t="shared" si="0"/><v>0</v></c></row><row r="3"><c r="F3"><f t="shared" ref="F2:F3" si="0">E3</f></c></row>'
      ),
      [write("F3", 1)],
    ],
  ])("%s: left to the whole-part patch", (_, xml, writes) => {
    expect(streamPatchSheet("Piano", slices(xml, 5), writes, [], null, { push: () => undefined })).toBeNull();
  });
});
