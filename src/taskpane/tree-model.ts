import { formatPercentIt } from "../engine/italian-number";
import { Colour } from "../engine/thresholds";
import { TraceStep } from "../engine/trace";
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
  /** Weight inside the parent (fraction), as read from the sheet. */
  weight?: number | null;
  /** The engine's explanation of the figure, step by step (none for the ente over several sheets). */
  trace?: TraceStep[];
  /** The rating (giudizio) the engine gave the figure, when a rating scale is set. */
  rating?: string | null;
  children: TreeNode[];
}

/** The engine's explanation and rating of a KPI, objective or ente result. */
function explanation(result: { trace: TraceStep[]; rating: string | null }): Pick<TreeNode, "trace" | "rating"> {
  return { trace: result.trace, rating: result.rating };
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
      weight: o.weight,
      ...explanation(o),
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
      weight: k.weight,
      ...explanation(k),
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
      : result.sheets.map((s): TreeNode => ({
          id: `foglio|${s.sheet}`,
          kind: "foglio",
          code: "",
          label: `Foglio ${s.sheet}`,
          performance: s.result.ente.performance,
          performanceText: performanceText(s.result.ente.performance),
          status: s.result.ente.status,
          colour: s.result.ente.colour,
          sheet: s.sheet,
          ...explanation(s.result.ente),
          children: sheetNodes(s),
        }));
  return {
    id: "ente",
    kind: "ente",
    code: "",
    label: "Ente",
    performance: result.ente.performance,
    performanceText: performanceText(result.ente.performance),
    status: result.ente.status,
    colour: result.ente.colour,
    ...(result.sheets.length === 1 ? explanation(result.sheets[0].result.ente) : {}),
    children,
  };
}

export function countNodes(node: TreeNode, kind: TreeNode["kind"]): number {
  return (node.kind === kind ? 1 : 0) + node.children.reduce((n, c) => n + countNodes(c, kind), 0);
}

/** What the status column shows: a symbol and a short word, so the status never rests on colour alone. */
export function statusMark(colour: Colour): { symbol: string; word: string } {
  switch (colour) {
    case "verde":
      return { symbol: "✓", word: "OK" };
    case "giallo":
      return { symbol: "◐", word: "Parz." };
    case "rosso":
      return { symbol: "✕", word: "No" };
    default:
      return { symbol: "–", word: "n.v." };
  }
}

export interface TreeFilter {
  /** Only red nodes (and the branches that lead to them). */
  onlyRed: boolean;
  /** Only nodes still to assess: no figure yet. */
  toAssess: boolean;
  /** Code or name, case-insensitive. */
  query: string;
}

export const NO_FILTER: TreeFilter = { onlyRed: false, toAssess: false, query: "" };

function matches(node: TreeNode, f: TreeFilter): boolean {
  if (f.onlyRed && node.colour !== "rosso") return false;
  if (f.toAssess && node.performance !== null) return false;
  const q = f.query.trim().toLocaleLowerCase("it-IT");
  if (q && !`${node.code} ${node.label}`.toLocaleLowerCase("it-IT").includes(q)) return false;
  return true;
}

function isActive(f: TreeFilter): boolean {
  return f.onlyRed || f.toAssess || f.query.trim() !== "";
}

/**
 * The tree cut to the nodes matching the filter, with the branches that lead to them (the root always
 * stays); null when nothing matches. Without a filter the tree itself.
 */
export function filterTree(root: TreeNode, f: TreeFilter): TreeNode | null {
  if (!isActive(f)) return root;
  const walk = (node: TreeNode): TreeNode | null => {
    const children = node.children.map(walk).filter((c): c is TreeNode => c !== null);
    if (children.length > 0 || matches(node, f)) return { ...node, children };
    return null;
  };
  const kept = root.children.map(walk).filter((c): c is TreeNode => c !== null);
  if (kept.length === 0 && !matches(root, f)) return null;
  return { ...root, children: kept };
}

/** Ids of every branch of a tree (to open every branch the filter left). */
export function branchIds(node: TreeNode): string[] {
  return node.children.length === 0 ? [] : [node.id, ...node.children.flatMap(branchIds)];
}

export function findNode(node: TreeNode, id: string): TreeNode | null {
  if (node.id === id) return node;
  for (const c of node.children) {
    const found = findNode(c, id);
    if (found) return found;
  }
  return null;
}
