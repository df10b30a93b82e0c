import { COLOUR_STYLE } from "../engine/thresholds";
import { CellValue } from "../engine/values";
import { a1, parseA1, rangeA1 } from "../layout/address";
import { SheetGrid } from "../layout/grid";
import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { AddInSettings, SETTINGS_KEY, parseSettings } from "../pipeline/workbook-settings";
import { syncInBlocks } from "./blocks";
import { CellBytes } from "./cell-bytes";
import { readCellIndents } from "./cell-indents";
import { DATA_TYPE_ERROR, dataTypeValue } from "./data-types";
import { PROBE_YEAR, is1904, toDateSystem1900 } from "./date-system";
import {
  CellInput,
  ConditionalFormatLike,
  ExcelContextLike,
  ExcelRunner,
  RangeLike,
  SettingsStoreLike,
  WorksheetLike,
  isPayloadTooLarge,
} from "./excel-api";
import { FormatRecord, isOwnedRuleFormula, ownedRuleFormula } from "./owned-formats";
import {
  ApplyReport,
  EditedCell,
  LambdaNamesAnswer,
  LoadedSettings,
  NameDefinition,
  NamesReport,
  PaneTheme,
  SheetInfo,
  UndoOptions,
  UndoReport,
  WorkbookOperations,
} from "./operations";
import { Box, ColumnRun, columnRuns, parseBox, runAddress, stripSheet } from "./ranges";

export interface OfficeWorkbookOptions {
  mode?: WorkbookOperations["mode"];
  /** Estimated response bytes read per sync (values, formats, formulas), under Excel on the web's 5 MB. */
  readByteBudget?: number;
  /** Estimated request bytes written per sync (under the 5 MB request limit). */
  writeByteBudget?: number;
  /** Application.suspendApiCalculationUntilNextSync (ExcelApi 1.6). */
  canSuspendCalculation?: boolean;
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13): the reader uses merged headers. */
  canReadMerges?: boolean;
  /** Application.suspendScreenUpdatingUntilNextSync (ExcelApi 1.9). */
  canSuspendScreenUpdating?: boolean;
  /** Range.valuesAsJson (ExcelApi 1.16): an entity's text in place of the "#VALUE!" Range.values gives. */
  canReadDataTypes?: boolean;
  /** Worksheet.onChanged (ExcelApi 1.7). */
  canWatchChanges?: boolean;
  /** The theme of the host (Office.context.officeTheme inside Excel); light when not given. */
  theme?: () => PaneTheme;
  /**
   * Which ExcelApi requirement sets this Excel has (Office.context.requirements.isSetSupported); the
   * options above default to it. Absent: every set. Below 1.6 the traffic lights are written as fills.
   */
  supports?: (version: string) => boolean;
}

/** Document setting holding the answer to the offer of the PERF_* names. */
export const LAMBDA_NAMES_KEY = "alberoPerformance.nomiLambda";
/**
 * A name defined as a LAMBDA called in place: a number where Excel has LAMBDA, #NAME? where it does not.
 * A PERF_* name itself cannot tell, as an uncalled LAMBDA evaluates to #CALC! even where it works.
 */
const LAMBDA_PROBE = { name: "PERF__PROVA_LAMBDA", formula: "=LAMBDA(x,x)(1)" };
const LAMBDA_ANSWERS: readonly LambdaNamesAnswer[] = ["definiti", "rifiutati", "senza-lambda"];

export const DEFAULT_READ_BYTE_BUDGET = 4_000_000;
export const DEFAULT_WRITE_BYTE_BUDGET = 4_000_000;
/** Response bytes of one cell's valuesAsJson holding an entity (its type, text and a few properties). */
const DATA_TYPE_BYTES = 2000;
/** Bytes of one address in a visible view's cellAddresses ("'Piano 2019'!H7"). */
const ADDRESS_BYTES = 24;
/** Reading one cell's fill costs about as much payload as this many cells (a range of its own). */
const FILL_CELLS = 8;
/** A range requested on its own costs about as much payload as this many cells (its getRange and load). */
const RUN_OVERHEAD_CELLS = 16;

/** A cell as it was before the add-in wrote it. */
export interface PreviousCell {
  value: CellInput;
  formula: string | null;
  numberFormat: string;
  /** The fill to put back where a traffic light was painted as a fill: a colour, null for none. */
  fill?: string | null;
}

/** The fills a traffic light paints (ExcelApi below 1.6): a later recalculation may clear them. */
const TRAFFIC_FILLS = new Set(
  [COLOUR_STYLE.verde.fill, COLOUR_STYLE.giallo.fill, COLOUR_STYLE.rosso.fill].map((f) => f.toUpperCase())
);

/** Range.format.fill.color as read: "#FFFFFF" is taken as no fill (ExcelApi 1.1 cannot tell a white fill). */
function fillRead(colour: unknown): string | null {
  if (typeof colour !== "string") return null;
  const c = colour.toUpperCase();
  return c === "#FFFFFF" ? null : c;
}

/**
 * The fill a traffic-light cell gets: its colour; none ("grigio": N.V., not a number) only where an
 * earlier recalculation painted one, so a user's own fill stays. undefined: leave the fill alone.
 */
function fillFor(colour: CellWrite["trafficLight"], before: string | null): string | null | undefined {
  if (colour === undefined) return undefined;
  if (colour !== "grigio") return COLOUR_STYLE[colour].fill.toUpperCase();
  return before !== null && TRAFFIC_FILLS.has(before) ? null : undefined;
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
  | {
      kind: "cells";
      sheet: string;
      run: ColumnRun<{ value: CellInput; formula: string | null; numberFormat: string; fill?: string | null }>;
    }
  | { kind: "delete"; sheet: string; format: ConditionalFormatLike; id: string }
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
  return slices(run.items.length, size).map(({ start, length }) => ({
    ...run,
    top: run.top + start,
    items: run.items.slice(start, start + length),
  }));
}

function writeCost(p: WritePiece): number {
  if (p.kind === "delete") return 150;
  if (p.kind === "add") return 450 + p.record.formula.length;
  let bytes = 300;
  for (const c of p.run.items)
    bytes += JSON.stringify(cellInput(c)).length + c.numberFormat.length + 8 + (c.fill === undefined ? 0 : 250);
  return bytes;
}

export class OfficeWorkbook implements WorkbookOperations {
  readonly mode: WorkbookOperations["mode"];
  private undo: UndoRecord | null = null;
  /**
   * The traffic lights this session added, by format id, as written. Excel reads a rule formula back
   * relative to the range the format was fetched from, not the one it applies to (office-js issue 5194),
   * so what the add-in wrote is kept rather than read back.
   */
  private readonly written = new Map<string, FormatRecord>();
  private readonly readByteBudget: number;
  private readonly writeByteBudget: number;
  private readonly supports: (version: string) => boolean;

  constructor(
    private readonly run: ExcelRunner,
    private readonly settingsStore: SettingsStoreLike,
    private readonly options: OfficeWorkbookOptions = {}
  ) {
    this.mode = options.mode ?? "excel";
    this.readByteBudget = options.readByteBudget ?? DEFAULT_READ_BYTE_BUDGET;
    this.writeByteBudget = options.writeByteBudget ?? DEFAULT_WRITE_BYTE_BUDGET;
    this.supports = options.supports ?? (() => true);
  }

  /** Conditional formats need ExcelApi 1.6; without it the traffic lights are cell fills. */
  get trafficLightsAsFills(): boolean {
    return !this.supports("1.6");
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
      const chosen =
        names && names.length > 0
          ? all.filter((ws) => names.includes(ws.name))
          : all.filter((ws) => ws.visibility === "Visible");
      // Cell indents are ExcelApi 1.9: below it only spaces typed before a name tell levels apart.
      const canIndent = this.supports("1.9");
      const used = chosen.map((ws) => {
        // getUsedRangeOrNullObject is ExcelApi 1.4; getUsedRange (1.1) gives a blank sheet's A1, read as empty.
        const range = this.supports("1.4") ? ws.getUsedRangeOrNullObject(true) : ws.getUsedRange();
        // format/indentLevel: 0 when no cell of the sheet is indented, so only indented sheets cost more syncs
        range.load(`rowIndex,columnIndex,rowCount,columnCount${canIndent ? ",format/indentLevel" : ""}`);
        ws.tables.load("items/name");
        return { ws, range };
      });
      // Workbook.functions is ExcelApi 1.2: below it the 1900 date system is assumed (README).
      const dateProbe = this.supports("1.2") ? context.workbook.functions.date(PROBE_YEAR, 1, 1) : null;
      dateProbe?.load("value");
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
      // Range.getVisibleView is ExcelApi 1.3: below it hidden rows and columns are not known.
      const canSeeHidden = this.supports("1.3");
      const pieces: ReadPiece[] = used.flatMap(({ ws, range }, grid): ReadPiece[] =>
        range.isNullObject
          ? []
          : [
              { kind: "cells", grid, ws, top: 0, rows: range.rowCount, cols: range.columnCount },
              ...(canSeeHidden
                ? ([
                    { kind: "hidden", grid, ws, axis: "rows", size: range.rowCount },
                    { kind: "hidden", grid, ws, axis: "columns", size: range.columnCount },
                  ] as const)
                : []),
            ]
      );
      const canReadMerges = this.options.canReadMerges ?? this.supports("1.13");
      const bytes = new CellBytes();
      type Prelude = {
        tables: { grid: SheetGrid; name: string; address: string }[];
        merges: { grid: SheetGrid; address: string | null }[];
      };
      const readBlocks = (withMerges: boolean) => {
        const needsPrelude = used.some(
          ({ ws, range }) => ws.tables.items.length > 0 || (withMerges && !range.isNullObject)
        );
        return syncInBlocks<ReadPiece, unknown, Prelude>(context, pieces, this.readByteBudget, {
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
                  const areas = ws
                    .getRange(
                      rangeA1(
                        g.rowOffset,
                        g.colOffset,
                        g.rowOffset + range.rowCount - 1,
                        g.colOffset + range.columnCount - 1
                      )
                    )
                    .getMergedAreasOrNullObject();
                  areas.load("address");
                  return [{ grid: g, areas }];
                });
                return () => ({
                  tables: tables.map((t) => ({ grid: t.grid, name: t.name, address: t.range.address })),
                  merges: merges.map((m) => ({ grid: m.grid, address: m.areas.isNullObject ? null : m.areas.address })),
                });
              }
            : undefined,
          cost: (p) => (p.kind === "cells" ? bytes.of(p.rows * p.cols) : p.size * ADDRESS_BYTES),
          split: (p, budget) => {
            if (p.kind !== "cells" || p.rows < 2) return [p];
            const rows = Math.min(p.rows - 1, Math.max(1, Math.floor(budget / bytes.of(p.cols))));
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
              // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read after syncInBlocks syncs
              return () => view.cellAddresses;
            }
            const r = p.ws.getRange(
              rangeA1(g.rowOffset + p.top, g.colOffset, g.rowOffset + p.top + p.rows - 1, g.colOffset + p.cols - 1)
            );
            r.load("values,numberFormat,formulas");
            return () => {
              // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read after syncInBlocks syncs
              const cells = { values: r.values, numberFormat: r.numberFormat, formulas: r.formulas };
              bytes.observe(p.rows * p.cols, cells);
              return cells;
            };
          },
        });
      };
      let blocks: Awaited<ReturnType<typeof readBlocks>>;
      let mergesInPieces = false;
      try {
        blocks = await readBlocks(canReadMerges);
      } catch (error) {
        // Range.getMergedAreasOrNullObject fails when the range holds more than 512 merged areas (its
        // documented limit; the error is not): read again without, then the merges piece by piece.
        if (!canReadMerges || isPayloadTooLarge(error)) throw error;
        blocks = await readBlocks(false);
        mergesInPieces = true;
      }
      for (const { piece, result } of blocks.results) {
        const g = grids[piece.grid];
        if (piece.kind === "hidden") {
          const hidden = hiddenFromView(
            result as unknown[][],
            piece.axis,
            piece.axis === "rows" ? g.rowOffset : g.colOffset,
            piece.size
          );
          if (piece.axis === "rows") g.hiddenRows = hidden;
          else g.hiddenColumns = hidden;
          continue;
        }
        const cells = result as { values: unknown[][]; numberFormat: unknown[][]; formulas: unknown[][] };
        for (let i = 0; i < piece.rows; i++) {
          g.values[piece.top + i] = cells.values[i].map(emptyToNull);
          (g.numberFormats as (string | undefined)[][])[piece.top + i] = cells.numberFormat[i].map((f) =>
            typeof f === "string" ? f : undefined
          );
          (g.formulas as (string | null)[][])[piece.top + i] = cells.formulas[i].map((f, j) =>
            isFormula(f, cells.values[i][j]) ? (f as string) : null
          );
        }
      }
      for (const t of blocks.prelude?.tables ?? []) t.grid.tables?.push({ name: t.name, range: stripSheet(t.address) });
      for (const m of blocks.prelude?.merges ?? []) if (m.address !== null) m.grid.merges = mergedAreas(m.address);
      if (this.options.canReadDataTypes ?? this.supports("1.16"))
        await this.readDataTypes(
          context,
          used.map((u) => u.ws),
          grids
        );
      if (canIndent) {
        const indented = used.flatMap(({ ws, range }, i) =>
          !range.isNullObject && range.format.indentLevel !== 0 ? [{ ws, grid: grids[i] }] : []
        );
        await readCellIndents(context, indented, this.readByteBudget);
      }
      if (dateProbe && is1904(dateProbe.value)) grids.forEach(toDateSystem1900);
      if (mergesInPieces)
        for (const [i, { ws, range }] of used.entries()) {
          if (range.isNullObject) continue;
          const g = grids[i];
          const box = {
            top: g.rowOffset,
            left: g.colOffset,
            bottom: g.rowOffset + range.rowCount - 1,
            right: g.colOffset + range.columnCount - 1,
          };
          g.merges = await mergedAreasInPieces(context, ws, box);
        }
      return grids;
    });
  }

  /** Cells that Range.values gave as "#VALUE!" read again through valuesAsJson: an entity gives its text. */
  private async readDataTypes(context: ExcelContextLike, sheets: WorksheetLike[], grids: SheetGrid[]): Promise<void> {
    const cells = grids.flatMap((g, i) =>
      g.values.flatMap((row, r) => row.flatMap((v, c) => (v === DATA_TYPE_ERROR ? [{ g, ws: sheets[i], r, c }] : [])))
    );
    if (cells.length === 0) return;
    const read = await syncInBlocks(context, cells, this.readByteBudget, {
      cost: () => DATA_TYPE_BYTES,
      split: (p) => [p],
      queue: ({ g, ws, r, c }) => {
        const range = ws.getRange(rangeA1(g.rowOffset + r, g.colOffset + c, g.rowOffset + r, g.colOffset + c));
        // eslint-disable-next-line office-addins/no-navigational-load -- valuesAsJson is a scalar property (ExcelApi 1.16), not a navigation
        range.load("valuesAsJson");
        // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read after syncInBlocks syncs
        return () => range.valuesAsJson[0][0] as unknown;
      },
    });
    for (const { piece, result } of read.results) {
      const value = dataTypeValue(result);
      if (value !== undefined) piece.g.values[piece.r][piece.c] = emptyToNull(value);
    }
  }

  hasUndo(): boolean {
    return this.undo !== null;
  }

  private readonly watched = new Set<string>();
  private changeListener: ((sheet: string, address: string) => void) | null = null;

  async watchChanges(sheets: readonly string[], listener: (sheet: string, address: string) => void): Promise<boolean> {
    if (!(this.options.canWatchChanges ?? this.supports("1.7"))) return false;
    this.changeListener = listener;
    // One handler per sheet for the whole session: a later call only changes the listener.
    const fresh = sheets.filter((s) => !this.watched.has(s));
    if (fresh.length === 0) return true;
    await this.run(async (context) => {
      for (const name of fresh) {
        context.workbook.worksheets.getItem(name).onChanged.add((event) => {
          this.changeListener?.(name, event.address);
          return Promise.resolve();
        });
      }
      await context.sync();
    });
    for (const name of fresh) this.watched.add(name);
    return true;
  }

  theme(): PaneTheme {
    return this.options.theme?.() ?? "chiaro";
  }

  async applyRecalc(writes: readonly CellWrite[], formats: readonly ConditionalFormatSpec[]): Promise<ApplyReport> {
    const runs = columnRuns(writes, (w) => {
      const at = parseA1(stripSheet(w.address));
      if (!at) throw new Error(`Indirizzo di cella non valido per la scrittura: ${w.sheet}!${w.address}.`);
      return { sheet: w.sheet, row: at.row, col: at.col };
    });
    const asFills = this.trafficLightsAsFills;
    const sheets = asFills ? [] : [...new Set([...writes.map((w) => w.sheet), ...formats.map((f) => f.sheet)])];
    const fillCells = (run: ColumnRun<CellWrite>) =>
      asFills ? run.items.filter((w) => w.trafficLight !== undefined).length * FILL_CELLS : 0;
    return this.run(async (context) => {
      const sheetProxy = this.sheetProxies(context);
      const bytes = new CellBytes();
      const capture = await syncInBlocks(context, runs, this.readByteBudget, {
        prelude: () => {
          const lists = this.queueFormatLists(sheets, sheetProxy);
          return () => lists;
        },
        cost: (run) => bytes.of(run.items.length + RUN_OVERHEAD_CELLS + fillCells(run)),
        split: (run, budget) =>
          splitRun(
            run,
            Math.ceil(bytes.of(run.items.length + RUN_OVERHEAD_CELLS + fillCells(run)) / Math.max(1, budget))
          ),
        queue: (run) => {
          const ws = sheetProxy(run.sheet);
          const r = ws.getRange(runAddress(run));
          r.load("values,numberFormat,formulas");
          // One cell at a time: a range whose cells have different fills reads null.
          const fills = run.items.map((w, i) => {
            if (!asFills || w.trafficLight === undefined) return null;
            const cell = ws.getRange(rangeA1(run.top + i, run.col, run.top + i, run.col));
            cell.load("format/fill/color");
            return cell;
          });
          return () => {
            const cells = previousCells(r);
            bytes.observe(run.items.length, cells);
            return cells.map((c, i) => {
              const cell = fills[i];
              if (!cell) return c;
              const before = fillRead(cell.format.fill.color);
              return fillFor(run.items[i].trafficLight, before) === undefined ? c : { ...c, fill: before };
            });
          };
        },
      });
      const captured = capture.results;
      const owned = await this.loadOwnedFormats(context, capture.prelude ?? [], sheetProxy);

      this.undo = {
        cells: captured.map(({ piece, result }) => ({
          sheet: piece.sheet,
          col: piece.col,
          top: piece.top,
          items: result,
        })),
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
              fill: result[i].fill === undefined ? undefined : fillFor(w.trafficLight, result[i].fill ?? null),
            })),
          },
        });
      }
      const records = (asFills ? [] : formats).flatMap((spec) =>
        spec.rules.map((rule): FormatRecord => ({
          sheet: spec.sheet,
          range: stripSheet(spec.range),
          formula: ownedRuleFormula(rule.formula),
          fill: rule.fill,
          font: rule.font,
        }))
      );
      pieces.push(...adds(records));
      await this.writeBySheet(context, sheetProxy, pieces);
      const filled = pieces.reduce(
        (n, p) => n + (p.kind === "cells" ? p.run.items.filter((c) => typeof c.fill === "string").length : 0),
        0
      );
      return {
        cellsWritten: writes.length,
        formatsAdded: records.length,
        formatsReplaced: owned.length,
        cellsFilled: filled,
      };
    });
  }

  async editedSinceRecalc(): Promise<EditedCell[]> {
    const record = this.undo;
    if (!record) return [];
    return this.run(async (context) => {
      const current = await this.readWrittenCells(context, record, this.sheetProxies(context), () => () => undefined);
      return editedCells(record, current.results);
    });
  }

  async undoLastRecalc(options: UndoOptions = {}): Promise<UndoReport | null> {
    const record = this.undo;
    if (!record) return null;
    return this.run(async (context) => {
      const sheetProxy = this.sheetProxies(context);
      const sheets = this.trafficLightsAsFills
        ? []
        : [...new Set([...record.sheets, ...record.cells.map((c) => c.sheet)])];
      const current = await this.readWrittenCells(context, record, sheetProxy, () => {
        const lists = this.queueFormatLists(sheets, sheetProxy);
        return () => lists;
      });
      const edited = editedCells(record, current.results);
      const kept = options.restoreEdited ? [] : edited;
      const restore = withoutCells(record.cells, kept);
      const owned = await this.loadOwnedFormats(context, current.prelude ?? [], sheetProxy);
      const pieces: WritePiece[] = [
        ...deletes(owned),
        ...restore.map((run): WritePiece => ({ kind: "cells", sheet: run.sheet, run })),
        ...adds(record.formatsRemoved),
      ];
      await this.writeBySheet(context, sheetProxy, pieces);
      this.undo = null;
      return {
        cellsRestored: restore.reduce((n, r) => n + r.items.length, 0),
        formatsRemoved: owned.length,
        formatsRestored: record.formatsRemoved.length,
        cellsChangedSince: edited.length,
        cellsKept: kept,
      };
    });
  }

  /** Values and formulas of the cells the last recalculation wrote, run by run, batched by payload. */
  private readWrittenCells<P>(
    context: ExcelContextLike,
    record: UndoRecord,
    sheetProxy: (name: string) => WorksheetLike,
    prelude: () => () => P
  ) {
    const bytes = new CellBytes();
    return syncInBlocks(
      context,
      record.cells.map((run, i) => ({ run, i })),
      this.readByteBudget,
      {
        prelude,
        cost: ({ run }) => bytes.of(run.items.length + RUN_OVERHEAD_CELLS),
        split: (p) => [p],
        queue: ({ run }) => {
          const r = sheetProxy(run.sheet).getRange(runAddress(run));
          r.load("values,formulas");
          // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read after syncInBlocks syncs
          return () => ({ values: r.values, formulas: r.formulas });
        },
      }
    );
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
    return this.saveStore();
  }

  /**
   * Workbook names (ExcelApi 1.4): the probe tells whether LAMBDA works, then the names missing are
   * added. Any refusal (an Excel without names.add, a formula it does not know) means no LAMBDA here.
   */
  async defineLambdaNames(names: readonly NameDefinition[]): Promise<NamesReport> {
    try {
      return await this.run(async (context) => {
        const collection = context.workbook.names;
        const stale = collection.getItemOrNullObject(LAMBDA_PROBE.name);
        stale.load("type");
        const existing = names.map((n) => {
          const item = collection.getItemOrNullObject(n.name);
          item.load("type");
          return item;
        });
        await context.sync();
        if (!stale.isNullObject) stale.delete();
        const probe = collection.add(LAMBDA_PROBE.name, LAMBDA_PROBE.formula);
        probe.load("type");
        await context.sync();
        const lambda = probe.type !== "Error";
        probe.delete();
        const missing = names.filter((_, i) => existing[i].isNullObject);
        if (lambda) for (const n of missing) collection.add(n.name, n.formula, n.comment);
        await context.sync();
        if (!lambda) return { lambda: false, added: [], present: [] };
        return {
          lambda: true,
          added: missing.map((n) => n.name),
          present: names.filter((_, i) => !existing[i].isNullObject).map((n) => n.name),
        };
      });
    } catch {
      return { lambda: false, added: [], present: [] };
    }
  }

  lambdaNamesAnswer(): LambdaNamesAnswer | null {
    const answer = this.settingsStore.get(LAMBDA_NAMES_KEY);
    return LAMBDA_ANSWERS.find((a) => a === answer) ?? null;
  }

  saveLambdaNamesAnswer(answer: LambdaNamesAnswer): Promise<void> {
    this.settingsStore.set(LAMBDA_NAMES_KEY, answer);
    return this.saveStore();
  }

  private saveStore(): Promise<void> {
    return new Promise((resolve, reject) =>
      this.settingsStore.saveAsync((result) =>
        result.status === "failed" || result.error
          ? reject(
              new Error(
                `Impossibile salvare le impostazioni nella cartella di lavoro: ${result.error?.message ?? "errore sconosciuto"}.`
              )
            )
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

  /**
   * The add-in's own formats among the listed ones, with what is needed to put them back: one sync, and
   * a second only for formats this session did not write (a reopened file), whose rule is then read
   * through the range it applies to. The formulas listed from the whole sheet are shifted (issue 5194),
   * which keeps the traffic-light shape they are recognised by: the same cell in ISNUMBER and ROUND.
   */
  private async loadOwnedFormats(
    context: ExcelContextLike,
    lists: { sheet: string; list: { items: ConditionalFormatLike[] } }[],
    sheetProxy: (name: string) => WorksheetLike
  ): Promise<OwnedFormat[]> {
    const custom = lists.flatMap(({ sheet, list }) =>
      list.items
        .filter((cf) => cf.type === "Custom")
        .map((cf) => {
          cf.load("custom/rule/formula");
          const range = cf.getRangeOrNullObject();
          range.load("address");
          return { sheet, cf, range };
        })
    );
    if (custom.length === 0) return [];
    await context.sync();
    const owned = custom
      .filter(({ cf }) => isOwnedRuleFormula(cf.custom.rule.formula))
      .map(({ sheet, cf, range }) => {
        const address = range.isNullObject ? null : stripSheet(range.address);
        const kept = this.written.get(cf.id);
        return { sheet, cf, address, record: kept && kept.sheet === sheet && kept.range === address ? kept : null };
      });
    const unknown = owned
      .filter((o) => o.record === null && o.address !== null)
      .map((o) => {
        const own = sheetProxy(o.sheet)
          .getRange(o.address as string)
          .conditionalFormats.getItem(o.cf.id);
        own.load("custom/rule/formula,custom/format/fill/color,custom/format/font/color");
        return { o, own };
      });
    if (unknown.length > 0) {
      await context.sync();
      for (const { o, own } of unknown)
        o.record = {
          sheet: o.sheet,
          range: o.address as string,
          formula: own.custom.rule.formula,
          fill: own.custom.format.fill.color,
          font: own.custom.format.font.color,
        };
    }
    return owned.map(({ sheet, cf, record }) => ({ sheet, proxy: cf, record }));
  }

  /**
   * One batch per sheet (split further only when the payload requires it), screen updating suspended.
   * Calculation is suspended for every batch but the last: after suspendApiCalculationUntilNextSync "it
   * is the developer's responsibility to re-calc the workbook", so the last batch first asks Excel to
   * recalculate what the earlier ones changed and then writes with calculation on, which keeps the
   * workbook's formulas (PERF functions, a user's totals) up to date without an extra sync.
   */
  private async writeBySheet(
    context: ExcelContextLike,
    sheetProxy: (name: string) => WorksheetLike,
    pieces: WritePiece[]
  ): Promise<void> {
    const sheets = [...new Set(pieces.map((p) => p.sheet))];
    let suspended = false;
    for (const [s, sheet] of sheets.entries()) {
      const mine = pieces.filter((p) => p.sheet === sheet);
      const done = await syncInBlocks(context, mine, this.writeByteBudget, {
        cost: writeCost,
        split: (p, budget) =>
          p.kind === "cells"
            ? splitRun(p.run, Math.ceil(writeCost(p) / Math.max(1, budget))).map((run) => ({ ...p, run }))
            : [p],
        beforeSync: (lastBlock) => {
          if (lastBlock && s === sheets.length - 1) {
            if (suspended) context.application.calculate("Recalculate");
          } else if (this.options.canSuspendCalculation ?? this.supports("1.6")) {
            context.application.suspendApiCalculationUntilNextSync();
            suspended = true;
          }
          if (this.options.canSuspendScreenUpdating ?? this.supports("1.9"))
            context.application.suspendScreenUpdatingUntilNextSync();
        },
        queue: (p) => queueWrite(sheetProxy(sheet), p),
      });
      for (const { piece, result } of done.results) {
        if (piece.kind === "delete") this.written.delete(piece.id);
        else if (piece.kind === "add" && typeof result === "string") this.written.set(result, piece.record);
      }
    }
  }
}

/**
 * Deletes of the add-in's formats, last listed first: should Office.js address an item by its position
 * (getItemAt) rather than its id, deleting from the end leaves the positions still to delete unchanged.
 */
function deletes(owned: readonly OwnedFormat[]): WritePiece[] {
  return [...owned]
    .reverse()
    .map((o): WritePiece => ({ kind: "delete", sheet: o.sheet, format: o.proxy, id: o.proxy.id }));
}

/** Adds in reverse: each add goes in at the top priority, so the first record ends up first, as listed. */
function adds(records: readonly FormatRecord[]): WritePiece[] {
  return [...records].reverse().map((record): WritePiece => ({ kind: "add", sheet: record.sheet, record }));
}

/**
 * The merged areas of a box too full for one getMergedAreasOrNullObject call (over 512 areas): its
 * halves, halved again while Excel refuses them, one sync each. An area across a cut is reported by both
 * halves and kept once.
 */
async function mergedAreasInPieces(context: ExcelContextLike, ws: WorksheetLike, box: Box): Promise<string[]> {
  const found = new Set<string>();
  const pending = halves(box);
  while (pending.length > 0) {
    const b = pending.shift() as Box;
    const areas = ws.getRange(rangeA1(b.top, b.left, b.bottom, b.right)).getMergedAreasOrNullObject();
    areas.load("address");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each piece must be tried alone: Excel refuses a piece with over 512 areas
      await context.sync();
    } catch (error) {
      const parts = halves(b);
      if (isPayloadTooLarge(error) || parts.length < 2) throw error;
      pending.unshift(...parts);
      continue;
    }
    if (!areas.isNullObject) for (const a of mergedAreas(areas.address)) found.add(a);
  }
  return [...found];
}

/** A box cut across its longer side; a single cell stays whole. */
function halves(b: Box): Box[] {
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  if (rows === 1 && cols === 1) return [b];
  if (rows >= cols) {
    const mid = b.top + Math.floor(rows / 2) - 1;
    return [
      { ...b, bottom: mid },
      { ...b, top: mid + 1 },
    ];
  }
  const mid = b.left + Math.floor(cols / 2) - 1;
  return [
    { ...b, right: mid },
    { ...b, left: mid + 1 },
  ];
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

/** The written cells whose content differs now from what the recalculation wrote. */
function editedCells(
  record: UndoRecord,
  current: readonly { piece: { i: number }; result: { values: unknown[][]; formulas: unknown[][] } }[]
): EditedCell[] {
  const out: EditedCell[] = [];
  for (const { piece, result } of current) {
    const run = record.cells[piece.i];
    record.written[piece.i].forEach((w, k) => {
      const value = emptyToNull(result.values[k][0]) as CellInput;
      const formula = result.formulas[k][0];
      if (!isFormula(formula, value) && sameValue(value, w)) return;
      out.push({
        sheet: run.sheet,
        address: a1(run.top + k, run.col),
        written: w,
        current: isFormula(formula, value) ? (formula as string) : value,
      });
    });
  }
  return out;
}

/** The runs without the given cells (a run with a kept cell in the middle becomes two). */
function withoutCells(
  runs: readonly ColumnRun<PreviousCell>[],
  cells: readonly EditedCell[]
): ColumnRun<PreviousCell>[] {
  if (cells.length === 0) return [...runs];
  const skip = new Set(cells.map((c) => `${c.sheet}!${c.address}`));
  const out: ColumnRun<PreviousCell>[] = [];
  for (const run of runs) {
    let current: ColumnRun<PreviousCell> | null = null;
    run.items.forEach((item, k) => {
      const row = run.top + k;
      if (skip.has(`${run.sheet}!${a1(row, run.col)}`)) {
        current = null;
        return;
      }
      if (!current) out.push((current = { sheet: run.sheet, col: run.col, top: row, items: [] }));
      current.items.push(item);
    });
  }
  return out;
}

function sameValue(a: CellInput, b: CellInput): boolean {
  return (
    a === b || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)))
  );
}

function previousCells(r: RangeLike): PreviousCell[] {
  return r.values.map((row, i) => ({
    value: emptyToNull(row[0]) as CellInput,
    formula: isFormula(r.formulas[i][0], row[0]) ? (r.formulas[i][0] as string) : null,
    numberFormat: typeof r.numberFormat[i][0] === "string" ? r.numberFormat[i][0] : "General",
  }));
}

/** Queues a piece's commands; an added format's id is read back after the sync. */
function queueWrite(ws: WorksheetLike, p: WritePiece): () => string | undefined {
  if (p.kind === "delete") {
    p.format.delete();
    return () => undefined;
  }
  if (p.kind === "add") {
    const cf = ws.getRange(p.record.range).conditionalFormats.add("Custom");
    cf.custom.rule.formula = p.record.formula;
    cf.custom.format.fill.color = p.record.fill;
    cf.custom.format.font.color = p.record.font;
    cf.load("id");
    return () => cf.id;
  }
  const range = ws.getRange(runAddress(p.run));
  range.numberFormat = p.run.items.map((c) => [c.numberFormat]);
  if (p.run.items.some((c) => c.formula)) range.formulas = p.run.items.map((c) => [cellInput(c)]);
  else range.values = p.run.items.map((c) => [cellInput(c)]);
  p.run.items.forEach((c, i) => {
    if (c.fill === undefined) return;
    const fill = ws.getRange(rangeA1(p.run.top + i, p.run.col, p.run.top + i, p.run.col)).format.fill;
    if (c.fill === null) fill.clear();
    else fill.color = c.fill;
  });
  return () => undefined;
}
