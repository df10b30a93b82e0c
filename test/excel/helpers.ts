import ExcelJS from "exceljs";
import path from "path";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { SheetGrid } from "../../src/layout/grid";
import { DEFAULT_ADDIN_SETTINGS, AddInSettings } from "../../src/pipeline/workbook-settings";
import { OfficeWorkbook, OfficeWorkbookOptions } from "../../src/excel/office-workbook";
import { SimulatedExcel, SimulatedSettings } from "../../src/excel/simulated";
import { SimStats, recordStats } from "./sim-probe";

export const SAMPLE = path.join(__dirname, "..", "..", "assets", "piano-performance-2019-lecce.xlsx");
export const SAMPLE_SHEET = "Piano 2019";

export async function sampleGrids(): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  return gridsOfWorkbook(wb);
}

export interface Rig {
  excel: SimulatedExcel;
  store: SimulatedSettings;
  stats: SimStats;
  ops: OfficeWorkbook;
}

/** The Office.js adapter over a simulated Excel holding the given sheets. */
export function rig(grids: readonly SheetGrid[], options: OfficeWorkbookOptions = {}): Rig {
  const excel = SimulatedExcel.fromGrids(grids);
  const store = new SimulatedSettings();
  const stats = recordStats(excel);
  const ops = new OfficeWorkbook(excel.run, store, { mode: "dimostrativa", ...options });
  return { excel, store, stats, ops };
}

export function settings(patch: Partial<AddInSettings> = {}): AddInSettings {
  return { ...DEFAULT_ADDIN_SETTINGS, thresholds: { ...DEFAULT_ADDIN_SETTINGS.thresholds }, ...patch };
}

/** Syncs spent by one call. */
export async function syncsOf<T>(stats: SimStats, call: () => Promise<T>): Promise<{ syncs: number; value: T }> {
  const before = stats.syncs;
  const value = await call();
  return { syncs: stats.syncs - before, value };
}
