/** DOMAIN.md §7: traffic lights and labels. */
export type Colour = "verde" | "giallo" | "rosso" | "grigio";
export type ObjectiveStatus = "RAGGIUNTO" | "PARZIALMENTE RAGGIUNTO" | "NON RAGGIUNTO" | "DA VALUTARE";
export type KpiStatus = "IN LINEA" | "FUORI TARGET" | "DA VALUTARE";

/**
 * Which thresholds are strict: "nessuna" (at or above, the default); "verde" ("raggiunto: superiore al
 * 90%; parzialmente: tra il 70% e il 90%"); "tutte" (also the yellow one: exactly 70% is red).
 */
export type StrictThresholds = "nessuna" | "verde" | "tutte";

export interface Thresholds {
  /** At or above: yellow / PARZIALMENTE RAGGIUNTO. */
  yellow: number;
  /** At or above: green / RAGGIUNTO, IN LINEA. */
  green: number;
  /** Absent: "nessuna". */
  strict?: StrictThresholds;
}

export const DEFAULT_THRESHOLDS: Thresholds = { yellow: 0.6, green: 0.8 };

/** A tiny tolerance so that a performance computed as 0,8 − 1e-16 is still green. */
const EPS = 1e-9;

/** At or above the threshold, or (strict, "superiore al 90%") only above it. */
function passes(performance: number, threshold: number, strict: boolean): boolean {
  return strict ? performance > threshold + EPS : performance >= threshold - EPS;
}

export function colourOf(performance: number | null, t: Thresholds = DEFAULT_THRESHOLDS): Colour {
  if (performance === null || !Number.isFinite(performance)) return "grigio";
  const strict = t.strict ?? "nessuna";
  if (passes(performance, t.green, strict !== "nessuna")) return "verde";
  if (passes(performance, t.yellow, strict === "tutte")) return "giallo";
  return "rosso";
}

export function objectiveStatusOf(performance: number | null, t: Thresholds = DEFAULT_THRESHOLDS): ObjectiveStatus {
  switch (colourOf(performance, t)) {
    case "verde":
      return "RAGGIUNTO";
    case "giallo":
      return "PARZIALMENTE RAGGIUNTO";
    case "rosso":
      return "NON RAGGIUNTO";
    default:
      return "DA VALUTARE";
  }
}

export function kpiStatusOf(performance: number | null, t: Thresholds = DEFAULT_THRESHOLDS): KpiStatus {
  const c = colourOf(performance, t);
  if (c === "grigio") return "DA VALUTARE";
  return c === "verde" ? "IN LINEA" : "FUORI TARGET";
}

/** Fill and font colours used by every writer (Excel conditional formats, task pane badges). */
export const COLOUR_STYLE: Readonly<Record<Colour, { fill: string; font: string }>> = {
  verde: { fill: "#C6EFCE", font: "#006100" },
  giallo: { fill: "#FFEB9C", font: "#9C5700" },
  rosso: { fill: "#FFC7CE", font: "#9C0006" },
  grigio: { fill: "#EDEDED", font: "#595959" },
};

export function validateThresholds(t: Thresholds): string | null {
  if (!(t.yellow >= 0 && t.green <= 1.5 && t.yellow < t.green))
    return "Soglie non valide: la soglia gialla deve essere minore della verde (es. 60% e 80%).";
  return null;
}
