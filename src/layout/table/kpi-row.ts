import { Direction, parseDirection } from "../../engine/direction";
import { normaliseSpaces } from "../../engine/italian-number";
import { KpiInput } from "../../engine/plan";
import { Problem, problem } from "../../engine/problems";
import { parseTarget } from "../../engine/target";
import { Scalar, parseCell } from "../../engine/values";
import { parseWeight } from "../../engine/weight";
import { a1 } from "../address";
import { cellText, isBlank } from "../cell-text";
import { parseCodeCell } from "../codes";
import { formatAt } from "../grid";
import { parseLinkKpi } from "../link-kpi";
import { TableContext, valueAt } from "./row-classifier";
import { Field } from "../types";

/** Esito validazione texts that take a KPI out of the calculation ("kpi non disponibile"). */
const UNAVAILABLE_VALIDATION =
  /non\s+disponibil|non\s+valutabil|non\s+rilevabil|^\s*(n\.?\s?d\.?|n\/d|n\.?\s?v\.?)\s*$|annullat|stralciat/i;

export interface WeightCell {
  weight: number | null;
  direction: Direction | null;
  cell?: string;
  problems: Problem[];
}

function cellOf(ctx: TableContext, row: number, field: Field): string | undefined {
  const col = ctx.columns[field];
  return col === undefined ? undefined : a1(row, col);
}

function formatOf(ctx: TableContext, row: number, field: Field): string | undefined {
  const col = ctx.columns[field];
  return col === undefined ? undefined : formatAt(ctx.grid, row, col);
}

/**
 * The Peso cell of a row: weight (fraction) and the direction written with it ("50% >="). `field` is
 * "pesoObiettivo" for an objective's own weight in a column of its own.
 */
export function readWeight(ctx: TableContext, row: number, field: "peso" | "pesoObiettivo" = "peso"): WeightCell {
  const raw = valueAt(ctx, row, field);
  const cell = cellOf(ctx, row, field);
  if (isBlank(raw)) return { weight: null, direction: null, cell, problems: [] };
  const parsed = parseWeight(raw, formatOf(ctx, row, field));
  if (parsed.invalid) {
    return {
      weight: null,
      direction: parsed.direction,
      cell,
      problems: [problem("peso-non-leggibile", { sheet: ctx.sheet, cell }, cellText(raw))],
    };
  }
  return { weight: parsed.weight, direction: parsed.direction, cell, problems: [] };
}

const PERCENT_UNIT = /^(%|percentuale|perc\.?|per cento)$/i;

/**
 * The unit column. "%" marks plain numbers as percentage points (15 → 15%) when neither figure is
 * already a percentage; when one is (a % format, "15,00%"), the other is left as typed so that the
 * engine compares them as they are or reports the mismatch — never a silent rescaling. Other units are
 * kept for messages.
 */
function applyUnit(target: Scalar, actual: Scalar, unit: string): [Scalar, Scalar] {
  if (unit === "") return [target, actual];
  const isPct = (s: Scalar) => s.kind === "number" && s.percent;
  if (PERCENT_UNIT.test(unit)) {
    if (isPct(target) || isPct(actual)) return [target, actual];
    const toPct = (s: Scalar): Scalar =>
      s.kind === "number" ? { kind: "number", value: s.value / 100, percent: true } : s;
    return [toPct(target), toPct(actual)];
  }
  const withUnit = (s: Scalar): Scalar => (s.kind === "number" && !s.unit && !s.percent ? { ...s, unit } : s);
  return [withUnit(target), withUnit(actual)];
}

interface DirectionSource {
  direction: Direction;
  cell: string | undefined;
}

/**
 * Direction column first, then the Peso cell, then the Target cell. When they disagree no direction is
 * guessed: the conflict is an error and the KPI is not scored.
 */
function chooseDirection(
  ctx: TableContext,
  sources: DirectionSource[]
): { chosen: DirectionSource | null; problems: Problem[] } {
  const chosen = sources[0] ?? null;
  const problems: Problem[] = [];
  if (!chosen) return { chosen, problems };
  for (const other of sources.slice(1)) {
    if (other.direction === chosen.direction) continue;
    problems.push(
      problem(
        "direzioni-in-conflitto",
        { sheet: ctx.sheet, cell: chosen.cell, cells: [chosen.cell, other.cell].filter((c): c is string => !!c) },
        chosen.direction,
        chosen.cell ?? "?",
        other.direction,
        other.cell ?? "?"
      )
    );
  }
  return { chosen, problems };
}

/** A Direzione / Segno cell: what parseDirection reads, and a lone "+" or "-" ("Segno" columns). */
export function directionInColumn(text: string): Direction | null {
  if (text === "+") return ">=";
  if (/^[-\u2212\u2013]$/.test(text)) return "<=";
  return parseDirection(text);
}

/** One KPI from its row. The weight cell is read by the caller (it may belong to the objective instead). */
export function readKpiRow(ctx: TableContext, row: number, weight: WeightCell): { kpi: KpiInput; problems: Problem[] } {
  const problems: Problem[] = [...weight.problems];
  const name = cellText(valueAt(ctx, row, "indicatore"));
  const unit = cellText(valueAt(ctx, row, "unita"));
  const target = parseTarget(valueAt(ctx, row, "target"), formatOf(ctx, row, "target"));
  const actual = parseCell(valueAt(ctx, row, "consuntivo"), formatOf(ctx, row, "consuntivo"));

  const sources: DirectionSource[] = [];
  const dirRaw = valueAt(ctx, row, "direzione");
  const dirCell = cellOf(ctx, row, "direzione");
  if (!isBlank(dirRaw)) {
    const d = typeof dirRaw === "string" ? directionInColumn(normaliseSpaces(dirRaw)) : null;
    if (d) sources.push({ direction: d, cell: dirCell });
    else problems.push(problem("direzione-non-leggibile", { sheet: ctx.sheet, cell: dirCell }, cellText(dirRaw)));
  }
  if (weight.direction) sources.push({ direction: weight.direction, cell: weight.cell });
  if (target.direction) sources.push({ direction: target.direction, cell: cellOf(ctx, row, "target") });
  const direction = chooseDirection(ctx, sources);
  problems.push(...direction.problems);

  const [scaledTarget, scaledActual] = applyUnit(target.value, actual, unit);
  const validation = cellText(valueAt(ctx, row, "validazione"));
  const method = cellText(valueAt(ctx, row, "metodo")).toLowerCase();
  const codeRaw = ctx.codeRole === "kpi" ? cellText(valueAt(ctx, row, "codice")) : "";
  const codeCellText = ctx.codeRole === "obiettivo" ? cellText(valueAt(ctx, row, "codice")) : "";
  // in an objective-code column, a text that is not an objective code is the KPI's own code
  const codeInObjectiveColumn = codeCellText && !parseCodeCell(codeCellText) ? codeCellText : "";
  const link = parseLinkKpi(name);

  const kpi: KpiInput = ctx.plan.kpi(row, {
    name,
    weight: weight.weight,
    direction: direction.chosen?.direction ?? null,
    target: scaledTarget,
    actual: scaledActual,
    cells: {},
  });
  const code = codeRaw || codeInObjectiveColumn;
  if (code) kpi.code = code;
  if (UNAVAILABLE_VALIDATION.test(validation)) kpi.unavailable = true;
  if (method) kpi.method = method;
  if (link) kpi.link = link;
  if (direction.problems.length > 0) kpi.readError = true;
  const cells = kpi.cells;
  const nameCell = cellOf(ctx, row, "indicatore");
  if (nameCell) cells.name = nameCell;
  if (weight.cell) cells.weight = weight.cell;
  const dirAt = direction.chosen?.cell ?? dirCell ?? weight.cell ?? cellOf(ctx, row, "target");
  if (dirAt) cells.direction = dirAt;
  const targetCell = cellOf(ctx, row, "target");
  if (targetCell) cells.target = targetCell;
  const actualCell = cellOf(ctx, row, "consuntivo");
  if (actualCell) cells.actual = actualCell;
  const perfCell = cellOf(ctx, row, "performanceKpi");
  if (perfCell) cells.performance = perfCell;
  const methodCell = cellOf(ctx, row, "metodo");
  if (methodCell) cells.method = methodCell;
  return { kpi, problems };
}
