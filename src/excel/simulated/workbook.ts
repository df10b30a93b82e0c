import { CellValue } from "../../engine/values";
import { SheetGrid, indentAt } from "../../layout/grid";
import { a1 } from "../../layout/address";
import { CellInput, ChangeEventLike, ExcelRunner } from "../excel-api";
import { Box } from "../ranges";
import { SimContext } from "./context";

/**
 * The workbook the simulated Excel holds: sheets of cells, conditional formats, tables, merges, hidden
 * rows and columns, the selection. Proxies (context.ts, worksheet.ts, range.ts, conditional-formats.ts)
 * read and change it only when a queued command runs at context.sync(), as Office.js does.
 */
export interface SimCell {
  /** What Range.values gives: the basic value ("#VALUE!" for an entity). */
  value: CellInput;
  formula: string | null;
  numberFormat: string;
  /** A data type held by the cell, as valuesAsJson gives it (ExcelApi 1.16). */
  json?: { type: string; basicValue?: CellInput; text?: string };
  /** Fill colour ("#C6EFCE"); none when absent (Range.format.fill then reads "#FFFFFF"). */
  fill?: string;
  /** Alignment indent, 1–250 ("Aumenta rientro"); none when absent (Range.format.indentLevel reads 0). */
  indent?: number;
}

export interface SimConditionalFormat {
  id: number;
  range: string;
  type: string;
  /** The rule formula as written, relative to the top-left cell of `range`. */
  formula: string;
  fill: string;
  font: string;
}

export interface SimSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, Map<number, SimCell>>;
  formats: SimConditionalFormat[];
  tables: { name: string; range: string }[];
  merges: string[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
}

/** What happened, for whoever observes the simulation (the tests' counters; nothing in the add-in). */
export type SimEvent =
  | { kind: "sync"; requestBytes: number; responseBytes: number; refused: boolean }
  | { kind: "suspendCalculation" | "suspendScreenUpdating" | "rangeWrite" | "calculate" };

export class SimulatedExcel {
  readonly sheets: SimSheet[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  /** Bytes allowed per request and per response (Excel on the web: 5 MB). */
  payloadLimit = 5 * 1024 * 1024;
  /**
   * How an oversized sync is refused: with the documented payload error codes, or with the generic
   * internal error Excel on the web has also been reported to give (office-js issues 1012, 1314).
   */
  oversizeAnswer: "payload-error" | "internal-error" = "payload-error";
  /**
   * Cells were written while API calculation was suspended and no application.calculate followed: their
   * dependents show stale results ("it is the developer's responsibility to re-calc the workbook").
   */
  calculationPending = false;
  /** The workbook counts dates from 1904: its cells hold 1904 serials, DATE answers in that system. */
  date1904 = false;
  /**
   * The ExcelApi requirement set this Excel has ("1.1": Office 2016 volume licence, no shared runtime);
   * members above it are refused with ApiNotFound (api-levels.ts). Null: every API.
   */
  apiLevel: string | null = null;
  /** The Excel knows LAMBDA: a name defined as =LAMBDA(...) works; otherwise it evaluates to an error. */
  lambda = true;
  /** Workbook names: formula as defined, comment. */
  readonly names = new Map<string, { formula: string; comment: string }>();
  readonly observers: ((event: SimEvent) => void)[] = [];
  /** Last value each formula produced at a cell: stands in for Excel recalculating a restored formula. */
  private readonly formulaResults = new Map<string, CellInput>();
  private nextFormatId = 1;

  readonly run: ExcelRunner = (batch) => batch(new SimContext(this));

  static fromGrids(grids: readonly SheetGrid[]): SimulatedExcel {
    const excel = new SimulatedExcel();
    for (const g of grids) excel.addSheet(g);
    return excel;
  }

  addSheet(g: SheetGrid, visibility: SimSheet["visibility"] = "Visible"): SimSheet {
    const sheet: SimSheet = {
      name: g.name,
      visibility,
      cells: new Map(),
      formats: [],
      tables: [...(g.tables ?? [])],
      merges: [...(g.merges ?? [])],
      hiddenRows: new Set(g.hiddenRows ?? []),
      hiddenColumns: new Set(g.hiddenColumns ?? []),
    };
    g.values.forEach((row, r) => {
      const width = Math.max(row.length, g.formulas?.[r]?.length ?? 0, g.numberFormats?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = normaliseValue(row[c]);
        const formula = g.formulas?.[r]?.[c] || null;
        const numberFormat = g.numberFormats?.[r]?.[c] ?? "General";
        const indent = indentAt(g, g.rowOffset + r, g.colOffset + c);
        if (value === null && !formula && numberFormat === "General" && indent === 0) continue;
        const cell: SimCell = { value, formula, numberFormat };
        if (indent > 0) cell.indent = indent;
        this.setCell(sheet, g.rowOffset + r, g.colOffset + c, cell);
      }
    });
    this.sheets.push(sheet);
    if (this.activeSheet === null) this.activeSheet = sheet.name;
    return sheet;
  }

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  cell(sheetName: string, row: number, col: number): SimCell | undefined {
    return this.sheet(sheetName)?.cells.get(row)?.get(col);
  }

  private readonly changeHandlers = new Map<string, ((event: ChangeEventLike) => Promise<unknown>)[]>();

  /** Worksheet.onChanged: the handler hears of every later change of the sheet's cells, after the change. */
  addChangeHandler(sheet: string, handler: (event: ChangeEventLike) => Promise<unknown>): void {
    this.changeHandlers.set(sheet, [...(this.changeHandlers.get(sheet) ?? []), handler]);
  }

  setCell(sheet: SimSheet, row: number, col: number, cell: SimCell): void {
    const handlers = this.changeHandlers.get(sheet.name);
    if (handlers) setTimeout(() => handlers.forEach((h) => void h({ address: a1(row, col) })), 0);
    let r = sheet.cells.get(row);
    if (!r) sheet.cells.set(row, (r = new Map()));
    if (
      cell.value === null &&
      cell.formula === null &&
      cell.numberFormat === "General" &&
      cell.fill === undefined &&
      cell.indent === undefined
    )
      r.delete(col);
    else r.set(col, cell);
    if (cell.formula) this.formulaResults.set(`${sheet.name}!${row},${col}|${cell.formula}`, cell.value);
  }

  rememberedResult(sheet: SimSheet, row: number, col: number, formula: string): CellInput {
    return this.formulaResults.get(`${sheet.name}!${row},${col}|${formula}`) ?? null;
  }

  newFormatId(): number {
    return this.nextFormatId++;
  }

  emit(event: SimEvent): void {
    for (const o of this.observers) o(event);
  }

  usedBox(sheet: SimSheet, valuesOnly: boolean): Box | null {
    let box: Box | null = null;
    for (const [row, cols] of sheet.cells) {
      for (const [col, cell] of cols) {
        if (valuesOnly && cell.value === null && !cell.formula) continue;
        if (!box) box = { top: row, left: col, bottom: row, right: col };
        else {
          box.top = Math.min(box.top, row);
          box.bottom = Math.max(box.bottom, row);
          box.left = Math.min(box.left, col);
          box.right = Math.max(box.right, col);
        }
      }
    }
    return box;
  }
}

function normaliseValue(v: CellValue): CellInput {
  if (v === undefined || v === "") return null;
  return v;
}
