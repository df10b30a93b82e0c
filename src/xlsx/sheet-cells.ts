import { DAYS_1904, serialFromYmd } from "../engine/dates";
import { CellValue } from "../engine/values";
import { indentKey } from "../layout/grid";
import { isDateFormat } from "../engine/values";
import { shiftFormula } from "./formula-shift";
import { isTrue } from "./package";
import { parseXml } from "./sax";
import { StyleTable } from "./styles";

/** The cells of one row present in the sheet part, indexed by 0-based column (holes where none). */
export interface RowCells {
  values: CellValue[];
  /** Number formats; null when no cell of the row has one. Rows alike share one array (never written through). */
  formats: (string | undefined)[] | null;
  /** Formula text with "=", when the cell holds one; null when no cell of the row does. */
  formulas: (string | null)[] | null;
  /** Whether `formats` is shared with other rows (copied before a cell of this row changes it). */
  sharedFormats: boolean;
}

/** What one worksheet part holds, row by row (only the cells present: memory follows the file, not the used range). */
export interface SheetCells {
  rows: Map<number, RowCells>;
  /** Cells whose formula has no stored result ([row, col]); their value reads as NO_RESULT_VALUE. */
  noResult: [number, number][];
  merges: string[];
  hiddenRows: Set<number>;
  hiddenColumns: Set<number>;
  tableParts: string[];
  /** Alignment indents of the valued cells that have one, by indentKey (layout/grid). */
  indents: Map<number, number>;
}

/** The text a formula without a stored result reads as: unavailable, never empty or zero. */
export const NO_RESULT_VALUE = "non disponibile";

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: StyleTable;
  date1904: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/** An ISO 8601 date of a `t="d"` cell as a 1900-system serial (null when not a date). */
export function serialFromIso(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const day = serialFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  const seconds = Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0);
  return day + seconds / 86400;
}

function colIndex(ref: string, at: number, end: number): number {
  let n = 0;
  for (let i = at; i < end; i++) n = n * 26 + (ref.charCodeAt(i) & 0x1f);
  return n - 1;
}

/** "AB12" → [11, 27] (0-based row, col); null when not an A1 reference. */
export function parseRef(ref: string): [number, number] | null {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) >= 65) i++;
  if (i === 0 || i > 3 || i === ref.length) return null;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 ? [row - 1, colIndex(ref.toUpperCase(), 0, i)] : null;
}

/**
 * A new row's array starts as wide as the sheet's used range says (its `<dimension>`), or else as the
 * previous row, up to this many columns: it does not grow cell by cell, nor again when fitted to the grid.
 * A range this wide is a table that wide (cells nearer than the grid's column gap join the table) or a
 * stray cell far away, which must not make every row that wide.
 */
const WIDTH_HINT_MAX = 100;
/** Distinct rows of number formats shared at most; rows beyond keep their own. */
const FORMAT_ROWS_MAX = 1024;

/**
 * The rows of a sheet as they are read. A plan's rows repeat a handful of number-format patterns
 * (the same formats column by column), so each finished row's formats are shared with the rows alike.
 */
class RowStore {
  readonly rows = new Map<number, RowCells>();
  private readonly formatRows = new Map<string, (string | undefined)[]>();
  private last: RowCells | null = null;
  private lastRow = -1;
  private width = 0;
  /** Columns of the used range the part declares (0 when it declares none, or one too wide to follow). */
  private declaredWidth = 0;

  /** The part's `<dimension ref="A1:K500">`, written before its cells. */
  declare(ref: string): void {
    const last = parseRef(ref.slice(ref.indexOf(":") + 1).replace(/\$/g, ""));
    this.declaredWidth = last && last[1] < WIDTH_HINT_MAX ? last[1] + 1 : 0;
    this.width = this.declaredWidth;
  }

  cellsOf(row: number): RowCells {
    if (row === this.lastRow && this.last) return this.last;
    const cells = this.rows.get(row);
    if (cells) return cells;
    this.finishRow();
    this.lastRow = row;
    const created: RowCells = {
      values: this.width > 0 ? new Array<CellValue>(this.width) : [],
      formats: null,
      formulas: null,
      sharedFormats: false,
    };
    this.rows.set(row, created);
    this.last = created;
    return created;
  }

  setFormat(cells: RowCells, col: number, format: string | undefined): void {
    if (cells.formats === null) cells.formats = new Array<string | undefined>(Math.max(cells.values.length, col + 1));
    else if (cells.sharedFormats) {
      cells.formats = cells.formats.slice();
      cells.sharedFormats = false;
    }
    cells.formats[col] = format;
  }

  setFormula(cells: RowCells, col: number, formula: string | null): void {
    if (cells.formulas === null) cells.formulas = new Array<string | null>(Math.max(cells.values.length, col + 1));
    cells.formulas[col] = formula;
  }

  /** Share the last row's formats with an earlier row alike; remember its width for the next row. */
  finishRow(): void {
    const cells = this.last;
    this.last = null;
    if (!cells) return;
    if (this.declaredWidth === 0) {
      // The row ends at its last cell, not at the width it was given (one wide row must not widen the rest).
      const values = cells.values;
      let width = values.length;
      while (width > 0 && values[width - 1] === undefined) width--;
      if (width < values.length) values.length = width;
      this.width = width <= WIDTH_HINT_MAX ? width : 0;
    }
    const formats = cells.formats;
    if (formats === null || cells.sharedFormats) return;
    let key = "";
    for (let i = 0; i < formats.length; i++) key += `${formats[i] ?? ""}\u0000`;
    const alike = this.formatRows.get(key);
    if (alike) cells.formats = alike;
    else if (this.formatRows.size < FORMAT_ROWS_MAX) this.formatRows.set(key, formats);
    else return;
    cells.sharedFormats = true;
  }
}

interface SharedMaster {
  row: number;
  col: number;
  text: string;
}

/** Read a worksheet part's cells, merges, hidden rows and columns, table parts. */
export function readSheetCells(xml: Parameters<typeof parseXml>[0], part: string, ctx: SheetContext): SheetCells {
  const store = new RowStore();
  const noResults: [number, number][] = [];
  const merges: string[] = [];
  const hiddenRows = new Set<number>();
  const hiddenColumns = new Set<number>();
  const tableParts: string[] = [];
  const masters = new Map<string, SharedMaster>();
  const indents = new Map<number, number>();

  let row = -1;
  let col = -1;
  let type = "n";
  let style = 0;
  let value: string | null = null;
  let formula: string | null = null;
  let sharedSi: string | null = null;
  let sharedRef = false;
  let inlineText: string[] | null = null;
  let text: string[] | null = null;
  let phonetic = 0;
  let inCell = false;

  const finishCell = (): void => {
    const format = ctx.styles.formats[style];
    let v: CellValue = null;
    let fmt = format;
    if (inlineText) v = inlineText.join("");
    else if (value !== null) {
      if (type === "s") v = ctx.sharedStrings[Number(value)] ?? null;
      else if (type === "str" || type === "inlineStr" || type === "e") v = value;
      else if (type === "b") v = isTrue(value);
      else if (type === "d") {
        v = serialFromIso(value) ?? value;
        if (typeof v === "number" && !isDateFormat(fmt)) fmt = "yyyy-mm-dd";
      } else {
        const n = Number(value);
        v = value.trim() === "" || !Number.isFinite(n) ? value : n;
        if (typeof v === "number" && ctx.date1904 && isDateFormat(fmt)) v += DAYS_1904;
      }
    }
    let f: string | null = null;
    if (sharedSi !== null) {
      if (formula && sharedRef) masters.set(sharedSi, { row, col, text: formula });
      const master = masters.get(sharedSi);
      f = formula || (master ? shiftFormula(master.text, row - master.row, col - master.col) : null);
    } else f = formula;
    const noResult = f !== null && value === null && inlineText === null;
    if (v === null && f === null && fmt === undefined) return;
    const cells = store.cellsOf(row);
    cells.values[col] = noResult ? NO_RESULT_VALUE : v;
    // A cell written twice (a malformed part) keeps only what its last writing says.
    if (fmt !== undefined || cells.formats?.[col] !== undefined) store.setFormat(cells, col, fmt);
    if (f !== null || (cells.formulas?.[col] ?? null) !== null)
      store.setFormula(cells, col, f === null ? null : `=${f}`);
    if (noResult) noResults.push([row, col]);
    const indent = ctx.styles.indents.get(style);
    if (indent !== undefined && v !== null) indents.set(indentKey(row, col), indent);
  };

  parseXml(xml, part, {
    open(name, a, selfClosing) {
      switch (name) {
        case "row":
          row = a.r ? Number(a.r) - 1 : row + 1;
          col = -1;
          if (isTrue(a.hidden)) hiddenRows.add(row);
          return;
        case "c": {
          const rc = a.r ? parseRef(a.r) : null;
          if (rc) [row, col] = rc;
          else col++;
          type = a.t ?? "n";
          style = a.s ? Number(a.s) : 0;
          value = null;
          formula = null;
          sharedSi = null;
          sharedRef = false;
          inlineText = null;
          inCell = true;
          if (selfClosing) {
            inCell = false;
            finishCell();
          }
          return;
        }
        case "v":
          if (inCell) text = [];
          return;
        case "f":
          if (!inCell) return;
          if (a.t === "shared" && a.si !== undefined) {
            sharedSi = a.si;
            sharedRef = a.ref !== undefined;
          }
          formula = "";
          text = selfClosing ? null : [];
          return;
        case "is":
          if (inCell) inlineText = [];
          return;
        case "t":
          if (inlineText && phonetic === 0 && !selfClosing) text = [];
          return;
        case "rPh":
          phonetic++;
          return;
        case "col":
          if (isTrue(a.hidden))
            for (let c = Number(a.min); c <= Number(a.max) && c <= 16384; c++) hiddenColumns.add(c - 1);
          return;
        case "dimension":
          if (a.ref) store.declare(a.ref);
          return;
        case "mergeCell":
          if (a.ref) merges.push(a.ref);
          return;
        case "tablePart": {
          const id = Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
          if (id) tableParts.push(id);
          return;
        }
      }
    },
    close(name) {
      switch (name) {
        case "v":
          if (text) value = text.join("");
          text = null;
          return;
        case "f":
          if (text) formula = text.join("");
          text = null;
          return;
        case "t":
          if (text && inlineText) inlineText.push(text.join(""));
          text = null;
          return;
        case "rPh":
          phonetic--;
          return;
        case "c":
          if (inCell) finishCell();
          inCell = false;
          return;
        case "row":
          store.finishRow();
          return;
      }
    },
    text(t) {
      if (text) text.push(t);
    },
  });
  store.finishRow();
  return { rows: store.rows, noResult: noResults, merges, hiddenRows, hiddenColumns, tableParts, indents };
}
