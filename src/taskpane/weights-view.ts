import { ruleOf } from "../engine/problem-codes";
import { Problem } from "../engine/problems";
import { WeightGroup, isWeightSumOk, weightGroups } from "../engine/weights";
import { RecalcResult } from "../pipeline/types";

/** One weighed part of a node: a KPI or a child objective, with its weight as read. */
export interface WeightPart {
  code: string;
  name: string;
  weight: number | null;
  cell?: string;
}

/** A node with the weights of its parts, the engine's sum and whether it is within tolerance. */
export interface WeightRow {
  sheet: string;
  owner: string;
  ownerName: string;
  kind: WeightGroup["kind"];
  parts: WeightPart[];
  sum: number;
  /** sum - 100%, as a fraction. */
  difference: number;
  ok: boolean;
}

/** Every weight group of every sheet, those to correct first, in sheet order otherwise. */
export function weightRows(result: RecalcResult, tolerance: number): WeightRow[] {
  const rows: WeightRow[] = [];
  for (const outcome of result.sheets) {
    const objectives = outcome.plan.objectives;
    const children = new Map<string | null, string[]>();
    for (const o of objectives) children.set(o.parentCode, [...(children.get(o.parentCode) ?? []), o.code]);
    const byCode = new Map(objectives.map((o) => [o.code, o]));
    for (const g of weightGroups(objectives, children)) {
      const owner = byCode.get(g.owner);
      const parts: WeightPart[] =
        g.kind === "kpi"
          ? (owner?.kpis ?? []).map((k) => ({
              code: k.code ?? "",
              name: k.name,
              weight: k.weight,
              cell: k.cells.weight,
            }))
          : (children.get(g.owner === "ente" ? null : g.owner) ?? []).map((c) => {
              const o = byCode.get(c);
              return { code: c, name: o?.name ?? "", weight: o?.weight ?? null, cell: o?.cells.weight };
            });
      const ok = isWeightSumOk(g.sum, tolerance) && g.unweighted === 0;
      rows.push({
        sheet: g.sheet || outcome.sheet,
        owner: g.owner,
        ownerName: g.owner === "ente" ? "Ente" : (owner?.name ?? ""),
        kind: g.kind,
        parts,
        sum: g.sum,
        difference: g.sum - 1,
        ok,
      });
    }
  }
  return [...rows.filter((r) => !r.ok), ...rows.filter((r) => r.ok)];
}

/** Problems other than weights, grouped by kind (their code), largest group first. */
export interface ProblemKind {
  title: string;
  severity: Problem["severity"];
  problems: Problem[];
}

export function otherProblemKinds(problems: readonly Problem[]): ProblemKind[] {
  const byCode = new Map<string, Problem[]>();
  for (const p of problems) {
    if (ruleOf(p.code).group === "pesi") continue;
    byCode.set(p.code, [...(byCode.get(p.code) ?? []), p]);
  }
  return [...byCode.values()]
    .map((list) => ({ title: list[0].message, severity: list[0].severity, problems: list }))
    .sort((a, b) =>
      a.severity === b.severity ? b.problems.length - a.problems.length : a.severity === "errore" ? -1 : 1
    );
}
