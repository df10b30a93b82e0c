/**
 * Excel date serials (1900 date system, as Excel for Windows and ExcelJS use them).
 * Serial 1 is 1900-01-01; Excel's fictitious 1900-02-29 (serial 60) is honoured, so serials from
 * 61 on map to the real calendar with the epoch 1899-12-30.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** Serial of 31/12/9999, Excel's last date; outside 0..this a number is not a date (Excel shows #####). */
/**
 * Days between the 1900 and the 1904 date systems: a workbook in the 1904 system (Excel for Mac's old
 * default, "Use 1904 date system" in Excel's options) holds every date 1462 lower; the engine reads 1900
 * serials, so both adapters (Office.js and the .xlsx reader) add this before handing dates over.
 */
export const DAYS_1904 = 1462;

export const MAX_EXCEL_DATE_SERIAL = 2_958_465;

export function isExcelDateSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= 0 && serial < MAX_EXCEL_DATE_SERIAL + 1;
}

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
}

export function ymdFromSerial(serial: number): { year: number; month: number; day: number } {
  const d = new Date(EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A JavaScript Date (as ExcelJS returns for date cells, at UTC midnight) to an Excel serial. */
export function serialFromDate(date: Date): number {
  return (date.getTime() - EPOCH_UTC) / MS_PER_DAY;
}

/** The calendar day `now` falls on where the user is, as a serial: the "today" the edges pass in. */
export function localDaySerial(now: Date): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function dateFromSerial(serial: number): Date {
  return new Date(EPOCH_UTC + serial * MS_PER_DAY);
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Last day of the year the serial falls in (the deadline rule's horizon). */
export function endOfYearSerial(serial: number): number {
  return serialFromYmd(ymdFromSerial(serial).year, 12, 31);
}

/** dd/mm/yyyy, the way the documents print dates. */
export function formatSerialIt(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
}
