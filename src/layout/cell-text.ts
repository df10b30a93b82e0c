import { normaliseSpaces } from "../engine/italian-number";
import { CellValue } from "../engine/values";

/** A cell as text for names and labels: numbers as written, booleans and blanks as "". */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return normaliseSpaces(v);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** Empty, or text of spaces only (\s covers NBSP and the other Unicode spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === "string" && !/\S/.test(v));
}

/** A cell that holds a figure: a number, or text with a digit in it. */
export function holdsFigure(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && /\d/.test(v);
}
