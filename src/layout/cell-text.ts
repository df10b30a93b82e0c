import { normaliseSpaces } from "../engine/italian-number";
import { CellValue, isBlank } from "../engine/values";
import { a1 } from "./address";
import { SheetGrid, cellAt } from "./grid";

export { isBlank };

/** A cell as text for names and labels: numbers as written, booleans and blanks as "". */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return normaliseSpaces(v);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return "";
}

/** A cell's text only, spaces normalised: numbers, booleans and blanks as "" (names that are never figures). */
export function stringText(v: CellValue): string {
  return typeof v === "string" ? normaliseSpaces(v) : "";
}

/** A cell's text exactly as written, anything else as "": header text, normalised by the header matcher. */
export function rawText(v: CellValue): string {
  return typeof v === "string" ? v : "";
}

const ELIMINATED = /^eliminat[oa]/i;

/**
 * A note saying a row was dropped from the plan ("Eliminato in sede di rolling annuale ... 2019"):
 * true when it starts with "Eliminato"/"Eliminata" and its last year, if any, is not after the plan's year.
 */
export function isEliminationNote(note: string, year: number): boolean {
  if (!ELIMINATED.test(note)) return false;
  const years = note.match(/\b(19|20)\d{2}\b/g);
  return years === null || Number(years[years.length - 1]) <= year;
}

/** The first note among `cols` of row r (0-based) saying the row was dropped by `year` (isEliminationNote), with its cell. */
export function eliminationNoteIn(
  grid: SheetGrid,
  r: number,
  cols: Iterable<number>,
  year: number
): { note: string; cell: string } | null {
  for (const c of cols) {
    const note = cellText(cellAt(grid, r, c));
    if (isEliminationNote(note, year)) return { note, cell: a1(r, c) };
  }
  return null;
}

/** A cell that holds a figure: a number, or text with a digit in it. */
export function holdsFigure(v: CellValue): boolean {
  if (typeof v === "number") return Number.isFinite(v);
  return typeof v === "string" && /\d/.test(v);
}
