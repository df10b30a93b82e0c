import {
  Colour,
  DEFAULT_THRESHOLDS,
  NOT_AVAILABLE_TEXT,
  Thresholds,
  colourOf,
  kpiStatusOf,
  objectiveStatusOf,
  validateThresholds,
} from "../engine";
import { Checked, bad, cellArg, ok, optionArg, readFraction, readPerformance, showValue } from "./args";
import { CellError, valueError } from "./errors";
import { FN_MSG } from "./messages";

/** A performance argument: the fraction, or null when not available. */
function performanceArg(raw: unknown): Checked<number | null> {
  const cell = cellArg("performance", raw);
  if (!cell.ok) return cell;
  const p = readPerformance(cell.value);
  switch (p.kind) {
    case "value":
      return ok(p.value);
    case "non-disponibile":
      return ok(null);
    case "fuori-scala":
      return bad(FN_MSG.singlePerformanceOutOfRange(showValue(cell.value)));
    default:
      return bad(FN_MSG.singlePerformanceUnreadable(showValue(cell.value)));
  }
}

function thresholdArg(arg: string, raw: unknown, fallback: number): Checked<number> {
  const cell = cellArg(arg, raw);
  if (!cell.ok) return cell;
  const v = readFraction(cell.value);
  if (v === "invalid") return bad(FN_MSG.thresholdUnreadable(arg, showValue(cell.value)));
  return ok(v ?? fallback);
}

const LIGHT: Readonly<Record<Exclude<Colour, "grigio">, string>> = { verde: "VERDE", giallo: "GIALLO", rosso: "ROSSO" };

/** PERF.SEMAFORO: the traffic light of DOMAIN.md §7 (engine colourOf), "N.V." when not available. */
export function trafficLight(performance: unknown, yellow?: unknown, green?: unknown): string | CellError {
  const fail = (message: string) => valueError(FN_MSG.lightPrefix(message));
  const p = performanceArg(performance);
  if (!p.ok) return fail(p.message);
  const y = thresholdArg("soglia_gialla", yellow, DEFAULT_THRESHOLDS.yellow);
  if (!y.ok) return fail(y.message);
  const g = thresholdArg("soglia_verde", green, DEFAULT_THRESHOLDS.green);
  if (!g.ok) return fail(g.message);
  const thresholds: Thresholds = { yellow: y.value, green: g.value };
  const invalid = validateThresholds(thresholds);
  if (invalid) return fail(invalid);
  const colour = colourOf(p.value, thresholds);
  return colour === "grigio" ? NOT_AVAILABLE_TEXT : LIGHT[colour];
}

/** PERF.STATO: the objective label (RAGGIUNTO ...) or, with tipo "kpi", the KPI label (IN LINEA ...). */
export function statusLabel(performance: unknown, kind?: unknown): string | CellError {
  const fail = (message: string) => valueError(FN_MSG.statusPrefix(message));
  const p = performanceArg(performance);
  if (!p.ok) return fail(p.message);
  const k = optionArg("tipo", kind);
  if (!k.ok) return fail(k.message);
  const key = k.value?.toLowerCase() ?? "obiettivo";
  if (key === "obiettivo") return objectiveStatusOf(p.value);
  if (key === "kpi" || key === "indicatore") return kpiStatusOf(p.value);
  return fail(FN_MSG.unknownStatusKind(showValue(k.value)));
}
