import { formatPercentIt } from "../engine/italian-number";
import { Colour } from "../engine/thresholds";
import { RecalcResult, SheetOutcome } from "../pipeline/types";

/** One node of the summary tree: ente, sheet, area, objective or KPI, with where to find it in the sheet. */
export interface TreeNode {
  id: string;
  kind: "ente" | "foglio" | "obiettivo" | "kpi";
  code: string;
  label: string;
  performance: number | null;
  /** "57,55%" or "n.d." */
  performanceText: string;
  status: string;
  colour: Colour;
  sheet?: string;
  /** A1 address of the cell "Vai alla cella" selects: the performance cell, else the name cell. */
  cell?: string;
  children: TreeNode[];
}

export function performanceText(p: number | null): string {
  return p === null ? "n.d." : formatPercentIt(p);
}

function sheetNodes(outcome: SheetOutcome): TreeNode[] {
  const { plan, result, sheet } = outcome;
  const objectiveCells = new Map(plan.objectives.map((o) => [o.code, o.cells]));
  const kpiCells = new Map(plan.objectives.flatMap((o) => o.kpis.map((k) => [k.id, k.cells] as const)));
  const nodes = new Map<string, TreeNode>();
  for (const o of result.objectives) {
    const cells = objectiveCells.get(o.code);
    nodes.set(o.code, {
      id: `${sheet}|${o.code}`,
      kind: "obiettivo",
      code: o.code,
      label: o.name ? `${o.code} ${o.name}` : o.code,
      performance: o.performance,
      performanceText: performanceText(o.performance),
      status: o.status,
      colour: o.colour,
      sheet: o.sheet,
      cell: cells?.performance ?? cells?.name,
      children: [],
    });
  }
  for (const k of result.kpis) {
    const parent = nodes.get(k.objectiveCode);
    if (!parent) continue;
    const cells = kpiCells.get(k.id);
    parent.children.push({
      id: `${sheet}|kpi|${k.id}`,
      kind: "kpi",
      code: k.code ?? "",
      label: k.code ? `${k.code} ${k.name}` : k.name,
      performance: k.performance,
      performanceText: performanceText(k.performance),
      status: k.status,
      colour: k.colour,
      sheet: k.sheet,
      cell: cells?.performance ?? cells?.name,
      children: [],
    });
  }
  const roots: TreeNode[] = [];
  for (const o of result.objectives) {
    const node = nodes.get(o.code) as TreeNode;
    const parent = o.parentCode ? nodes.get(o.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // KPIs first, then child objectives, as the sheet lists them.
  for (const n of nodes.values()) n.children.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "kpi" ? -1 : 1));
  return roots;
}

/** Ente at the root; with several sheets, one node per sheet under it. */
export function summaryTree(result: RecalcResult): TreeNode {
  const children =
    result.sheets.length === 1
      ? sheetNodes(result.sheets[0])
      : result.sheets.map(
          (s): TreeNode => ({
            id: `foglio|${s.sheet}`,
            kind: "foglio",
            code: "",
            label: `Foglio ${s.sheet}`,
            performance: s.result.ente.performance,
            performanceText: performanceText(s.result.ente.performance),
            status: s.result.ente.status,
            colour: s.result.ente.colour,
            sheet: s.sheet,
            children: sheetNodes(s),
          })
        );
  return {
    id: "ente",
    kind: "ente",
    code: "",
    label: "Ente",
    performance: result.ente.performance,
    performanceText: performanceText(result.ente.performance),
    status: result.ente.status,
    colour: result.ente.colour,
    children,
  };
}

export function countNodes(node: TreeNode, kind: TreeNode["kind"]): number {
  return (node.kind === kind ? 1 : 0) + node.children.reduce((n, c) => n + countNodes(c, kind), 0);
}
