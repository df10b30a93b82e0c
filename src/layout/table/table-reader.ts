import { Problem, problem } from "../../engine/problems";
import { a1, rangeA1 } from "../address";
import { codeRoleOf, objectiveCodeHeading } from "./code-role";
import { columnsFromContent } from "./column-content";
import { checkMappedColumns } from "./mapping-check";
import {
  ColumnChoice,
  HEADER_SEARCH_ROWS,
  HeaderRow,
  chooseColumns,
  findHeaderRow,
  headerPhrase,
  scoreHeaderRow,
} from "../header-detection";
import { cellText, isBlank } from "../cell-text";
import { parseCell } from "../../engine/values";
import { SheetGrid, cellAt, gridColCount } from "../grid";
import { NamedCell } from "../../engine/messages";
import { DETECTION_TEXT, FIELD_LABELS, requiredLabel } from "../messages";
import { TableContext } from "./row-classifier";
import { readTableRows } from "./table-rows";
import { PlanBuilder, linkParents } from "../plan-builder";
import { ObjectiveInput } from "../../engine/plan";
import { extractCode, parseCodeCell } from "../codes";
import { ColumnMap, Detection, Field, LayoutKind, LayoutReader, ReadOptions, ReadResult, SheetLayout } from "../types";

/** Without these the table cannot be read: something naming the objectives, the indicator, target and consuntivo. */
export function missingRequired(columns: ColumnMap): Field[] {
  const missing: Field[] = [];
  if (columns.obiettivo === undefined && columns.codice === undefined) missing.push("obiettivo");
  for (const f of ["indicatore", "target", "consuntivo"] as const) if (columns[f] === undefined) missing.push(f);
  return missing;
}

/** Detected columns with the user's mapping on top; a detected field whose column the mapping gave to another field is dropped. */
function mergeColumns(detected: ColumnMap, override: ColumnMap): ColumnMap {
  const taken = new Set(Object.values(override));
  const out: ColumnMap = {};
  for (const [f, c] of Object.entries(detected) as [Field, number][]) if (!taken.has(c)) out[f] = c;
  for (const [f, c] of Object.entries(override) as [Field, number | undefined][])
    if (c !== undefined && Number.isInteger(c) && c >= 0) out[f] = c;
  return out;
}

function namedHeaderCells(header: HeaderRow | null, grid: SheetGrid): NamedCell[] {
  if (!header) return [];
  return header.cells.map((c) => ({
    label:
      String(cellAt(grid, header.row, c.col) ?? c.text)
        .replace(/\s+/g, " ")
        .trim() || c.text,
    cell: a1(header.row, c.col),
  }));
}

function headerSpan(grid: SheetGrid, headerRow: number): string {
  const width = gridColCount(grid);
  return rangeA1(headerRow, grid.colOffset, headerRow, grid.colOffset + Math.max(width, 1) - 1);
}

/**
 * With a full mapping and no header the reader recognises: the header is the row whose mapped cells hold
 * words, at least three different ones ("Cosa" | "Quanto" | "Fatto"), not values; a title merged across the
 * table repeats one text and is not it. Rows above are titles, never data. Without such a row there is
 * no header (-1) and the data starts at the first row.
 */
function guessHeaderRow(grid: SheetGrid, columns: ColumnMap): number {
  const last = grid.rowOffset + Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  const cols = [...new Set(Object.values(columns))].filter((c): c is number => c !== undefined);
  for (let r = grid.rowOffset; r < last; r++) {
    const words = new Set<string>();
    let values = 0;
    for (const c of cols) {
      const v = cellAt(grid, r, c);
      if (isBlank(v)) continue;
      if (typeof v === "string" && parseCell(v).kind === "invalid") words.add(v.trim().toLowerCase());
      else values++;
    }
    if (words.size >= Math.min(3, cols.length) && values === 0) return r;
    // the first row holding figures in the mapped columns is data: no header above it
    if (values > 0) return -1;
  }
  return -1;
}

interface TableDetection extends Detection {
  /** The header recognised (or the row the user named); null when a mapping stands for it. */
  header: HeaderRow | null;
  /** The columns the header names, before the user's mapping. */
  choice: ColumnChoice;
}

/** The objective codes written down the table (in the Obiettivo column, else in Codice), for the reading's reason. */
function codesDown(grid: SheetGrid, columns: ColumnMap, headerRow: number): string[] {
  const codes = new Set<string>();
  for (const [col, code] of [
    [columns.obiettivo, (t: string) => extractCode(t)?.code ?? null],
    [columns.codice, parseCodeCell],
  ] as const) {
    if (col === undefined) continue;
    for (let r = Math.max(headerRow + 1, grid.rowOffset); r < grid.rowOffset + grid.values.length; r++) {
      const c = code(cellText(cellAt(grid, r, col)));
      if (c) codes.add(c);
    }
    if (codes.size > 0) break;
  }
  return [...codes];
}

/**
 * The table layouts: a plan header (or the row the user named, or a column mapping naming the required
 * columns). Score: the fields the header and the mapping name. A partial mapping on a sheet whose header
 * nothing recognises is detected with score 0, for the read to say what is still needed.
 */
function detectTable(grid: SheetGrid, options: ReadOptions): TableDetection | null {
  const override = options.columns ?? {};
  const header = options.headerRow !== undefined ? scoreHeaderRow(grid, options.headerRow) : findHeaderRow(grid);
  const overrideComplete = missingRequired(override).length === 0;
  const mappedFields = (Object.keys(override) as Field[]).filter((f) => override[f] !== undefined);
  if (!header && !overrideComplete) {
    if (mappedFields.length === 0) return null;
    const reason = DETECTION_TEXT.mapped(mappedFields.map((f) => FIELD_LABELS[f]));
    return { score: 0, reason, header: null, choice: { columns: {} } };
  }
  if (header && options.headerRow !== undefined && header.score === 0 && !overrideComplete) return null;
  const choice: ColumnChoice = header ? chooseColumns(header, options.year, grid.hiddenColumns) : { columns: {} };
  const fields = new Set<string>([...(header?.cells.map((c) => c.meaning.field) ?? []), ...mappedFields]);
  const columns = mergeColumns(choice.columns, override);
  const parts: string[] = [];
  if (header && header.score > 0)
    parts.push(
      headerPhrase(
        grid,
        header.row,
        header.cells.map((c) => c.col)
      )
    );
  if (mappedFields.length > 0) parts.push(DETECTION_TEXT.mapped(mappedFields.map((f) => FIELD_LABELS[f])));
  const codes = codesDown(grid, columns, header ? header.row : (options.headerRow ?? -1));
  if (codes.length > 0) parts.push(DETECTION_TEXT.codes(codes));
  return { score: fields.size, reason: parts.join(", "), header, choice };
}

/**
 * The table layouts: one row per KPI with the objective in its own column. "tabella" (000: the first
 * KPI on the objective's row, Cod. = KPI code) and "albero" (objective rows of their own, possibly
 * weighted, KPI rows below with an empty Obiettivo cell). A table with one column per level of the
 * tree and programmes / operational objectives without codes (002) is the level-table reader's.
 */
function readTable(grid: SheetGrid, options: ReadOptions, detection: TableDetection): ReadResult {
  const sheet = grid.name;
  const override = options.columns ?? {};
  const { header, choice } = detection;
  if (!header && missingRequired(override).length > 0) {
    // The user mapped some columns of a sheet whose header nothing recognises: say what is still needed.
    const still = missingRequired(override).map(requiredLabel);
    const cell = a1(grid.rowOffset, grid.colOffset);
    return { plan: null, layout: null, problems: [problem("mappatura-incompleta", { sheet, cell }, still)] };
  }
  const columns = mergeColumns(choice.columns, override);
  const headerRow = header ? header.row : (options.headerRow ?? guessHeaderRow(grid, columns));
  const byContent = header ? columnsFromContent(grid, headerRow, columns) : [];
  for (const d of byContent) columns[d.field] = d.col;
  const missing = missingRequired(columns);
  // a flat list of KPIs, no objective column: read as one objective, the sheet (when a header names the rest)
  const flat = header !== null && missing.length === 1 && missing[0] === "obiettivo";
  if (missing.length > 0 && !flat) {
    const cell = headerRow >= 0 ? headerSpan(grid, headerRow) : a1(grid.rowOffset, grid.colOffset);
    const found = namedHeaderCells(header, grid);
    return {
      plan: null,
      layout: null,
      problems: [
        problem(
          "colonne-mancanti",
          { sheet, cell, cells: found.map((f) => f.cell) },
          headerRow + 1,
          missing.map(requiredLabel),
          found
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  if (choice.yearMissing) {
    problems.push(problem("anno-target-mancante", { sheet, cell: choice.yearMissing.used }, choice.yearMissing.year));
  }
  for (const d of (choice.dated ?? []).filter((x) => override[x.field] === undefined)) {
    const label = (c: number) =>
      String(cellAt(grid, headerRow, c) ?? "")
        .replace(/\s+/g, " ")
        .trim();
    problems.push(
      problem(
        "colonna-piu-recente",
        { sheet, cell: a1(headerRow, d.used) },
        label(d.used),
        d.others.map((c) => ({ label: label(c), cell: a1(headerRow, c) }))
      )
    );
  }
  const weightsMapped = override.peso !== undefined || override.pesoObiettivo !== undefined;
  for (const w of weightsMapped ? [] : (choice.weightsUnclear ?? [])) {
    const named = w.cols.map((c) => ({
      label: String(cellAt(grid, headerRow, c) ?? "")
        .replace(/\s+/g, " ")
        .trim(),
      cell: a1(headerRow, c),
    }));
    problems.push(
      problem(
        "colonne-peso-ambigue",
        { sheet, cell: named[0].cell, cells: named.map((n) => n.cell) },
        named[0],
        named.slice(1)
      )
    );
  }
  const firstRow = Math.max(headerRow + 1, grid.rowOffset);
  const lastRow = grid.rowOffset + grid.values.length - 1;
  const headerTexts = new Map<number, string>();
  if (headerRow >= 0) {
    const end = grid.colOffset + gridColCount(grid);
    for (let c = grid.colOffset; c < end; c++) {
      const v = cellAt(grid, headerRow, c);
      if (typeof v === "string" && v.trim() !== "") headerTexts.set(c, v.replace(/\s+/g, " ").trim().toLowerCase());
    }
  }
  // one column per level ("Area strategica" | "Obiettivo strategico" | "Obiettivo operativo"), also when the deepest is mapped
  const extraObjectiveColumns = !header
    ? []
    : header.cells
        .filter(
          (c) =>
            c.meaning.field === "obiettivo" && c.col !== columns.obiettivo && !Object.values(override).includes(c.col)
        )
        .map((c) => c.col);
  const codeRole = codeRoleOf(grid, columns, headerRow, firstRow, lastRow);
  const plan = new PlanBuilder(grid);
  const ctx: TableContext = { grid, plan, sheet, columns, codeRole, headerTexts, extraObjectiveColumns };
  if (
    codeRole === "obiettivo" &&
    columns.codice !== undefined &&
    headerRow >= 0 &&
    objectiveCodeHeading(cellAt(grid, headerRow, columns.codice))
  )
    ctx.objectiveCodeHeader = true;
  const whole: ObjectiveInput | null = flat
    ? plan.objective(firstRow, {
        code: sheet,
        name: sheet,
        level: "obiettivo",
        weight: null,
        parentCode: null,
        cells: {},
      })
    : null;
  problems.push(...checkMappedColumns(grid, sheet, override, firstRow, lastRow));
  const built = readTableRows(ctx, firstRow, lastRow, whole);
  if (whole) {
    const cell = a1(headerRow, columns.indicatore ?? grid.colOffset);
    problems.push(problem("elenco-di-kpi", { sheet, cell }, whole.kpis.length));
  }
  problems.push(...built.problems);
  problems.push(...linkParents(built.objectives));

  const kind: LayoutKind =
    built.kpiOnObjectiveRow > 0 && built.kpiOnObjectiveRow >= built.kpiBelowObjective ? "tabella" : "albero";
  const layoutColumns: ColumnMap = { ...columns };
  // A lone generic "Performance" column in an albero serves both: KPI figures on KPI rows, objective figures on objective rows.
  const perfKpi = columns.performanceKpi;
  const genericPerf =
    perfKpi !== undefined &&
    override.performanceKpi === undefined &&
    header?.cells.some((c) => c.col === perfKpi && c.meaning.field === "performance");
  if (columns.performanceObiettivo === undefined && genericPerf && kind === "albero" && perfKpi !== undefined) {
    layoutColumns.performanceObiettivo = perfKpi;
    for (const o of built.objectivesWithoutRowKpi) o.cells.performance = a1(o.row - 1, perfKpi);
  }
  if (built.objectives.length === 0 && built.orphanKpis === 0) {
    problems.push(
      problem(
        "piano-vuoto",
        { sheet, cell: headerRow >= 0 ? headerSpan(grid, headerRow) : a1(firstRow, grid.colOffset) },
        headerRow + 1
      )
    );
  }
  const firstDataRow = built.firstDataRow >= 0 ? built.firstDataRow : firstRow;
  const lastDataRow = built.lastDataRow >= 0 ? built.lastDataRow : firstRow - 1;
  const layout: SheetLayout = { sheet, kind, headerRow, columns: layoutColumns, firstDataRow, lastDataRow };
  return plan.finish(built.objectives, layout, problems);
}

/** The table reader ("tabella" and "albero"): the generic plan table, and the one that takes a column mapping. */
export const tableReader: LayoutReader<TableDetection> = {
  kind: "tabella",
  takesMapping: true,
  detect: detectTable,
  read: readTable,
};
