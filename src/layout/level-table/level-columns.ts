import { Level } from "../../engine/plan";
import { cellAt } from "../grid";
import { HeaderRow } from "../header-detection";
import { normaliseHeader } from "../header-text";
import { SheetGrid } from "../grid";

/**
 * The objective columns of a table that writes each level of the tree in its own column (002,
 * obiettivi operativi): "Obiettivi strategici" | "Programmi di intervento" | "Obiettivo operativo".
 */
export interface LevelColumn {
  col: number;
  /** What the column holds, for codes, levels and messages. */
  role: "strategico" | "programma" | "operativo";
  level: Level;
}

const LEVEL_HEADERS: ReadonlyArray<[LevelColumn["role"], Level, RegExp]> = [
  ["strategico", "strategico", /^obiettiv[oi] strategic[oi]$/],
  ["programma", "obiettivo", /^programm[ai]( (di )?intervent[oi])?$/],
  ["operativo", "operativo", /^obiettiv[oi] operativ[oi]$/],
];

/** The level columns of a header row, shallowest first; fewer than two means the table is not of this kind. */
export function levelColumnsOf(grid: SheetGrid, header: HeaderRow, width: number): LevelColumn[] {
  const found: LevelColumn[] = [];
  for (let c = grid.colOffset; c < grid.colOffset + width; c++) {
    const text = normaliseHeader(cellAt(grid, header.row, c));
    const rank = LEVEL_HEADERS.findIndex(([, , re]) => re.test(text));
    if (rank < 0 || found.some((f) => f.role === LEVEL_HEADERS[rank][0])) continue;
    found.push({ col: c, role: LEVEL_HEADERS[rank][0], level: LEVEL_HEADERS[rank][1] });
  }
  const order = (l: LevelColumn) => LEVEL_HEADERS.findIndex(([role]) => role === l.role);
  return found.sort((a, b) => order(a) - order(b));
}
