import { localDaySerial } from "../engine/dates";
import { ruleOf } from "../engine/problem-codes";
import { Problem } from "../engine/problems";
import { RecalcInput, RecalcResult } from "../pipeline/types";
import { AddInSettings, toPipelineSettings } from "../pipeline/workbook-settings";
import { ApplyReport, WorkbookOperations } from "./operations";

/**
 * "Ricalcola albero" on the open workbook: read the plan sheets, run the one pipeline shared with the
 * command line, ask once about performance cells holding a user's formula, write results and traffic
 * lights. Works over any WorkbookOperations (Excel or the simulated workbook).
 */
export type RecalcStep = "lettura" | "calcolo" | "scrittura" | "fatto";

export interface RecalcProgress {
  step: RecalcStep;
  /** Italian label for the progress bar. */
  label: string;
  /** 0..1 */
  fraction: number;
}

export interface RecalcFlowOptions {
  onProgress?: (p: RecalcProgress) => void;
  /**
   * Asked when performance cells hold a user's formula and the settings hold no answer yet; the
   * answer is saved in the workbook's settings. Without it the formulas are kept.
   */
  confirmOverwrite?: (cells: Problem[]) => Promise<boolean>;
  /** Compute and report only (Verifica pesi): nothing is written. */
  dryRun?: boolean;
  /** Today as an Excel date serial; the local date when not given. */
  today?: number;
  /**
   * Runs the pipeline (the task pane passes one that runs it in a Web Worker, so the pane never
   * freezes); the pipeline on this thread when not given.
   */
  compute?: (input: RecalcInput) => Promise<RecalcResult>;
  /** Stops the recalculation before it writes anything (RecalcCancelled is thrown). */
  signal?: AbortSignal;
}

/** The user stopped the recalculation before anything was written. */
export class RecalcCancelled extends Error {
  constructor() {
    super("Ricalcolo interrotto: nessuna cella è stata scritta.");
    this.name = "RecalcCancelled";
  }
}

export interface RecalcOutcome {
  result: RecalcResult;
  applied: ApplyReport | null;
  /** The settings used, with the overwrite answer if one was given. */
  settings: AddInSettings;
  timings: { readMs: number; computeMs: number; writeMs: number };
}

const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

export async function recalculateWorkbook(
  ops: WorkbookOperations,
  settings: AddInSettings,
  options: RecalcFlowOptions = {}
): Promise<RecalcOutcome> {
  const report = options.onProgress ?? (() => undefined);
  // Each step is also a User Timing mark ("ricalcolo:calcolo"...), seen in the browser's profiler.
  const progress = (p: RecalcProgress) => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function")
      performance.mark(`ricalcolo:${p.step}`);
    report(p);
  };
  // Loaded on first use: the readers and the engine are not part of the pane's startup script.
  const compute =
    options.compute ??
    (async (input: RecalcInput) =>
      (await import(/* webpackChunkName: "calcolo" */ "../pipeline/recalculate")).recalculate(input));
  const checkCancel = () => {
    if (options.signal?.aborted) throw new RecalcCancelled();
  };
  progress({ step: "lettura", label: "Lettura dei fogli del piano…", fraction: 0.1 });
  const t0 = now();
  const grids = await ops.readSheets(settings.sheets.length > 0 ? settings.sheets : undefined);
  const t1 = now();
  checkCancel();
  progress({ step: "calcolo", label: "Calcolo dell'albero della performance…", fraction: 0.4 });
  let used = settings;
  const today = options.today ?? localDaySerial(new Date());
  let result = await compute({ grids, settings: toPipelineSettings(used), today });
  let computeMs = now() - t1;
  checkCancel();
  const kept = result.problems.filter((p) => ruleOf(p.code).keptFormula === true);
  if (!options.dryRun && kept.length > 0 && used.overwriteFormulas === null && options.confirmOverwrite) {
    const overwrite = await options.confirmOverwrite(kept);
    used = { ...used, overwriteFormulas: overwrite };
    await ops.saveSettings(used);
    if (overwrite) {
      const t2 = now();
      result = await compute({ grids, settings: toPipelineSettings(used), today });
      computeMs += now() - t2;
    }
  }
  checkCancel();
  if (options.dryRun) {
    progress({ step: "fatto", label: "Verifica completata.", fraction: 1 });
    return { result, applied: null, settings: used, timings: { readMs: t1 - t0, computeMs, writeMs: 0 } };
  }
  progress({ step: "scrittura", label: `Scrittura di ${result.writes.length} celle e dei semafori…`, fraction: 0.7 });
  const t3 = now();
  const applied = await ops.applyRecalc(result.writes, result.conditionalFormats);
  const writeMs = now() - t3;
  progress({ step: "fatto", label: "Ricalcolo completato.", fraction: 1 });
  return { result, applied, settings: used, timings: { readMs: t1 - t0, computeMs, writeMs } };
}
