/**
 * Small hand-made plans for the roll-up rules, written as the cells a sheet holds: a KPI row is
 * (Peso, Target, Consuntivo) text in columns E, F, G of its row, read with the engine's parsers.
 */
import { KpiInput, Level, ObjectiveInput, PlanInput, parseCell, parseTarget, parseWeight } from "../../../src/engine";

export const SHEET = "Piano";

export interface KpiCells {
  peso: string;
  target: string;
  consuntivo: string;
  name?: string;
  link?: string | null;
  unavailable?: boolean;
  method?: string;
}

let nextRow = 10;

export function kpi(cells: KpiCells): KpiInput {
  const row = nextRow++;
  const w = parseWeight(cells.peso);
  const t = parseTarget(cells.target);
  const k: KpiInput = {
    id: `${SHEET}!${row}`,
    name: cells.name ?? `KPI riga ${row}`,
    weight: w.weight,
    direction: t.direction ?? w.direction,
    target: t.value,
    actual: parseCell(cells.consuntivo),
    sheet: SHEET,
    row,
    cells: { name: `C${row}`, weight: `E${row}`, target: `F${row}`, actual: `G${row}` },
  };
  if (cells.unavailable) k.unavailable = true;
  if (cells.method) k.method = cells.method;
  if (cells.link !== undefined) k.link = { code: cells.link };
  return k;
}

/** A link KPI ("Media ponderata di performance ... associati all'obiettivo <code>"). */
export function linkKpi(peso: string, code: string | null): KpiInput {
  return kpi({
    peso,
    target: "100,00%",
    consuntivo: "",
    name: `Media ponderata di performance degli obiettivi associati a ${code ?? "questo obiettivo"}`,
    link: code,
  });
}

export function objective(
  code: string,
  parentCode: string | null,
  kpis: KpiInput[] = [],
  peso: string | null = null,
  level: Level = "obiettivo"
): ObjectiveInput {
  const row = nextRow++;
  return {
    code,
    name: `${code} obiettivo`,
    level,
    weight: peso === null ? null : parseWeight(peso).weight,
    parentCode,
    kpis,
    sheet: SHEET,
    row,
    cells: { name: `A${row}`, weight: `B${row}`, performance: `I${row}` },
  };
}

export function plan(...objectives: ObjectiveInput[]): PlanInput {
  return { sheet: SHEET, objectives };
}
