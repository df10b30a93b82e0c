/** Italian labels and formats of the recalculation pipeline's output; problem texts live in src/engine/messages.ts. */
export const PIPELINE_LABELS = {
  ente: (sheets: number, mean: boolean) => (mean ? `Ente (media degli enti di ${sheets} fogli)` : "Ente"),
} as const;

/** The headers the pipeline writes when it adds the missing performance columns. */
export const HEADER_PERFORMANCE_KPI = "Performance KPI";
export const HEADER_PERFORMANCE_OBIETTIVO = "Performance Obiettivo";

/** Number format of every percentage the pipeline writes. */
export const PERCENT_FORMAT = "0.00%";
