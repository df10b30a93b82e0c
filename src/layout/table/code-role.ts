import { CellValue } from "../../engine/values";
import { cellAt, SheetGrid } from "../grid";
import { extractCode, parseCodeCell } from "../codes";
import { normaliseHeader } from "../header-text";
import { CodeRole } from "./row-classifier";
import { ColumnMap } from "../types";

/**
 * Whether the Codice column holds KPI codes (000: "KPI301" beside "A.1.2 Sviluppo ...") or the
 * objectives' codes (albero variant: "A.1.2" | "Sviluppo ..."). The header says so when it can
 * ("Codice obiettivo", "Cod. KPI"); otherwise the cells do: objective codes in the Codice column and
 * none inside the Obiettivo texts, or the same codes in both.
 */
/** "Codice obiettivo", "Cod. ob.": a Codice column the header gives to the objectives. */
export function objectiveCodeHeading(v: CellValue): boolean {
  return /\b(obiettivo|obiettivi|ob|azione|nodo)\b/.test(normaliseHeader(v));
}

export function codeRoleOf(
  grid: SheetGrid,
  columns: ColumnMap,
  headerRow: number,
  firstRow: number,
  lastRow: number
): CodeRole {
  const col = columns.codice;
  if (col === undefined) return "kpi";
  if (headerRow >= 0) {
    const h = normaliseHeader(cellAt(grid, headerRow, col));
    if (objectiveCodeHeading(h)) return "obiettivo";
    if (/\b(indicatore|indicatori|kpi|ind)\b/.test(h)) return "kpi";
  }
  let objectiveCodes = 0;
  let codedNames = 0;
  let agree = 0;
  let disagree = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    const v = cellAt(grid, r, col);
    const code = typeof v === "string" ? parseCodeCell(v) : null;
    if (code) objectiveCodes++;
    const name = columns.obiettivo === undefined ? null : cellAt(grid, r, columns.obiettivo);
    const inName = typeof name === "string" ? extractCode(name) : null;
    if (inName) codedNames++;
    if (code && inName) {
      if (code === inName.code) agree++;
      else disagree++;
    }
  }
  if (objectiveCodes === 0) return "kpi";
  if (codedNames === 0) return "obiettivo";
  // both columns hold codes: the Codice column repeats the objective's code, or it is the KPI's ("OC_01" beside "A.1.2 ...")
  return agree > 0 && disagree === 0 ? "obiettivo" : "kpi";
}
