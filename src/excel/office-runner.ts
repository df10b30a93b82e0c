import { ExcelRunner, SettingsStoreLike } from "./excel-api";
import { OfficeWorkbook } from "./office-workbook";

/**
 * The workbook operations inside Excel: Excel.run batches and the document settings. The assignments
 * below also check at compile time that Office.js satisfies the API subset of excel-api.ts.
 */
export const excelRunner: ExcelRunner = (batch) => Excel.run((context) => batch(context));

export function createExcelWorkbook(): OfficeWorkbook {
  const doc = Office.context.document.settings;
  const settings: SettingsStoreLike = {
    get: (name) => doc.get(name),
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
  });
}
