import { Box } from "../ranges";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;
export const WHOLE_SHEET: Box = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };

export function cellCount(b: Box): number {
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

export function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** The sheet name as Excel writes it in an address: quoted unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
