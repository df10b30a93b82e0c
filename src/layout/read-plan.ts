import { Problem, problem } from "../engine/problems";
import { a1 } from "./address";
import { bestPartialHeader } from "./header-detection";
import { SheetGrid, cellAt } from "./grid";
import { requiredLabel } from "./messages";
import { isInstructionSheet } from "./instructions";
import { readingOf } from "./reading";
import { LAYOUT_READERS } from "./readers";
import { missingRequired } from "./table/table-reader";
import { ColumnMap, Detection, LayoutReader, ReadOptions, ReadResult } from "./types";

const NOT_A_PLAN: ReadResult = { plan: null, layout: null, problems: [] };

/**
 * A sheet with at least two plan headers that no reader could read: say what is missing, so that the
 * user can rename a header or map the column, instead of silently skipping the sheet.
 */
function looksLikePlan(grid: SheetGrid): Problem | null {
  const h = bestPartialHeader(grid);
  if (!h || h.score < 2) return null;
  const columns: ColumnMap = {};
  for (const c of h.cells) {
    const fields =
      c.meaning.field === "performance"
        ? ["performanceKpi" as const]
        : c.meaning.field === "nome"
          ? (["obiettivo", "indicatore"] as const)
          : [c.meaning.field];
    for (const f of fields) if (columns[f] === undefined) columns[f] = c.col;
  }
  const missing = missingRequired(columns);
  if (missing.length === 0) return null;
  const found = h.cells.map((c) => ({
    label: String(cellAt(grid, h.row, c.col) ?? c.text)
      .replace(/\s+/g, " ")
      .trim(),
    cell: a1(h.row, c.col),
  }));
  return problem(
    "piano-non-letto",
    {
      sheet: grid.name,
      cell: found[0]?.cell,
      cells: found.map((f) => f.cell),
    },
    found,
    missing.map(requiredLabel)
  );
}

function safely<T>(run: () => T): T | Error {
  try {
    return run();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

function failed(grid: SheetGrid, e: Error): ReadResult {
  return {
    plan: null,
    layout: null,
    problems: [problem("lettura-fallita", { sheet: grid.name, cell: a1(grid.rowOffset, grid.colOffset) }, e.message)],
  };
}

/** What a reader recognised on the sheet, and the reader. */
interface Candidate {
  reader: LayoutReader;
  detection: Detection;
}

/**
 * Read the plan of one worksheet with the reader that recognises it best: every reader detects the
 * sheet, the highest score reads it (on equal scores, the first in `readers`: the sort is stable).
 * A reader whose read finds no plan after all gives way to the next best. A sheet that is not a plan
 * gives `{ plan: null, layout: null, problems: [] }`, plus an avviso when it looks like one. A reader
 * that fails unexpectedly is reported as an errore on the sheet, never thrown. The reading's reason
 * tells what the winning detection recognised.
 */
export function readPlanSheet(
  grid: SheetGrid,
  options: ReadOptions = {},
  readers: readonly LayoutReader[] = LAYOUT_READERS
): ReadResult {
  const mapped = options.columns !== undefined && missingRequired(options.columns).length === 0;
  const { result, detection } = readWithReaders(
    grid,
    options,
    mapped ? readers.filter((r) => r.takesMapping) : readers
  );
  return { ...result, reading: readingOf(grid, result, options, detection?.reason) };
}

function readWithReaders(
  grid: SheetGrid,
  options: ReadOptions,
  readers: readonly LayoutReader[]
): { result: ReadResult; detection?: Detection } {
  // an instructions sheet's example table is not a plan, unless the user mapped its columns
  if (!options.columns && isInstructionSheet(grid)) {
    return { result: { ...NOT_A_PLAN, problems: [problem("foglio-istruzioni", { sheet: grid.name })] } };
  }
  const candidates: Candidate[] = [];
  for (const reader of readers) {
    const detection = safely(() => reader.detect(grid, options));
    if (detection instanceof Error) return { result: failed(grid, detection) };
    if (detection) candidates.push({ reader, detection });
  }
  candidates.sort((a, b) => b.detection.score - a.detection.score);
  for (const { reader, detection } of candidates) {
    const result = safely(() => reader.read(grid, options, detection));
    if (result instanceof Error) return { result: failed(grid, result) };
    if (result) return { result, detection };
  }
  const hint = looksLikePlan(grid);
  return { result: hint ? { ...NOT_A_PLAN, problems: [hint] } : { ...NOT_A_PLAN, problems: [] } };
}

export interface WorkbookRead {
  sheet: string;
  result: ReadResult;
}

/** Every sheet of a workbook; `options.columns` per sheet name. Sheets that are not plans are kept with plan null. */
export function readWorkbookPlans(
  grids: readonly SheetGrid[],
  options: { columns?: Record<string, ColumnMap>; year?: number; today?: number; sheets?: string[] } = {}
): WorkbookRead[] {
  const wanted = options.sheets && options.sheets.length > 0 ? new Set(options.sheets) : null;
  return grids
    .filter((g) => !wanted || wanted.has(g.name))
    .map((g) => {
      const sheetOptions: ReadOptions = {};
      const cols = options.columns?.[g.name];
      if (cols) sheetOptions.columns = cols;
      if (options.year !== undefined) sheetOptions.year = options.year;
      if (options.today !== undefined) sheetOptions.today = options.today;
      return { sheet: g.name, result: readPlanSheet(g, sheetOptions) };
    });
}
