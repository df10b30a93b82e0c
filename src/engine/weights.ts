import { ObjectiveInput } from "./plan";
import { Problem, problem } from "./problems";
import { WeightSumRule } from "./settings";

/** One group of weights that must sum to 100% (DOMAIN.md §6). */
export interface WeightGroup {
  /** Code of the node whose parts are weighed ("ente" for the areas). */
  owner: string;
  kind: "kpi" | "figli";
  sum: number;
  sheet: string;
  cells: string[];
  /** Parts that carry no weight while others do. */
  unweighted: number;
  /** Their cells (weight cell, else name cell), where known. */
  missing: string[];
}

interface Part {
  weight: number | null;
  cell?: string;
  nameCell?: string;
}

function groupOf(owner: string, kind: WeightGroup["kind"], sheet: string, parts: Part[]): WeightGroup | null {
  const weighted = parts.filter((p) => p.weight !== null);
  if (weighted.length === 0) return null;
  const sum = weighted.reduce((s, p) => s + (p.weight as number), 0);
  const unweighted = parts.filter((p) => p.weight === null);
  const missing = unweighted.map((p) => p.cell ?? p.nameCell).filter((c): c is string => !!c);
  return {
    owner,
    kind,
    sum,
    sheet,
    cells: weighted.map((p) => p.cell).filter((c): c is string => !!c),
    unweighted: unweighted.length,
    missing,
  };
}

/** Every weight group of a plan, whether or not it sums to 100%. */
export function weightGroups(
  objectives: readonly ObjectiveInput[],
  children: ReadonlyMap<string | null, string[]>
): WeightGroup[] {
  const byCode = new Map(objectives.map((o) => [o.code, o]));
  const groups: WeightGroup[] = [];
  for (const o of objectives) {
    const kpis = groupOf(
      o.code,
      "kpi",
      o.sheet,
      o.kpis.map((k) => ({ weight: k.weight, cell: k.cells.weight, nameCell: k.cells.name }))
    );
    if (kpis) groups.push(kpis);
  }
  for (const [parent, codes] of children) {
    const parts = codes.map((c) => byCode.get(c) as ObjectiveInput);
    const owner = parent === null ? "ente" : parent;
    const sheet = parent === null ? (parts[0]?.sheet ?? "") : (byCode.get(parent) as ObjectiveInput).sheet;
    const g = groupOf(
      owner,
      "figli",
      sheet,
      parts.map((p) => ({ weight: p.weight, cell: p.cells.weight, nameCell: p.cells.name }))
    );
    if (g) groups.push(g);
  }
  return groups;
}

export function isWeightSumOk(sum: number, tolerance: number): boolean {
  return Math.abs(sum - 1) <= tolerance + 1e-12;
}

/**
 * Groups whose weights do not sum to 100% within the tolerance, and groups where only some parts carry a
 * weight (the missing ones are named: a missing weight is never guessed), as problems naming every cell.
 * Under "riproporziona" a sum off 100% is an avviso giving the conversion factor (an ATER's 4,44 → 10:
 * 2,2523); the mean is the same either way, since it divides by the sum of the weights it uses.
 */
export function checkWeights(
  objectives: readonly ObjectiveInput[],
  children: ReadonlyMap<string | null, string[]>,
  tolerance: number,
  rule: WeightSumRule = "errore"
): Problem[] {
  const problems: Problem[] = [];
  for (const g of weightGroups(objectives, children)) {
    if (g.unweighted > 0) {
      problems.push(problem("pesi-parziali", { sheet: g.sheet, cell: g.missing[0], cells: g.missing }, g.owner));
    } else if (!isWeightSumOk(g.sum, tolerance) && rule === "riproporziona" && g.sum > 0) {
      problems.push(
        problem("pesi-riproporzionati", { sheet: g.sheet, cell: g.cells[0], cells: g.cells }, g.owner, g.sum, 1 / g.sum)
      );
    } else if (!isWeightSumOk(g.sum, tolerance)) {
      problems.push(problem("pesi-non-100", { sheet: g.sheet, cell: g.cells[0], cells: g.cells }, g.owner, g.sum));
    }
  }
  return problems;
}
