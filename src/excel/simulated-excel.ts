import { CellValue } from "../engine/values";
import { SheetGrid } from "../layout/grid";
import { Box, boxAddress, parseBox } from "./ranges";
import {
  CellInput,
  ConditionalFormatCollectionLike,
  ConditionalFormatLike,
  ExcelContextLike,
  ExcelRunner,
  Loadable,
  RangeLike,
  SettingsStoreLike,
  TableLike,
  WorksheetLike,
} from "./excel-api";

/**
 * An in-memory Excel that answers the Excel API subset of excel-api.ts with Office.js semantics: proxy
 * objects, commands queued until context.sync(), properties readable only after load + sync, null in a
 * written array leaving the cell alone, written text read the way Excel reads typed input (Italian
 * locale: "15,00%" becomes a number, "=", "+", "-" start a formula, a leading apostrophe keeps text), a
 * conditional format added at the top priority and a loaded one addressed by its id only when the id was
 * loaded (else by its position, as Office.js does), calculation left pending after writes made while
 * suspendApiCalculationUntilNextSync was in force until application.calculate, and a payload limit per
 * sync like Excel on the web's 5 MB. It backs the pane's demo mode, the tests and the bench, so the same
 * adapter code runs there as in Excel.
 */
export interface SimCell {
  value: CellInput;
  formula: string | null;
  numberFormat: string;
}

export interface SimConditionalFormat {
  id: number;
  range: string;
  type: string;
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

export interface SimStats {
  syncs: number;
  suspendCalculation: number;
  suspendScreenUpdating: number;
  /** Largest request and response delivered (refused ones are not counted). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Range writes (values, formulas or number formats) applied. */
  rangeWrites: number;
  /** application.calculate calls applied. */
  calculations: number;
}

/** Plain, comparable picture of the workbook: non-empty cells by address and conditional formats. */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    cells: Record<string, { v: CellInput; f?: string; nf?: string }>;
    formats: { range: string; formula: string; fill: string; font: string }[];
  }[];
}

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;
const WHOLE_SHEET: Box = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
const COMMAND_BYTES = 150;

export class SimulatedExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class SimulatedExcel {
  readonly sheets: SimSheet[] = [];
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  readonly stats: SimStats = { syncs: 0, suspendCalculation: 0, suspendScreenUpdating: 0, maxRequestBytes: 0, maxResponseBytes: 0, rangeWrites: 0, calculations: 0 };
  /** Bytes allowed per request and per response (Excel on the web: 5 MB). */
  payloadLimit = 5 * 1024 * 1024;
  /**
   * Cells were written while API calculation was suspended and no application.calculate followed: their
   * dependents show stale results ("it is the developer's responsibility to re-calc the workbook").
   */
  calculationPending = false;
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
    const sheet: SimSheet = { name: g.name, visibility, cells: new Map(), formats: [], tables: [...(g.tables ?? [])], merges: [...(g.merges ?? [])], hiddenRows: new Set(g.hiddenRows ?? []), hiddenColumns: new Set(g.hiddenColumns ?? []) };
    g.values.forEach((row, r) => {
      const width = Math.max(row.length, g.formulas?.[r]?.length ?? 0, g.numberFormats?.[r]?.length ?? 0);
      for (let c = 0; c < width; c++) {
        const value = normaliseValue(row[c]);
        const formula = g.formulas?.[r]?.[c] || null;
        const numberFormat = g.numberFormats?.[r]?.[c] ?? "General";
        if (value === null && !formula && numberFormat === "General") continue;
        this.setCell(sheet, g.rowOffset + r, g.colOffset + c, { value, formula, numberFormat });
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

  setCell(sheet: SimSheet, row: number, col: number, cell: SimCell): void {
    let r = sheet.cells.get(row);
    if (!r) sheet.cells.set(row, (r = new Map()));
    if (cell.value === null && cell.formula === null && cell.numberFormat === "General") r.delete(col);
    else r.set(col, cell);
    if (cell.formula) this.formulaResults.set(`${sheet.name}!${row},${col}|${cell.formula}`, cell.value);
  }

  rememberedResult(sheet: SimSheet, row: number, col: number, formula: string): CellInput {
    return this.formulaResults.get(`${sheet.name}!${row},${col}|${formula}`) ?? null;
  }

  newFormatId(): number {
    return this.nextFormatId++;
  }

  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((s) => {
        const cells: WorkbookSnapshot["sheets"][number]["cells"] = {};
        for (const row of [...s.cells.keys()].sort((a, b) => a - b)) {
          const cols = s.cells.get(row) as Map<number, SimCell>;
          for (const col of [...cols.keys()].sort((a, b) => a - b)) {
            const c = cols.get(col) as SimCell;
            const entry: { v: CellInput; f?: string; nf?: string } = { v: c.value };
            if (c.formula) entry.f = c.formula;
            if (c.numberFormat !== "General") entry.nf = c.numberFormat;
            cells[boxAddress({ top: row, left: col, bottom: row, right: col })] = entry;
          }
        }
        return { name: s.name, cells, formats: s.formats.map(({ range, formula, fill, font }) => ({ range, formula, fill, font })) };
      }),
    };
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

/** Document settings kept with the simulated workbook (Office.context.document.settings stand-in). */
export class SimulatedSettings implements SettingsStoreLike {
  private readonly saved = new Map<string, string>();
  private readonly pending = new Map<string, string>();
  saves = 0;

  get(name: string): unknown {
    const raw = this.pending.get(name) ?? this.saved.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }

  set(name: string, value: unknown): void {
    this.pending.set(name, JSON.stringify(value));
  }

  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    for (const [k, v] of this.pending) this.saved.set(k, v);
    this.pending.clear();
    this.saves++;
    callback?.({ status: "succeeded" });
  }

  /** What a reopened file would hold. */
  persisted(name: string): unknown {
    const raw = this.saved.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }
}

function normaliseValue(v: CellValue): CellInput {
  if (v === undefined || v === "") return null;
  return v;
}

type Command = { requestBytes: number; run: () => number };

class SimContext implements ExcelContextLike {
  private queue: Command[] = [];
  /** suspendApiCalculationUntilNextSync ran earlier in the sync being applied. */
  calculationSuspended = false;
  readonly workbook: ExcelContextLike["workbook"];
  readonly application: ExcelContextLike["application"];

  constructor(readonly excel: SimulatedExcel) {
    this.workbook = { worksheets: new SimWorksheetCollection(this) };
    this.application = {
      suspendApiCalculationUntilNextSync: () => this.enqueue(0, () => (excel.stats.suspendCalculation++, (this.calculationSuspended = true), 0)),
      suspendScreenUpdatingUntilNextSync: () => this.enqueue(0, () => (excel.stats.suspendScreenUpdating++, 0)),
      calculate: (calculationType) =>
        this.enqueue(0, () => {
          if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType)) throw new SimulatedExcelError("InvalidArgument", `Tipo di calcolo non valido: ${calculationType}`);
          excel.stats.calculations++;
          excel.calculationPending = false;
          return 0;
        }),
    };
  }

  enqueue(requestBytes: number, run: () => number): void {
    this.queue.push({ requestBytes: requestBytes + COMMAND_BYTES, run });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const stats = this.excel.stats;
    stats.syncs++;
    const request = commands.reduce((s, c) => s + c.requestBytes, 0);
    if (request > this.excel.payloadLimit)
      throw new SimulatedExcelError("RequestPayloadSizeLimitExceeded", `The request payload size (${request} bytes) has exceeded the limit.`);
    let response = 0;
    try {
      for (const c of commands) response += c.run();
    } finally {
      this.calculationSuspended = false;
    }
    if (response > this.excel.payloadLimit)
      throw new SimulatedExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size (${response} bytes) has exceeded the limit.`);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, response);
  }

  sheetOrThrow(name: string): SimSheet {
    const s = this.excel.sheet(name);
    if (!s) throw new SimulatedExcelError("ItemNotFound", `Il foglio "${name}" non esiste.`);
    return s;
  }
}

/** Guards reads of proxy properties that were not loaded and synced, like Office.js does. */
class Loaded {
  private readonly props = new Map<string, unknown>();
  set(name: string, value: unknown): void {
    this.props.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.props.has(name)) throw new SimulatedExcelError("PropertyNotLoaded", `La proprietà "${name}" non è stata caricata.`);
    return this.props.get(name) as T;
  }
}

function propertyList(names?: string | string[]): string[] {
  const list = Array.isArray(names) ? names : (names ?? "").split(",");
  return list.map((n) => n.trim()).filter((n) => n !== "");
}

class SimWorksheetCollection {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: SimContext) {}

  get items(): WorksheetLike[] {
    return this.loaded.get("items");
  }

  load(): this {
    this.ctx.enqueue(0, () => {
      const sheets = this.ctx.excel.sheets;
      const items = sheets.map((s) => {
        const ws = new SimWorksheet(this.ctx, s.name);
        ws.fill(s);
        return ws;
      });
      this.loaded.set("items", items);
      return sheets.reduce((n, s) => n + s.name.length + 40, 0);
    });
    return this;
  }

  getItem(name: string): WorksheetLike {
    return new SimWorksheet(this.ctx, name);
  }
}

class SimWorksheet implements WorksheetLike {
  private readonly loaded = new Loaded();
  readonly tables: WorksheetLike["tables"];

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string
  ) {
    const loaded = new Loaded();
    this.tables = {
      load: () => {
        ctx.enqueue(0, () => {
          const s = ctx.sheetOrThrow(sheetName);
          loaded.set("items", s.tables.map((t): TableLike => ({ name: t.name, getRange: () => new SimRange(ctx, sheetName, { kind: "box", box: parseBox(t.range) as Box }) })));
          return s.tables.length * 60;
        });
        return this.tables;
      },
      get items(): TableLike[] {
        return loaded.get("items");
      },
    };
  }

  fill(s: SimSheet): void {
    this.loaded.set("name", s.name);
    this.loaded.set("visibility", s.visibility);
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get visibility(): string {
    return this.loaded.get("visibility");
  }

  load(): this {
    this.ctx.enqueue(0, () => {
      this.fill(this.ctx.sheetOrThrow(this.sheetName));
      return 60;
    });
    return this;
  }

  getRange(address?: string): RangeLike {
    if (address === undefined || address === "") return new SimRange(this.ctx, this.sheetName, { kind: "box", box: WHOLE_SHEET });
    const box = parseBox(address);
    if (!box) throw new SimulatedExcelError("InvalidArgument", `Indirizzo non valido: ${address}`);
    return new SimRange(this.ctx, this.sheetName, { kind: "box", box });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike {
    return new SimRange(this.ctx, this.sheetName, { kind: "used", valuesOnly: valuesOnly === true });
  }

  activate(): void {
    this.ctx.enqueue(0, () => {
      this.ctx.sheetOrThrow(this.sheetName);
      this.ctx.excel.activeSheet = this.sheetName;
      return 0;
    });
  }
}

type RangeTarget =
  | { kind: "box"; box: Box }
  | { kind: "used"; valuesOnly: boolean }
  | { kind: "format"; format: () => SimConditionalFormat };

function cellCount(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

class SimRange implements RangeLike {
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly target: RangeTarget
  ) {}

  private resolve(): { sheet: SimSheet; box: Box | null } {
    const sheet = this.ctx.sheetOrThrow(this.sheetName);
    const t = this.target;
    if (t.kind === "box") return { sheet, box: t.box };
    if (t.kind === "format") return { sheet, box: parseBox(t.format().range) };
    return { sheet, box: this.ctx.excel.usedBox(sheet, t.valuesOnly) };
  }

  getVisibleView(): Loadable & { readonly cellAddresses: any[][] } {
    const loaded = new Loaded();
    const ctx = this.ctx;
    const resolve = () => this.resolve();
    return {
      load() {
        ctx.enqueue(0, () => {
          const { sheet, box } = resolve();
          if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
          const addresses: string[][] = [];
          for (let r = box.top; r <= box.bottom; r++) {
            if (sheet.hiddenRows.has(r)) continue;
            const line: string[] = [];
            for (let c = box.left; c <= box.right; c++) if (!sheet.hiddenColumns.has(c)) line.push(`${quoteSheet(sheet.name)}!${boxAddress({ top: r, left: c, bottom: r, right: c })}`);
            if (line.length > 0) addresses.push(line);
          }
          loaded.set("cellAddresses", addresses);
          return JSON.stringify(addresses).length;
        });
        return this;
      },
      get cellAddresses(): any[][] {
        return loaded.get("cellAddresses");
      },
    };
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): any[][] {
    return this.loaded.get("values");
  }
  set values(v: any[][]) {
    this.write("values", v);
  }
  get numberFormat(): any[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.write("numberFormat", v);
  }
  get formulas(): any[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: any[][]) {
    this.write("formulas", v);
  }

  get conditionalFormats(): ConditionalFormatCollectionLike {
    return new SimConditionalFormatCollection(this.ctx, this.sheetName, () => this.resolve());
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      this.loaded.set("isNullObject", box === null);
      if (box === null) return 20;
      if (this.target.kind === "box" && box !== WHOLE_SHEET && cellCount(box) > 5_000_000)
        throw new SimulatedExcelError("InvalidOperation", "Intervallo troppo grande da caricare.");
      let bytes = 40;
      for (const p of props) {
        const value = this.property(p, sheet, box);
        this.loaded.set(p, value);
        bytes += typeof value === "object" ? JSON.stringify(value).length : String(value).length + 8;
      }
      return bytes;
    });
    return this;
  }

  private property(p: string, sheet: SimSheet, box: Box): unknown {
    switch (p) {
      case "address":
        return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "values":
        return this.grid(sheet, box, (c) => c?.value ?? "");
      case "numberFormat":
        return this.grid(sheet, box, (c) => c?.numberFormat ?? "General");
      case "formulas":
        return this.grid(sheet, box, (c) => c?.formula ?? c?.value ?? "");
      default:
        throw new SimulatedExcelError("InvalidArgument", `Proprietà non simulata: ${p}`);
    }
  }

  private grid<T>(sheet: SimSheet, box: Box, pick: (c: SimCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row = sheet.cells.get(r);
      const line: T[] = [];
      for (let c = box.left; c <= box.right; c++) line.push(pick(row?.get(c)));
      out.push(line);
    }
    return out;
  }

  private write(kind: "values" | "numberFormat" | "formulas", input: any[][]): void {
    const copy = input.map((row) => [...row]);
    this.ctx.enqueue(JSON.stringify(copy).length, () => {
      const { sheet, box } = this.resolve();
      if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (copy.length !== rows || copy.some((r) => r.length !== cols))
        throw new SimulatedExcelError("InvalidArgument", `Le dimensioni dei dati (${copy.length} righe) non corrispondono all'intervallo ${boxAddress(box)}.`);
      const excel = this.ctx.excel;
      excel.stats.rangeWrites++;
      if (this.ctx.calculationSuspended && kind !== "numberFormat") excel.calculationPending = true;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = copy[r][c];
          if (v === null || v === undefined) continue;
          const row = box.top + r;
          const col = box.left + c;
          const old = excel.cell(sheet.name, row, col) ?? { value: null, formula: null, numberFormat: "General" };
          if (kind === "numberFormat") excel.setCell(sheet, row, col, { ...old, numberFormat: String(v) });
          else excel.setCell(sheet, row, col, { ...typed(v, excel, sheet, row, col), numberFormat: old.numberFormat });
        }
      }
      return 0;
    });
  }

  getMergedAreasOrNullObject(): Loadable & { readonly isNullObject: boolean; readonly address: string } {
    const loaded = new Loaded();
    const ctx = this.ctx;
    const resolve = () => this.resolve();
    return {
      load() {
        ctx.enqueue(0, () => {
          const { sheet, box } = resolve();
          const inside = box ? sheet.merges.filter((m) => { const mb = parseBox(m); return mb !== null && intersects(mb, box); }) : [];
          loaded.set("isNullObject", inside.length === 0);
          const address = inside.map((m) => `${quoteSheet(sheet.name)}!${m}`).join(", ");
          loaded.set("address", address);
          return address.length + 20;
        });
        return this;
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
    };
  }

  select(): void {
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      this.ctx.excel.activeSheet = sheet.name;
      this.ctx.excel.selection = { sheet: sheet.name, address: boxAddress(box) };
      return 0;
    });
  }
}

/** A number as an Italian user types it: "1.587,10", "15,00%", "-3". */
const ITALIAN_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/;

function italianNumber(s: string): number | null {
  const m = ITALIAN_NUMBER.exec(s.trim());
  if (!m) return null;
  const n = Number(`${m[2].replace(/\./g, "")}.${m[3] ?? "0"}`) * (m[1] === "-" ? -1 : 1);
  return m[4] === "%" ? n / 100 : n;
}

/**
 * What Excel stores for a text written through range.values or range.formulas: the text is read like
 * typed input (Range.values: a value starting with "+", "-" or "=" is interpreted as a formula), so a
 * number-looking text becomes a number and only a leading apostrophe keeps the text as it is.
 */
function typed(v: unknown, excel: SimulatedExcel, sheet: SimSheet, row: number, col: number): { value: CellInput; formula: string | null } {
  if (typeof v === "number" || typeof v === "boolean") return { value: v, formula: null };
  const s = String(v);
  if (s === "") return { value: null, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  const n = italianNumber(s);
  if (n !== null) return { value: n, formula: null };
  if (s.length > 1 && (s.startsWith("=") || s.startsWith("+") || s.startsWith("-"))) {
    const formula = s.startsWith("=") ? s : `=${s}`;
    return { value: excel.rememberedResult(sheet, row, col, formula), formula };
  }
  return { value: s, formula: null };
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The formats a range's collection holds: those intersecting it, in priority order (index 0 = top). */
function formatsOver(sheet: SimSheet, box: Box | null): SimConditionalFormat[] {
  return box ? sheet.formats.filter((f) => { const fb = parseBox(f.range); return fb !== null && intersects(fb, box); }) : [];
}

/**
 * How a conditional-format proxy finds its format when a command runs. Office.js addresses an item of a
 * loaded collection through getItem(id) when the load returned its id, and through getItemAt(index)
 * otherwise: then the index is resolved when the command runs, after earlier deletes and adds.
 */
type FormatLocator =
  | { kind: "id"; id: number }
  | { kind: "index"; index: number; over: () => { sheet: SimSheet; box: Box | null } }
  | { kind: "new"; format: SimConditionalFormat };

class SimConditionalFormatCollection implements ConditionalFormatCollectionLike {
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly resolve: () => { sheet: SimSheet; box: Box | null }
  ) {}

  get items(): ConditionalFormatLike[] {
    return this.loaded.get("items");
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    const withId = props.length === 0 || props.some((p) => p === "items" || p === "items/id" || p === "id");
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      const formats = formatsOver(sheet, box);
      this.loaded.set(
        "items",
        formats.map((f, index) => {
          const locator: FormatLocator = withId ? { kind: "id", id: f.id } : { kind: "index", index, over: this.resolve };
          return new SimConditionalFormatProxy(this.ctx, this.sheetName, locator, f.type);
        })
      );
      return formats.reduce((n, f) => n + f.formula.length + 80, 0);
    });
    return this;
  }

  /** A new format goes in at the first/top priority, as ConditionalFormatCollection.add does. */
  add(type: "Custom"): ConditionalFormatLike {
    const format: SimConditionalFormat = { id: 0, range: "", type, formula: "", fill: "", font: "" };
    this.ctx.enqueue(40, () => {
      const { sheet, box: target } = this.resolve();
      if (!target) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      format.id = this.ctx.excel.newFormatId();
      format.range = boxAddress(target);
      sheet.formats.unshift(format);
      return 0;
    });
    return new SimConditionalFormatProxy(this.ctx, this.sheetName, { kind: "new", format }, type);
  }
}

class SimConditionalFormatProxy implements ConditionalFormatLike {
  readonly custom: ConditionalFormatLike["custom"];
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly locator: FormatLocator,
    type: string
  ) {
    this.loaded.set("type", type);
    const loaded = this.loaded;
    const queueSet = (apply: (f: SimConditionalFormat) => void, bytes: number) => ctx.enqueue(bytes, () => (apply(this.target()), 0));
    this.custom = {
      rule: {
        get formula(): string {
          return loaded.get("custom/rule/formula");
        },
        set formula(v: string) {
          queueSet((f) => (f.formula = v), v.length);
        },
      },
      format: {
        fill: {
          get color(): string {
            return loaded.get("custom/format/fill/color");
          },
          set color(v: string) {
            queueSet((f) => (f.fill = v), v.length);
          },
        },
        font: {
          get color(): string {
            return loaded.get("custom/format/font/color");
          },
          set color(v: string) {
            queueSet((f) => (f.font = v), v.length);
          },
        },
      },
    };
  }

  /** The format this proxy stands for when a command runs; ItemNotFound as Excel says when it is gone. */
  private target(): SimConditionalFormat {
    const sheet = this.ctx.sheetOrThrow(this.sheetName);
    const l = this.locator;
    let found: SimConditionalFormat | undefined;
    if (l.kind === "new") found = sheet.formats.includes(l.format) ? l.format : undefined;
    else if (l.kind === "id") found = sheet.formats.find((f) => f.id === l.id);
    else found = formatsOver(sheet, l.over().box)[l.index];
    if (!found) throw new SimulatedExcelError("ItemNotFound", "Formato condizionale non trovato.");
    return found;
  }

  get type(): string {
    return this.loaded.get("type");
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    this.ctx.enqueue(0, () => {
      const f = this.target();
      let bytes = 40;
      for (const p of props) {
        const value =
          p === "type" ? f.type
          : p === "custom/rule/formula" ? f.formula
          : p === "custom/format/fill/color" ? f.fill
          : p === "custom/format/font/color" ? f.font
          : undefined;
        if (value === undefined) throw new SimulatedExcelError("InvalidArgument", `Proprietà non simulata: ${p}`);
        this.loaded.set(p, value);
        bytes += value.length + 8;
      }
      return bytes;
    });
    return this;
  }

  getRangeOrNullObject(): RangeLike {
    return new SimRange(this.ctx, this.sheetName, { kind: "format", format: () => this.target() });
  }

  delete(): void {
    this.ctx.enqueue(0, () => {
      const sheet = this.ctx.sheetOrThrow(this.sheetName);
      const f = this.target();
      sheet.formats.splice(sheet.formats.indexOf(f), 1);
      return 0;
    });
  }
}
