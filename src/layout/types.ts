import { PlanInput } from "../engine/plan";
import { Problem } from "../engine/problems";
import { SheetGrid } from "./grid";

/** The fields a plan table may have; the column mapping override uses these names. */
export const FIELDS = [
  "obiettivo",
  "codice",
  "indicatore",
  "validazione",
  "peso",
  "pesoObiettivo",
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
  /** 1-based rows whose place in the tree was read from their indentation (a sheet without codes). */
  indentedRows?: number[];
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

/**
 * What a reader recognised on a sheet. `score` says how strongly the sheet matches its layout (the
 * headings and markers recognised: the best score reads the sheet); `reason` says, in Italian, what was
 * recognised ("intestazione alla riga 3 (Obiettivo, Indicatore, …), righe di obiettivo con codici A.1, …").
 * Readers extend it with what their read needs (the header row, the columns, the year).
 */
export interface Detection {
  score: number;
  reason: string;
}

/** The readers: one per family of layouts (the kind of a reader's result is in its layout). */
export type ReaderKind = "tabella-rientri" | "report" | "cruscotto" | "schede" | "tabella-livelli" | "tabella";

/**
 * A reader for one family of layouts. `detect` looks at the sheet and says whether (and how strongly)
 * it is of the family; `read` reads it, given that detection. `read` returns null when the closer look
 * finds no plan after all (a report header over rows without indicators): the next best reader is tried.
 */
export interface LayoutReader<D extends Detection = Detection> {
  kind: ReaderKind;
  /** The reader takes the user's column mapping: with a full mapping only these readers are tried. */
  takesMapping: boolean;
  detect(grid: SheetGrid, options: ReadOptions): D | null;
  read(grid: SheetGrid, options: ReadOptions, detection: D): ReadResult | null;
}

/**
 * How a sheet was read, for a person to check at a glance: `perf-albero leggi` prints it and the task
 * pane's "Come è stato letto il foglio" shows it (issue 9 §5). Every row and column number is the one
 * Excel shows (1-based); letters are Excel's. Built from what the reader returned (readingOf), so it
 * always tells the reading the recalculation used.
 */
export interface SheetReading {
  sheet: string;
  /** The layout reader that read the sheet; null when no reader recognised a plan. */
  reader: LayoutKind | null;
  /** Why, in Italian: the layout recognised and what it looks like ("albero: righe di obiettivo …"). */
  reason: string;
  /** The header row (1-based), null for layouts without one (schede) or when no plan was read. */
  headerRow: number | null;
  columns: ColumnReading[];
  rows: RowReading[];
}

/** Who decided a column's field: the user's mapping, its heading, or its content (the heading being unknown). */
export type ColumnSource = "mappatura" | "intestazione" | "contenuto";

export interface ColumnReading {
  /** 1-based column and its letter ("F"). */
  col: number;
  letter: string;
  /** The heading as written in the header row ("" without one). */
  heading: string;
  /** The fields read from the column: usually one; two for a column naming objectives and indicators. */
  fields: Field[];
  /** Italian labels of the fields ("Consuntivo"), for display. */
  labels: string[];
  /** null for a column the reader does not use. */
  decidedBy: ColumnSource | null;
}

/** What a row is: an area or objective of the tree, a KPI, a note, or ignored (title, total, legend, placeholder). */
export type RowRole = "area" | "obiettivo" | "kpi" | "nota" | "ignorata";

export interface RowReading {
  /** 1-based sheet row. */
  row: number;
  role: RowRole;
  /** Objective code, or KPI code when it has one. */
  code: string | null;
  /** Name of the node or KPI, or the row's first text for notes and ignored rows. */
  name: string;
  /** The code of the objective the row belongs to (KPI) or sits under (objective); null at the top. */
  parent: string | null;
  /** Placed in the tree by its indentation (no codes on the sheet). */
  byIndent?: true;
}
