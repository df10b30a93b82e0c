import { Direction } from "./direction";
import { Scalar } from "./values";

/**
 * The plan tree as the layout reader hands it to the engine. Positions are kept on every item so
 * that results and problems can name their sheet and cell.
 */
export interface CellAddresses {
  name?: string;
  weight?: string;
  direction?: string;
  target?: string;
  actual?: string;
  performance?: string;
  method?: string;
}

/** "Media ponderata di performance degli obiettivi ... associati all'obiettivo X". */
export interface LinkSpec {
  /** The objective whose children are averaged; null means the objective the KPI belongs to. */
  code: string | null;
}

export interface KpiInput {
  /** Unique in the workbook, e.g. "Piano!14". */
  id: string;
  code?: string;
  name: string;
  /** Fraction of the objective; null when not written. */
  weight: number | null;
  direction: Direction | null;
  target: Scalar;
  actual: Scalar;
  /** Marked unavailable in its own right ("kpi non disponibile" in Esito validazione). */
  unavailable?: boolean;
  /**
   * The reader found an error in this KPI's cells and reported it (e.g. two directions that disagree):
   * the engine leaves the KPI unscored and its objective uncomputed, without a second message.
   */
  readError?: boolean;
  /** Per-KPI method override (a "Metodo" column). */
  method?: string;
  link?: LinkSpec;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  cells: CellAddresses;
}

export type Level = "area" | "strategico" | "operativo" | "azione" | "obiettivo";

export interface ObjectiveInput {
  code: string;
  name: string;
  level: Level;
  /** Weight inside the parent, fraction; null when not written. */
  weight: number | null;
  /** Code of the parent node; null for top-level nodes (areas). */
  parentCode: string | null;
  kpis: KpiInput[];
  sheet: string;
  row: number;
  cells: CellAddresses;
}

export interface PlanInput {
  /** Name shown for the root (the ente); one plan per worksheet. */
  sheet: string;
  objectives: ObjectiveInput[];
}
