/** Typed access to the tables built by data/build-seed-tables.js from the source documents. */
import kpiTables from "../data/seed-kpis.json";
import objectiveTable from "../data/seed-objectives.json";

export interface SeedKpi {
  id: string;
  seed: string;
  line: number;
  objective_code: string;
  kpi_code: string | null;
  indicator: string;
  /** Percentage points (50 = 50%); inferred by the reference where the OCR lost the weight cell. */
  weight: number | null;
  weight_inferred: boolean;
  direction: string | null;
  target_raw: string | null;
  actual_raw: string | null;
  weight_cell: string | null;
  target_cell: string;
  actual_cell: string;
  esito: string;
  printed_performance?: number;
  printed_performance_raw?: string;
  is_link: boolean;
  link_code: string | null;
  notes: string[];
  source_line: string;
}

export interface ExcludedKpi extends SeedKpi {
  reason: string;
  rule_gives: number | null;
}

export interface SeedObjective {
  seed: string;
  code: string;
  name: string;
  level: "area" | "strategic" | "operational" | "action" | "ente";
  parent_code: string | null;
  weight: number | null;
  printed_performance: number | null;
  printed_source: string | null;
  kpi_ids: string[];
  excluded_kpi_ids: string[];
  child_codes: string[];
  link_kpi_id: string | null;
  code_reconstructed: boolean;
  notes: string[];
}

export const SEED_KPIS = kpiTables.rows as SeedKpi[];
export const EXCLUDED_KPIS = kpiTables.excluded as ExcludedKpi[];
export const UNAVAILABLE_KPIS = kpiTables.unavailable as SeedKpi[];
export const KPI_COUNTS = kpiTables.counts;
export const SEED_OBJECTIVES = objectiveTable.objectives as SeedObjective[];
export const ROLLUP_AS_PRINTED: readonly string[] = objectiveTable.rollup_as_printed;

export const seedOf = (id: string): "000" | "003" => id.slice(0, 3) as "000" | "003";
