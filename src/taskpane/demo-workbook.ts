import { GridJson, gridFromJson, isGridJsonList } from "../excel/grid-json";
import { OfficeWorkbook } from "../excel/office-workbook";
import { SimulatedExcel, SimulatedSettings, levelSupports } from "../excel/simulated";

/**
 * The demo mode (pane opened outside Excel): the same adapter over a simulated workbook. index.tsx loads
 * this module with a dynamic import(), so the pane in Excel never downloads the simulation. The workbook
 * comes from the page's `?cartella=<url of a JSON list of sheet grids>`, from
 * `window.alberoCartellaDemo`, else it is the sample workbook; the simulated Excel and its document settings are exposed as `window.alberoExcelSimulato` and
 * `window.alberoImpostazioniSimulate` so that
 * a test or a curious user can look at the cells and formats it received. `?excel=1.1` makes the
 * simulated Excel one with only that ExcelApi level (Office 2016 volume licence: no shared runtime, no
 * conditional formats for add-ins, no LAMBDA), `?lambda=no` an Excel without LAMBDA.
 */
declare global {
  interface Window {
    alberoCartellaDemo?: GridJson[];
    alberoExcelSimulato?: SimulatedExcel;
    alberoImpostazioniSimulate?: SimulatedSettings;
  }
}

/** The sample workbook next to the page (webpack copies assets/cartella-esempio.json there). */
const SAMPLE_URL = "taskpane.cartella-esempio.json";

export async function loadDemoGrids(): Promise<{ grids: GridJson[]; notice: string }> {
  const url = new URLSearchParams(window.location.search).get("cartella");
  if (url) {
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(`Impossibile caricare la cartella dimostrativa ${url} (HTTP ${response.status}).`);
    const data: unknown = await response.json();
    if (!isGridJsonList(data)) throw new Error(`Il file ${url} non contiene fogli di lavoro.`);
    return {
      grids: data,
      notice: "Riquadro aperto fuori da Excel: i calcoli lavorano su una copia simulata della cartella di lavoro.",
    };
  }
  if (isGridJsonList(window.alberoCartellaDemo))
    return { grids: window.alberoCartellaDemo, notice: "Riquadro aperto fuori da Excel: cartella di lavoro simulata." };
  const response = await fetch(SAMPLE_URL);
  const data: unknown = response.ok ? await response.json() : null;
  if (!isGridJsonList(data))
    throw new Error(
      `Impossibile caricare la cartella di esempio ${SAMPLE_URL} (HTTP ${response.status}): aprire il componente aggiuntivo in Excel per lavorare sulla cartella di lavoro.`
    );
  return {
    grids: data,
    notice:
      "Riquadro aperto fuori da Excel: i calcoli lavorano su una copia simulata della cartella di esempio (Piano della performance 2019 della CCIAA di Lecce).",
  };
}

export function createDemoWorkbook(grids: GridJson[]): OfficeWorkbook {
  const excel = SimulatedExcel.fromGrids(grids.map(gridFromJson));
  const settings = new SimulatedSettings();
  const query = new URLSearchParams(window.location.search);
  const level = query.get("excel");
  if (level !== null && /^1\.\d{1,2}$/.test(level)) excel.apiLevel = level;
  // A limited level stands for Office 2016/2019, which have no LAMBDA (Microsoft 365 and Office 2024 do).
  excel.lambda = query.get("lambda") !== "no" && excel.apiLevel === null;
  window.alberoExcelSimulato = excel;
  window.alberoImpostazioniSimulate = settings;
  const dark = typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return new OfficeWorkbook(excel.run, settings, {
    mode: "dimostrativa",
    theme: () => (dark ? "scuro" : "chiaro"),
    supports: (version) => levelSupports(excel.apiLevel, version),
  });
}
