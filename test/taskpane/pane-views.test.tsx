import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ruleOf } from "../../src/engine/problem-codes";
import { recalculate } from "../../src/pipeline/recalculate";
import { DEFAULT_ADDIN_SETTINGS } from "../../src/pipeline/workbook-settings";
import { SETTING_ENTRIES } from "../../src/pipeline/settings-schema";
import { RecalcResult } from "../../src/pipeline/types";
import { SettingField } from "../../src/taskpane/components/SettingField";
import { StatusBadge } from "../../src/taskpane/components/StatusBadge";
import { WhyPanel } from "../../src/taskpane/components/WhyPanel";
import { NO_FILTER, TreeNode, filterTree, statusMark, summaryTree } from "../../src/taskpane/tree-model";
import { textsOf } from "../../src/taskpane/settings-form";
import { otherProblemKinds, weightRows } from "../../src/taskpane/weights-view";
import { whyText } from "../../src/taskpane/why";
import { sampleGrids } from "../excel/helpers";

const html = (el: JSX.Element) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>)
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"');

function codes(node: TreeNode | null): string[] {
  return node ? [node.code, ...node.children.flatMap(codes)] : [];
}

let result: RecalcResult;
let root: TreeNode;
beforeAll(async () => {
  result = recalculate({ grids: await sampleGrids() });
  root = summaryTree(result);
});

describe("the status shows a symbol and a word, not colour alone", () => {
  it.each([
    ["verde", "✓", "OK"],
    ["giallo", "◐", "Parz."],
    ["rosso", "✕", "No"],
    ["grigio", "–", "n.v."],
  ] as const)("%s → %s %s, visible in the badge's text", (colour, symbol, word) => {
    expect(statusMark(colour)).toEqual({ symbol, word });
    const out = html(<StatusBadge colour={colour} text="57,56%" status="NON RAGGIUNTO" />);
    expect(out).toContain(`${symbol} ${word}`);
    expect(out).toContain('aria-label="57,56%, NON RAGGIUNTO"');
  });
});

describe("tree filters over the sample workbook", () => {
  it("without a filter gives the tree itself", () => {
    expect(filterTree(root, NO_FILTER)).toBe(root);
  });

  it.each([
    ["search by code", { ...NO_FILTER, query: "kpi264" }, ["", "A", "A.1", "A.1.1", "KPI264"]],
    ["search by name", { ...NO_FILTER, query: "Incremento delle imprese" }, ["", "A", "A.1", "KPI302"]],
  ])("%s keeps the matches and the branches leading to them", (_, f, expected) => {
    expect(codes(filterTree(root, f))).toEqual(expected);
  });

  it("«solo rossi» keeps red leaves only, under their branches", () => {
    const shown = filterTree(root, { ...NO_FILTER, onlyRed: true }) as TreeNode;
    const leaves = (n: TreeNode): TreeNode[] => (n.children.length === 0 ? [n] : n.children.flatMap(leaves));
    expect(leaves(shown).every((n) => n.colour === "rosso")).toBe(true);
    expect(codes(shown)).toContain("KPI302");
    expect(codes(shown)).not.toContain("KPI301");
  });

  it("«da valutare» keeps the nodes with no figure", () => {
    const shown = filterTree(root, { ...NO_FILTER, toAssess: true }) as TreeNode;
    expect(codes(shown)).toContain("KPI264");
    const leaves = (n: TreeNode): TreeNode[] => (n.children.length === 0 ? [n] : n.children.flatMap(leaves));
    expect(leaves(shown).every((n) => n.performance === null)).toBe(true);
  });

  it("nothing matching gives null", () => {
    expect(filterTree(root, { ...NO_FILTER, query: "nessun codice così" })).toBeNull();
  });
});

/** The node with this code (the ente has none), depth first. */
function byCode(node: TreeNode, code: string): TreeNode | null {
  if (node.code === code) return node;
  for (const c of node.children) {
    const found = byCode(c, code);
    if (found) return found;
  }
  return null;
}

describe("Perché? reads the engine's own trace of the sample workbook", () => {
  it.each([
    [
      "KPI301",
      "KPI301",
      [
        "Indicatore: KPI301 Soggetti coinvolti nei servizi e nelle iniziative dedicate alla promozione della cultura e del turismo",
        "Performance: 87,72% — IN LINEA",
        "Peso: 50,00%",
        "Cella: Piano 2019!H4",
        "",
        "Come è stato calcolato:",
        "1. consuntivo / target = 13,1579% / 15,00% = 87,72%",
      ],
    ],
    [
      "A.1.1 (KPI264 not available: excluded, the others reweighted)",
      "A.1.1",
      [
        "Obiettivo: A.1.1 Servizi ed iniziative di assistenza e sostegno dei settori del turismo e della cultura",
        "Performance: 100,00% — RAGGIUNTO",
        "Cella: Piano 2019!I7",
        "",
        "Come è stato calcolato:",
        "1. KPI264 escluso: KPI non disponibile: il KPI è escluso dalla media e i pesi degli altri sono riproporzionati",
        "2. pesi riproporzionati: la somma dei pesi considerati è 75%, fattore di conversione 1,3333 (100% / 75%)",
        "3. media ponderata: (25% × 100,00% + 25% × 100,00% + 25% × 100,00%) / 75% = 100,00%",
      ],
    ],
    [
      "the ente",
      "",
      [
        "Ente: performance dell'ente",
        "Performance: 85,90% — RAGGIUNTO",
        "",
        "Come è stato calcolato:",
        "1. media dei figli di ente: A, B, C, D",
        "2. media semplice: (77,10% + 100,00% + 72,80% + 93,69%) / 4 = 85,90%",
      ],
    ],
  ])("%s", (_, code, lines) => {
    const node = byCode(root, code) as TreeNode;
    expect(whyText(node).split("\n")).toEqual(lines);
    // The panel lists the same steps, in order.
    const out = html(<WhyPanel node={node} onSelectCell={() => undefined} />);
    const steps = [...out.matchAll(/<li>(?:<[^>]+>)*([^<]*)</g)]
      .map((m) => m[1])
      .slice(-(lines.length - lines.indexOf("Come è stato calcolato:") - 1));
    expect(steps).toEqual(
      lines.slice(lines.indexOf("Come è stato calcolato:") + 1).map((l) => l.replace(/^\d+\. /, ""))
    );
    expect(out).toContain("Copia per l'OIV");
  });

  it("KPI264 itself is not available: the trace says it is excluded and nothing is scored", () => {
    const kpi264 = byCode(root, "KPI264") as TreeNode;
    expect((byCode(root, "A.1.1") as TreeNode).children).toContain(kpi264);
    expect(kpi264.performance).toBeNull();
    expect(kpi264.trace?.map((t) => t.rule)).toEqual(["escluso"]);
    expect(kpi264.trace?.[0].numbers).toEqual([]);
  });

  it("the numbers of each step are the engine's (KPI301: 13,1579% / 15% = 87,72%)", () => {
    const kpi = byCode(root, "KPI301") as TreeNode;
    const [actual, target, performance] = kpi.trace?.[0].numbers ?? [];
    expect(actual / target).toBeCloseTo(performance, 12);
    expect(performance).toBe(kpi.performance);
  });
});

describe("Verifica pesi shows the weights themselves", () => {
  it("each group with its parts, the engine's sum and the difference; those to correct first", () => {
    const rows = weightRows(result, DEFAULT_ADDIN_SETTINGS.weightTolerance);
    const a1 = rows.find((r) => r.owner === "A.1" && r.kind === "kpi");
    expect(a1?.parts.map((p) => [p.code, p.weight])).toEqual([
      ["KPI301", 0.5],
      ["KPI302", 0.5],
    ]);
    expect(a1?.ok).toBe(true);
    const firstOk = rows.findIndex((r) => r.ok);
    expect(rows.slice(firstOk).every((r) => r.ok)).toBe(true);
    for (const r of rows.filter((x) => !x.ok))
      expect(
        Math.abs(r.difference) > DEFAULT_ADDIN_SETTINGS.weightTolerance || r.parts.some((p) => p.weight === null)
      ).toBe(true);
  });

  it("the other problems, grouped by kind with their count, errors first, no weight problem among them", () => {
    const kinds = otherProblemKinds(result.problems);
    expect(kinds.reduce((n, k) => n + k.problems.length, 0)).toBe(
      result.problems.filter((p) => ruleOf(p.code).group !== "pesi").length
    );
    expect(kinds.map((k) => k.severity)).toEqual([...kinds.map((k) => k.severity)].sort());
  });
});

describe("Impostazioni: an invalid value is marked on its field", () => {
  const entry = SETTING_ENTRIES.find((e) => e.key === "weightTolerance");
  it("aria-invalid and the message right under the field", () => {
    if (!entry) throw new Error("voce assente");
    const message = "Valore non valido per «Tolleranza»: indicare un numero tra 0 e 10.";
    const out = html(
      <SettingField
        entry={entry}
        value={0.001}
        onValue={() => undefined}
        texts={textsOf(DEFAULT_ADDIN_SETTINGS)}
        onText={() => undefined}
        sheets={[]}
        onOpenReading={() => undefined}
        onRemoveMapping={() => Promise.resolve()}
        error={message}
      />
    );
    expect(out).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(out).toContain(message);
    const idOfMessage = /<div[^>]*id="([^"]+)"[^>]*>(?:<span[^>]*>.*?<\/span>)?Valore non valido/.exec(out)?.[1];
    expect(out).toMatch(new RegExp(`aria-describedby="[^"]*${idOfMessage}`));
  });
});
