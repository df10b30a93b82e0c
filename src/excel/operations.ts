import { SheetGrid } from "../layout/grid";
import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { AddInSettings } from "../pipeline/workbook-settings";

/**
 * Everything the task pane does to a workbook. React components receive an object of this type as a
 * prop and never touch Office.js, so the same UI runs over Excel (OfficeWorkbook over Excel.run) and
 * over the simulated workbook of the demo mode and the tests.
 */
export interface SheetInfo {
  name: string;
  visible: boolean;
}

export interface ApplyReport {
  cellsWritten: number;
  formatsAdded: number;
  /** Traffic-light formats of an earlier recalculation replaced by the new ones. */
  formatsReplaced: number;
  /** Cells painted with a traffic-light fill (Excel without conditional formats for add-ins). */
  cellsFilled: number;
}

export interface UndoReport {
  cellsRestored: number;
  formatsRemoved: number;
  formatsRestored: number;
  /** Cells the user changed after the recalculation. */
  cellsChangedSince: number;
  /** Of those, the cells left as the user edited them (all of them unless restoreEdited was asked). */
  cellsKept: EditedCell[];
}

/** A cell the last recalculation wrote and the user changed since. */
export interface EditedCell {
  sheet: string;
  /** A1 address without the sheet. */
  address: string;
  /** What the recalculation wrote. */
  written: string | number | boolean | null;
  /** What the cell holds now: its formula when it has one, else its value. */
  current: string | number | boolean | null;
}

export interface UndoOptions {
  /** Also put back the cells the user changed after the recalculation (their edits are lost). */
  restoreEdited?: boolean;
}

/** A workbook name to define: PERF_KPI as =LAMBDA(...) over PERF.KPI. */
export interface NameDefinition {
  name: string;
  formula: string;
  comment: string;
}

export interface NamesReport {
  /** False: this Excel has no LAMBDA (or cannot add names): nothing was defined. */
  lambda: boolean;
  added: string[];
  /** Already in the workbook, left as they are. */
  present: string[];
}

/** The pane's answer to its offer of the PERF_* names, kept in the workbook so it is offered once. */
export type LambdaNamesAnswer = "definiti" | "rifiutati" | "senza-lambda";

export interface LoadedSettings {
  settings: AddInSettings;
  /** Italian notes about settings in the file that could not be used. */
  warnings: string[];
}

/** The Office theme the pane follows (high contrast comes through the browser's forced colours). */
export type PaneTheme = "chiaro" | "scuro";

export interface WorkbookOperations {
  /** "excel" inside Excel, "dimostrativa" over the simulated workbook. */
  readonly mode: "excel" | "dimostrativa";
  /** Office's theme (Office.context.officeTheme) inside Excel, the browser's in the demo mode. */
  theme(): PaneTheme;
  /** This Excel lacks ExcelApi 1.6: the traffic lights are written as cell fills, not conditional formats. */
  readonly trafficLightsAsFills: boolean;
  listSheets(): Promise<SheetInfo[]>;
  /** Used range of each named sheet (every visible sheet when none is named): values, formats, formulas. */
  readSheets(names?: readonly string[]): Promise<SheetGrid[]>;
  /** Write the cells and traffic-light formats of a recalculation, remembering what they replace. */
  applyRecalc(writes: readonly CellWrite[], formats: readonly ConditionalFormatSpec[]): Promise<ApplyReport>;
  hasUndo(): boolean;
  /** The cells the last recalculation wrote that hold something else now (read in as few syncs as the payload allows). */
  editedSinceRecalc(): Promise<EditedCell[]>;
  /**
   * Put back the cells and conditional formats the last recalculation changed; null when none. Cells the
   * user changed since are kept as they are unless options.restoreEdited.
   */
  undoLastRecalc(options?: UndoOptions): Promise<UndoReport | null>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Calls the listener on every later change of the named sheets' cells (the sheet, the A1 address);
   * false when the host cannot tell (Worksheet.onChanged needs ExcelApi 1.7).
   */
  watchChanges(sheets: readonly string[], listener: (sheet: string, address: string) => void): Promise<boolean>;
  loadSettings(): Promise<LoadedSettings>;
  saveSettings(settings: AddInSettings): Promise<void>;
  /** Define the LAMBDA names not yet in the workbook, after checking that this Excel has LAMBDA. */
  defineLambdaNames(names: readonly NameDefinition[]): Promise<NamesReport>;
  /** The earlier answer to the offer of the PERF_* names in this workbook; null when never offered. */
  lambdaNamesAnswer(): LambdaNamesAnswer | null;
  saveLambdaNamesAnswer(answer: LambdaNamesAnswer): Promise<void>;
}
