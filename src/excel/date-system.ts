import { DAYS_1904 } from "../engine/dates";
import { isDateFormat } from "../engine/values";
import { SheetGrid } from "../layout/grid";

/** DATE(2000;1;1) in the 1900 system; the same call answers 1462 less in a 1904 workbook. */
export const PROBE_YEAR = 2000;
export const PROBE_SERIAL_1900 = 36526;

/**
 * Whether the workbook counts dates from 1904, told by what Excel's DATE function answers
 * (Workbook.functions, ExcelApi 1.2): Workbook.use1904DateSystem is not in a released requirement set.
 */
export function is1904(probeSerial: unknown): boolean {
  return probeSerial === PROBE_SERIAL_1900 - DAYS_1904;
}

/** A 1904 workbook's date cells (numbers under a date format) moved to 1900 serials, in place. */
export function toDateSystem1900(grid: SheetGrid): void {
  grid.values.forEach((row, r) => {
    const formats = grid.numberFormats?.[r];
    if (!formats) return;
    row.forEach((v, c) => {
      if (typeof v === "number" && isDateFormat(formats[c])) row[c] = v + DAYS_1904;
    });
  });
}
