import { GridJson, gridFromJson, isGridJsonList } from "../excel/grid-json";
import { OfficeWorkbook } from "../excel/office-workbook";
import { SimulatedExcel, SimulatedSettings } from "../excel/simulated";

/**
 * The demo mode (pane opened outside Excel): the same adapter over a simulated workbook. index.tsx loads
 * this module with a dynamic import(), so the pane in Excel never downloads the simulation. The workbook
 * comes from the page's `?cartella=<url of a JSON list of sheet grids>` or from
 * `window.alberoCartellaDemo`; the simulated Excel and its document settings are exposed as `window.alberoExcelSimulato` and
 * `window.alberoImpostazioniSimulate` so that
 * a test or a curious user can look at the cells and formats it received.
 */
declare global {
  interface Window {
    alberoCartellaDemo?: GridJson[];
    alberoExcelSimulato?: SimulatedExcel;
    alberoImpostazioniSimulate?: SimulatedSettings;
  }
}

export async function loadDemoGrids(): Promise<{ grids: GridJson[]; notice: string }> {
  const url = new URLSearchParams(window.location.search).get("cartella");
  if (url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Impossibile caricare la cartella dimostrativa ${url} (HTTP ${response.status}).`);
    const data: unknown = await response.json();
    if (!isGridJsonList(data)) throw new Error(`Il file ${url} non contiene fogli di lavoro.`);
    return { grids: data, notice: "Riquadro aperto fuori da Excel: i calcoli lavorano su una copia simulata della cartella di lavoro." };
  }
  if (isGridJsonList(window.alberoCartellaDemo)) return { grids: window.alberoCartellaDemo, notice: "Riquadro aperto fuori da Excel: cartella di lavoro simulata." };
  return { grids: [], notice: "Riquadro aperto fuori da Excel: aprire il componente aggiuntivo in Excel per lavorare sulla cartella di lavoro." };
}

export function createDemoWorkbook(grids: GridJson[]): OfficeWorkbook {
  const excel = SimulatedExcel.fromGrids(grids.map(gridFromJson));
  const settings = new SimulatedSettings();
  window.alberoExcelSimulato = excel;
  window.alberoImpostazioniSimulate = settings;
  return new OfficeWorkbook(excel.run, settings, { mode: "dimostrativa" });
}
