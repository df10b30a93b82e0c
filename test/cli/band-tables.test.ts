import ExcelJS from "exceljs";
import * as path from "path";
import { addPlanSheet, tempDir } from "./fixtures";
import { withPaneSettings } from "./pane-settings";
import { runCli } from "./run-cli";

/**
 * Agenzia delle Entrate's bands in a "Fasce" sheet of the workbook (A1:D5, headings in row 1), applied
 * to the Lecce rows: KPI301 87,72% is below 90 (0%), KPI303 100% is 60% + 10/20 × 20% = 70%.
 */
function withFasce(wb: ExcelJS.Workbook, bands: (string | number | null)[][]): void {
  addPlanSheet(wb);
  const ws = wb.addWorksheet("Fasce");
  [["Da", "A", "Punteggio", "Punteggio fino a"], ...bands].forEach((r, i) =>
    r.forEach((v, c) => v !== null && (ws.getRow(i + 1).getCell(c + 1).value = v))
  );
}

const ADE = [
  [null, "< 90", "0%", null],
  [90, 110, "60%", "80%"],
  ["> 110", "< 131", "80%", null],
  [">= 131", null, "100%", null],
];

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

const kpi = (json: any, code: string) => json.sheets[0].kpis.find((k: any) => k.code === code);

describe("tabelle delle fasce da un foglio «Fasce» della cartella di lavoro", () => {
  it.each([
    ["opzioni", {}, ["--tabelle-fasce", "AdE = Fasce!A1:D5", "--fasce", "AdE"]],
    ["impostazioni salvate", { bandTables: [{ name: "AdE", sheet: "Fasce", range: "A1:D5" }], bands: "AdE" }, []],
    ["metodo", {}, ["--tabelle-fasce", "AdE = Fasce!A1:D5", "--metodo", "proporzionale + fasce AdE"]],
  ] as [string, object, string[]][])(
    "date come %s: KPI301 0%, KPI303 70%, la fascia nella spiegazione",
    async (name, saved, options) => {
      const wb = new ExcelJS.Workbook();
      withFasce(wb, ADE);
      const file = await withPaneSettings(wb, dir, `fasce-${name.replace(/ /g, "-")}.xlsx`, saved);
      const r = await runCli([
        "ricalcola",
        file,
        "-o",
        path.join(dir, `fasce-${name.replace(/ /g, "-")}-out.xlsx`),
        "--json",
        ...options,
      ]);
      expect(r.code).toBe(0);
      const json = JSON.parse(r.stdout);
      expect(json.problems.filter((p: any) => p.code.startsWith("fasc"))).toEqual([]);
      expect(kpi(json, "KPI301").performance).toBe(0);
      expect(kpi(json, "KPI303").performance).toBeCloseTo(0.7, 12);
      expect(kpi(json, "KPI303").trace.at(-1).text).toBe(
        "fascia «da 90% a 110%» (riga A3:D3) della tabella AdE: 60% + (100,00% − 90%) / 20% × 20% = 70,00%"
      );
    }
  );

  it("a table with overlapping bands: verifica names the two rows of the Fasce sheet and exits 1", async () => {
    const wb = new ExcelJS.Workbook();
    withFasce(wb, [
      [null, "< 90", "0%", null],
      [80, 110, "60%", "80%"],
      ["> 110", null, "100%", null],
    ]);
    const file = await withPaneSettings(wb, dir, "fasce-sovrapposte.xlsx", {});
    const r = await runCli(["verifica", file, "--tabelle-fasce", "AdE = Fasce!A1:D5", "--fasce", "AdE"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "[errore] Fasce!A2:D2: Le fasce «inferiore a 90%» e «da 80% a 110%» della tabella AdE si sovrappongono"
    );
  });
});
