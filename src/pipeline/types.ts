import { Colour } from "../engine/thresholds";
import { EngineSettings } from "../engine/settings";
import { PlanResult } from "../engine/rollup";
import { Problem } from "../engine/problems";
import { SheetGrid } from "../layout/grid";
import { ColumnMap, SheetLayout } from "../layout/types";
import { PlanInput } from "../engine/plan";

/**
 * The one recalculation pipeline shared by the task pane (src/excel) and the command line (src/cli):
 * grids and settings in → results, cell writes and problems out. Adapters only read grids and apply
 * writes.
 */
/** A band table the settings name, read from a range of the workbook ("AdE = Fasce!A1:D5"). */
export interface BandTableRef {
  name: string;
  sheet: string;
  /** "A1:D5". */
  range: string;
}

/** The engine's settings, with the band tables given as the ranges the pipeline reads them from. */
export interface PipelineSettings extends Omit<EngineSettings, "bandTables"> {
  bandTables: BandTableRef[];
  /** Sheets to process; empty or undefined = every sheet holding a plan. */
  sheets?: string[];
  /** Column mapping per sheet for headers the reader does not recognise. */
  columns?: Record<string, ColumnMap>;
  /** Year scored in multi-year layouts. */
  year?: number;
  /** 1-based header row per sheet ("--intestazione"), for sheets whose header the reader does not find. */
  headerRows?: Record<string, number>;
  /** Overwrite performance cells that hold a user's formula (otherwise they are left and reported). */
  overwriteFormulas?: boolean;
  /** Add Performance KPI / Performance Obiettivo columns right of the table when missing. */
  addMissingColumns?: boolean;
}

export type WriteKind = "performance-kpi" | "performance-obiettivo" | "consuntivo-collegamento" | "intestazione";

/** One cell the add-in owns and writes. */
export interface CellWrite {
  sheet: string;
  /** A1 address. */
  address: string;
  value: number | string | null;
  /** Excel number format to set with the value ("0.00%"), if any. */
  numberFormat?: string;
  kind: WriteKind;
  /**
   * Set on cells a traffic-light format covers: the colour its rules give this value ("grigio" = none).
   * Written as a fill where Excel lacks conditional formats (ExcelApi 1.6).
   */
  trafficLight?: Colour;
}

/** One native conditional format on a performance column (traffic lights, DOMAIN.md §7). */
export interface ConditionalFormatSpec {
  sheet: string;
  /** A1 range, e.g. "H7:H120". */
  range: string;
  rules: ConditionalRule[];
}

export interface ConditionalRule {
  colour: Colour;
  /** Excel formula relative to the range's top-left cell, e.g. "AND(ISNUMBER(H7),H7>=0.8)". */
  formula: string;
  fill: string;
  font: string;
}

export interface SheetOutcome {
  sheet: string;
  layout: SheetLayout;
  /** The plan as read from the sheet (targets, consuntivi, directions for reports). */
  plan: PlanInput;
  result: PlanResult;
}

/** How the ente figure was obtained: one sheet's ente, the mean of several sheets' enti, or none. */
export type EnteBasis = "foglio" | "media-fogli" | "nessuno";

export interface RecalcResult {
  sheets: SheetOutcome[];
  /** The ente over every processed sheet. */
  ente: { performance: number | null; status: string; colour: Colour; basis: EnteBasis };
  writes: CellWrite[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Reading, computing and writing problems, in sheet and row order. */
  problems: Problem[];
}

export interface RecalcInput {
  grids: SheetGrid[];
  settings?: Partial<PipelineSettings>;
  /** Today as an Excel date serial (the command line and the task pane pass the real date): see ReadOptions.today. */
  today?: number;
}
