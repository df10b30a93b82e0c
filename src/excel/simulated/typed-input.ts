import { CellInput } from "../excel-api";
import { parseNumberText } from "../../engine/values";
import type { SimSheet, SimulatedExcel } from "./workbook";

/**
 * What Excel stores for a text written through range.values or range.formulas: the text is read like
 * typed input (Range.values: a value starting with "+", "-" or "=" is interpreted as a formula), so a
 * number as an Italian user types it ("1.587,10", "15,00%") becomes a number and only a leading
 * apostrophe keeps the text as it is. A number with a unit ("40 gg") stays text, as in Excel.
 */
export function typedInput(
  v: unknown,
  excel: SimulatedExcel,
  sheet: SimSheet,
  row: number,
  col: number
): { value: CellInput; formula: string | null } {
  if (typeof v === "number" || typeof v === "boolean") return { value: v, formula: null };
  const s = String(v);
  if (s === "") return { value: null, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  const n = parseNumberText(s);
  if (n?.kind === "number" && n.unit === undefined) return { value: n.value, formula: null };
  if (s.length > 1 && (s.startsWith("=") || s.startsWith("+") || s.startsWith("-"))) {
    const formula = s.startsWith("=") ? s : `=${s}`;
    return { value: excel.rememberedResult(sheet, row, col, formula), formula };
  }
  return { value: s, formula: null };
}
