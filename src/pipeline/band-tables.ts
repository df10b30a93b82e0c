import { BandTable } from "../engine/bands";
import { Problem, problem } from "../engine/problems";
import { parseA1 } from "../layout/address";
import { readBandTable } from "../layout/band-table";
import { SheetGrid } from "../layout/grid";
import { BandTableRef } from "./types";

/** The part of a sheet's grid inside a range, keeping the sheet's coordinates (so problems name its cells). */
export function sliceGrid(grid: SheetGrid, range: string): SheetGrid {
  const [from, to] = range.split(":").map((a) => parseA1(a) as { row: number; col: number });
  const rows: SheetGrid["values"] = [];
  const formats: (string | undefined)[][] = [];
  for (let r = from.row; r <= to.row; r++) {
    const values = grid.values[r - grid.rowOffset] ?? [];
    const numberFormats = grid.numberFormats?.[r - grid.rowOffset] ?? [];
    rows.push(Array.from({ length: to.col - from.col + 1 }, (_, i) => values[from.col + i - grid.colOffset] ?? null));
    formats.push(
      Array.from({ length: to.col - from.col + 1 }, (_, i) => numberFormats[from.col + i - grid.colOffset] ?? undefined)
    );
  }
  return { name: grid.name, values: rows, numberFormats: formats, rowOffset: from.row, colOffset: from.col };
}

/**
 * The band tables the settings name, each read from its range of the workbook. A table whose sheet is
 * missing is an error and is left out: a KPI that asks for it then reports it as unknown.
 */
export function readBandTables(
  grids: readonly SheetGrid[],
  refs: readonly BandTableRef[]
): { tables: BandTable[]; problems: Problem[] } {
  const tables: BandTable[] = [];
  const problems: Problem[] = [];
  for (const ref of refs) {
    const grid = grids.find((g) => g.name.trim().toLowerCase() === ref.sheet.trim().toLowerCase());
    if (!grid) {
      problems.push(
        problem(
          "fasce-foglio-mancante",
          { sheet: ref.sheet, cell: ref.range },
          ref.name,
          grids.map((g) => g.name)
        )
      );
      continue;
    }
    const read = readBandTable(sliceGrid(grid, ref.range), ref.name);
    tables.push(read.table);
    problems.push(...read.problems);
  }
  return { tables, problems };
}
