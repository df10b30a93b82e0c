import { ruleOf } from "../engine/problem-codes";
import { Problem } from "../engine/problems";
import { ApplyReport, UndoReport } from "../excel/operations";
import { RecalcResult } from "../pipeline/types";
import { T, cellsWord, count } from "./strings";

/** What a button under a message does: the way to the fix of what the message reports. */
export type FixAction =
  | { kind: "cella"; sheet: string; cell: string }
  | { kind: "mappatura"; sheet?: string }
  | { kind: "impostazioni" }
  | { kind: "verifica" }
  | { kind: "ricalcola" };

export interface PaneAction {
  label: string;
  action: FixAction;
}

export interface PaneMessage {
  intent: "success" | "warning" | "error" | "info";
  title?: string;
  text: string;
  actions: PaneAction[];
}

/** Where a problem sits, as the user reads it: "Foglio Piano 2019, cella H4". */
export function whereText(p: Problem): string {
  const cells = p.cells && p.cells.length > 0 ? p.cells : p.cell ? [p.cell] : [];
  if (!p.sheet) return "";
  return cells.length > 0 ? `Foglio ${p.sheet}, ${cellsWord(cells)}` : `Foglio ${p.sheet}`;
}

/** The action that leads to the fix of a problem: its cell, else the setting or the column mapping. */
export function fixOf(p: Problem): PaneAction | null {
  const cell = p.cell ?? p.cells?.[0];
  if (p.sheet && cell) return { label: `${T.goToCell} ${cell}`, action: { kind: "cella", sheet: p.sheet, cell } };
  const group = ruleOf(p.code).group;
  if (group === "impostazioni") return { label: T.openSettings, action: { kind: "impostazioni" } };
  if (group === "lettura")
    return { label: T.openMapping, action: p.sheet ? { kind: "mappatura", sheet: p.sheet } : { kind: "mappatura" } };
  return null;
}

function located(p: Problem): string {
  const where = whereText(p);
  return where ? `${p.message} (${where})` : p.message;
}

const MAX_LISTED = 3;

/**
 * The message after a recalculation or a verification. Nothing computed (no plan, headings not
 * recognised) or an ente blocked by errors is an error, with the errors that caused it and their fixes;
 * a tree with some nodes not computed is a warning; otherwise a success that counts the notices.
 */
export function recalcMessage(result: RecalcResult, applied: ApplyReport | null): PaneMessage {
  const errors = result.problems.filter((p) => p.severity === "errore");
  const notices = result.problems.length - errors.length;
  const verify: PaneAction = { label: T.openVerify, action: { kind: "verifica" } };
  const failed = result.sheets.length === 0 || (result.ente.performance === null && errors.length > 0);
  if (failed) {
    const cause = errors.length > 0 ? errors : result.problems;
    const listed = cause.slice(0, MAX_LISTED);
    const fixes = dedupe(listed.map(fixOf).filter((a): a is PaneAction => a !== null));
    const more = cause.length > MAX_LISTED ? [verify] : [];
    return {
      intent: "error",
      title: result.sheets.length === 0 ? "Nessun piano calcolato" : "Performance dell'ente non calcolata",
      text:
        listed.length > 0
          ? listed.map(located).join(" ")
          : "Nessun foglio contiene un piano della performance riconoscibile.",
      actions: [...fixes, ...more],
    };
  }
  const filled =
    applied && applied.cellsFilled > 0
      ? `, ${count(applied.cellsFilled, "cella colorata", "celle colorate")} con il semaforo`
      : "";
  const written = applied ? `${count(applied.cellsWritten, "cella scritta", "celle scritte")}${filled}. ` : "";
  if (errors.length > 0) {
    return {
      intent: "warning",
      title: applied ? "Albero calcolato in parte" : "Verifica: errori da correggere",
      text: `${written}${count(errors.length, "errore impedisce", "errori impediscono")} il calcolo di alcuni elementi${notices > 0 ? `; ${count(notices, "altro avviso", "altri avvisi")}` : ""}.`,
      actions: [verify],
    };
  }
  return {
    intent: "success",
    text: `${applied ? `Albero ricalcolato: ${written}` : "Verifica completata: nessun errore. "}${notices > 0 ? `${count(notices, "avviso", "avvisi")} da leggere.` : ""}`.trim(),
    actions: notices > 0 ? [verify] : [],
  };
}

function dedupe(actions: PaneAction[]): PaneAction[] {
  const seen = new Set<string>();
  return actions.filter((a) => {
    const key = JSON.stringify(a.action);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when a recalculation changed the workbook (only then is there something to undo). */
export function wroteSomething(applied: ApplyReport | null | undefined): boolean {
  return !!applied && applied.cellsWritten + applied.formatsAdded + applied.formatsReplaced > 0;
}

export function undoMessages(report: UndoReport | null): PaneMessage[] {
  if (!report) return [{ intent: "info", text: "Nessun ricalcolo da annullare.", actions: [] }];
  const out: PaneMessage[] = [
    {
      intent: "success",
      text: `Ricalcolo annullato: ${count(report.cellsRestored, "cella ripristinata", "celle ripristinate")}, semafori tornati come prima.`,
      actions: [],
    },
  ];
  if (report.cellsKept.length > 0) {
    const first = report.cellsKept[0];
    out.push({
      intent: "info",
      text: `${count(report.cellsKept.length, "cella modificata dopo il ricalcolo è rimasta", "celle modificate dopo il ricalcolo sono rimaste")} come l'avete scritta: ${report.cellsKept
        .slice(0, 6)
        .map((c) => `${c.sheet}!${c.address}`)
        .join(", ")}${report.cellsKept.length > 6 ? "…" : ""}.`,
      actions: [
        { label: `${T.goToCell} ${first.address}`, action: { kind: "cella", sheet: first.sheet, cell: first.address } },
      ],
    });
  }
  return out;
}
