import { ExcelRunner, SettingsStoreLike } from "./excel-api";
import { OfficeWorkbook } from "./office-workbook";

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

export function createExcelWorkbook(): OfficeWorkbook {
  const doc = Office.context.document.settings;
  const settings: SettingsStoreLike = {
    get: (name): unknown => doc.get(name),
    set: (name, value) => doc.set(name, value),
    saveAsync: (callback) =>
      doc.saveAsync((r) => callback?.({ status: String(r.status), error: r.error ? { message: r.error.message } : undefined })),
  };
  const supports = (version: string) => Office.context.requirements.isSetSupported("ExcelApi", version);
  return new OfficeWorkbook(excelRunner, settings, {
    mode: "excel",
    canSuspendCalculation: supports("1.6"),
    canSuspendScreenUpdating: supports("1.9"),
    canReadMerges: supports("1.13"),
    canReadDataTypes: supports("1.16"),
    supports,
  });
}
