import { PlanInput } from "../engine/plan";
import { Problem } from "../engine/problems";
import { SheetGrid } from "./grid";
import type { SheetReading } from "./reading";

/** The fields a plan table may have; the column mapping override uses these names. */
export const FIELDS = [
  "obiettivo",
  "codice",
  "indicatore",
  "validazione",
  "peso",
  "direzione",
  "target",
  "consuntivo",
  "performanceKpi",
  "performanceObiettivo",
  "metodo",
  "unita",
  "stato",
] as const;
export type Field = (typeof FIELDS)[number];

/** 0-based sheet column of each field found. */
export type ColumnMap = Partial<Record<Field, number>>;

export type LayoutKind = "tabella" | "albero" | "report" | "cruscotto" | "schede";

/** Where the reader found the plan on the sheet: what the writer needs to put results back. */
export interface SheetLayout {
  sheet: string;
  kind: LayoutKind;
  /** 0-based sheet row of the (first) header row; -1 for layouts without one (schede). */
  headerRow: number;
  columns: ColumnMap;
  /** 0-based sheet rows of the first and last data rows (for conditional-format ranges). */
  firstDataRow: number;
  lastDataRow: number;
  /** A1 address of the cell printing the ente's performance ("Performance di Ente"), when the layout has one. */
  enteCell?: string;
}

export interface ReadOptions {
  /** Column mapping that replaces detection for the fields it names (1-based letters resolved by the caller). */
  columns?: ColumnMap;
  /** For multi-year layouts: the year whose target is scored. */
  year?: number;
  /**
   * Today as an Excel date serial, given by the command line and the task pane: the year of a plan that
   * nothing else dates. Without it such a plan is not read.
   */
  today?: number;
  /**
   * 0-based sheet row of the header, when the caller knows it (with a full column mapping the sheet
   * needs no recognisable header at all; without headerRow the data is read from the first row).
   */
  headerRow?: number;
}

export interface ReadResult {
  plan: PlanInput | null;
  layout: SheetLayout | null;
  problems: Problem[];
  /** How the sheet was read (set by readPlanSheet for every sheet): what `leggi` and the task pane show. */
  reading?: SheetReading;
}

/** A reader for one family of layouts: null when the sheet is not of that family. */
export type LayoutReader = (grid: SheetGrid, options: ReadOptions) => ReadResult | null;
