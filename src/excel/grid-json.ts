import { SheetGrid } from "../layout/grid";

/** A SheetGrid as JSON (sets become arrays): how a workbook is handed to the demo mode. */
export type GridJson = Omit<SheetGrid, "hiddenRows" | "hiddenColumns"> & {
  hiddenRows?: number[];
  hiddenColumns?: number[];
};

export function gridToJson(g: SheetGrid): GridJson {
  const { hiddenRows, hiddenColumns, ...rest } = g;
  return {
    ...rest,
    hiddenRows: hiddenRows ? [...hiddenRows] : undefined,
    hiddenColumns: hiddenColumns ? [...hiddenColumns] : undefined,
  };
}

export function gridFromJson(j: GridJson): SheetGrid {
  const { hiddenRows, hiddenColumns, ...rest } = j;
  return {
    ...rest,
    hiddenRows: hiddenRows ? new Set(hiddenRows) : undefined,
    hiddenColumns: hiddenColumns ? new Set(hiddenColumns) : undefined,
  };
}

/** True when the value looks like a list of grids (input from outside the pane is checked, not trusted). */
export function isGridJsonList(v: unknown): v is GridJson[] {
  return (
    Array.isArray(v) &&
    v.every(
      (g) =>
        g && typeof g === "object" && typeof (g as GridJson).name === "string" && Array.isArray((g as GridJson).values)
    )
  );
}
