import { CellInput } from "./excel-api";

/**
 * What a data-type cell means to the engine, from its valuesAsJson entry (ExcelApi 1.16). Range.values
 * gives only the basic value, and for an entity (a linked Geography or Stocks value, an add-in's entity)
 * that is the error "#VALUE!"; the text the cell shows is the value the user sees, so the reader gets it.
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-data-types-concepts
 */
export function dataTypeValue(json: unknown): CellInput | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const v = json as { type?: unknown; basicValue?: unknown; text?: unknown };
  if ((v.type === "Entity" || v.type === "LinkedEntity") && typeof v.text === "string") return v.text;
  if (typeof v.basicValue === "number" || typeof v.basicValue === "boolean") return v.basicValue;
  if (typeof v.basicValue === "string" && v.type !== "Error") return v.basicValue;
  return undefined;
}

/** Range.values's answer for a cell whose value is a data type it cannot show as a basic value. */
export const DATA_TYPE_ERROR = "#VALUE!";
