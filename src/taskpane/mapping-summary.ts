import { columnLetters } from "../layout/address";
import { FIELD_LABELS } from "../layout/messages";
import { ColumnMap, FIELDS } from "../layout/types";

/** One sheet's saved column mapping as Impostazioni shows it. */
export interface SavedMapping {
  sheet: string;
  /** "Obiettivo = A", "Consuntivo = G": fields in the plan's order. */
  pairs: string[];
  /** The workbook has no sheet of that name (renamed or deleted since the mapping was saved). */
  missing: boolean;
}

/** ["Obiettivo = A", "Consuntivo = G"]: the fields the mapping gives a column, in the plan's order. */
export function mappingPairs(map: ColumnMap): string[] {
  return FIELDS.filter((f) => map[f] !== undefined).map(
    (f) => `${FIELD_LABELS[f]} = ${columnLetters(map[f] as number)}`
  );
}

/**
 * The saved mappings, one per sheet in the workbook's order, then those of sheets it no longer has.
 * `sheets` empty means the workbook's sheets are not known yet: none is called missing.
 */
export function savedMappings(columns: Record<string, ColumnMap>, sheets: readonly string[]): SavedMapping[] {
  const order = (name: string) => {
    const i = sheets.indexOf(name);
    return i < 0 ? sheets.length : i;
  };
  return Object.keys(columns)
    .filter((sheet) => Object.keys(columns[sheet]).length > 0)
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b, "it"))
    .map((sheet) => ({
      sheet,
      pairs: mappingPairs(columns[sheet]),
      missing: sheets.length > 0 && !sheets.includes(sheet),
    }));
}

/** The settings' mappings without one sheet's. */
export function withoutMapping(columns: Record<string, ColumnMap>, sheet: string): Record<string, ColumnMap> {
  const next = { ...columns };
  delete next[sheet];
  return next;
}
