/**
 * Builds the engine's PlanInput for 000 or 003 from the seed tables: objectives from
 * seed-objectives.json, KPIs from the cells of seed-kpis.json read with the engine's own parsers,
 * the way the layout reader hands them over. Columns follow 000's sheet (C Indicatore, D Esito,
 * E Peso, F Target, G Consuntivo); rows are the seed lines.
 */
import { KpiInput, Level, ObjectiveInput, PlanInput, parseCell, parseTarget, parseWeight } from "../../../src/engine";
import {
  EXCLUDED_KPIS,
  ROLLUP_AS_PRINTED,
  SEED_KPIS,
  SEED_OBJECTIVES,
  SeedKpi,
  SeedObjective,
  UNAVAILABLE_KPIS,
  seedOf,
} from "./seed-data";

const LEVELS: Record<SeedObjective["level"], Level> = {
  area: "area",
  strategic: "strategico",
  operational: "operativo",
  action: "azione",
  ente: "area",
};

export const sheetOf = (seed: "000" | "003"): string => (seed === "000" ? "Piano 2019" : "Relazione 2022");

export interface SeedPlanOptions {
  /**
   * Rows no rule explains (seed-objectives.json rollup_as_printed) enter as the document scored them:
   * target 100%, consuntivo = printed performance. Used to check the figures the document prints
   * above them; false gives the rules' own figures.
   */
  asPrinted: boolean;
}

export function kpiInput(row: SeedKpi, sheet: string, options: SeedPlanOptions, printed?: number): KpiInput {
  const target = parseTarget(row.target_cell);
  const weightCell = row.weight_cell === null ? null : parseWeight(row.weight_cell);
  const kpi: KpiInput = {
    id: row.id,
    code: row.kpi_code ?? undefined,
    name: row.indicator,
    weight: weightCell?.weight ?? (row.weight === null ? null : row.weight / 100),
    direction: target.direction ?? weightCell?.direction ?? null,
    target: target.value,
    actual: parseCell(row.actual_cell),
    unavailable: /kpi non disponibile/i.test(row.esito),
    sheet,
    row: row.line,
    cells: { name: `C${row.line}`, weight: `E${row.line}`, target: `F${row.line}`, actual: `G${row.line}` },
  };
  if (row.is_link) kpi.link = { code: row.link_code };
  if (options.asPrinted && printed !== undefined && ROLLUP_AS_PRINTED.includes(row.id)) {
    kpi.target = { kind: "number", value: 1, percent: true };
    kpi.actual = { kind: "number", value: printed / 100, percent: true };
    kpi.direction = ">=";
  }
  return kpi;
}

export function seedObjectives(seed: "000" | "003"): SeedObjective[] {
  return SEED_OBJECTIVES.filter((o) => o.seed.startsWith(seed) && o.level !== "ente");
}

export function seedKpiRows(seed: "000" | "003"): SeedKpi[] {
  return [...SEED_KPIS, ...EXCLUDED_KPIS, ...UNAVAILABLE_KPIS]
    .filter((r) => seedOf(r.id) === seed)
    .sort((a, b) => a.line - b.line);
}

export function buildSeedPlan(seed: "000" | "003", options: SeedPlanOptions = { asPrinted: true }): PlanInput {
  const sheet = sheetOf(seed);
  const rows = seedKpiRows(seed);
  const objectives = seedObjectives(seed).map((o, index): ObjectiveInput => {
    const kpis = rows
      .filter((r) => r.objective_code === o.code)
      .map((r) => kpiInput(r, sheet, options, r.printed_performance));
    const row = kpis[0]?.row ?? index + 1;
    return {
      code: o.code,
      name: o.name,
      level: LEVELS[o.level],
      weight: o.weight === null ? null : o.weight / 100,
      parentCode: o.parent_code === "ENTE" ? null : o.parent_code,
      kpis,
      sheet,
      row,
      cells: { name: `A${row}`, performance: `I${row}` },
    };
  });
  return { sheet, objectives };
}
