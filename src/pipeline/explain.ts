import { formatPercentIt } from "../engine/italian-number";
import { Problem } from "../engine/problems";
import { TraceStep } from "../engine/trace";
import { NOT_AVAILABLE_TEXT } from "../engine/values";
import { whereOf } from "./report";
import { RecalcResult } from "./types";

/** One figure of the tree with how it was reached: a KPI, an objective (or area) or the ente. */
export interface Explained {
  sheet: string | null;
  kind: "KPI" | "obiettivo" | "ente";
  code: string;
  name: string;
  /** 1-based worksheet row; null for the ente. */
  row: number | null;
  /** The objective a KPI belongs to. */
  objective: string | null;
  performance: number | null;
  status: string;
  colour: string;
  rating: string | null;
  trace: TraceStep[];
  /** The problems on the node's row. */
  problems: Problem[];
}

/** The code the ente is asked by (`perf-albero spiega piano.xlsx ente`). */
export const ENTE_CODE = "ente";

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const rowOfCell = (cell: string | undefined): number | null => {
  const m = /^[A-Z]+(\d+)/i.exec(cell ?? "");
  return m ? Number(m[1]) : null;
};
const onRow = (problems: readonly Problem[], sheet: string, row: number) =>
  problems.filter((p) => p.sheet === sheet && rowOfCell(p.cell) === row);

/** Every figure with the code asked, in sheet order (a code may be in several sheets); "ente": each sheet's ente. */
export function findExplained(r: RecalcResult, code: string): Explained[] {
  const out: Explained[] = [];
  for (const s of r.sheets) {
    const res = s.result;
    if (same(code, ENTE_CODE)) {
      const e = res.ente;
      out.push({
        sheet: s.sheet,
        kind: "ente",
        code: ENTE_CODE,
        name: "Ente",
        row: null,
        objective: null,
        performance: e.performance,
        status: e.status,
        colour: e.colour,
        rating: e.rating,
        trace: e.trace,
        problems: [],
      });
      continue;
    }
    for (const o of res.objectives.filter((x) => same(x.code, code)))
      out.push({
        sheet: s.sheet,
        kind: "obiettivo",
        code: o.code,
        name: o.name,
        row: o.row,
        objective: o.parentCode,
        performance: o.performance,
        status: o.status,
        colour: o.colour,
        rating: o.rating,
        trace: o.trace,
        problems: onRow(r.problems, s.sheet, o.row),
      });
    for (const k of res.kpis.filter((x) => x.code !== undefined && same(x.code, code)))
      out.push({
        sheet: s.sheet,
        kind: "KPI",
        code: k.code as string,
        name: k.name,
        row: k.row,
        objective: k.objectiveCode,
        performance: k.performance,
        status: k.status,
        colour: k.colour,
        rating: k.rating,
        trace: k.trace,
        problems: onRow(r.problems, s.sheet, k.row),
      });
  }
  return out;
}

const percent = (p: number | null) => (p === null ? NOT_AVAILABLE_TEXT : formatPercentIt(p));

function heading(e: Explained): string {
  const where = [e.sheet ? `foglio "${e.sheet}"` : null, e.row !== null ? `riga ${e.row}` : null]
    .filter(Boolean)
    .join(", ");
  const owner = e.objective === null ? "" : e.kind === "KPI" ? `, obiettivo ${e.objective}` : `, sotto ${e.objective}`;
  const title =
    e.kind === "ente" ? "Ente" : `${e.kind === "KPI" ? "KPI" : "Obiettivo"} ${e.code}${e.name ? ` «${e.name}»` : ""}`;
  return `${title} — ${where}${owner}`;
}

/** A figure explained as a person reads it: what it is, the result, then each rule applied in order. */
export function explainText(e: Explained): string {
  const lines = [
    heading(e),
    `Performance: ${percent(e.performance)} (${e.status}, ${e.colour})${e.rating ? `, livello ${e.rating}` : ""}`,
  ];
  lines.push("Come è calcolata:");
  if (e.trace.length === 0) lines.push("  nessun passaggio registrato");
  // The rule's name before its text, unless the text already says it ("media ponderata: …", "KPI264 escluso: …").
  e.trace.forEach((t, i) => lines.push(`  ${i + 1}. ${t.text.includes(t.rule) ? t.text : `${t.rule}: ${t.text}`}`));
  if (e.problems.length > 0) {
    lines.push("Problemi su questa riga:");
    for (const p of e.problems) lines.push(`  [${p.severity}] ${whereOf(p)}: ${p.message}`);
  }
  return lines.join("\n");
}

/** The ente of several sheets: each sheet's, then the plain mean the summary prints. */
export function explainAll(r: RecalcResult, found: readonly Explained[]): string {
  const blocks = found.map(explainText);
  if (found.length > 1 && found.every((e) => e.kind === "ente"))
    blocks.push(
      `Ente (media semplice dei ${found.length} fogli): ${percent(r.ente.performance)} (${r.ente.status}, ${r.ente.colour})`
    );
  return blocks.join("\n\n");
}
