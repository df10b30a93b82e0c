import { DEFAULT_SETTINGS, EngineSettings } from "../engine/settings";
import { isMethodName } from "../engine/scoring";
import { validateThresholds } from "../engine/thresholds";
import { ColumnMap, FIELDS, Field } from "../layout/types";
import { PipelineSettings } from "./types";

/**
 * The task pane's settings, saved in the workbook (document settings) so they travel with the file:
 * the engine settings plus which sheets, column mappings and the remembered answer about overwriting
 * performance cells that hold a user's formula (null: ask).
 */
export interface AddInSettings extends EngineSettings {
  /** Sheets to recalculate; empty = every sheet holding a plan. */
  sheets: string[];
  columns: Record<string, ColumnMap>;
  overwriteFormulas: boolean | null;
}

export const SETTINGS_KEY = "alberoPerformance.impostazioni";

export const DEFAULT_ADDIN_SETTINGS: AddInSettings = {
  ...DEFAULT_SETTINGS,
  thresholds: { ...DEFAULT_SETTINGS.thresholds },
  sheets: [],
  columns: {},
  overwriteFormulas: null,
};

export function toPipelineSettings(s: AddInSettings): Partial<PipelineSettings> {
  const out: Partial<PipelineSettings> = {
    method: s.method,
    lateDeadline: s.lateDeadline,
    lowerIsBetter: s.lowerIsBetter,
    emptyActual: s.emptyActual,
    thresholds: { ...s.thresholds },
    weightTolerance: s.weightTolerance,
    overwriteFormulas: s.overwriteFormulas === true,
  };
  if (s.sheets.length > 0) out.sheets = [...s.sheets];
  if (Object.keys(s.columns).length > 0) out.columns = s.columns;
  return out;
}

function isFraction(v: unknown, max: number): v is number {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= max;
}

function parseColumns(raw: unknown): Record<string, ColumnMap> {
  const out: Record<string, ColumnMap> = {};
  if (!raw || typeof raw !== "object") return out;
  for (const [sheet, map] of Object.entries(raw as Record<string, unknown>)) {
    if (!map || typeof map !== "object") continue;
    const clean: ColumnMap = {};
    for (const [field, col] of Object.entries(map as Record<string, unknown>)) {
      if ((FIELDS as readonly string[]).includes(field) && Number.isInteger(col) && (col as number) >= 0 && (col as number) < 16384)
        clean[field as Field] = col as number;
    }
    if (Object.keys(clean).length > 0) out[sheet] = clean;
  }
  return out;
}

/**
 * Settings read back from a workbook: anything missing or malformed (a file edited elsewhere, an older
 * version) falls back to the default, field by field, and is reported.
 */
export function parseSettings(raw: unknown): { settings: AddInSettings; warnings: string[] } {
  const warnings: string[] = [];
  const s: AddInSettings = { ...DEFAULT_ADDIN_SETTINGS, thresholds: { ...DEFAULT_ADDIN_SETTINGS.thresholds }, sheets: [], columns: {} };
  if (raw === null || raw === undefined) return { settings: s, warnings };
  if (typeof raw !== "object") return { settings: s, warnings: ["Impostazioni salvate nel file non leggibili: uso i valori predefiniti."] };
  const r = raw as Record<string, unknown>;
  const fallback = (name: string) => warnings.push(`Impostazione "${name}" non valida nel file: uso il valore predefinito.`);
  if (r.method !== undefined) typeof r.method === "string" && isMethodName(r.method) ? (s.method = r.method) : fallback("metodo");
  if (r.lateDeadline !== undefined) r.lateDeadline === "lineare-fine-anno" || r.lateDeadline === "zero" ? (s.lateDeadline = r.lateDeadline) : fallback("scadenze mancate");
  if (r.lowerIsBetter !== undefined) r.lowerIsBetter === "scostamento" || r.lowerIsBetter === "rapporto" ? (s.lowerIsBetter = r.lowerIsBetter) : fallback("minore è meglio");
  if (r.emptyActual !== undefined) r.emptyActual === "zero" || r.emptyActual === "escludi" ? (s.emptyActual = r.emptyActual) : fallback("consuntivo vuoto");
  if (r.thresholds !== undefined) {
    // False positive (the assertion narrows unknown; tsc fails without it).
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    const t = r.thresholds as { yellow?: unknown; green?: unknown } | null;
    if (t && isFraction(t.yellow, 1.5) && isFraction(t.green, 1.5) && validateThresholds({ yellow: t.yellow, green: t.green }) === null)
      s.thresholds = { yellow: t.yellow, green: t.green };
    else fallback("soglie");
  }
  if (r.weightTolerance !== undefined) isFraction(r.weightTolerance, 0.1) ? (s.weightTolerance = r.weightTolerance) : fallback("tolleranza pesi");
  if (r.sheets !== undefined) Array.isArray(r.sheets) && r.sheets.every((x) => typeof x === "string") ? (s.sheets = [...r.sheets]) : fallback("fogli");
  if (r.columns !== undefined) s.columns = parseColumns(r.columns);
  if (r.overwriteFormulas !== undefined) r.overwriteFormulas === null || typeof r.overwriteFormulas === "boolean" ? (s.overwriteFormulas = r.overwriteFormulas) : fallback("celle con formule");
  return { settings: s, warnings };
}

/** Italian message for settings the user typed that cannot be used, or null. */
export function validateSettings(s: AddInSettings): string | null {
  const t = validateThresholds(s.thresholds);
  if (t) return t;
  if (!isFraction(s.weightTolerance, 0.1)) return "Tolleranza dei pesi non valida: indicare un valore tra 0 e 10 punti percentuali.";
  return null;
}
