import { PlanBuilder } from "../plan-builder";
import { a1 } from "../address";
import { cellText, holdsFigure, isBlank } from "../cell-text";
import { codeDepth, extractCode, parseCodeCell } from "../codes";
import { matchHeader } from "../column-synonyms";
import { SheetGrid, cellAt } from "../grid";
import { ColumnMap, Field } from "../types";

/** What the Codice column holds: KPI codes (KPI301, 000) or objective codes (A.1.2, albero variant). */
export type CodeRole = "kpi" | "obiettivo";

export interface TableContext {
  grid: SheetGrid;
  /** Where the sheet's objectives, KPIs, hidden rows read and problems are gathered. */
  plan: PlanBuilder;
  sheet: string;
  columns: ColumnMap;
  codeRole: CodeRole;
  /** Normalised texts of the header row by column, for spotting a header repeated at a page break. */
  headerTexts: Map<number, string>;
  /** Further objective columns ("Obiettivo strategico" | "Obiettivo operativo"), besides columns.obiettivo. */
  extraObjectiveColumns: number[];
  /** The Codice column is headed as the objectives' ("Cod. obiettivo"): any short token in it is a code ("OB01"). */
  objectiveCodeHeader?: boolean;
}

/** One column names objectives and indicators ("Descrizione obiettivo / indicatore"): a row is a KPI by its figures. */
function combined(ctx: TableContext): boolean {
  return ctx.columns.obiettivo !== undefined && ctx.columns.obiettivo === ctx.columns.indicatore;
}

/** A token of a column headed "Cod. obiettivo": "OB01", "OS-2", "A.1". */
const ANY_CODE = /^[A-Za-z0-9][A-Za-z0-9._\-:/]{0,15}$/;

export interface CodedObjective {
  code: string;
  name: string;
  nameCell: string;
}

export type RowClass =
  | { kind: "blank" }
  | { kind: "header" }
  /** The row's deepest objective; `ancestors` are the shallower ones written in other objective columns. */
  | { kind: "objective"; code: string; name: string; nameCell: string; hasKpi: boolean; ancestors: CodedObjective[] }
  /**
   * Text in the Obiettivo column without a code: a section label, or an uncoded objective with a KPI.
   * `codeCell` is set when the objectives' Codice column holds a text that is no code the reader knows.
   */
  | { kind: "label"; text: string; cell: string; hasKpi: boolean; codeCell?: string }
  | { kind: "kpi" }
  | { kind: "note" }
  /** Figures in the input columns but neither an objective nor an indicator. */
  | { kind: "unclassified"; cells: string[] };

/** Rows that sum or summarise ("Totale pesi 100%", "Performance ente"): neither nodes nor data. */
const SUMMARY_LABEL = /^(totale|tot\.|somma|media\b|ente\b|performance\s+(dell['’]\s*)?ente|verifica)/i;

/** Columns the reader takes input from; performance and status columns are the add-in's output. */
const INPUT_FIELDS: readonly Field[] = ["peso", "direzione", "target", "consuntivo"];

export function valueAt(ctx: TableContext, row: number, field: Field) {
  const col = ctx.columns[field];
  return col === undefined ? null : cellAt(ctx.grid, row, col);
}

/** Columns whose header text, found again in a data row, marks a header repeated at a page break. */
const HEADER_PROBES: readonly Field[] = ["obiettivo", "codice", "indicatore", "peso", "target", "consuntivo"];

function isHeaderRepeat(ctx: TableContext, row: number): boolean {
  let recognised = 0;
  let same = 0;
  let probed = 0;
  for (const f of HEADER_PROBES) {
    const col = ctx.columns[f];
    if (col === undefined) continue;
    probed++;
    const v = cellAt(ctx.grid, row, col);
    // headers are short texts: names and notes are not compared
    if (typeof v !== "string" || v.length > 80) continue;
    if (matchHeader(v)) recognised++;
    const expected = ctx.headerTexts.get(col);
    if (expected && cellText(v).toLowerCase() === expected) same++;
  }
  return recognised >= 2 || (probed >= 2 && same >= 2);
}

/** A KPI sits on the row: its indicator is named, or (without an Indicatore column) it has a target or consuntivo. */
function hasKpi(ctx: TableContext, row: number): boolean {
  const measured = !isBlank(valueAt(ctx, row, "target")) || !isBlank(valueAt(ctx, row, "consuntivo"));
  if (ctx.columns.indicatore === undefined || combined(ctx)) return measured;
  const indicator = valueAt(ctx, row, "indicatore");
  if (isBlank(indicator)) return false;
  // "Totale pesi" with a =SUM(...) in Peso, after an objective's KPIs: a subtotal, not an indicator.
  return measured || !SUMMARY_LABEL.test(cellText(indicator));
}

function codedIn(ctx: TableContext, row: number, col: number): CodedObjective | null {
  const text = cellText(cellAt(ctx.grid, row, col));
  const coded = text === "" ? null : extractCode(text);
  return coded ? { code: coded.code, name: coded.name || coded.code, nameCell: a1(row, col) } : null;
}

function objectiveOf(ctx: TableContext, row: number): CodedObjective | null {
  const objCol = ctx.columns.obiettivo;
  const objText = objCol === undefined ? "" : cellText(cellAt(ctx.grid, row, objCol));
  if (ctx.codeRole === "obiettivo" && ctx.columns.codice !== undefined) {
    const raw = cellAt(ctx.grid, row, ctx.columns.codice);
    const token = cellText(raw);
    const code =
      typeof raw === "string"
        ? (parseCodeCell(raw) ?? (ctx.objectiveCodeHeader && ANY_CODE.test(token) ? token : null))
        : null;
    if (code) {
      const inside = extractCode(objText);
      const name = inside && inside.code === code ? inside.name : objText;
      const nameCell = objCol !== undefined && objText !== "" ? a1(row, objCol) : a1(row, ctx.columns.codice);
      return { code, name: name || code, nameCell };
    }
  }
  // in a combined column with its own code column, a name is never a code ("01 Livello di …" is an indicator)
  if (combined(ctx) && ctx.columns.codice !== undefined && ctx.codeRole === "obiettivo") return null;
  return objCol === undefined ? null : codedIn(ctx, row, objCol);
}

/** Every coded objective on the row, shallowest first (the deepest one owns the row's KPI or weight). */
function objectivesOf(ctx: TableContext, row: number): CodedObjective[] {
  const found: CodedObjective[] = [];
  const main = objectiveOf(ctx, row);
  if (main) found.push(main);
  for (const col of ctx.extraObjectiveColumns) {
    const o = codedIn(ctx, row, col);
    if (o && !found.some((f) => f.code === o.code)) found.push(o);
  }
  return found.sort((a, b) => codeDepth(a.code) - codeDepth(b.code));
}

/** The text of the objectives' Codice column on a row whose objective was not read from it. */
function unknownCode(ctx: TableContext, row: number): { text: string; cell: string } | null {
  const col = ctx.columns.codice;
  if (ctx.codeRole !== "obiettivo" || col === undefined || combined(ctx)) return null;
  const text = cellText(cellAt(ctx.grid, row, col));
  return text === "" || SUMMARY_LABEL.test(text) ? null : { text, cell: a1(row, col) };
}

export function classifyRow(ctx: TableContext, row: number): RowClass {
  const cells = ctx.grid.values[row - ctx.grid.rowOffset] ?? [];
  if (cells.every(isBlank)) return { kind: "blank" };
  if (isHeaderRepeat(ctx, row)) return { kind: "header" };
  const kpi = hasKpi(ctx, row);
  const objectives = objectivesOf(ctx, row);
  if (objectives.length > 0) {
    const deepest = objectives[objectives.length - 1];
    return { kind: "objective", ...deepest, hasKpi: kpi, ancestors: objectives.slice(0, -1) };
  }
  const objCol = ctx.columns.obiettivo;
  const label = objCol === undefined ? "" : cellText(cellAt(ctx.grid, row, objCol));
  const figures = INPUT_FIELDS.filter((f) => ctx.columns[f] !== undefined && holdsFigure(valueAt(ctx, row, f))).map(
    (f) => a1(row, ctx.columns[f] as number)
  );
  const indicator = ctx.columns.indicatore === undefined ? "" : cellText(valueAt(ctx, row, "indicatore"));
  if (!kpi && (SUMMARY_LABEL.test(label) || SUMMARY_LABEL.test(indicator))) return { kind: "note" };
  if (combined(ctx) && kpi) return { kind: "kpi" };
  const code = unknownCode(ctx, row);
  if (code && !kpi && figures.length === 0) {
    // "XO.1" | "Razionalizzazione …": an objective whose code is not read, never a section label
    return { kind: "label", text: `${code.text} ${label}`.trim(), cell: code.cell, hasKpi: false, codeCell: code.cell };
  }
  if (label !== "" && (kpi || figures.length === 0))
    return { kind: "label", text: label, cell: a1(row, objCol as number), hasKpi: kpi };
  if (kpi) return { kind: "kpi" };
  return figures.length > 0 ? { kind: "unclassified", cells: figures } : { kind: "note" };
}
