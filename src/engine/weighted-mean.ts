/** An item of a roll-up: its performance (null = not available) and its weight (null = none written). */
export interface MeanItem {
  performance: number | null;
  weight: number | null;
}

export interface MeanResult {
  /** null when no item is available. */
  value: number | null;
  /** True when some items carried a weight and others did not (plain mean used). */
  partialWeights: boolean;
}

/**
 * DOMAIN.md §5: weighted mean over the available items, renormalising the weights; items weighing 0
 * are left out. When no item carries a weight, the plain mean. When only some do, the plain mean too
 * (and the caller reports it): a missing weight is never guessed.
 */
export function availableMean(items: readonly MeanItem[]): MeanResult {
  const available = items.filter((i) => i.performance !== null && Number.isFinite(i.performance));
  const weighted = available.filter((i) => i.weight !== null);
  const partialWeights = weighted.length > 0 && weighted.length < available.length;
  if (weighted.length === available.length && weighted.length > 0) {
    // Weights are fractions; absurd ones (1e308 typed in a % cell) are scaled so the sums cannot overflow to NaN.
    let largest = 1;
    for (const i of weighted) largest = Math.max(largest, i.weight as number);
    let sw = 0;
    let swp = 0;
    for (const i of weighted) {
      const w = (i.weight as number) / largest;
      sw += w;
      swp += w * (i.performance as number);
    }
    return { value: sw > 0 ? swp / sw : null, partialWeights: false };
  }
  const counted = available.filter((i) => i.weight === null || i.weight > 0);
  if (counted.length === 0) return { value: null, partialWeights };
  let sum = 0;
  for (const i of counted) sum += i.performance as number;
  return { value: sum / counted.length, partialWeights };
}
