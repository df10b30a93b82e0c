import ExcelJS from "exceljs";
import path from "path";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { recalculateWorkbook } from "../../src/excel/recalc-flow";
import { SETTINGS_KEY } from "../../src/pipeline/workbook-settings";
import { rig, settings } from "./helpers";
import { snapshot } from "./sim-probe";

// 07: a Monitoraggio table without Performance KPI / Performance Obiettivo columns (test/integration/messy-workbooks.test.ts).
const FIXTURE = path.join(__dirname, "..", "fixtures", "messy", "07-senza-colonne-performance.xlsx");

async function grids() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FIXTURE);
  return gridsOfWorkbook(wb);
}

describe("the pane's new settings reach the recalculation in Excel", () => {
  it("«Aggiungi le colonne di performance mancanti», saved and read back, adds the columns as --aggiungi-colonne does", async () => {
    const r = rig(await grids());
    await r.ops.saveSettings(settings({ addMissingColumns: true, year: 2024 }));
    expect(r.store.persisted(SETTINGS_KEY)).toMatchObject({ addMissingColumns: true, year: 2024 });
    const loaded = await r.ops.loadSettings();
    expect(loaded).toEqual({ settings: settings({ addMissingColumns: true, year: 2024 }), warnings: [] });
    const out = await recalculateWorkbook(r.ops, loaded.settings);
    const cells = snapshot(r.excel).sheets[0].cells;
    expect([cells.H3?.v, cells.I3?.v, cells.H5?.v, cells.I4?.v]).toEqual([
      "Performance KPI",
      "Performance Obiettivo",
      0.9,
      0.95,
    ]);
    expect(out.result.problems.filter((p) => p.code === "colonna-aggiunta").map((p) => p.cell)).toEqual(["H3", "I3"]);
  });

  it("without it, nothing is written", async () => {
    const r = rig(await grids());
    const out = await recalculateWorkbook(r.ops, settings());
    expect(out.result.writes).toEqual([]);
  });
});
