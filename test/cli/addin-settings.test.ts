import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { addPlanSheet, tempDir } from "./fixtures";
import { withPaneSettings } from "./pane-settings";
import { conditionalFormatsOf, readWorkbook, runCli } from "./run-cli";

// Lecce 2019, 000:L7-8: KPI301 13,16% of 15,00% → 87,73% proporzionale, 0% binario; KPI302 4,11% of 15,00%.
// A.1 weighs them 50/50: 57,57%, NON RAGGIUNTO with the default 60/80, PARZIALMENTE with 50/90.
const KPI301 = 0.1316 / 0.15;
const A1 = (0.1316 / 0.15 + 0.0411 / 0.15) / 2;

/** The Lecce plan with the pane's settings saved in it. */
function workbookWithPane(
  dir: string,
  name: string,
  value: unknown,
  options: Parameters<typeof withPaneSettings>[4] = {}
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  addPlanSheet(wb);
  return withPaneSettings(wb, dir, name, value, options);
}

const kpi301 = (json: any) => json.sheets[0].kpis.find((k: any) => k.code === "KPI301");
const a1 = (json: any) => json.sheets[0].objectives.find((o: any) => o.code === "A.1");

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe("settings saved by the task pane in the workbook", () => {
  const paneSettings = {
    method: "binario",
    thresholds: { yellow: 0.5, green: 0.9 },
    emptyActual: "zero",
    sheets: [],
    columns: {},
    overwriteFormulas: null,
  };
  let input: string;
  beforeAll(async () => {
    input = await workbookWithPane(dir, "con-riquadro.xlsx", paneSettings);
  });

  it("are applied: the pane's binario scores KPI301 0%, the 50%/90% thresholds colour the cells", async () => {
    const out = path.join(dir, "riquadro-out.xlsx");
    const r = await runCli(["ricalcola", input, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.sheets[0].method).toBe("binario");
    expect(kpi301(json).performance).toBe(0);
    expect(r.stderr).toContain("Impostazioni lette dalla cartella di lavoro: metodo: binario, soglie: 50%/90%.");
    const cfs = conditionalFormatsOf(await readWorkbook(out), "Piano 2019");
    expect((cfs[0].rules[0] as any).formulae).toEqual(["AND(ISNUMBER(H3),ROUND(H3,9)>=0.9)"]);
  });

  it("are named in the text summary", async () => {
    const r = await runCli(["ricalcola", input, "-o", path.join(dir, "riquadro-testo.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "Impostazioni lette dalla cartella di lavoro: metodo: binario, soglie: 50%/90%."
    );
    expect((await runCli(["verifica", input])).stdout).toContain(
      "Impostazioni lette dalla cartella di lavoro: metodo: binario"
    );
  });

  it("give way to an explicit option: --metodo proporzionale wins, the thresholds still come from the file", async () => {
    const r = await runCli([
      "ricalcola",
      input,
      "-o",
      path.join(dir, "riquadro-opzione.xlsx"),
      "--json",
      "--metodo",
      "proporzionale",
    ]);
    const json = JSON.parse(r.stdout);
    expect(json.sheets[0].method).toBe("proporzionale");
    expect(kpi301(json).performance).toBeCloseTo(KPI301, 12);
    expect(a1(json).performance).toBeCloseTo(A1, 12);
    expect(a1(json).status).toBe("PARZIALMENTE RAGGIUNTO");
    expect(r.stderr).toContain("Impostazioni lette dalla cartella di lavoro: soglie: 50%/90%.");
    const both = await runCli([
      "ricalcola",
      input,
      "-o",
      path.join(dir, "riquadro-opzioni.xlsx"),
      "--json",
      "--metodo",
      "proporzionale",
      "--soglie",
      "60,80",
    ]);
    expect(a1(JSON.parse(both.stdout)).status).toBe("NON RAGGIUNTO");
    expect(both.stderr).not.toContain("Impostazioni lette");
  });

  it("keep the pane's parts, content types and package relationship in the copy, readable by a second run", async () => {
    const out = path.join(dir, "riquadro-copia.xlsx");
    expect((await runCli(["ricalcola", input, "-o", out])).code).toBe(0);
    const a = await JSZip.loadAsync(fs.readFileSync(input));
    const b = await JSZip.loadAsync(fs.readFileSync(out));
    for (const part of [
      "xl/webextensions/webextension1.xml",
      "xl/webextensions/taskpanes.xml",
      "xl/webextensions/_rels/taskpanes.xml.rels",
    ])
      expect(await b.file(part)!.async("string")).toBe(await a.file(part)!.async("string"));
    const types = await b.file("[Content_Types].xml")!.async("string");
    expect(types).toContain(
      `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>`
    );
    expect(types).toContain(
      `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/>`
    );
    // The package relationships are the input's, byte for byte (the writer patches sheet parts only).
    expect(await b.file("_rels/.rels")!.async("string")).toBe(await a.file("_rels/.rels")!.async("string"));
    expect((await readWorkbook(out)).getWorksheet("Piano 2019")!.getCell("H4").value).toBe(0);
    const again = await runCli(["ricalcola", out, "-o", path.join(dir, "riquadro-copia-2.xlsx"), "--json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).sheets[0].method).toBe("binario");
    expect(again.stderr).toContain("metodo: binario, soglie: 50%/90%");
  });

  it("never write over the user's text when the saved column mapping points at a text column, and say the mapping comes from the workbook", async () => {
    const file = await workbookWithPane(dir, "riquadro-colonne.xlsx", {
      ...paneSettings,
      columns: { "Piano 2019": { performanceKpi: 3 } },
    });
    const out = path.join(dir, "riquadro-colonne-out.xlsx");
    const r = await runCli(["ricalcola", file, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    const texts = JSON.parse(r.stdout).problems.filter((p: { code: string }) => p.code === "cella-con-testo");
    expect(texts.length).toBeGreaterThan(0);
    for (const p of texts)
      expect(p.message).toContain(
        "La mappatura delle colonne viene dalle impostazioni salvate nella cartella di lavoro"
      );
    const before = (await readWorkbook(file)).getWorksheet("Piano 2019")!;
    const after = (await readWorkbook(out)).getWorksheet("Piano 2019")!;
    for (const p of texts) expect(after.getCell(p.cell).value).toEqual(before.getCell(p.cell).value);
  });

  it("fall back to the default field by field with an avviso when one is malformed", async () => {
    const file = await workbookWithPane(dir, "riquadro-errato.xlsx", {
      method: "lineare",
      thresholds: { yellow: 0.5, green: 0.9 },
    });
    const r = await runCli(["ricalcola", file, "-o", path.join(dir, "riquadro-errato-out.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Avviso: Impostazione "metodo" non valida nel file: uso il valore predefinito.');
    const json = JSON.parse(r.stdout);
    expect(json.sheets[0].method).toBe("proporzionale");
    expect(a1(json).status).toBe("PARZIALMENTE RAGGIUNTO");
  });

  it("reads a value the pane saved as a JSON string of its own", async () => {
    const file = await workbookWithPane(dir, "riquadro-stringa.xlsx", JSON.stringify({ method: "binario" }));
    const r = await runCli(["verifica", file, "--json"]);
    expect(JSON.parse(r.stdout).sheets[0].method).toBe("binario");
  });

  it.each([
    ["their parts point outside their folder (a snapshot image)", { snapshotImage: true }],
    ["a sheet's drawing holds the add-in (content add-in)", { inDrawing: true }],
  ])("keeps the add-in's parts byte for byte, without a warning, also when %s", async (_case, options) => {
    const file = await workbookWithPane(dir, "riquadro-immagine.xlsx", paneSettings, options);
    const out = path.join(dir, "riquadro-immagine-out.xlsx");
    const r = await runCli(["ricalcola", file, "-o", out, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].method).toBe("binario");
    expect(r.stderr).not.toContain("componente aggiuntivo");
    const a = await JSZip.loadAsync(fs.readFileSync(file));
    const b = await JSZip.loadAsync(fs.readFileSync(out));
    const parts = Object.keys(a.files).filter((n) => n.startsWith("xl/webextensions/") && !a.files[n].dir);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) expect(await b.file(part)!.async("string")).toBe(await a.file(part)!.async("string"));
  });
});
