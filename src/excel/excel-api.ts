/**
 * The subset of the Excel JavaScript API the adapter uses, as structural types. Excel.RequestContext
 * satisfies them (checked in office-runner.ts), and so does the simulated Excel of the demo mode and the
 * tests. Keeping the adapter on these types lets it compile without the Office typings (bench, CLI).
 */
export type CellInput = string | number | boolean | null;

export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}

export interface RangeLike extends Loadable {
  readonly isNullObject: boolean;
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: any[][];
  numberFormat: any[][];
  formulas: any[][];
  /** ExcelApi 1.16: each cell as a typed value (data types included: entities, formatted numbers). */
  readonly valuesAsJson: any[][];
  /** ExcelApi 1.6. */
  readonly conditionalFormats: ConditionalFormatCollectionLike;
  /**
   * ExcelApi 1.1. Loaded as "format/fill/color": "#FFFFFF" for a cell without fill as for a white one
   * (only tintAndShade, ExcelApi 1.9, tells them apart); null when the cells differ. clear() removes it.
   */
  readonly format: {
    readonly fill: { color: string; clear(): void };
    /** ExcelApi 1.9. Loaded as "format/indentLevel": 0–250, null when the cells differ. */
    readonly indentLevel: number | null;
  };
  /** ExcelApi 1.9: the properties asked for, cell by cell; `value` is read after sync. */
  getCellProperties(options: { format: { indentLevel: true } }): {
    readonly value: { format?: { indentLevel?: number } }[][];
  };
  select(): void;
  /** The visible cells of the range (ExcelApi 1.3): hidden rows and columns are left out. */
  getVisibleView(): Loadable & { readonly cellAddresses: any[][] };
  /** Merged areas inside the range (ExcelApi 1.13); address lists them, "Foglio!A1:B2, Foglio!C3:D3". */
  getMergedAreasOrNullObject(): Loadable & { readonly isNullObject: boolean; readonly address: string };
}

export interface ConditionalFormatLike extends Loadable {
  /** Loaded with the collection's "items/id". */
  readonly id: string;
  readonly type: string;
  readonly custom: {
    rule: { formula: string };
    format: { fill: { color: string }; font: { color: string } };
  };
  /** Null object when the format covers several areas (ExcelApi 1.6). */
  getRangeOrNullObject(): RangeLike;
  delete(): void;
}

/**
 * Office.js addresses an item of a loaded collection by getItem(id) only when the load returned its id
 * ("items/id"), otherwise by getItemAt(index), resolved when the command runs. add() puts the new format
 * at the first/top priority, so it shifts every index.
 */
export interface ConditionalFormatCollectionLike extends Loadable {
  readonly items: ConditionalFormatLike[];
  add(type: "Custom"): ConditionalFormatLike;
  /** ExcelApi 1.6. Seen through this collection's range: its rule formula reads relative to that range. */
  getItem(id: string): ConditionalFormatLike;
}

export interface TableLike {
  readonly name: string;
  getRange(): RangeLike;
}

/** Worksheet.onChanged's arguments (ExcelApi 1.7), the part the pane uses: the A1 address changed. */
export interface ChangeEventLike {
  readonly address: string;
}

export interface WorksheetLike extends Loadable {
  readonly name: string;
  readonly visibility: string;
  readonly tables: Loadable & { readonly items: TableLike[] };
  /** ExcelApi 1.7: a handler added in a batch is called for every later change of the sheet's data. */
  readonly onChanged: { add(handler: (event: ChangeEventLike) => Promise<unknown>): unknown };
  getRange(address?: string): RangeLike;
  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  /** ExcelApi 1.1 (valuesOnly: 1.2); a blank sheet gives its top-left cell. */
  getUsedRange(valuesOnly?: boolean): RangeLike;
  activate(): void;
}

/** A workbook name (NamedItem): type is "Error" when its formula evaluates to an error. */
export interface NamedItemLike extends Loadable {
  readonly isNullObject: boolean;
  readonly type: string;
  /** ExcelApi 1.4. */
  delete(): void;
}

export interface NamesLike {
  /** ExcelApi 1.4. */
  add(name: string, reference: string, comment?: string): NamedItemLike;
  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): NamedItemLike;
}

export interface ExcelContextLike {
  readonly workbook: {
    readonly worksheets: Loadable & {
      readonly items: WorksheetLike[];
      getItem(key: string): WorksheetLike;
    };
    /** Excel's worksheet functions (ExcelApi 1.2): DATE answers in the workbook's date system. */
    readonly functions: {
      date(year: number, month: number, day: number): Loadable & { readonly value: any };
    };
    readonly names: NamesLike;
  };
  readonly application: {
    /** ExcelApi 1.6. Afterwards "it is the developer's responsibility to re-calc the workbook". */
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.9. */
    suspendScreenUpdatingUntilNextSync(): void;
    /** ExcelApi 1.1. "Recalculate": the cells Excel marked dirty. */
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
  sync(): Promise<unknown>;
}

/** Runs one batch against the workbook: Excel.run in Office, the simulated Excel elsewhere. */
export type ExcelRunner = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

/** Document settings as Office.context.document.settings offers them. */
export interface SettingsStoreLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

/**
 * Excel on the web's generic "An internal error has occurred." (GeneralException): it has also been the
 * answer to an oversized request (office-js issues 1012, 1314), so a large block that gets it is re-sent
 * smaller.
 */
export function isGeneralException(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "GeneralException";
}

/** Excel's "request payload too large" failure (Excel on the web's 5 MB limit). */
export function isPayloadTooLarge(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  return (
    e.code === "RequestPayloadSizeLimitExceeded" ||
    e.code === "ResponsePayloadSizeLimitExceeded" ||
    /payload size|payload.*limit|413/i.test(e.message ?? "")
  );
}
