import { Problem, problem } from "../engine/problems";
import { SheetGrid } from "../layout/grid";
import { WorkbookPackage, openPackage, partText } from "./package";
import { readSheetCells } from "./sheet-cells";
import { gridOfCells } from "./sheet-grid";
import { attributesOf, localName, nextTag } from "./xml-scan";
import { readEntry } from "./zip";

export interface PackageReading {
  pkg: WorkbookPackage;
  grids: SheetGrid[];
  /** Reading problems: formulas without a stored result, cells too far from the table. */
  problems: Problem[];
}

/** Problems named cell by cell up to this many per sheet, then one for the rest. */
const MAX_CELL_PROBLEMS = 20;

function tablesOf(
  pkg: WorkbookPackage,
  rels: { id: string; target: string; type: string }[],
  ids: string[]
): { name: string; range: string }[] {
  const out: { name: string; range: string }[] = [];
  for (const id of ids) {
    const rel = rels.find((r) => r.id === id && r.type === "table");
    const xml = rel ? partText(pkg.zip, rel.target) : null;
    if (!xml) continue;
    for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
      if (t.kind === "close" || localName(t.name) !== "table") continue;
      const a = attributesOf(xml.slice(t.start, t.end));
      out.push({ name: a.displayName ?? a.name ?? "", range: a.ref ?? "" });
      break;
    }
  }
  return out;
}

/** Open a workbook package and read every worksheet as the layout expects it. Throws PackageError. */
export function readPackage(data: Uint8Array): PackageReading {
  const { pkg, sharedStrings } = openPackage(data);
  const grids: SheetGrid[] = [];
  const problems: Problem[] = [];
  const ctx = { sharedStrings, styles: pkg.styles, date1904: pkg.date1904 };
  for (const sheet of pkg.sheets) {
    const entry = pkg.zip.byName.get(sheet.path)!;
    // Inflated and parsed a slice at a time: the sheet's XML is never whole in memory.
    const cells = readEntry(pkg.zip, entry, (pieces) => readSheetCells(pieces, sheet.path, ctx));
    const reading = gridOfCells(sheet.name, cells, tablesOf(pkg, sheet.rels, cells.tableParts));
    grids.push(reading.grid);
    reading.noResult
      .slice(0, MAX_CELL_PROBLEMS)
      .forEach((cell) => problems.push(problem("formula-senza-valore", { sheet: sheet.name, cell }, 0)));
    if (reading.noResult.length > MAX_CELL_PROBLEMS) {
      const rest = reading.noResult.slice(MAX_CELL_PROBLEMS);
      problems.push(
        problem("formula-senza-valore", { sheet: sheet.name, cell: rest[0], cells: rest }, rest.length - 1)
      );
    }
    if (reading.farCells.length > 0) {
      const [first, ...others] = reading.farCells;
      const shown = others.slice(0, 4);
      problems.push(
        problem(
          "celle-lontane",
          { sheet: sheet.name, cell: first, cells: reading.farCells },
          shown,
          others.length - shown.length
        )
      );
    }
  }
  return { pkg, grids, problems };
}
