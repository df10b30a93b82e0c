import { Direction } from "../engine/direction";
import { normaliseSpaces } from "../engine/italian-number";
import { parseTarget } from "../engine/target";
import { CellValue, Scalar, isBlank } from "../engine/values";
import { Problem, Where, problem } from "../engine/problems";

/**
 * What a dashboard target is (002): a value to reach, a ratio to the previous year ("≥1" on
 * "anno x / anno x-1"), or one of the targets no rule scores: the baseline year ("Anno di
 * rilevazione"), a comparison with an earlier year ("x ≤ x-1"), a schedule in an annex ("Rispetto
 * tempistica (Vedi allegato)"), an external benchmark ("≥ media cluster"), or plain words ("≥ a medio").
 */
type UnscorableNature = "rilevazione" | "confronto" | "tempistica" | "benchmark" | "testo";
export type TargetNature = "valore" | "rapporto" | UnscorableNature;

export interface DashboardTarget {
  value: Scalar;
  direction: Direction | null;
  nature: TargetNature;
  /** The plan's year, which the notes on relational and unscorable targets name. */
  year: number;
  /** The target as written, for those notes. */
  text: string;
}

const BASELINE = /^anno\s+(di\s+)?rilevazione$/i;
const COMPARISON = /^x\s*(<=|=<|≤|<|>=|=>|≥|>|=)\s*x\s*[-–]\s*\d+$/i;
const SCHEDULE = /rispetto\s+(della\s+)?tempistica|vedi\s+allegato/i;
const BENCHMARK = /media\s+(del\s+)?cluster|benchmark/i;
/** Indicators defined as this year's value over last year's ("anno x / anno x-1", "anno n-1"). */
const RATIO_INDICATOR = /\b(x|n)\s*-\s*[12]\b/i;

export function readDashboardTarget(
  raw: CellValue,
  numberFormat: string | undefined,
  indicator: string,
  year: number
): DashboardTarget | null {
  if (isBlank(raw)) return null;
  const text = typeof raw === "string" ? normaliseSpaces(raw) : "";
  const unscorable = (nature: UnscorableNature): DashboardTarget => ({
    value: { kind: "unscorable", text },
    direction: null,
    nature,
    year,
    text,
  });
  if (text !== "") {
    if (BASELINE.test(text)) return unscorable("rilevazione");
    if (COMPARISON.test(text)) return unscorable("confronto");
    if (SCHEDULE.test(text)) return unscorable("tempistica");
    if (BENCHMARK.test(text)) return unscorable("benchmark");
  }
  const parsed = parseTarget(raw, numberFormat);
  if (parsed.value.kind === "invalid" && /[a-zà-ý]{2,}/i.test(text)) return unscorable("testo");
  if (parsed.value.kind === "unscorable") return unscorable("testo");
  if (
    parsed.value.kind === "number" &&
    !parsed.value.percent &&
    RATIO_INDICATOR.test(indicator) &&
    parsed.value.value > 0 &&
    parsed.value.value <= 2
  ) {
    return {
      value: parsed.value,
      direction: parsed.direction,
      nature: "rapporto",
      year,
      text: text !== "" ? text : String(raw),
    };
  }
  return { value: parsed.value, direction: parsed.direction, nature: "valore", year, text };
}

/** The note on a relational or unscorable target, at its cell; none for a plain value. */
export function targetNote(t: DashboardTarget, where: Where): Problem | null {
  if (t.nature === "valore") return null;
  if (t.nature === "rapporto") return problem("target-relativo", where, t.text, t.year);
  return problem("target-non-calcolabile", where, t.text, { nature: t.nature, year: t.year });
}
