/**
 * The seed tables of the engine tests (test/engine/data: every KPI row of 000 Lecce 2019 and 003
 * Pistoia-Prato 2022) through the worksheet functions as Excel would call them, against the engine's
 * computePlan on the same cells. Two ways a sheet may hold the cells:
 * - as the document writes them (text: "15,00%", ">= 4,00 N.", "Entro 30/11/2022", "50% >");
 * - as Italian Excel stores what a user types: numbers and percentages become numbers, dates become
 *   serials (so tipo "data" is passed), text with units or operators stays text.
 * Every call runs under both conventions for empty cells (web: null; older desktop builds: 0) and the
 * two must agree (helpers.ts, `excel`).
 */
import {
  CellValue,
  KpiInput,
  ObjectiveInput,
  PlanResult,
  computePlan,
  parseCell,
  parseTarget,
  parseText,
  parseWeight,
} from "../../src/engine";
import { kpi, obiettivo } from "../../src/functions/functions";
import objectiveTable from "../engine/data/seed-objectives.json";
import { excel } from "./helpers";
import { EXCLUDED_KPIS, SEED_KPIS, SEED_OBJECTIVES, SeedKpi, UNAVAILABLE_KPIS } from "../engine/helpers/seed-data";

/** KPIs whose printed figure no rule explains (reference README): their objectives print from it. */
const PRINTED_NOT_RULE = new Set<string>(objectiveTable.rollup_as_printed);

const ALL_ROWS: SeedKpi[] = [...SEED_KPIS, ...EXCLUDED_KPIS, ...UNAVAILABLE_KPIS];
const BY_ID = new Map(ALL_ROWS.map((r) => [r.id, r]));

function kpiInput(row: SeedKpi): KpiInput {
  const target = parseTarget(row.target_cell);
  const weight = row.weight_cell === null ? null : parseWeight(row.weight_cell);
  const input: KpiInput = {
    id: row.id,
    name: row.indicator,
    weight: weight?.weight ?? null,
    direction: target.direction ?? weight?.direction ?? null,
    target: target.value,
    actual: parseCell(row.actual_cell),
    sheet: "Piano",
    row: row.line,
    cells: {},
  };
  if (row.esito === "kpi non disponibile") input.unavailable = true;
  return input;
}

function planOf(code: string, kpis: KpiInput[]): PlanResult {
  const objective: ObjectiveInput = {
    code,
    name: code,
    level: "operativo",
    weight: null,
    parentCode: null,
    kpis,
    sheet: "Piano",
    row: 1,
    cells: {},
  };
  return computePlan({ sheet: "Piano", objectives: [objective] });
}

/** What the engine says of one KPI: its performance, or null when it is left out. */
function engineKpi(row: SeedKpi): number | null {
  return planOf("X", [kpiInput(row)]).kpis[0].performance;
}

/** The cell value Italian Excel keeps for a typed text: numbers, percentages and dates are converted. */
function typedValue(text: string | null): CellValue {
  if (text === null) return null;
  const s = parseText(text);
  if (s.kind === "number" && s.unit === undefined) return s.value;
  if (s.kind === "date") return s.serial;
  return text;
}

/** PERF.KPI on the row, under both conventions for empty cells (web: null, older desktop: 0). */
function asDocument(row: SeedKpi): Promise<unknown> {
  return excel(kpi, row.target_cell, row.actual_cell, row.weight_cell);
}

function asTyped(row: SeedKpi): Promise<unknown> {
  const target = typedValue(row.target_cell);
  const actual = typedValue(row.actual_cell);
  const dated = parseText(row.target_cell).kind === "date" || parseTarget(row.target_cell).value.kind === "date";
  return excel(kpi, target, actual, typedValue(row.weight_cell), null, dated ? "data" : null);
}

const expectSame = (viaFunction: unknown, viaEngine: number | null) => {
  if (viaEngine === null) expect(viaFunction).toBe("N.V.");
  else expect(viaFunction).toBeCloseTo(viaEngine, 12);
};

describe("PERF.KPI gives the engine's figure on every seed row", () => {
  it("covers the whole table", () => {
    expect(ALL_ROWS.length).toBe(433 + 8 + 15);
    expect(ALL_ROWS.filter((r) => typeof engineKpi(r) === "number").length).toBeGreaterThan(430);
  });

  it.each(ALL_ROWS.map((r) => [r.id, r] as const))("%s as the document writes it", async (_id, row) => {
    expectSame(await asDocument(row), engineKpi(row));
  });

  it.each(ALL_ROWS.map((r) => [r.id, r] as const))("%s as typed into Italian Excel", async (_id, row) => {
    expectSame(await asTyped(row), engineKpi(row));
  });

  it.each(SEED_KPIS.filter((r) => r.printed_performance !== undefined).map((r) => [r.id, r] as const))(
    "%s is the printed figure within 0,5 pp",
    async (_id, row) => {
      expect(
        Math.abs(((await asDocument(row)) as number) * 100 - (row.printed_performance as number))
      ).toBeLessThanOrEqual(0.5);
    }
  );

  it("N/D and 'kpi non disponibile' rows give N.V.", async () => {
    const unavailable = UNAVAILABLE_KPIS.filter((r) => r.actual_cell === "N/D" || r.esito === "kpi non disponibile");
    expect(unavailable.length).toBe(12);
    for (const row of unavailable) expect(await asDocument(row)).toBe("N.V.");
  });
});

const OBJECTIVES = SEED_OBJECTIVES.filter((o) => o.kpi_ids.length + o.excluded_kpi_ids.length > 0).map((o) => {
  const rows = [...o.kpi_ids, ...o.excluded_kpi_ids].map((id) => BY_ID.get(id) as SeedKpi);
  return { objective: o, rows };
});

describe("PERF.OBIETTIVO over the seed objectives gives the engine's roll-up", () => {
  const complete = OBJECTIVES.filter(({ rows }) => rows.every((r) => r.weight_cell !== null));
  const partial = OBJECTIVES.filter(
    ({ rows }) => rows.some((r) => r.weight_cell !== null) && rows.some((r) => r.weight_cell === null)
  );

  it("finds every KPI of every objective", () => {
    for (const { rows } of OBJECTIVES) for (const r of rows) expect(r).toBeDefined();
    expect(complete.length).toBeGreaterThan(50);
  });

  it.each(
    complete.map(({ objective, rows }) => [`${objective.seed.slice(0, 3)} ${objective.code}`, objective, rows] as const)
  )("%s", async (_name, objective, rows) => {
    const weights = rows.map((r) => [r.weight_cell]);
    const performances: unknown[][] = [];
    for (const r of rows) performances.push([await asDocument(r)]);
    const viaFunction = await excel(obiettivo, weights, performances);
    const engine = planOf(objective.code, rows.map(kpiInput));
    expect(engine.problems.filter((p) => p.code === "pesi-parziali")).toEqual([]);
    expectSame(viaFunction, engine.objectives[0].performance);
    // The one-argument form on the two-column range gives the same figure.
    expect(
      await excel(
        obiettivo,
        rows.map((r, i) => [r.weight_cell, performances[i][0]])
      )
    ).toEqual(viaFunction);
    if (objective.printed_performance !== null && !rows.some((r) => PRINTED_NOT_RULE.has(r.id)))
      expect(Math.abs((viaFunction as number) * 100 - objective.printed_performance)).toBeLessThanOrEqual(0.05);
  });

  it.each(partial.map(({ objective, rows }) => [`${objective.seed.slice(0, 3)} ${objective.code}`, rows] as const))(
    "%s: the OCR lost some weights, so PERF.OBIETTIVO and the engine both refuse to guess",
    async (_name, rows) => {
      const performances: unknown[][] = [];
      for (const r of rows) performances.push([await asDocument(r)]);
      const result = await excel(
        obiettivo,
        rows.map((r) => [r.weight_cell]),
        performances
      );
      expect(result).toMatchObject({ code: "#VALUE!" });
      expect((result as { message: string }).message).toContain("Manca il peso");
      const engine = planOf("X", rows.map(kpiInput));
      expect(engine.problems.find((p) => p.code === "pesi-parziali")?.severity).toBe("errore");
      expect(engine.objectives[0].performance).toBeNull();
    }
  );
});
