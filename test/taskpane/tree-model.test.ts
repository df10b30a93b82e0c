import { recalculate } from "../../src/pipeline/recalculate";
import { countNodes, summaryTree, TreeNode } from "../../src/taskpane/tree-model";
import { groupProblems, problemCells } from "../../src/taskpane/problems-view";
import { cellText } from "../../src/taskpane/cell-display";
import { sampleGrids } from "../excel/helpers";
import { syntheticPlan } from "../excel/synthetic-plan";

function find(node: TreeNode, code: string): TreeNode | undefined {
  if (node.code === code) return node;
  for (const c of node.children) {
    const f = find(c, code);
    if (f) return f;
  }
  return undefined;
}

describe("summary tree of the sample workbook", () => {
  let root: TreeNode;
  beforeAll(async () => {
    root = summaryTree(recalculate({ grids: await sampleGrids() }));
  });

  it("has the ente at the root and the four areas of the 2019 plan under it", () => {
    expect(root.kind).toBe("ente");
    expect(root.children.map((c) => c.code)).toEqual(["A", "B", "C", "D"]);
    expect(countNodes(root, "obiettivo")).toBe(50);
    expect(countNodes(root, "kpi")).toBe(83);
  });

  it("gives each objective its performance, colour and the cell to select", () => {
    const a1 = find(root, "A.1") as TreeNode;
    expect(a1.cell).toBe("I4");
    expect(a1.sheet).toBe("Piano 2019");
    expect(a1.performanceText).toBe("57,56%");
    expect(a1.colour).toBe("rosso");
    expect(a1.status).toBe("NON RAGGIUNTO");
    // KPIs first, then the child objectives, as the sheet lists them.
    expect(a1.children.map((c) => c.code)).toEqual(["KPI301", "KPI302", "A.1.1", "A.1.2", "A.1.3"]);
    const kpi = find(root, "KPI301") as TreeNode;
    expect(kpi).toMatchObject({
      kind: "kpi",
      cell: "H4",
      performanceText: "87,72%",
      colour: "verde",
      status: "IN LINEA",
    });
  });

  it("shows an unavailable KPI as n.d. in grey", () => {
    expect(find(root, "KPI264")).toMatchObject({
      performanceText: "n.d.",
      colour: "grigio",
      status: "DA VALUTARE",
      cell: "H7",
    });
  });
});

it("puts one node per sheet under the ente when several sheets hold a plan", () => {
  const result = recalculate({ grids: [syntheticPlan(8, "Uno"), syntheticPlan(4, "Due")] });
  const root = summaryTree(result);
  expect(root.children.map((c) => [c.kind, c.label])).toEqual([
    ["foglio", "Foglio Uno"],
    ["foglio", "Foglio Due"],
  ]);
  // KPI1..KPI4 at 40%, 47%, 54%, 61% of >= 100: A.1.1 = 50,5%; the second sheet holds the same four.
  expect(root.children[1].performanceText).toBe("50,50%");
});

describe("Verifica pesi lists", () => {
  it("sorts problems into weights, cells and whole-sheet notes", async () => {
    const result = recalculate({ grids: await sampleGrids() });
    const g = groupProblems(result.problems);
    expect(g.weights.map((p) => p.message)).toEqual([
      "I pesi di A.1.2.3 sommano a 99,00% invece di 100%.",
      "I pesi di A.1.3.1 sommano a 50,00% invece di 100%.",
    ]);
    expect(problemCells(g.weights[0])).toEqual(["E17", "E18", "E19"]);
    expect(g.cells.every((p) => p.cell !== undefined)).toBe(true);
    expect(g.other.every((p) => p.cell === undefined)).toBe(true);
  });
});

describe("cell text in the column mapping preview", () => {
  it.each([
    [0.15, "0.00%", "15,00%"],
    [43738, "dd/mm/yyyy", "30/09/2019"],
    [1587.1, "#,##0.00", "1.587,10"],
    [7, undefined, "7"],
    ["50% >", undefined, "50% >"],
    [null, undefined, ""],
    [true, undefined, "VERO"],
  ])("%p with format %p reads %p", (v, nf, text) => {
    expect(cellText(v, nf)).toBe(text);
  });
});
