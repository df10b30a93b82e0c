import { CellValue } from "../engine/values";
import { parseA1, rangeA1 } from "../layout/address";
import { SheetGrid } from "../layout/grid";
import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { AddInSettings, SETTINGS_KEY, parseSettings } from "../pipeline/workbook-settings";
import { syncInBlocks } from "./blocks";
import { CellInput, ConditionalFormatLike, ExcelContextLike, ExcelRunner, RangeLike, SettingsStoreLike, WorksheetLike } from "./excel-api";
import { FormatRecord, isOwnedRuleFormula, ownedRuleFormula } from "./owned-formats";
import { ApplyReport, LoadedSettings, SheetInfo, UndoReport, WorkbookOperations } from "./operations";
import { ColumnRun, columnRuns, parseBox, runAddress, stripSheet } from "./ranges";

export interface OfficeWorkbookOptions {
  mode?: WorkbookOperations["mode"];
  /** Cells read per sync: stands in for Excel on the web's 5 MB response limit (values, formats, formulas). */
  readCellBudget?: number;
  /** Estimated request bytes written per sync (under the 5 MB request limit). */
  writeByteBudget?: number;
  /** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  canSuspendCalculation?: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): the reader uses merged headers. */
  canReadMerges?: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  canSuspendScreenUpdating?: boolean;
}

export const DEFAULT_READ_CELL_BUDGET = 180_000;
export const DEFAULT_WRITE_BYTE_BUDGET = 4_000_000;
/** A range requested on its own costs about as much payload as this many cells (its getRange and load). */
const RUN_OVERHEAD_CELLS = 16;

/** A cell as it was before the add-in wrote it. */
export interface PreviousCell {
  value: CellInput;
  formula: string | null;
  numberFormat: string;
}

/** What the last recalculation changed, to put it back (Excel's undo does not cover add-in writes). */
export interface UndoRecord {
  cells: ColumnRun<PreviousCell>[];
  /** What the recalculation wrote in those cells, run by run: tells cells edited since. */
  written: CellInput[][];
  /** Sheets whose add-in formats the recalculation replaced. */
  sheets: string[];
  formatsRemoved: FormatRecord[];
}

type WritePiece =
  | { kind: "cells"; sheet: string; run: ColumnRun<{ value: CellInput; formula: string | null; numberFormat: string }> }
  | { kind: "delete"; sheet: string; format: ConditionalFormatLike }
  | { kind: "add"; sheet: string; record: FormatRecord };

type ReadPiece =
  | { kind: "cells"; grid: number; ws: WorksheetLike; top: number; rows: number; cols: number }
  | { kind: "hidden"; grid: number; ws: WorksheetLike; axis: "rows" | "columns"; size: number };

/**
 * Hidden rows (columns) of a line from the addresses of its visible cells. When nothing of the line is
 * visible the line itself is hidden and tells nothing: no rows are reported hidden.
 */
function hiddenFromView(addresses: unknown[][], axis: "rows" | "columns", first: number, size: number): Set<number> {
  const visible = new Set<number>();
  for (const a of addresses.flat()) {
    const at = typeof a === "string" ? parseA1(stripSheet(a)) : null;
    if (at) visible.add(axis === "rows" ? at.row : at.col);
  }
  const hidden = new Set<number>();
  if (visible.size === 0) return hidden;
  for (let i = first; i < first + size; i++) if (!visible.has(i)) hidden.add(i);
  return hidden;
}

interface OwnedFormat {
  sheet: string;
  proxy: ConditionalFormatLike;
  record: FormatRecord | null;
}

function emptyToNull(v: unknown): CellValue {
  if (v === "" || v === undefined) return null;
  return v as CellValue;
}

/**
 * Text goes in behind an apostrophe: range.values reads a written text like typed input (a text starting
 * with "+", "-" or "=" becomes a formula, "15,00%" a number in an Italian Excel), and the apostrophe keeps
 * it as text ("N.V." too is read back as "N.V.", the apostrophe is not part of the value).
 */
function cellInput(c: { value: CellInput; formula: string | null }): CellInput {
  if (c.formula) return c.formula;
  if (c.value === null) return "";
  if (typeof c.value === "string") return `'${c.value}`;
  return c.value;
}

/** Consecutive slices of `count` items, each of at most `size`. */
function slices(count: number, size: number): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  const step = Math.max(1, Math.floor(size));
  for (let start = 0; start < count; start += step) out.push({ start, length: Math.min(step, count - start) });
  return out;
}

/** A run cut into runs of about `parts` equal pieces (at least two when it has two cells). */
function splitRun<T>(run: ColumnRun<T>, parts: number): ColumnRun<T>[] {
  if (run.items.length < 2) return [run];
  const size = Math.min(Math.ceil(run.items.length / Math.max(2, parts)), run.items.length - 1);
  return slices(run.items.length, size).map(({ start, length }) => ({ ...run, top: run.top + start, items: run.items.slice(start, start + length) }));
}

function writeCost(p: WritePiece): number {
  if (p.kind === "delete") return 150;
  if (p.kind === "add") return 450 + p.record.formula.length;
  let bytes = 300;
  for (const c of p.run.items) bytes += JSON.stringify(cellInput(c)).length + c.numberFormat.length + 8;
  return bytes;
}

export class OfficeWorkbook implements WorkbookOperations {
  readonly mode: WorkbookOperations["mode"];
  private undo: UndoRecord | null = null;
  private readonly readCellBudget: number;
  private readonly writeByteBudget: number;

  constructor(
    private readonly run: ExcelRunner,
    private readonly settingsStore: SettingsStoreLike,
    private readonly options: OfficeWorkbookOptions = {}
  ) {
    this.mode = options.mode ?? "excel";
    this.readCellBudget = options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET;
    this.writeByteBudget = options.writeByteBudget ?? DEFAULT_WRITE_BYTE_BUDGET;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = await this.loadSheets(context);
      return sheets.map((ws) => ({ name: ws.name, visible: ws.visibility === "Visible" }));
    });
  }

  private async loadSheets(context: ExcelContextLike): Promise<WorksheetLike[]> {
    const wss = context.workbook.worksheets;
    wss.load("items/name,items/visibility");
    await context.sync();
    return wss.items;
  }

  async readSheets(names?: readonly string[]): Promise<SheetGrid[]> {
    return this.run(async (context) => {
      const all = await this.loadSheets(context);
      const chosen = names && names.length > 0 ? all.filter((ws) => names.includes(ws.name)) : all.filter((ws) => ws.visibility === "Visible");
      const used = chosen.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        ws.tables.load("items/name");
        return { ws, range };
      });
      await context.sync();

      const grids: SheetGrid[] = used.map(({ ws, range }) => {
        const rows = range.isNullObject ? 0 : range.rowCount;
        return {
          merges: [],
          name: ws.name,
          values: new Array(rows),
          numberFormats: new Array(rows),
          formulas: new Array(rows),
          rowOffset: range.isNullObject ? 0 : range.rowIndex,
          colOffset: range.isNullObject ? 0 : range.columnIndex,
          tables: [],
        };
      });
      const pieces: ReadPiece[] = used.flatMap(({ ws, range }, grid): ReadPiece[] =>
        range.isNullObject
          ? []
          : [
              { kind: "cells", grid, ws, top: 0, rows: range.rowCount, cols: range.columnCount },
              { kind: "hidden", grid, ws, axis: "rows", size: range.rowCount },
              { kind: "hidden", grid, ws, axis: "columns", size: range.columnCount },
            ]
      );
      const withMerges = this.options.canReadMerges !== false;
      const needsPrelude = used.some(({ ws, range }) => ws.tables.items.length > 0 || (withMerges && !range.isNullObject));
      type Prelude = { tables: { grid: SheetGrid; name: string; address: string }[]; merges: { grid: SheetGrid; address: string | null }[] };
      const blocks = await syncInBlocks<ReadPiece, unknown, Prelude>(context, pieces, this.readCellBudget, {
        // Merged areas are asked of the used range by address once it is known to exist: no method is
        // chained on a used range that may turn out to be a null object (an empty sheet).
        prelude: needsPrelude
          ? () => {
              const tables = used.flatMap(({ ws }, i) =>
                ws.tables.items.map((t) => {
                  const r = t.getRange();
                  r.load("address");
                  return { grid: grids[i], name: t.name, range: r };
                })
              );
              const merges = used.flatMap(({ ws, range }, i) => {
                if (!withMerges || range.isNullObject) return [];
                const g = grids[i];
                const areas = ws.getRange(rangeA1(g.rowOffset, g.colOffset, g.rowOffset + range.rowCount - 1, g.colOffset + range.columnCount - 1)).getMergedAreasOrNullObject();
                areas.load("address");
                return [{ grid: g, areas }];
              });
              return () => ({
                tables: tables.map((t) => ({ grid: t.grid, name: t.name, address: t.range.address })),
                merges: merges.map((m) => ({ grid: m.grid, address: m.areas.isNullObject ? null : m.areas.address })),
              });
            }
          : undefined,
        cost: (p) => (p.kind === "cells" ? p.rows * p.cols : p.size),
        split: (p, budget) => {
          if (p.kind !== "cells" || p.rows < 2) return [p];
          const rows = Math.min(p.rows - 1, Math.max(1, Math.floor(budget / p.cols)));
          return slices(p.rows, rows).map(({ start, length }) => ({ ...p, top: p.top + start, rows: length }));
        },
        queue: (p) => {
          const g = grids[p.grid];
          if (p.kind === "hidden") {
            // The first column (row) of the used range, seen through its visible view: what is missing is hidden.
            const line =
              p.axis === "rows"
                ? rangeA1(g.rowOffset, g.colOffset, g.rowOffset + p.size - 1, g.colOffset)
                : rangeA1(g.rowOffset, g.colOffset, g.rowOffset, g.colOffset + p.size - 1);
            const view = p.ws.getRange(line).getVisibleView();
            view.load("cellAddresses");
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- syncInBlocks calls the reader after its sync
            return () => view.cellAddresses;
          }
          const r = p.ws.getRange(rangeA1(g.rowOffset + p.top, g.colOffset, g.rowOffset + p.top + p.rows - 1, g.colOffset + p.cols - 1));
          r.load("values,numberFormat,formulas");
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- syncInBlocks calls the reader after its sync
          return () => ({ values: r.values, numberFormat: r.numberFormat, formulas: r.formulas });
        },
      });
      for (const { piece, result } of blocks.results) {
        const g = grids[piece.grid];
        if (piece.kind === "hidden") {
          const hidden = hiddenFromView(result as unknown[][], piece.axis, piece.axis === "rows" ? g.rowOffset : g.colOffset, piece.size);
          if (piece.axis === "rows") g.hiddenRows = hidden;
          else g.hiddenColumns = hidden;
          continue;
        }
        const cells = result as { values: unknown[][]; numberFormat: unknown[][]; formulas: unknown[][] };
        for (let i = 0; i < piece.rows; i++) {
          g.values[piece.top + i] = cells.values[i].map(emptyToNull);
          (g.numberFormats as (string | undefined)[][])[piece.top + i] = cells.numberFormat[i].map((f) => (typeof f === "string" ? f : undefined));
          (g.formulas as (string | null)[][])[piece.top + i] = cells.formulas[i].map((f, j) => (isFormula(f, cells.values[i][j]) ? (f as string) : null));
        }
      }
      for (const t of blocks.prelude?.tables ?? []) t.grid.tables?.push({ name: t.name, range: stripSheet(t.address) });
      for (const m of blocks.prelude?.merges ?? []) if (m.address !== null) m.grid.merges = mergedAreas(m.address);
      return grids;
    });
  }

  async previewSheet(name: string, rows: number): Promise<SheetGrid | null> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return null;
      const n = Math.min(rows, used.rowCount);
      const r = ws.getRange(rangeA1(used.rowIndex, used.columnIndex, used.rowIndex + n - 1, used.columnIndex + used.columnCount - 1));
      r.load("values,numberFormat");
      await context.sync();
      return {
        name,
        values: r.values.map((row) => row.map(emptyToNull)),
        numberFormats: r.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : undefined))),
        rowOffset: used.rowIndex,
        colOffset: used.columnIndex,
      };
    });
  }

  hasUndo(): boolean {
    return this.undo !== null;
  }

  async applyRecalc(writes: readonly CellWrite[], formats: readonly ConditionalFormatSpec[]): Promise<ApplyReport> {
    const runs = columnRuns(writes, (w) => {
      const at = parseA1(stripSheet(w.address));
      if (!at) throw new Error(`Indirizzo di cella non valido per la scrittura: ${w.sheet}!${w.address}.`);
      return { sheet: w.sheet, row: at.row, col: at.col };
    });
    const sheets = [...new Set([...writes.map((w) => w.sheet), ...formats.map((f) => f.sheet)])];
    return this.run(async (context) => {
      const sheetProxy = this.sheetProxies(context);
      const capture = await syncInBlocks(context, runs, this.readCellBudget, {
        prelude: () => {
          const lists = this.queueFormatLists(sheets, sheetProxy);
          return () => lists;
        },
        cost: (run) => run.items.length + RUN_OVERHEAD_CELLS,
        split: (run, budget) => splitRun(run, Math.ceil((run.items.length + RUN_OVERHEAD_CELLS) / Math.max(1, budget))),
        queue: (run) => {
          const r = sheetProxy(run.sheet).getRange(runAddress(run));
          r.load("values,numberFormat,formulas");
          return () => previousCells(r);
        },
      });
      const captured = capture.results;
      const owned = await this.loadOwnedFormats(context, capture.prelude ?? []);

      this.undo = {
        cells: captured.map(({ piece, result }) => ({ sheet: piece.sheet, col: piece.col, top: piece.top, items: result })),
        written: captured.map(({ piece }) => piece.items.map((w) => w.value)),
        sheets,
        formatsRemoved: owned.flatMap((o) => (o.record ? [o.record] : [])),
      };

      const pieces: WritePiece[] = deletes(owned);
      for (const { piece, result } of captured) {
        pieces.push({
          kind: "cells",
          sheet: piece.sheet,
          run: {
            ...piece,
            items: piece.items.map((w, i) => ({
              value: w.value,
              formula: null,
              numberFormat: w.numberFormat ?? result[i].numberFormat,
            })),
          },
        });
      }
      const records = formats.flatMap((spec) =>
        spec.rules.map((rule): FormatRecord => ({ sheet: spec.sheet, range: stripSheet(spec.range), formula: ownedRuleFormula(rule.formula), fill: rule.fill, font: rule.font }))
      );
      pieces.push(...adds(records));
      await this.writeBySheet(context, sheetProxy, pieces);
      return { cellsWritten: writes.length, formatsAdded: records.length, formatsReplaced: owned.length };
    });
  }

  async undoLastRecalc(): Promise<UndoReport | null> {
    const record = this.undo;
    if (!record) return null;
    return this.run(async (context) => {
      const sheetProxy = this.sheetProxies(context);
      const sheets = [...new Set([...record.sheets, ...record.cells.map((c) => c.sheet)])];
      const current = await syncInBlocks(context, record.cells.map((run, i) => ({ run, i })), this.readCellBudget, {
        prelude: () => {
          const lists = this.queueFormatLists(sheets, sheetProxy);
          return () => lists;
        },
        cost: ({ run }) => run.items.length + RUN_OVERHEAD_CELLS,
        split: (p) => [p],
        queue: ({ run }) => {
          const r = sheetProxy(run.sheet).getRange(runAddress(run));
          r.load("values,formulas");
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- syncInBlocks calls the reader after its sync
          return () => ({ values: r.values, formulas: r.formulas });
        },
      });
      const changedSince = current.results.reduce(
        (n, { piece, result }) =>
          n + record.written[piece.i].filter((w, k) => isFormula(result.formulas[k][0], result.values[k][0]) || !sameValue(emptyToNull(result.values[k][0]) as CellInput, w)).length,
        0
      );
      const owned = await this.loadOwnedFormats(context, current.prelude ?? []);
      const pieces: WritePiece[] = [...deletes(owned), ...record.cells.map((run): WritePiece => ({ kind: "cells", sheet: run.sheet, run })), ...adds(record.formatsRemoved)];
      await this.writeBySheet(context, sheetProxy, pieces);
      this.undo = null;
      return {
        cellsRestored: record.cells.reduce((n, r) => n + r.items.length, 0),
        formatsRemoved: owned.length,
        formatsRestored: record.formatsRemoved.length,
        cellsChangedSince: changedSince,
      };
    });
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(stripSheet(address)).select();
      await context.sync();
    });
  }

  async loadSettings(): Promise<LoadedSettings> {
    return parseSettings(this.settingsStore.get(SETTINGS_KEY));
  }

  saveSettings(settings: AddInSettings): Promise<void> {
    this.settingsStore.set(SETTINGS_KEY, settings);
    return new Promise((resolve, reject) =>
      this.settingsStore.saveAsync((result) =>
        result.status === "failed" || result.error
          ? reject(new Error(`Impossibile salvare le impostazioni nella cartella di lavoro: ${result.error?.message ?? "errore sconosciuto"}.`))
          : resolve()
      )
    );
  }

  private sheetProxies(context: ExcelContextLike): (name: string) => WorksheetLike {
    const cache = new Map<string, WorksheetLike>();
    return (name) => {
      let ws = cache.get(name);
      if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
      return ws;
    };
  }

  private queueFormatLists(sheets: readonly string[], sheetProxy: (name: string) => WorksheetLike) {
    return sheets.map((sheet) => {
      // With the id, each item is addressed by getItem(id), not by a position that deletes and adds shift.
      const list = sheetProxy(sheet).getRange().conditionalFormats;
      list.load("items/id,items/type");
      return { sheet, list };
    });
  }

  /** The add-in's own formats among the listed ones, with what is needed to put them back. One sync. */
  private async loadOwnedFormats(context: ExcelContextLike, lists: { sheet: string; list: { items: ConditionalFormatLike[] } }[]): Promise<OwnedFormat[]> {
    const custom = lists.flatMap(({ sheet, list }) =>
      list.items
        .filter((cf) => cf.type === "Custom")
        .map((cf) => {
          cf.load("custom/rule/formula,custom/format/fill/color,custom/format/font/color");
          const range = cf.getRangeOrNullObject();
          range.load("address");
          return { sheet, cf, range };
        })
    );
    if (custom.length === 0) return [];
    await context.sync();
    return custom
      .filter(({ cf }) => isOwnedRuleFormula(cf.custom.rule.formula))
      .map(({ sheet, cf, range }) => ({
        sheet,
        proxy: cf,
        record: range.isNullObject
          ? null
          : { sheet, range: stripSheet(range.address), formula: cf.custom.rule.formula, fill: cf.custom.format.fill.color, font: cf.custom.format.font.color },
      }));
  }

  /**
   * One batch per sheet (split further only when the payload requires it), screen updating suspended.
   * Calculation is suspended for every batch but the last: after suspendApiCalculationUntilNextSync "it
   * is the developer's responsibility to re-calc the workbook", so the last batch first asks Excel to
   * recalculate what the earlier ones changed and then writes with calculation on, which keeps the
   * workbook's formulas (PERF functions, a user's totals) up to date without an extra sync.
   */
  private async writeBySheet(context: ExcelContextLike, sheetProxy: (name: string) => WorksheetLike, pieces: WritePiece[]): Promise<void> {
    const sheets = [...new Set(pieces.map((p) => p.sheet))];
    let suspended = false;
    for (const [s, sheet] of sheets.entries()) {
      const mine = pieces.filter((p) => p.sheet === sheet);
      await syncInBlocks(context, mine, this.writeByteBudget, {
        cost: writeCost,
        split: (p, budget) => (p.kind === "cells" ? splitRun(p.run, Math.ceil(writeCost(p) / Math.max(1, budget))).map((run) => ({ ...p, run })) : [p]),
        beforeSync: (lastBlock) => {
          if (lastBlock && s === sheets.length - 1) {
            if (suspended) context.application.calculate("Recalculate");
          } else if (this.options.canSuspendCalculation !== false) {
            context.application.suspendApiCalculationUntilNextSync();
            suspended = true;
          }
          if (this.options.canSuspendScreenUpdating !== false) context.application.suspendScreenUpdatingUntilNextSync();
        },
        queue: (p) => {
          queueWrite(sheetProxy(sheet), p);
          return () => undefined;
        },
      });
    }
  }
}

/**
 * Deletes of the add-in's formats, last listed first: should Office.js address an item by its position
 * (getItemAt) rather than its id, deleting from the end leaves the positions still to delete unchanged.
 */
function deletes(owned: readonly OwnedFormat[]): WritePiece[] {
  return [...owned].reverse().map((o): WritePiece => ({ kind: "delete", sheet: o.sheet, format: o.proxy }));
}

/** Adds in reverse: each add goes in at the top priority, so the first record ends up first, as listed. */
function adds(records: readonly FormatRecord[]): WritePiece[] {
  return [...records].reverse().map((record): WritePiece => ({ kind: "add", sheet: record.sheet, record }));
}

/** "Foglio!A1:B2, Foglio!C3:D3" → ["A1:B2", "C3:D3"]. */
function mergedAreas(address: string): string[] {
  return address
    .split(",")
    .map((a) => stripSheet(a.trim()))
    .filter((a) => parseBox(a) !== null);
}

/**
 * A cell holds a formula when range.formulas gives a text starting with "=" that differs from its value:
 * a text typed behind an apostrophe ("'=A1 da verificare") comes back from range.formulas without the
 * apostrophe, the same as its value, and is a constant.
 */
function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value;
}

function sameValue(a: CellInput, b: CellInput): boolean {
  return a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)));
}

function previousCells(r: RangeLike): PreviousCell[] {
  return r.values.map((row, i) => ({
    value: emptyToNull(row[0]) as CellInput,
    formula: isFormula(r.formulas[i][0], row[0]) ? (r.formulas[i][0] as string) : null,
    numberFormat: typeof r.numberFormat[i][0] === "string" ? r.numberFormat[i][0] : "General",
  }));
}

function queueWrite(ws: WorksheetLike, p: WritePiece): void {
  if (p.kind === "delete") {
    p.format.delete();
    return;
  }
  if (p.kind === "add") {
    const cf = ws.getRange(p.record.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = p.record.formula;
    cf.custom.format.fill.color = p.record.fill;
    cf.custom.format.font.color = p.record.font;
    return;
  }
  const range = ws.getRange(runAddress(p.run));
  range.numberFormat = p.run.items.map((c) => [c.numberFormat]);
  if (p.run.items.some((c) => c.formula)) range.formulas = p.run.items.map((c) => [cellInput(c)]);
  else range.values = p.run.items.map((c) => [cellInput(c)]);
}
