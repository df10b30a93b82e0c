import { formatPercentIt } from "../engine/italian-number";
import { TreeNode } from "./tree-model";

const KIND: Record<TreeNode["kind"], string> = {
  ente: "Ente",
  foglio: "Foglio",
  obiettivo: "Obiettivo",
  kpi: "Indicatore",
};

/** The facts shown above the explanation: what the node is, its figure and status, its weight. */
export function whyFacts(node: TreeNode): string[] {
  const facts = [
    `${KIND[node.kind]}: ${node.kind === "ente" ? "performance dell'ente" : node.label}`,
    `Performance: ${node.performanceText} — ${node.status}`,
  ];
  if (node.rating) facts.push(`Giudizio: ${node.rating}`);
  if (node.weight !== undefined && node.weight !== null) facts.push(`Peso: ${formatPercentIt(node.weight)}`);
  if (node.sheet && node.cell) facts.push(`Cella: ${node.sheet}!${node.cell}`);
  return facts;
}

/** The explanation as plain text for the OIV: the facts, then the engine's steps as it wrote them. */
export function whyText(node: TreeNode): string {
  const steps = (node.trace ?? []).map((t, i) => `${i + 1}. ${t.text}`);
  return [...whyFacts(node), ...(steps.length > 0 ? ["", "Come è stato calcolato:", ...steps] : [])].join("\n");
}
