/**
 * The ExcelJS reading of a workbook, kept as the tests' independent oracle: the product reads packages
 * with src/xlsx; tests compare the two readings and build grids from fixtures with this one.
 */
import ExcelJS from "exceljs";
import { serialFromDate } from "../../src/engine/dates";
import { CellValue } from "../../src/engine/values";
import { SheetGrid, indentKey } from "../../src/layout/grid";

type Raw = ExcelJS.CellValue;

function richTextOf(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text).join("");
}

/** A cell's value as Excel's range.values delivers it: numbers, text, booleans, date serials; errors as "#N/A". */
export function plainValue(v: Raw): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return richTextOf(v);
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) return plainValue((v as ExcelJS.CellFormulaValue).result);
    if ("hyperlink" in v) {
      const text = v.text as unknown;
      if (typeof text === "object" && text !== null && "richText" in text)
        return richTextOf(text as { richText: { text: string }[] });
      // ExcelJS gives a hyperlink's text as a string or rich text; no other object reaches String().
      return String(text ?? "");
    }
  }
  return null;
}

/** Formula text with its "=" as Office.js range.formulas gives it; null when the cell holds none. */
export function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== ExcelJS.ValueType.Formula) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** One worksheet's used range as a SheetGrid (the same shape the task pane reads through Office.js). */
export function gridOfWorksheet(ws: ExcelJS.Worksheet): SheetGrid {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, colNumber) => {
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  const merges: string[] = [...((ws.model as { merges?: string[] }).merges ?? [])];
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const tables = ws.getTables().map((t) => {
    const model =
      (t as unknown as { table?: { name: string; tableRef?: string; ref?: string } }).table ??
      (t as unknown as { name: string; ref?: string });
    const m = model as { name: string; tableRef?: string; ref?: string };
    return { name: m.name, range: m.tableRef ?? m.ref ?? "" };
  });
  if (bottom < 0) {
    return {
      name: ws.name,
      values: [],
      numberFormats: [],
      formulas: [],
      rowOffset: 0,
      colOffset: 0,
      hiddenRows,
      hiddenColumns,
      merges,
      tables,
    };
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: (string | null)[][] = [];
  const indents = new Map<number, number>();
  for (let r = top; r <= bottom; r++) {
    // findRow/findCell, not getRow/getCell: reading must not add cells to the workbook that is saved later.
    const row = ws.findRow(r);
    if (row?.hidden) hiddenRows.add(r - 1);
    const vr: CellValue[] = [];
    const fr: (string | undefined)[] = [];
    const xr: (string | null)[] = [];
    for (let c = left; c <= right; c++) {
      const cell = row?.findCell(c);
      if (!cell) {
        vr.push(null);
        fr.push(undefined);
        xr.push(null);
        continue;
      }
      const isSlave = cell.type === ExcelJS.ValueType.Merge && cell.master.address !== cell.address;
      vr.push(isSlave ? null : plainValue(cell.value));
      const indent = cell.alignment?.indent ?? 0;
      if (!isSlave && indent > 0 && vr[vr.length - 1] !== null) indents.set(indentKey(r - 1, c - 1), indent);
      fr.push(cell.numFmt || undefined);
      xr.push(isSlave ? null : formulaOf(cell));
    }
    values.push(vr);
    numberFormats.push(fr);
    formulas.push(xr);
  }
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.hidden) hiddenColumns.add(i);
  });
  return {
    name: ws.name,
    values,
    numberFormats,
    formulas,
    rowOffset: top - 1,
    colOffset: left - 1,
    hiddenRows,
    hiddenColumns,
    merges,
    tables,
    ...(indents.size > 0 ? { indents } : {}),
  };
}

export function gridsOfWorkbook(wb: ExcelJS.Workbook): SheetGrid[] {
  return wb.worksheets.map(gridOfWorksheet);
}
