import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { Browser, BrowserContext, Page, chromium } from "playwright-core";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { gridToJson } from "../../src/excel/grid-json";
import { SheetsDump, WorkbookSnapshot, snapshotOfDump } from "../excel/sim-probe";
import { DIST, ROOT, ensureProductionBundle } from "./bundle";
import { contentType, serveFolder } from "./static-server";

/**
 * The task pane end to end: the production bundle served on localhost, office.js from
 * @microsoft/office-js served in place of the CDN, Debian's Chromium driven by playwright-core, the
 * pane in demo mode over a simulated workbook loaded from the sample .xlsx.
 */
jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const SAMPLE = path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx");
const SHEET = "Piano 2019";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const pageErrors: string[] = [];
const officeRequests: string[] = [];

type Snapshot = WorkbookSnapshot;

/** The page hands back its simulated sheets as plain data (the function runs in the page: self-contained). */
async function snapshot(): Promise<Snapshot> {
  const dump = await page.evaluate(() =>
    (window as unknown as { alberoExcelSimulato: { sheets: { name: string; cells: Map<number, Map<number, unknown>>; formats: unknown[] }[] } }).alberoExcelSimulato.sheets.map(
      (s) => ({ name: s.name, cells: [...s.cells].map(([r, cols]) => [r, [...cols]]), formats: s.formats })
    )
  );
  return snapshotOfDump(dump as SheetsDump);
}

async function selection(): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as { alberoExcelSimulato: { selection: { sheet: string; address: string } | null } }).alberoExcelSimulato.selection);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

beforeAll(async () => {
  ensureProductionBundle();
  fs.mkdirSync(SHOTS, { recursive: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const grids = gridsOfWorkbook(wb).map(gridToJson);
  // The same workbook where Paolo typed =PERF.KPI(...) in KPI301's performance cell H4.
  const withFormula = JSON.parse(JSON.stringify(grids)) as typeof grids;
  withFormula[0].values[3][7] = 0.8772;
  (withFormula[0].formulas as (string | null)[][])[3][7] = "=PERF.KPI(G4;F4;E4)";
  server = await serveFolder(DIST, { "/cartella-demo.json": JSON.stringify(grids), "/cartella-formule.json": JSON.stringify(withFormula) });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "it-IT", reducedMotion: "reduce" });
  // office.js and the files it loads come from the npm package, never from the internet.
  await context.route("https://appsforoffice.microsoft.com/**", async (route) => {
    const url = new URL(route.request().url());
    const rel = url.pathname.replace(/^\/lib\/1\/hosted\//, "");
    const file = path.normalize(path.join(OFFICE_JS, rel));
    officeRequests.push(rel);
    if (file.startsWith(OFFICE_JS) && fs.existsSync(file) && fs.statSync(file).isFile())
      await route.fulfill({ status: 200, contentType: contentType(file), body: fs.readFileSync(file) });
    else await route.fulfill({ status: 404, body: "" });
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|appsforoffice\.microsoft\.com)/, (route) => route.abort());
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json`);
  await page.getByRole("button", { name: "Ricalcola albero" }).waitFor({ state: "visible", timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane in Chromium over the sample workbook", () => {
  let original: Snapshot;

  it("opens in demo mode with office.js served locally", async () => {
    expect(officeRequests).toContain("office.js");
    await page.getByText("Modalità dimostrativa").waitFor();
    original = await snapshot();
    expect(original.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(original.sheets[0].formats).toEqual([]);
    // KPI301's performance cell is empty in the sample.
    expect(original.sheets[0].cells.H4?.v ?? null).toBeNull();
    await shot("00-apertura.png");
  });

  it("Ricalcola albero shows the tree with coloured badges and writes values and traffic lights", async () => {
    await page.getByRole("button", { name: "Ricalcola albero" }).click();
    const tree = page.getByRole("tree", { name: "Albero della performance" });
    await tree.waitFor({ timeout: 30_000 });
    await page.getByText(/Ricalcolo completato/).waitFor();
    // Ente and the areas A..D of the 2019 plan.
    for (const code of ["A", "B", "C", "D"]) await expect(page.locator(`[data-node-kind="obiettivo"][data-code="${code}"]`).count()).resolves.toBe(1);
    const colours = await page.locator("[data-colour]").evaluateAll((els) => els.map((e) => e.getAttribute("data-colour")));
    expect(colours).toEqual(expect.arrayContaining(["verde", "rosso"]));
    await shot("01-albero.png");
    // Areas are open: open the objective A.1 to show its KPIs and children with their badges.
    await page.locator('[data-code="A.1"] > div').first().click();
    await page.locator('[data-code="A.1.1"]').waitFor();
    await shot("02-albero-aperto.png");

    const cells = (await snapshot()).sheets[0].cells;
    // KPI301: 13,16% (=344/304-1) of >= 15,00% → 87,72%; A.1 → 57,55% in the document; link KPI218 consuntivo 58,49%.
    expect((cells.H4.v as number) * 100).toBeCloseTo(87.72, 2);
    expect(cells.H4.nf).toBe("0.00%");
    expect((cells.I4.v as number) * 100).toBeCloseTo(57.55, 1);
    expect((cells.G11.v as number) * 100).toBeCloseTo(58.49, 1);
    expect(cells.H7.v).toBe("N.V.");
    const formats = (await snapshot()).sheets[0].formats;
    expect(formats).toHaveLength(6);
    expect(formats.map((f) => f.range)).toEqual(["H3:H96", "H3:H96", "H3:H96", "I3:I96", "I3:I96", "I3:I96"]);
    expect(formats.map((f) => f.fill)).toEqual(["#C6EFCE", "#FFEB9C", "#FFC7CE", "#C6EFCE", "#FFEB9C", "#FFC7CE"]);
    expect(formats[3].formula).toBe("=AND(ISNUMBER(I3),ROUND(I3,9)>=0.8)");
  });

  it("clicking a node selects its cell in the sheet", async () => {
    // The click that opened A.1 selected its objective performance cell; a KPI selects its own.
    expect(await selection()).toEqual({ sheet: SHEET, address: "I4" });
    await page.locator('[data-node-kind="kpi"][data-code="KPI302"] > div').first().click();
    expect(await selection()).toEqual({ sheet: SHEET, address: "H5" });
    // From the keyboard: arrow up to KPI301, Enter.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { alberoExcelSimulato: { selection: { address: string } | null } }).alberoExcelSimulato.selection?.address === "H4");
  });

  it("Verifica pesi lists the problems with Vai alla cella", async () => {
    await page.getByRole("tab", { name: "Verifica pesi" }).click();
    await page.getByRole("button", { name: "Verifica pesi" }).click();
    await page.getByText(/Verifica completata/).waitFor();
    const items = page.locator("li.problema");
    expect(await items.count()).toBeGreaterThan(0);
    await shot("03-verifica-pesi.png");
    const go = page.getByRole("button", { name: /^Vai alla cella/ }).first();
    const label = (await go.getAttribute("aria-label")) as string;
    const m = /Vai alla cella (\S+) del foglio (.+)$/.exec(label);
    expect(m).not.toBeNull();
    await go.click();
    await page.waitForFunction((address) => (window as unknown as { alberoExcelSimulato: { selection: { address: string } | null } }).alberoExcelSimulato.selection?.address === address, m?.[1]);
    expect(await selection()).toEqual({ sheet: m?.[2], address: m?.[1] });
  });

  it("Impostazioni shows the settings and the column mapping preview", async () => {
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
    await page.getByRole("combobox", { name: "Mappatura delle colonne per il foglio" }).click();
    await page.getByRole("option", { name: SHEET }).click();
    await page.getByRole("table", { name: `Prime righe del foglio ${SHEET}` }).waitFor();
    // The reader found Consuntivo in column G at the recalculation.
    await expect(page.getByRole("combobox", { name: "Consuntivo", exact: true }).textContent()).resolves.toContain("colonna G");
    await shot("04-impostazioni.png");

    const green = page.getByRole("textbox", { name: "Soglia verde (%)" });
    await green.fill("40");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    await page.getByText("Valore non valido per «Soglie del semaforo (%)»: la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%).").waitFor();
    await green.fill("85");
    await page.getByRole("textbox", { name: "Tolleranza sulla somma dei pesi (punti percentuali)" }).fill("0,5");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    await page.getByText("Impostazioni salvate nella cartella di lavoro.").waitFor();
    const saved = await page.evaluate(() =>
      (window as unknown as { alberoImpostazioniSimulate: { persisted(k: string): unknown } }).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni")
    );
    expect(saved).toMatchObject({ method: "proporzionale", thresholds: { yellow: 0.6, green: 0.85 }, weightTolerance: 0.005, sheets: [], columns: {} });
    // Back to the document's thresholds for the rest of the run.
    await green.fill("80");
    await page.getByRole("textbox", { name: "Tolleranza sulla somma dei pesi (punti percentuali)" }).fill("0,1");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    await page.waitForFunction(() => {
      const s = (window as unknown as { alberoImpostazioniSimulate: { persisted(k: string): { thresholds: { green: number } } | null } }).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni");
      return s?.thresholds.green === 0.8;
    });
  });

  it("Annulla ultimo ricalcolo gives back the original cells and formats exactly", async () => {
    await page.getByRole("button", { name: "Annulla ultimo ricalcolo" }).click();
    await page.getByText(/Ricalcolo annullato/).waitFor();
    expect(await snapshot()).toEqual(original);
    await shot("05-annullato.png");
  });

  it("recalculating twice gives the same workbook", async () => {
    await page.getByRole("button", { name: "Ricalcola albero" }).click();
    await page.getByText(/Ricalcolo completato/).waitFor();
    const once = await snapshot();
    expect(once).not.toEqual(original);
    // Count the syncs from the simulation's events, in the page.
    await page.evaluate(() => {
      const w = window as unknown as { syncsSeen: number; alberoExcelSimulato: { observers: ((e: { kind: string }) => void)[] } };
      w.syncsSeen = 0;
      w.alberoExcelSimulato.observers.push((e) => {
        if (e.kind === "sync") w.syncsSeen++;
      });
    });
    const syncs = () => page.evaluate(() => (window as unknown as { syncsSeen: number }).syncsSeen);
    const before = await syncs();
    await page.getByRole("button", { name: "Ricalcola albero" }).click();
    await page.getByText(/Ricalcolo completato/).waitFor();
    // Read (3 syncs), previous cells and formats (2), one write batch for the sheet (1).
    expect((await syncs()) - before).toBe(6);
    expect(await snapshot()).toEqual(once);
    expect(pageErrors).toEqual([]);
  });
});

describe("a performance cell holding a user's formula", () => {
  it("is not overwritten without asking, and the answer is remembered", async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-formule.json`);
    await page.getByRole("button", { name: "Ricalcola albero" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Celle con formule" });
    await dialog.waitFor();
    await shot("06-celle-con-formule.png");
    await dialog.getByRole("button", { name: "Mantieni le formule" }).click();
    await page.getByText(/Ricalcolo completato/).waitFor();
    let h4 = (await snapshot()).sheets[0].cells.H4;
    expect(h4).toEqual({ v: 0.8772, f: "=PERF.KPI(G4;F4;E4)", nf: "0.00%" });
    // KPI302 next to it was written: 4,11% of >= 15,00% → 27,40%.
    expect(((await snapshot()).sheets[0].cells.H5.v as number) * 100).toBeCloseTo(27.4, 9);

    await page.getByRole("button", { name: "Ricalcola albero" }).click();
    await page.getByText(/Ricalcolo completato/).waitFor();
    expect(await dialog.count()).toBe(0);
    h4 = (await snapshot()).sheets[0].cells.H4;
    expect(h4.f).toBe("=PERF.KPI(G4;F4;E4)");
    expect(pageErrors).toEqual([]);
  });
});

describe("an Excel with only ExcelApi 1.1 (Office 2016 volume licence, ?excel=1.1)", () => {
  it("says why, writes the traffic lights as cell fills, recalculates twice to the same workbook and undoes exactly", async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json&excel=1.1`);
    await page.getByRole("button", { name: "Ricalcola albero" }).waitFor({ state: "visible", timeout: 30_000 });
    await page.getByText(/i semafori sono scritti come colore di riempimento delle celle/).waitFor();
    const original = await snapshot();
    const recalc = async () => {
      await page.getByRole("button", { name: "Ricalcola albero" }).click();
      await page.getByText(/Ricalcolo completato/).waitFor();
    };
    await recalc();
    await page.getByText(/celle colorate con il semaforo/).waitFor();
    await shot("07-excel-1-1-riempimenti.png");
    const once = await snapshot();
    expect(once.sheets[0].formats).toEqual([]);
    // KPI301 87,72%: green; A.1 57,55%: red; KPI264 N.V.: no fill.
    expect(once.sheets[0].cells.H4.fill).toBe("#C6EFCE");
    expect(once.sheets[0].cells.I4.fill).toBe("#FFC7CE");
    expect(once.sheets[0].cells.H7.v).toBe("N.V.");
    expect(once.sheets[0].cells.H7.fill).toBeUndefined();
    await page.getByRole("button", { name: "Annulla ultimo ricalcolo" }).click();
    await page.getByText(/Ricalcolo annullato/).waitFor();
    expect(await snapshot()).toEqual(original);
    await recalc();
    await recalc();
    expect(await snapshot()).toEqual(once);
    expect(pageErrors).toEqual([]);
  });

  it("offers the PERF_* names and says this Excel has no LAMBDA", async () => {
    await page.getByRole("button", { name: "Definisci i nomi" }).click();
    await page.getByText(/Questa versione di Excel non ha la funzione LAMBDA/).waitFor();
    const state = await page.evaluate(() => {
      const w = window as unknown as { alberoExcelSimulato: { names: Map<string, unknown> }; alberoImpostazioniSimulate: { persisted(k: string): unknown } };
      return { names: [...w.alberoExcelSimulato.names.keys()], answer: w.alberoImpostazioniSimulate.persisted("alberoPerformance.nomiLambda") };
    });
    expect(state).toEqual({ names: [], answer: "senza-lambda" });
    expect(pageErrors).toEqual([]);
  });
});

describe("the PERF_* names in an Excel with LAMBDA", () => {
  it("defines PERF_KPI, PERF_OBIETTIVO, … from functions.json once asked, and remembers the answer", async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json`);
    await page.getByRole("button", { name: "Definisci i nomi" }).click();
    await page.getByText(/Definiti i nomi PERF_KPI, PERF_OBIETTIVO/).waitFor();
    await shot("08-nomi-perf.png");
    const state = await page.evaluate(() => {
      const w = window as unknown as { alberoExcelSimulato: { names: Map<string, { formula: string }> }; alberoImpostazioniSimulate: { persisted(k: string): unknown } };
      return { names: [...w.alberoExcelSimulato.names.keys()], kpi: w.alberoExcelSimulato.names.get("PERF_KPI")?.formula, answer: w.alberoImpostazioniSimulate.persisted("alberoPerformance.nomiLambda") };
    });
    expect(state.names).toEqual(["PERF_KPI", "PERF_OBIETTIVO", "PERF_SEMAFORO", "PERF_STATO", "PERF_PESI"]);
    expect(state.kpi).toMatch(/^=LAMBDA\(.*PERF\.KPI\(/);
    expect(state.answer).toBe("definiti");
    expect(pageErrors).toEqual([]);
  });
});

describe("Come è stato letto il foglio, in a 350 px pane", () => {
  it("shows the reading, takes a column's field from a dropdown, saves it in the settings and recalculates", async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.setViewportSize({ width: 350, height: 900 });
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json`);
    await page.getByRole("button", { name: "Come è stato letto il foglio" }).click();
    const preview = page.getByRole("region", { name: `Anteprima delle righe lette del foglio ${SHEET}` });
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.getAttribute("tabindex")).toBe("0");
    await page.getByText(`Foglio "${SHEET}" letto come tabella`).waitFor();
    await expect(page.getByRole("combobox", { name: "Riga d'intestazione" }).textContent()).resolves.toBe("Automatica (riga 2)");
    // axe-core finds no accessibility violation in the panel.
    await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const out = await axe.run(document.querySelector('section[aria-labelledby="lettura-titolo"]') as Element);
      return out.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // Row 4 is objective A.1 under area A, and its first KPI KPI301.
    await expect(preview.locator("tbody tr").nth(1).textContent()).resolves.toBe("4ObiettivoA.1Sostenere il territorio e le economie locali al fine di accrescere la produttiv…A");
    await expect(preview.locator("tbody tr").nth(2).textContent()).resolves.toMatch(/^4KPIKPI301Soggetti coinvolti nei servizi.*…A\.1$/);

    const j = page.getByRole("combobox", { name: /^Colonna J/ });
    await expect(j.textContent()).resolves.toBe("Non usata (automatico)");
    await j.click();
    await page.getByRole("option", { name: "Unità di misura" }).click();
    await expect(j.textContent()).resolves.toBe("Unità di misura");
    await page.getByText("Deciso dalla mappatura").waitFor();
    await page.getByRole("button", { name: "Salva e ricalcola" }).click();
    await page.getByText(/Ricalcolo completato/).waitFor({ timeout: 30_000 });
    const saved = await page.evaluate(() =>
      (window as unknown as { alberoImpostazioniSimulate: { persisted(k: string): unknown } }).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni")
    );
    expect(saved).toMatchObject({ columns: { [SHEET]: { unita: 9 } }, headerRows: {} });
    await shot("lettura-350.png");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
