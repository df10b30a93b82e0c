import { TraceStep, pct, pctConst, step } from "./trace";
import { MeanResult } from "./weighted-mean";

/** A KPI or a child objective as its parent's mean sees it. */
export interface TracedItem {
  /** "KPI301", "A.1.2", "KPI riga 14". */
  label: string;
  performance: number | null;
  weight: number | null;
  /** Why it has no performance ("non disponibile", "consuntivo vuoto escluso"), when it has none. */
  why?: string;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;

/**
 * The explanation of availableMean over the same items: who is left out and why, the re-proportioned
 * weights, and the sum written out ("50% × 87,72% + 50% × 27,34% = 57,53%").
 */
export function explainMean(items: readonly TracedItem[], mean: MeanResult): TraceStep[] {
  const steps: TraceStep[] = [];
  for (const i of items)
    if (i.performance === null)
      steps.push(step("escluso", `${i.label} escluso: ${i.why ?? "nessuna performance disponibile"}`));
  const available = items.filter((i) => i.performance !== null);
  if (mean.partialWeights) {
    steps.push(
      step(
        "pesi parziali",
        "solo alcuni elementi hanno un peso: la media non è calcolata (un peso mancante non viene indovinato)"
      )
    );
    return steps;
  }
  if (mean.value === null) {
    steps.push(step("nessun dato", "nessun elemento disponibile: DA VALUTARE"));
    return steps;
  }
  const weighted = available.length > 0 && available.every((i) => i.weight !== null);
  if (!weighted) {
    const counted = available.filter((i) => i.weight === null || i.weight > 0);
    const terms = counted.map((i) => pct(i.performance as number)).join(" + ");
    steps.push(
      step("media semplice", `media semplice: (${terms}) / ${counted.length} = ${pct(mean.value)}`, [
        ...counted.map((i) => i.performance as number),
        mean.value,
      ])
    );
    return steps;
  }
  for (const i of available) if (i.weight === 0) steps.push(step("escluso", `${i.label} escluso: peso 0%`));
  const counted = available.filter((i) => (i.weight as number) > 0);
  const sum = counted.reduce((s, i) => s + (i.weight as number), 0);
  const terms = counted.map((i) => `${pctConst(i.weight as number)} × ${pct(i.performance as number)}`).join(" + ");
  const numbers = counted.flatMap((i) => [i.weight as number, i.performance as number]);
  if (close(sum, 1)) {
    steps.push(step("media ponderata", `media ponderata: ${terms} = ${pct(mean.value)}`, [...numbers, mean.value]));
    return steps;
  }
  steps.push(
    step(
      "pesi riproporzionati",
      `pesi riproporzionati: la somma dei pesi considerati è ${pctConst(sum)}, fattore di conversione ${formatFactor(1 / sum)} (100% / ${pctConst(sum)})`,
      [sum, 1 / sum]
    )
  );
  steps.push(
    step("media ponderata", `media ponderata: (${terms}) / ${pctConst(sum)} = ${pct(mean.value)}`, [
      ...numbers,
      sum,
      mean.value,
    ])
  );
  return steps;
}

function formatFactor(f: number): string {
  return f.toFixed(4).replace(".", ",");
}
