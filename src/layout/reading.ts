import { ObjectiveInput } from "../engine/plan";
import { columnLetters } from "./address";
import { cellText, isBlank } from "./cell-text";
import { looksLikeCode } from "./codes";
import { matchHeader } from "./column-synonyms";
import { SheetGrid, cellAt, gridColCount } from "./grid";
import { FIELD_LABELS, LAYOUT_NAMES, LAYOUT_SHAPES, READER_REASONS } from "./messages";
import {
  ColumnMap,
  ColumnReading,
  ColumnSource,
  Field,
  ReadOptions,
  ReadResult,
  RowReading,
  RowRole,
  SheetReading,
} from "./types";

export type { ColumnReading, ColumnSource, RowReading, RowRole, SheetReading };

function roleOf(o: ObjectiveInput): RowRole {
  return o.level === "area" ? "area" : "obiettivo";
}

function rowText(grid: SheetGrid, row: number): string {
  const cells = grid.values[row - grid.rowOffset] ?? [];
  return cells.map(cellText).find((t) => t !== "") ?? "";
}

function sourceOf(grid: SheetGrid, headerRow: number, col: number, field: Field, mapped: ColumnMap): ColumnSource {
  if (mapped[field] === col) return "mappatura";
  if (headerRow >= 0 && matchHeader(cellAt(grid, headerRow, col))) return "intestazione";
  return "contenuto";
}

/**
 * The reading of one sheet from what its reader returned; `recognised` is what the reader's detection
 * recognised (the layout's name and shape frame it in the reason).
 */
export function readingOf(
  grid: SheetGrid,
  result: ReadResult,
  options: ReadOptions = {},
  recognised?: string
): SheetReading {
  const { plan, layout } = result;
  if (!plan || !layout) {
    const reason = result.problems[0]?.message ?? READER_REASONS.none;
    return { sheet: grid.name, reader: null, reason, headerRow: null, columns: [], rows: [] };
  }
  const mapped = options.columns ?? {};
  const headerRow = layout.headerRow;
  const byCol = new Map<number, Field[]>();
  for (const [field, col] of Object.entries(layout.columns) as [Field, number | undefined][]) {
    if (col === undefined) continue;
    byCol.set(col, [...(byCol.get(col) ?? []), field]);
  }
  const columns: ColumnReading[] = [];
  for (let c = grid.colOffset; c < grid.colOffset + gridColCount(grid); c++) {
    const heading = headerRow >= 0 ? cellText(cellAt(grid, headerRow, c)) : "";
    const fields = byCol.get(c) ?? [];
    if (heading === "" && fields.length === 0) continue;
    const decidedBy = fields.length === 0 ? null : sourceOf(grid, headerRow, c, fields[0], mapped);
    columns.push({
      col: c + 1,
      letter: columnLetters(c),
      heading,
      fields,
      labels: fields.map((f) => FIELD_LABELS[f]),
      decidedBy,
    });
  }
  const rows = new Map<number, RowReading>();
  for (const o of plan.objectives) {
    if (o.sheet !== grid.name) continue;
    rows.set(o.row, { row: o.row, role: roleOf(o), code: o.code, name: o.name, parent: o.parentCode });
    for (const k of o.kpis)
      if (k.row !== o.row)
        rows.set(k.row, { row: k.row, role: "kpi", code: k.code ?? null, name: k.name, parent: o.code });
  }
  for (const r of layout.indentedRows ?? []) {
    const placed = rows.get(r);
    if (placed) placed.byIndent = true;
  }
  // KPIs on their objective's row (one row, two roles): the row is the objective's, its KPI listed after it
  const kpiOnObjectiveRow: RowReading[] = [];
  for (const o of plan.objectives)
    for (const k of o.kpis)
      if (k.row === o.row && o.sheet === grid.name)
        kpiOnObjectiveRow.push({ row: k.row, role: "kpi", code: k.code ?? null, name: k.name, parent: o.code });
  const first = headerRow >= 0 ? headerRow + 1 : grid.rowOffset;
  for (let r = first; r < grid.rowOffset + grid.values.length; r++) {
    if (rows.has(r + 1)) continue;
    const cells = grid.values[r - grid.rowOffset] ?? [];
    if (cells.every(isBlank)) continue;
    const figures = cells.some((v) => typeof v === "number");
    const text = rowText(grid, r);
    // an objective whose code is not recognised ("a.2 …") is not a note: the reader left it out
    rows.set(r + 1, {
      row: r + 1,
      role: figures || looksLikeCode(text) ? "ignorata" : "nota",
      code: null,
      name: text,
      parent: null,
    });
  }
  const list = [...rows.values(), ...kpiOnObjectiveRow].sort(
    (a, b) => a.row - b.row || (a.role === "kpi" ? 1 : 0) - (b.role === "kpi" ? 1 : 0)
  );
  const mappedAny = Object.keys(mapped).length > 0;
  // the detection of a reader that takes a mapping names the mapped columns itself
  const what = recognised
    ? `${recognised}; ${LAYOUT_SHAPES[layout.kind]}`
    : LAYOUT_SHAPES[layout.kind] + (mappedAny ? READER_REASONS.mapped : "");
  const reason = `${LAYOUT_NAMES[layout.kind]}: ${what}`;
  return {
    sheet: grid.name,
    reader: layout.kind,
    reason,
    headerRow: headerRow >= 0 ? headerRow + 1 : null,
    columns,
    rows: list,
  };
}
