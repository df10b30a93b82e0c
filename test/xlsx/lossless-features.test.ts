import { unzipSync } from "fflate";
import { serialFromYmd } from "../../src/engine/dates";
import { cellAt } from "../../src/layout/grid";
import { readPackage } from "../../src/xlsx/read-package";
import { build, FEATURES } from "./feature-corpus";
import { diffPackages, recalcPackage } from "./package-diff";

const text = (data: Uint8Array, part: string): string => new TextDecoder().decode(unzipSync(data)[part]);

describe("feature-rich workbooks survive byte for byte outside the owned cells", () => {
  it.each(Object.keys(FEATURES).filter((n) => !n.startsWith("celle di performance con formule")))("%s", (name) => {
    const input = build([FEATURES[name]]);
    const { result, output, owned } = recalcPackage(input);
    expect(result.writes.map((w) => w.address).sort()).toEqual(["F3", "F4", "G2"]);
    expect(diffPackages(input, output, owned)).toEqual({ missing: [], added: [], changed: [] });
    // The copy is read again as well-formed XML with the results in place.
    expect(cellAt(readPackage(output).grids[0], 2, 5)).toBeCloseTo(0.8, 12);
  });

  it("all of them in one workbook", () => {
    const input = build(
      Object.entries(FEATURES)
        .filter(([n]) => !n.startsWith("celle di performance"))
        .map(([, f]) => f)
    );
    const { output, owned } = recalcPackage(input);
    expect(diffPackages(input, output, owned)).toEqual({ missing: [], added: [], changed: [] });
  });

  it("a formula replaced by a value (--sovrascrivi-formule) removes the calculation chain, its relationship and content type, nothing else", () => {
    const input = build([FEATURES["celle di performance con formule e catena di calcolo"]]);
    const kept = recalcPackage(input);
    expect(kept.result.writes.map((w) => w.address)).toEqual(["G2"]);
    expect(diffPackages(input, kept.output, kept.owned)).toEqual({ missing: [], added: [], changed: [] });
    const { output, owned } = recalcPackage(input, { overwriteFormulas: true });
    expect(diffPackages(input, output, owned)).toEqual({
      missing: ["xl/calcChain.xml"],
      added: [],
      changed: ["[Content_Types].xml", "xl/_rels/workbook.xml.rels"],
    });
    expect(text(output, "[Content_Types].xml")).toBe(
      text(input, "[Content_Types].xml").replace(/<Override PartName="\/xl\/calcChain.xml"[^>]*\/>/, "")
    );
    expect(text(output, "xl/_rels/workbook.xml.rels")).toBe(
      text(input, "xl/_rels/workbook.xml.rels").replace(/<Relationship Id="rIdCC"[^>]*\/>/, "")
    );
    expect(text(output, "xl/worksheets/sheet1.xml")).toContain(`<c r="F3" s="3"><v>0.8</v></c>`);
    // The new style is the cell's own (0%) with the 0.00% format, appended after the existing three.
    expect(text(output, "xl/styles.xml")).toContain(`<cellXfs count="4">`);
  });
});

describe("reading the date systems", () => {
  it.each([
    ['date ISO (t="d")', serialFromYmd(2024, 3, 31)],
    ["sistema di date 1904", 43920 + 1462],
  ])("%s", (name, serial) => {
    const g = readPackage(build([FEATURES[name]])).grids[0];
    expect(cellAt(g, 2, 8)).toBe(serial);
  });

  it.each(["1", "true", "on", "True"])('reads date1904="%s" as the 1904 system', (spelling) => {
    const pkg = readPackage(
      build([
        (p) => (p.workbookPr = `<workbookPr date1904="${spelling}"/>`),
        (p) => (p.extraCells[3] = `<c r="I3" s="2"><v>0</v></c>`),
      ])
    );
    expect(pkg.pkg.date1904).toBe(true);
    expect(cellAt(pkg.grids[0], 2, 8)).toBe(1462);
  });
});
