import {
  CellValue,
  DEFAULT_SETTINGS,
  MeanItem,
  NOT_AVAILABLE_TEXT,
  availableMean,
  isWeightSumOk,
  parseWeight,
} from "../engine";
import { Checked, bad, isBlank, matrixArg, ok, positionLabel, readPerformance, showValue } from "./args";
import { CellError, valueError } from "./errors";
import { FN_MSG } from "./messages";

interface Pair {
  weight: CellValue;
  performance: CellValue;
  where: string;
}

/** Weight/performance pairs from two same-sized ranges, or from one two-column range. */
function pairsOf(weights: unknown, performances: unknown): Checked<Pair[]> {
  const w = matrixArg(performances === null || performances === undefined ? "intervallo" : "pesi", weights);
  if (!w.ok) return w;
  const wRows = w.value.length;
  const wCols = w.value[0].length;
  if (performances === null || performances === undefined) {
    if (wCols !== 2) return bad(FN_MSG.twoColumnsExpected(wCols));
    return ok(w.value.map((row, r) => ({ weight: row[0], performance: row[1], where: `riga ${r + 1}` })));
  }
  const p = matrixArg("performance", performances);
  if (!p.ok) return p;
  const pRows = p.value.length;
  const pCols = p.value[0].length;
  if (pRows !== wRows || pCols !== wCols)
    return bad(FN_MSG.rangesMismatch("pesi", wRows, wCols, "performance", pRows, pCols));
  const pairs: Pair[] = [];
  for (let r = 0; r < wRows; r++)
    for (let c = 0; c < wCols; c++)
      pairs.push({ weight: w.value[r][c], performance: p.value[r][c], where: positionLabel(r, c, wRows, wCols) });
  return ok(pairs);
}

export type ObjectiveResult = number | string | CellError;

/**
 * PERF.OBIETTIVO: DOMAIN.md §5's weighted mean over the available performances, renormalising the
 * weights (engine availableMean). Performances that are not available are skipped; all skipped → "N.V.".
 * Some weights written and others missing is refused: a missing weight is never guessed.
 */
export function objectivePerformance(weights: unknown, performances?: unknown): ObjectiveResult {
  const pairs = pairsOf(weights, performances);
  if (!pairs.ok) return objectiveError(pairs.message);
  const weightArg = performances === null || performances === undefined ? "intervallo" : "pesi";
  const perfArg = performances === null || performances === undefined ? "intervallo" : "performance";
  const items: (MeanItem & { where: string })[] = [];
  let blank = 0;
  for (const pair of pairs.value) {
    if (isBlank(pair.weight) && isBlank(pair.performance)) {
      blank++;
      continue;
    }
    const w = parseWeight(pair.weight);
    if (w.invalid) return objectiveError(FN_MSG.weightUnreadable(weightArg, pair.where, showValue(pair.weight)));
    const perf = readPerformance(pair.performance);
    if (perf.kind === "non-leggibile")
      return objectiveError(FN_MSG.performanceUnreadable(perfArg, pair.where, showValue(pair.performance)));
    if (perf.kind === "fuori-scala")
      return objectiveError(FN_MSG.performanceOutOfRange(perfArg, pair.where, showValue(pair.performance)));
    items.push({ performance: perf.kind === "value" ? perf.value : null, weight: w.weight, where: pair.where });
  }
  if (blank === pairs.value.length) return objectiveError(FN_MSG.rangeEmpty(weightArg));
  const available = items.filter((i) => i.performance !== null);
  if (available.some((i) => i.weight !== null)) {
    const missing = available.filter((i) => i.weight === null).map((i) => i.where);
    if (missing.length > 0) return objectiveError(FN_MSG.partialWeights(missing));
  }
  const mean = availableMean(items);
  return mean.value === null ? NOT_AVAILABLE_TEXT : mean.value;
}

function objectiveError(message: string): CellError {
  return valueError(FN_MSG.objectivePrefix(message));
}

/** PERF.PESI: TRUE when the weights written in the range sum to 100% within DOMAIN.md §6's tolerance. */
export function weightsSumTo100(weights: unknown): boolean | CellError {
  const m = matrixArg("pesi", weights);
  if (!m.ok) return valueError(FN_MSG.weightsPrefix(m.message));
  const rows = m.value.length;
  const cols = m.value[0].length;
  let sum = 0;
  let seen = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const raw = m.value[r][c];
      const w = parseWeight(raw);
      if (w.invalid)
        return valueError(
          FN_MSG.weightsPrefix(FN_MSG.weightUnreadable("pesi", positionLabel(r, c, rows, cols), showValue(raw)))
        );
      if (w.weight === null) continue;
      sum += w.weight;
      seen++;
    }
  }
  if (seen === 0) return valueError(FN_MSG.weightsPrefix(FN_MSG.rangeEmpty("pesi")));
  return isWeightSumOk(sum, DEFAULT_SETTINGS.weightTolerance);
}
