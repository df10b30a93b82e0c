import { columnLetters } from "../layout/address";
import { SheetGrid } from "../layout/grid";
import { FIELD_LABELS } from "../layout/messages";
import { ColumnReading, ColumnSource, RowRole, SheetReading } from "../layout/reading";
import { ColumnMap, FIELDS, Field } from "../layout/types";
import { AddInSettings } from "../pipeline/workbook-settings";
import { cellText } from "./cell-display";

/**
 * "Come è stato letto il foglio" between a sheet's reading and the two settings the user corrects in it:
 * the `columns` mapping (field → 0-based column) and the 1-based `headerRows`, both per sheet.
 */
export const ROLE_LABELS: Record<RowRole, string> = {
  area: "Area",
  obiettivo: "Obiettivo",
  kpi: "KPI",
  nota: "Nota",
  ignorata: "Ignorata",
};
const SOURCE_TEXT: Record<ColumnSource, string> = {
  mappatura: "Deciso dalla mappatura",
  intestazione: "Deciso dall'intestazione",
  contenuto: "Deciso dal contenuto",
};

/** The dropdowns' choice for "let the reader decide". */
export const AUTOMATIC = "auto";

export interface ColumnChoice {
  /** 0-based sheet column, as the mapping stores it. */
  col: number;
  letter: string;
  heading: string;
  /** The field the mapping gives the column, or AUTOMATIC. */
  value: Field | typeof AUTOMATIC;
  /** The dropdown's text: the field mapped, or what the reader made of the column ("Consuntivo (automatico)"). */
  text: string;
  /** What decided the field ("Deciso dall'intestazione"); null for a column the reader does not use. */
  decidedBy: string | null;
}

export const FIELD_OPTIONS: { value: Field; label: string }[] = FIELDS.map((f) => ({
  value: f,
  label: FIELD_LABELS[f],
}));

function choiceOf(c: ColumnReading, mapped: Field | undefined): ColumnChoice {
  const text = mapped ? FIELD_LABELS[mapped] : `${c.decidedBy ? c.labels.join(" e ") : "Non usata"} (automatico)`;
  return {
    col: c.col - 1,
    letter: c.letter,
    heading: c.heading,
    value: mapped ?? AUTOMATIC,
    text,
    decidedBy: c.decidedBy ? SOURCE_TEXT[c.decidedBy] : mapped ? SOURCE_TEXT.mappatura : null,
  };
}

/**
 * The columns of a sheet the reader did not read, so that the user can map them: every column holding
 * something, headed by its text in the header row indicated, else in the first row that is not empty.
 */
function unreadColumns(grid: SheetGrid, headerRow: number | undefined): ColumnReading[] {
  const texts = (r: number) => (grid.values[r] ?? []).map((v, c) => cellText(v, grid.numberFormats?.[r]?.[c]));
  const head =
    headerRow !== undefined
      ? headerRow - 1 - grid.rowOffset
      : grid.values.findIndex((_, r) => texts(r).some((t) => t !== ""));
  const headings = head >= 0 ? texts(head) : [];
  const used = new Set<number>();
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => cellText(v, grid.numberFormats?.[r]?.[c]) !== "" && used.add(c))
  );
  return [...used]
    .sort((a, b) => a - b)
    .map((c) => ({
      col: grid.colOffset + c + 1,
      letter: columnLetters(grid.colOffset + c),
      heading: headings[c] ?? "",
      fields: [],
      labels: [],
      decidedBy: null,
    }));
}

/**
 * One dropdown per column the reading lists, holding the field the user mapped to it, if any; for a sheet
 * not read, one per column of the grid, so that a mapping can make it readable.
 */
export function columnChoices(
  reading: SheetReading,
  mapping: ColumnMap,
  grid?: SheetGrid,
  headerRow?: number
): ColumnChoice[] {
  const mappedTo = new Map<number, Field>();
  for (const f of FIELDS) if (mapping[f] !== undefined) mappedTo.set(mapping[f], f);
  const columns = reading.columns.length === 0 && grid ? unreadColumns(grid, headerRow) : reading.columns;
  return columns.map((c) => choiceOf(c, mappedTo.get(c.col - 1)));
}

/** The mapping after the user gives `col` a field (or gives it back to the reader): one column per field, one field per column. */
export function withColumnField(mapping: ColumnMap, col: number, field: Field | typeof AUTOMATIC): ColumnMap {
  const next: ColumnMap = {};
  for (const f of FIELDS) if (mapping[f] !== undefined && mapping[f] !== col && f !== field) next[f] = mapping[f];
  if (field !== AUTOMATIC) next[field] = col;
  return next;
}

/** A sheet's entry set, or removed when empty: the settings keep only the sheets the user corrected. */
function perSheet<T>(all: Record<string, T>, sheet: string, value: T | undefined): Record<string, T> {
  const next = { ...all };
  if (value === undefined) delete next[sheet];
  else next[sheet] = value;
  return next;
}

/** The settings with one sheet's mapping and header row replaced (AUTOMATIC/undefined: the reader decides). */
export function withSheetCorrection(
  settings: AddInSettings,
  sheet: string,
  mapping: ColumnMap,
  headerRow: number | undefined
): AddInSettings {
  return {
    ...settings,
    columns: perSheet(settings.columns, sheet, Object.keys(mapping).length > 0 ? mapping : undefined),
    headerRows: perSheet(settings.headerRows, sheet, headerRow),
  };
}

/** One sheet's corrections made in the view and not saved yet. */
export interface SheetCorrection {
  mapping: ColumnMap;
  headerRow: number | undefined;
}

/**
 * The settings saved last with the corrections not saved yet laid over them, sheet by sheet: a sheet the
 * user has not touched in the view shows what is saved now, even when Impostazioni changed it meanwhile.
 */
export function withCorrections(settings: AddInSettings, corrections: Record<string, SheetCorrection>): AddInSettings {
  return Object.entries(corrections).reduce(
    (s, [sheet, c]) => withSheetCorrection(s, sheet, c.mapping, c.headerRow),
    settings
  );
}

export interface HeaderRowOption {
  /** 1-based sheet row. */
  row: number;
  label: string;
}

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The rows the header can be on: the first `limit` non-empty rows of the sheet, each with its first texts. */
export function headerRowOptions(grid: SheetGrid, limit = 15): HeaderRowOption[] {
  const out: HeaderRowOption[] = [];
  for (let r = 0; r < grid.values.length && out.length < limit; r++) {
    const texts = grid.values[r].map((v, c) => cellText(v, grid.numberFormats?.[r]?.[c])).filter((t) => t !== "");
    if (texts.length === 0) continue;
    const row = grid.rowOffset + r + 1;
    out.push({ row, label: `Riga ${row} — ${clip(texts.slice(0, 3).join(" | "), 50)}` });
  }
  return out;
}

export interface PreviewRow {
  row: number;
  role: string;
  code: string;
  name: string;
  parent: string;
}

/** The first rows of the reading after the header, each with its role and the code it hangs on. */
export function previewRows(reading: SheetReading, limit = 20): PreviewRow[] {
  return reading.rows.slice(0, limit).map((r) => ({
    row: r.row,
    // a row placed in the tree by its indentation (no codes on the sheet) says so
    role: r.byIndent ? `${ROLE_LABELS[r.role]} (dal rientro)` : ROLE_LABELS[r.role],
    code: r.code ?? "",
    name: clip(r.name, 80),
    parent: r.parent ?? "",
  }));
}

/** The header row's dropdown text. */
export function headerRowText(reading: SheetReading, chosen: number | undefined): string {
  if (chosen !== undefined) return `Riga ${chosen} (indicata)`;
  return reading.headerRow === null ? "Automatica (nessuna intestazione)" : `Automatica (riga ${reading.headerRow})`;
}
