import { formatSerialIt } from "../engine/dates";
import { formatItalianNumber } from "../engine/italian-number";
import { CellValue, isDateFormat, isPercentFormat } from "../engine/values";

/** A cell as the user reads it in the sheet (for the column mapping preview). */
export function cellText(v: CellValue, numberFormat?: string): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "VERO" : "FALSO";
  if (typeof v === "string") return v;
  if (isDateFormat(numberFormat)) return formatSerialIt(v);
  if (isPercentFormat(numberFormat)) return `${formatItalianNumber(v * 100)}%`;
  return Number.isInteger(v) ? String(v) : formatItalianNumber(v);
}
