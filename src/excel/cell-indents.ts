import { rangeA1 } from "../layout/address";
import { SheetGrid, indentKey } from "../layout/grid";
import { syncInBlocks } from "./blocks";
import { ExcelContextLike, WorksheetLike } from "./excel-api";

/** Bytes of one column's format.indentLevel answer, and of one cell's getCellProperties answer. */
const COLUMN_BYTES = 60;
const CELL_BYTES = 32;

interface Column {
  g: SheetGrid;
  ws: WorksheetLike;
  col: number;
}

/**
 * The cells' alignment indent ("Aumenta rientro") into grid.indents, only where it is not zero
 * (ExcelApi 1.9: RangeFormat.indentLevel, Range.getCellProperties), for the sheets whose used range
 * has indented cells (its format.indentLevel, loaded with it, is not 0). Two passes: each column's
 * format.indentLevel (0 when none of its cells is indented), then each cell's of the few columns that are.
 */
export async function readCellIndents(
  context: ExcelContextLike,
  sheets: readonly { ws: WorksheetLike; grid: SheetGrid }[],
  budget: number
): Promise<void> {
  const columns: Column[] = sheets.flatMap(({ ws, grid: g }) => {
    const width = g.values.reduce((n, row) => Math.max(n, row?.length ?? 0), 0);
    return Array.from({ length: width }, (_v, c) => ({ g, ws, col: g.colOffset + c }));
  });
  if (columns.length === 0) return;
  const whole = (p: Column, top = 0, rows = p.g.values.length) =>
    p.ws.getRange(rangeA1(p.g.rowOffset + top, p.col, p.g.rowOffset + top + rows - 1, p.col));
  const probed = await syncInBlocks(context, columns, budget, {
    cost: () => COLUMN_BYTES,
    split: (p) => [p],
    queue: (p) => {
      const r = whole(p);
      r.load("format/indentLevel");
      return () => r.format.indentLevel;
    },
  });
  const indented = probed.results
    .filter(({ result }) => result !== 0)
    .map(({ piece }) => ({ ...piece, top: 0, rows: piece.g.values.length }));
  if (indented.length === 0) return;
  const cells = await syncInBlocks(context, indented, budget, {
    cost: (p) => p.rows * CELL_BYTES,
    split: (p, b) => {
      const size = Math.max(1, Math.floor(b / CELL_BYTES));
      const out: typeof indented = [];
      for (let top = p.top; top < p.top + p.rows; top += size)
        out.push({ ...p, top, rows: Math.min(size, p.top + p.rows - top) });
      return out;
    },
    queue: (p) => {
      const props = whole(p, p.top, p.rows).getCellProperties({ format: { indentLevel: true } });
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- a ClientResult, read after syncInBlocks syncs
      return () => props.value;
    },
  });
  for (const { piece, result } of cells.results) {
    const { g, col } = piece;
    result.forEach((line, i) => {
      const n = line[0]?.format?.indentLevel ?? 0;
      const r = piece.top + i;
      const v = g.values[r]?.[col - g.colOffset];
      if (n <= 0 || v === null || v === undefined) return;
      const map = (g.indents ??= new Map()) as Map<number, number>;
      map.set(indentKey(g.rowOffset + r, col), n);
    });
  }
}
