import { ExcelRunner, SettingsStoreLike } from "./excel-api";
import { OfficeWorkbook } from "./office-workbook";
import { PaneTheme } from "./operations";

/**
 * The workbook operations inside Excel: Excel.run batches and the document settings. The assignments
 * below also check at compile time that Office.js satisfies the API subset of excel-api.ts.
 */
export const excelRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));

/** How long to wait for Office.onReady before deciding the page is not inside Office. */
const OFFICE_TIMEOUT_MS = 5000;

/**
 * True when the page runs inside Excel. Outside Office (a plain browser, the e2e test) office.js may be
 * missing, or Office.onReady resolves with host null; a page that never gets an answer counts as outside.
 */
export async function isInsideExcel(): Promise<boolean> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return false;
  const host = await Promise.race([
    Office.onReady().then((info) => info.host ?? null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)),
  ]);
  return host !== null && host === Office.HostType.Excel;
}

/** Relative luminance of a "#RRGGBB" colour, 0 (black) to 1 (white); null when not such a colour. */
export function luminance(hex: string): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return null;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office's task pane background is dark (Office themes "Nero" and "Grigio scuro"). */
export function themeOfBackground(background: string | undefined): PaneTheme {
  const l = background ? luminance(background) : null;
  return l !== null && l < 0.2 ? "scuro" : "chiaro";
}

export function createExcelWorkbook(): OfficeWorkbook {
  const doc = Office.context.document.settings;
  const settings: SettingsStoreLike = {
    get: (name): unknown => doc.get(name),
    set: (name, value) => doc.set(name, value),
    saveAsync: (callback) =>
      doc.saveAsync((r) =>
        callback?.({ status: String(r.status), error: r.error ? { message: r.error.message } : undefined })
      ),
  };
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return new OfficeWorkbook(excelRunner, settings, {
    mode: "excel",
    canSuspendCalculation: supports("1.6"),
    canSuspendScreenUpdating: supports("1.9"),
    canReadMerges: supports("1.13"),
    canReadDataTypes: supports("1.16"),
    canWatchChanges: supports("1.7"),
    // officeTheme is missing on hosts without the theme API (older Excel for Mac).
    theme: () =>
      themeOfBackground((Office.context as { officeTheme?: Office.OfficeTheme }).officeTheme?.bodyBackgroundColor),
    supports,
  });
}
