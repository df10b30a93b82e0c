import * as fs from "fs";
import * as path from "path";
import { indentAt } from "../../src/layout/grid";
import { readPackage } from "../../src/xlsx/read-package";
import { readStyles } from "../../src/xlsx/styles";

/** Issue 9 §3: the package reader gives each cell's alignment indent (styles.xml cellXfs → the cell's s=). */

const OFFICES = path.join(__dirname, "..", "fixtures", "offices");

describe("styles.xml: the alignment indent of each cell style", () => {
  it("reads <alignment indent> of cellXfs entries only, not of cellStyleXfs, and leaves out indent 0", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
  <cellStyleXfs count="1"><xf numFmtId="0"><alignment indent="5"/></xf></cellStyleXfs>
  <cellXfs count="5">
    <xf numFmtId="0" fontId="0"/>
    <xf numFmtId="9" applyAlignment="1"><alignment horizontal="left" indent="2"/></xf>
    <xf numFmtId="0"><alignment indent="0" wrapText="1"/></xf>
    <xf numFmtId="0"><protection locked="0"/></xf>
    <xf numFmtId="0"><alignment horizontal="left" indent="3"/></xf>
  </cellXfs>
</styleSheet>`;
    const styles = readStyles(xml);
    expect([...styles.indents]).toEqual([
      [1, 2],
      [4, 3],
    ]);
    expect(styles.formats).toEqual([undefined, "0%", undefined, undefined, undefined]);
  });
});

describe("the package reader's grid", () => {
  it("gives the indent of each indented name of 40-livelli-dal-rientro, none elsewhere", () => {
    const grid = readPackage(fs.readFileSync(path.join(OFFICES, "40-livelli-dal-rientro.xlsx"))).grids[0];
    // A4 area, A5 strategico, A6 operativo, A7 KPI; B7 a weight
    expect([4, 5, 6, 7].map((row) => indentAt(grid, row - 1, 0))).toEqual([0, 1, 2, 3]);
    expect(indentAt(grid, 6, 1)).toBe(0);
    expect(grid.indents?.size).toBe(25 - 2);
  });

  it("gives no indents for a sheet whose levels are spaces (41-livelli-da-spazi)", () => {
    const grid = readPackage(fs.readFileSync(path.join(OFFICES, "41-livelli-da-spazi.xlsx"))).grids[0];
    expect(grid.indents).toBeUndefined();
  });
});
