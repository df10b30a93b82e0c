import ExcelJS from "exceljs";
import fs from "fs";
import path from "path";
import { Browser, BrowserContext, Page, chromium } from "playwright-core";
import { gridsOfWorkbook } from "../exceljs/read-workbook";
import { gridToJson } from "../../src/excel/grid-json";
import { gridFromRows } from "../../src/layout/grid";
import { SheetsDump, WorkbookSnapshot, snapshotOfDump } from "../excel/sim-probe";
import { syntheticPlan } from "../excel/synthetic-plan";
import { DIST, ROOT, ensureProductionBundle } from "./bundle";
import { SHOTS, checkState, overflow } from "./pane-checks";
import { contentType, serveFolder } from "./static-server";

/**
 * The task pane end to end: the production bundle served on localhost, office.js from
 * @microsoft/office-js served in place of the CDN, Debian's Chromium driven by playwright-core, the
 * pane in demo mode over a simulated workbook loaded from the sample .xlsx, at Excel's task pane sizes
 * (320×700 and 350×900). Every state is photographed and checked for horizontal overflow and with axe-core.
 */
jest.setTimeout(240_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SAMPLE = path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx");
const SHEET = "Piano 2019";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: Awaited<ReturnType<typeof serveFolder>>;
const pageErrors: string[] = [];
const officeRequests: string[] = [];

type Sim = { alberoExcelSimulato: { selection: { sheet: string; address: string } | null } };

/** The page hands back its simulated sheets as plain data (the function runs in the page: self-contained). */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: true });
}

async function snapshot(): Promise<WorkbookSnapshot> {
  const dump = await page.evaluate(() =>
    (
      window as unknown as {
        alberoExcelSimulato: {
          sheets: { name: string; cells: Map<number, Map<number, unknown>>; formats: unknown[] }[];
        };
      }
    ).alberoExcelSimulato.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells].map(([r, cols]) => [r, [...cols]]),
      formats: s.formats,
    }))
  );
  return snapshotOfDump(dump as SheetsDump);
}

async function selection(): Promise<{ sheet: string; address: string } | null> {
  return page.evaluate(() => (window as unknown as Sim).alberoExcelSimulato.selection);
}

async function waitSelection(address: string): Promise<void> {
  await page.waitForFunction((a) => (window as unknown as Sim).alberoExcelSimulato.selection?.address === a, address);
}

async function openPane(folder: string, width: number, height: number): Promise<Page> {
  const p = await context.newPage();
  await p.setViewportSize({ width, height });
  p.on("pageerror", (e) => pageErrors.push(e.message));
  await p.goto(`${server.url}/taskpane.html?cartella=${folder}`);
  await p.getByRole("button", { name: "Ricalcola", exact: true }).waitFor({ state: "visible", timeout: 30_000 });
  return p;
}

const row = (code: string) => page.locator(`[data-code="${code}"] > .fui-TreeItemLayout`).first();

beforeAll(async () => {
  ensureProductionBundle();
  fs.rmSync(SHOTS, { recursive: true, force: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE);
  const grids = gridsOfWorkbook(wb).map(gridToJson);
  // The same workbook where Paolo typed =PERF.KPI(...) in KPI301's performance cell H4.
  const withFormula = JSON.parse(JSON.stringify(grids)) as typeof grids;
  withFormula[0].values[3][7] = 0.8772;
  (withFormula[0].formulas as (string | null)[][])[3][7] = "=PERF.KPI(G4;F4;E4)";
  // A workbook holding no plan: a list of expenses.
  const noPlan = [
    gridToJson(
      gridFromRows("Spese", [
        ["Voce", "Importo"],
        ["Carta", 120],
        ["Toner", 80],
      ])
    ),
  ];
  // The same plan twice, as Excel names a copied sheet: a mapping saved for the copy alone.
  const copy = { ...JSON.parse(JSON.stringify(grids[0])), name: `${SHEET} (2)` } as (typeof grids)[number];
  server = await serveFolder(DIST, {
    "/cartella-due-piani.json": JSON.stringify([grids[0], copy]),
    "/cartella-demo.json": JSON.stringify(grids),
    "/cartella-formule.json": JSON.stringify(withFormula),
    "/cartella-senza-piano.json": JSON.stringify(noPlan),
    "/cartella-5000.json": JSON.stringify([gridToJson(syntheticPlan(5000))]),
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context = await browser.newContext({
    viewport: { width: 320, height: 700 },
    locale: "it-IT",
    reducedMotion: "reduce",
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
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
  page = await openPane("/cartella-demo.json", 320, 700);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("task pane at 320×700 over the sample workbook", () => {
  let original: WorkbookSnapshot;

  it("opens in demo mode with office.js served locally, Annulla off", async () => {
    expect(officeRequests).toContain("office.js");
    await page.getByText("Modalità dimostrativa").waitFor();
    original = await snapshot();
    expect(original.sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(original.sheets[0].formats).toEqual([]);
    expect(original.sheets[0].cells.H4?.v ?? null).toBeNull();
    expect(await page.getByRole("button", { name: "Annulla", exact: true }).isDisabled()).toBe(true);
    // The tab panel is named by its tab, not by an internal key.
    await expect(page.getByRole("tabpanel", { name: "Albero" }).count()).resolves.toBe(1);
    await checkState(page, "00-apertura");
  });

  it("Ricalcola shows the tree in view, with a status word beside each figure, and writes values and traffic lights", async () => {
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    const tree = page.getByRole("tree", { name: "Albero della performance" });
    await tree.waitFor({ timeout: 30_000 });
    // Two KPIs in error: a warning that says so, never "completato".
    await page.getByText("Albero calcolato in parte").waitFor();
    expect(await page.getByText(/completato/).count()).toBe(0);
    for (const code of ["A", "B", "C", "D"])
      await expect(page.locator(`[data-node-kind="obiettivo"][data-code="${code}"]`).count()).resolves.toBe(1);
    const colours = await page
      .locator("[data-colour]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-colour")));
    expect(colours).toEqual(expect.arrayContaining(["verde", "rosso"]));
    // The status reads without colour: a symbol and a word next to the figure.
    await expect(row("A").textContent()).resolves.toMatch(/\d+,\d\d%\s*[✓◐✕–] (OK|Parz\.|No|n\.v\.)/);
    // The tree starts inside the first screen.
    const box = await tree.boundingBox();
    expect(box?.y ?? 999).toBeLessThan(400);
    await checkState(page, "01-albero");

    const cells = (await snapshot()).sheets[0].cells;
    expect((cells.H4.v as number) * 100).toBeCloseTo(87.72, 2);
    expect((cells.I4.v as number) * 100).toBeCloseTo(57.55, 1);
    expect((cells.G11.v as number) * 100).toBeCloseTo(58.49, 1);
    expect(cells.H7.v).toBe("N.V.");
    const formats = (await snapshot()).sheets[0].formats;
    expect(formats.map((f) => f.range)).toEqual(["H3:H96", "H3:H96", "H3:H96", "I3:I96", "I3:I96", "I3:I96"]);
    expect(await page.getByRole("button", { name: "Annulla", exact: true }).isDisabled()).toBe(false);
    await page.getByText(/Ultimo ricalcolo alle \d\d:\d\d con metodo proporzionale, soglie 60%\/80%/).waitFor();
  });

  it("selecting a node goes to its cell and explains it, without opening or closing it; the chevron opens", async () => {
    await row("").click();
    // Clicking the ente does not collapse the tree.
    await expect(row("A").isVisible()).resolves.toBe(true);
    await row("A.1").click();
    await waitSelection("I4");
    expect(await page.locator('[data-code="A.1.1"]').count()).toBe(0);
    await page.getByRole("heading", { name: "Perché? A.1" }).waitFor();
    await row("A.1").locator(".fui-TreeItemLayout__expandIcon").click();
    await page.locator('[data-code="A.1.1"]').waitFor();
    expect(await selection()).toEqual({ sheet: SHEET, address: "I4" });
    await row("KPI302").click();
    await waitSelection("H5");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await waitSelection("H4");
    await page.getByRole("heading", { name: "Perché? KPI301" }).waitFor();
    await page.getByRole("button", { name: "Copia per l'OIV" }).click();
    await page.getByText("Spiegazione copiata negli appunti.").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("Performance: 87,72% — IN LINEA");
    await checkState(page, "02-perche");
  });

  it("filters: only red nodes with the branches leading to them, and search by code", async () => {
    await page.getByRole("button", { name: "Solo rossi" }).click();
    const shown = await page
      .locator("[role=treeitem] > .fui-TreeItemLayout [data-colour]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-colour")));
    expect(shown).toContain("rosso");
    // Leaves are red; only their ancestors may be another colour.
    const leaves = await page
      .locator("[role=treeitem][data-fui-tree-item-value]:not(:has([role=treeitem])) [data-colour]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-colour")));
    expect(new Set(leaves)).toEqual(new Set(["rosso"]));
    await checkState(page, "03-solo-rossi");
    await page.getByRole("button", { name: "Solo rossi" }).click();
    await page.getByRole("searchbox", { name: "Cerca per codice o nome" }).fill("KPI264");
    await page.locator('[data-code="KPI264"]').waitFor();
    expect(await page.locator("[data-node-kind=kpi]").count()).toBe(1);
    await page.getByRole("searchbox", { name: "Cerca per codice o nome" }).fill("");
  });

  it("in high contrast the status words stay", async () => {
    await page.emulateMedia({ forcedColors: "active" });
    await expect(row("A").textContent()).resolves.toMatch(/(OK|Parz\.|No|n\.v\.)/);
    await checkState(page, "04-contrasto-elevato");
    await page.emulateMedia({ forcedColors: "none" });
  });

  it("Verifica senza scrivere: weights only, each group with its sum, the other problems grouped by kind", async () => {
    await page.getByRole("button", { name: "Verifica senza scrivere" }).click();
    await page.getByRole("heading", { name: /^Pesi:/ }).waitFor();
    expect(await page.locator("details.pesi").count()).toBeGreaterThan(0);
    await expect(page.locator("details.pesi").first().textContent()).resolves.toMatch(/Somma \d+,\d\d%/);
    await page.getByRole("heading", { name: "Altre segnalazioni" }).waitFor();
    const kinds = page.locator("details.tipo-segnalazione");
    expect(await kinds.count()).toBeGreaterThan(0);
    await kinds.first().locator("summary").click();
    await checkState(page, "05-verifica-pesi");
    const go = kinds
      .first()
      .getByRole("button", { name: /^Vai alla cella/ })
      .first();
    const m = /Vai alla cella (\S+) del foglio (.+)$/.exec((await go.getAttribute("aria-label")) as string);
    await go.click();
    await waitSelection(m?.[1] as string);
    expect(await selection()).toEqual({ sheet: m?.[2], address: m?.[1] });
  });

  it("Impostazioni: the error under its field, a guard on unsaved changes, «ricalcolare per applicare» after saving", async () => {
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    await page.getByRole("button", { name: "Salva impostazioni" }).waitFor();
    const green = page.getByRole("textbox", { name: "Soglia verde (%)" });
    await green.fill("40");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    const error = page.getByText(
      "Valore non valido per «Soglie del semaforo (%)»: la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%)."
    );
    await error.waitFor();
    expect(await green.getAttribute("aria-invalid")).toBe("true");
    const [fieldBox, errorBox] = [await green.boundingBox(), await error.boundingBox()];
    expect((errorBox?.y ?? 9999) - (fieldBox?.y ?? 0)).toBeLessThan(80);
    await checkState(page, "06-impostazioni-errore");

    // The column mapping is not edited here: none is saved yet, and the reading is where it is made.
    const mapping = page.locator('[data-setting="columns"]');
    await mapping.getByText("Nessuna mappatura salvata").waitFor();
    expect(await mapping.locator('input, [role="combobox"]').count()).toBe(0);
    await mapping.getByRole("button", { name: "Apri «Come è stato letto il foglio»" }).waitFor();
    await checkState(page, "06b-mappatura-colonne");

    await page.getByRole("tab", { name: "Albero" }).click();
    await page.getByText("Impostazioni non salvate").waitFor();
    await page.getByRole("button", { name: "Resta nelle impostazioni" }).click();
    await green.fill("85");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    await page.getByText(/ricalcolare per applicarle/).waitFor();
    await green.fill("80");
    await page.getByRole("button", { name: "Salva impostazioni" }).click();
    await page.waitForFunction(() => {
      const s = (
        window as unknown as {
          alberoImpostazioniSimulate: { persisted(k: string): { thresholds: { green: number } } | null };
        }
      ).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni");
      return s?.thresholds.green === 0.8;
    });
    await page.getByRole("tab", { name: "Albero" }).click();
    await row("A").waitFor();
  });

  it("Annulla lists the cells typed in since the recalculation and keeps them; everything else goes back", async () => {
    await page.evaluate(() => {
      const x = (
        window as unknown as {
          alberoExcelSimulato: {
            sheet(n: string): unknown;
            setCell(s: unknown, r: number, c: number, cell: object): void;
          };
        }
      ).alberoExcelSimulato;
      x.setCell(x.sheet("Piano 2019"), 3, 7, { value: "rivedere con OIV", formula: null, numberFormat: "0.00%" });
    });
    await page.getByRole("button", { name: "Annulla", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Celle modificate dopo il ricalcolo" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Piano 2019!H4: rivedere con OIV");
    await checkState(page, "07-annulla-domanda");
    await dialog.getByRole("button", { name: "Annulla e mantieni le modifiche" }).click();
    await page.getByText(/Ricalcolo annullato/).waitFor();
    await page.getByText(/1 cella modificata dopo il ricalcolo è rimasta/).waitFor();
    const after = await snapshot();
    expect(after.sheets[0].cells.H4.v).toBe("rivedere con OIV");
    const { H4: _a, ...restAfter } = after.sheets[0].cells;
    const { H4: _b, ...restOriginal } = original.sheets[0].cells;
    expect(restAfter).toEqual(restOriginal);
    expect(after.sheets[0].formats).toEqual([]);
    await checkState(page, "08-annullato");
    expect(pageErrors).toEqual([]);
  });
});

describe("a workbook holding no plan", () => {
  it("is an error with the way to the column mapping, and nothing to undo", async () => {
    page = await openPane("/cartella-senza-piano.json", 320, 700);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    await page.getByText("Nessun piano calcolato").waitFor();
    expect(await page.locator('.messaggio[data-intent="error"]').count()).toBe(1);
    expect(await page.getByRole("button", { name: "Annulla", exact: true }).isDisabled()).toBe(true);
    await checkState(page, "09-nessun-piano");
    await page.getByRole("button", { name: "Apri la mappatura delle colonne" }).click();
    // The mapping is edited where the sheet's reading is shown, which takes the focus.
    await page.getByText('Foglio "Spese" non letto').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "lettura-titolo");
    expect(await page.getByRole("combobox", { name: /^Colonna A/ }).count()).toBe(1);
    // Messages close.
    await page.getByRole("button", { name: "Chiudi il messaggio" }).first().click();
    expect(await page.getByText("Nessun piano calcolato").count()).toBe(0);
    await checkState(page, "10-mappatura");
  });
});

describe("at 350×900 and at 200% zoom", () => {
  it("the tree and the verification fit, and a user's formula is not overwritten without asking", async () => {
    page = await openPane("/cartella-formule.json", 350, 900);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Celle con formule" });
    await dialog.waitFor();
    await checkState(page, "11-celle-con-formule");
    // Esc keeps the formulas, as «Mantieni le formule» does, and closes at once.
    await page.keyboard.press("Escape");
    expect(await page.getByText(/^0 celle/).count()).toBe(0);
    await page.getByRole("tree", { name: "Albero della performance" }).waitFor();
    expect((await snapshot()).sheets[0].cells.H4).toEqual({ v: 0.8772, f: "=PERF.KPI(G4;F4;E4)", nf: "0.00%" });
    await row("A.1").locator(".fui-TreeItemLayout__expandIcon").click();
    await row("A.1.1").locator(".fui-TreeItemLayout__expandIcon").click();
    await checkState(page, "12-albero-profondo");
    // 200% zoom of a 320 px pane: 160 CSS pixels wide.
    await page.setViewportSize({ width: 160, height: 350 });
    const o = await overflow(page);
    await page.screenshot({ path: path.join(SHOTS, "160x350-13-zoom-200.png"), fullPage: true });
    expect({ ...o, fits: o.scrollWidth <= o.innerWidth }).toMatchObject({ fits: true, widest: [] });
    await page.setViewportSize({ width: 350, height: 900 });
    await page.getByRole("tab", { name: "Verifica pesi" }).click();
    await page.getByRole("heading", { name: /^Pesi:/ }).waitFor();
    await checkState(page, "14-verifica");
    expect(pageErrors).toEqual([]);
  });
});

describe("the demo without ?cartella=", () => {
  it("opens the sample workbook", async () => {
    page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText(/copia simulata della cartella di esempio/).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    await page.locator('[data-node-kind="obiettivo"][data-code="A"]').waitFor();
  });
});

describe("a demo workbook that cannot be loaded", () => {
  it("is an error, not a notice", async () => {
    page = await context.newPage();
    await page.goto(`${server.url}/taskpane.html?cartella=/non-esiste.json`);
    await page.getByText(/Impossibile caricare la cartella dimostrativa \/non-esiste\.json \(HTTP 404\)/).waitFor();
    expect(await page.locator('.messaggio[data-intent="error"]').count()).toBe(1);
  });
});

describe("dark theme", () => {
  it("follows a dark host theme, readable and without axe violations", async () => {
    page = await context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json`);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    await page.getByRole("tree", { name: "Albero della performance" }).waitFor();
    const background = await page.evaluate(
      () => getComputedStyle(document.querySelector(".fui-FluentProvider") as Element).backgroundColor
    );
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(150);
    await checkState(page, "16-tema-scuro");
    // A target typed after the recalculation: the figures are out of date until the next one.
    const edit = (row: number, col: number, value: unknown) =>
      page.evaluate(
        ([r, c, v]) => {
          const x = (
            window as unknown as {
              alberoExcelSimulato: {
                sheet(n: string): unknown;
                setCell(s: unknown, r: number, c: number, cell: object): void;
              };
            }
          ).alberoExcelSimulato;
          x.setCell(x.sheet("Piano 2019"), r as number, c as number, {
            value: v,
            formula: null,
            numberFormat: "0.00%",
          });
        },
        [row, col, value]
      );
    await edit(3, 7, 0.5);
    await page.waitForTimeout(200);
    expect(await page.getByText("Cifre non aggiornate").count()).toBe(0);
    await edit(3, 5, 0.2);
    await page.getByText("Cifre non aggiornate").waitFor();
    await checkState(page, "17-cifre-non-aggiornate");
    await page
      .locator(".messaggio")
      .filter({ hasText: "Cifre non aggiornate" })
      .getByRole("button", { name: "Ricalcola" })
      .click();
    await page.getByText(/Albero calcolato in parte/).waitFor();
    expect(await page.getByText("Cifre non aggiornate").count()).toBe(0);
  });
});

describe("5.000 KPIs: the pipeline runs in a Web Worker", () => {
  /** In the page: a tick every 4 ms (a blocked thread shows as a gap), and a click on Interrompi when asked. */
  async function watch(cancelAtCalcolo: boolean): Promise<void> {
    await page.evaluate((cancel) => {
      const w = window as unknown as { ticks: number[]; poll?: number };
      w.ticks = [];
      performance.clearMarks();
      window.clearInterval(w.poll);
      w.poll = window.setInterval(() => {
        w.ticks.push(performance.now());
        const status = document.querySelector("[role=status]");
        if (cancel && status?.textContent?.startsWith("Calcolo")) {
          status.parentElement?.parentElement?.querySelector("button")?.click();
          window.clearInterval(w.poll);
        }
      }, 4);
    }, cancelAtCalcolo);
  }

  it("shows the computing step, and computes in a Web Worker: the page's thread never loads the pipeline", async () => {
    // Structural, not timed (timings on these shared machines are noise; `npm run bench` shows them):
    // the page starts one worker, whose script holds the pipeline, and never fetches the pipeline itself.
    // That the page answers while the worker computes is shown by Interrompi, below.
    page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    const workers: string[] = [];
    const pageScripts: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    page.on("request", (r) => {
      if (r.resourceType() === "script") pageScripts.push(r.url());
    });
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-5000.json`);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).waitFor({ state: "visible", timeout: 30_000 });
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    await page
      .getByRole("status")
      .filter({ hasText: /^Calcolo/ })
      .waitFor();
    await page.getByRole("tree", { name: "Albero della performance" }).waitFor({ timeout: 60_000 });
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("mark").map((m) => [m.name, m.startTime]))
    );
    expect(marks["ricalcolo:risultato"]).toBeGreaterThan(marks["ricalcolo:calcolo"]);
    // One worker, whose script is the only one holding the pipeline; the page's own fallback chunk
    // ("calcolo", used where workers cannot start) is never fetched.
    expect(workers).toHaveLength(1);
    expect(pageScripts.filter((u) => /calcolo/.test(u))).toEqual([]);
    const workerScript = fs.readFileSync(path.join(DIST, path.basename(new URL(workers[0]).pathname)), "utf8");
    expect(workerScript).toContain("pesi-non-100");
    await checkState(page, "15-5000-kpi");
  });

  it("Interrompi while computing stops before anything is written", async () => {
    // The simulated sheet as one string, compared whole (a snapshot of 60.000 cells takes too long here).
    const dump = () =>
      page.evaluate(() =>
        JSON.stringify(
          (
            window as unknown as {
              alberoExcelSimulato: { sheets: { cells: Map<number, Map<number, unknown>>; formats: unknown[] }[] };
            }
          ).alberoExcelSimulato.sheets.map((s) => [[...s.cells].map(([r, cols]) => [r, [...cols]]), s.formats])
        )
      );
    const before = await dump();
    await watch(true);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
    await page.getByText("Ricalcolo interrotto: nessuna cella è stata scritta.").waitFor({ timeout: 60_000 });
    expect((await dump()) === before).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe("an Excel with only ExcelApi 1.1 (Office 2016 volume licence, ?excel=1.1)", () => {
  it("says why, writes the traffic lights as cell fills, recalculates twice to the same workbook and undoes exactly", async () => {
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}/taskpane.html?cartella=/cartella-demo.json&excel=1.1`);
    await page.getByRole("button", { name: "Ricalcola", exact: true }).waitFor({ state: "visible", timeout: 30_000 });
    await page.getByText(/i semafori sono scritti come colore di riempimento delle celle/).waitFor();
    const original = await snapshot();
    const recalc = async () => {
      await page.getByRole("button", { name: "Ricalcola", exact: true }).click();
      await page.getByText("Albero calcolato in parte").waitFor();
    };
    await recalc();
    await page.getByText(/celle colorate con il semaforo/).waitFor();
    // The note on fills and the names offer fit 320 px and pass axe-core.
    await checkState(page, "18-excel-1-1-riempimenti");
    const once = await snapshot();
    expect(once.sheets[0].formats).toEqual([]);
    // KPI301 87,72%: green; A.1 57,55%: red; KPI264 N.V.: no fill.
    expect(once.sheets[0].cells.H4.fill).toBe("#C6EFCE");
    expect(once.sheets[0].cells.I4.fill).toBe("#FFC7CE");
    expect(once.sheets[0].cells.H7.v).toBe("N.V.");
    expect(once.sheets[0].cells.H7.fill).toBeUndefined();
    await page.getByRole("button", { name: "Annulla", exact: true }).click();
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
      const w = window as unknown as {
        alberoExcelSimulato: { names: Map<string, unknown> };
        alberoImpostazioniSimulate: { persisted(k: string): unknown };
      };
      return {
        names: [...w.alberoExcelSimulato.names.keys()],
        answer: w.alberoImpostazioniSimulate.persisted("alberoPerformance.nomiLambda"),
      };
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
    await checkState(page, "19-nomi-perf");
    const state = await page.evaluate(() => {
      const w = window as unknown as {
        alberoExcelSimulato: { names: Map<string, { formula: string }> };
        alberoImpostazioniSimulate: { persisted(k: string): unknown };
      };
      return {
        names: [...w.alberoExcelSimulato.names.keys()],
        kpi: w.alberoExcelSimulato.names.get("PERF_KPI")?.formula,
        answer: w.alberoImpostazioniSimulate.persisted("alberoPerformance.nomiLambda"),
      };
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
    await expect(page.getByRole("combobox", { name: "Riga d'intestazione" }).textContent()).resolves.toBe(
      "Automatica (riga 2)"
    );
    // axe-core finds no accessibility violation in the panel.
    await page.addScriptTag({ path: path.join(ROOT, "node_modules", "axe-core", "axe.min.js") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Element): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
      ).axe;
      const out = await axe.run(document.querySelector('section[aria-labelledby="lettura-titolo"]') as Element);
      return out.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    // Row 4 is objective A.1 under area A, and its first KPI KPI301.
    await expect(preview.locator("tbody tr").nth(1).textContent()).resolves.toBe(
      "4ObiettivoA.1Sostenere il territorio e le economie locali al fine di accrescere la produttiv…A"
    );
    await expect(preview.locator("tbody tr").nth(2).textContent()).resolves.toMatch(
      /^4KPIKPI301Soggetti coinvolti nei servizi.*…A\.1$/
    );

    const j = page.getByRole("combobox", { name: /^Colonna J/ });
    await expect(j.textContent()).resolves.toBe("Non usata (automatico)");
    await j.click();
    await page.getByRole("option", { name: "Unità di misura" }).click();
    await expect(j.textContent()).resolves.toBe("Unità di misura");
    await page.getByText("Deciso dalla mappatura").waitFor();
    await page.getByRole("button", { name: "Salva e ricalcola" }).click();
    await page.getByText("Albero calcolato in parte").waitFor({ timeout: 30_000 });
    const saved = await page.evaluate(() =>
      (
        window as unknown as { alberoImpostazioniSimulate: { persisted(k: string): unknown } }
      ).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni")
    );
    expect(saved).toMatchObject({ columns: { [SHEET]: { unita: 9 } }, headerRows: {} });
    await shot("lettura-350.png");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});

describe("one place edits the column mapping: Impostazioni shows it and removes it", () => {
  const COPY = `${SHEET} (2)`;
  const persisted = () =>
    page.evaluate(
      () =>
        (
          window as unknown as { alberoImpostazioniSimulate: { persisted(k: string): unknown } }
        ).alberoImpostazioniSimulate.persisted("alberoPerformance.impostazioni") as { columns: object }
    );
  const h4 = async (sheet: string) =>
    (await snapshot()).sheets.find((s) => s.name === sheet)?.cells.H4?.v as number | undefined;
  const summary = () => page.locator('[data-setting="columns"]');

  it("a mapping saved in «Come è stato letto il foglio» for one sheet is used by the recalculation", async () => {
    page = await openPane("/cartella-due-piani.json", 350, 900);
    await page.getByRole("button", { name: "Come è stato letto il foglio" }).click();
    const sheetChoice = page.getByRole("combobox", { name: "Foglio" });
    await sheetChoice.click();
    await page.getByRole("option", { name: COPY }).click();
    await page.getByText(`Foglio "${COPY}" letto come tabella`).waitFor();
    // Target and Consuntivo swapped in the copy only.
    for (const [column, field] of [
      ["F", "Consuntivo"],
      ["G", "Target"],
    ]) {
      await page.getByRole("combobox", { name: new RegExp(`^Colonna ${column}`) }).click();
      await page.getByRole("option", { name: field, exact: true }).click();
    }
    await page.getByRole("button", { name: "Salva e ricalcola" }).click();
    await page.getByText(/Albero calcolato/).waitFor({ timeout: 30_000 });
    expect((await persisted()).columns).toEqual({ [COPY]: { consuntivo: 5, target: 6 } });
    // KPI301, 13,16% against 15%: 87,72% read as it is, 100% with the columns swapped.
    expect((await h4(SHEET)) ?? 0).toBeCloseTo(0.8772, 4);
    expect(await h4(COPY)).toBe(1);
  });

  it("Impostazioni lists it read-only, fitting 350 and 320 px", async () => {
    await page.getByRole("button", { name: "Come è stato letto il foglio" }).click();
    await page.getByRole("tab", { name: "Impostazioni" }).click();
    const item = summary().getByRole("listitem");
    await item.waitFor();
    await expect(item.locator("p").first().textContent()).resolves.toBe(`Foglio ${COPY}: Target = G, Consuntivo = F`);
    expect(await summary().locator('input, textarea, [role="combobox"]').count()).toBe(0);
    await summary().scrollIntoViewIfNeeded();
    await summary().screenshot({ path: path.join(SHOTS, "350-impostazioni-mappature.png") });
    await checkState(page, "20-impostazioni-mappature");
    await page.setViewportSize({ width: 320, height: 700 });
    await summary().scrollIntoViewIfNeeded();
    await summary().screenshot({ path: path.join(SHOTS, "320-impostazioni-mappature.png") });
    await checkState(page, "20-impostazioni-mappature");
  });

  it("«Modifica» opens the reading on that sheet, with the focus on it", async () => {
    await summary()
      .getByRole("button", { name: `Modifica la mappatura del foglio ${COPY}` })
      .click();
    await page.waitForFunction(() => document.activeElement?.id === "lettura-titolo");
    await expect(page.getByRole("combobox", { name: "Foglio" }).textContent()).resolves.toBe(COPY);
    await expect(page.getByRole("combobox", { name: /^Colonna F/ }).textContent()).resolves.toBe("Consuntivo");
    await page.getByText(`Foglio "${COPY}" letto come tabella`).waitFor();
    await page
      .locator('section[aria-labelledby="lettura-titolo"]')
      .screenshot({ path: path.join(SHOTS, "320-lettura-da-impostazioni.png") });
    await checkState(page, "21-lettura-da-impostazioni");
  });

  it("«Rimuovi» asks first; once confirmed the mapping is gone and the next recalculation reads without it", async () => {
    const remove = summary().getByRole("button", { name: `Rimuovi la mappatura del foglio ${COPY}` });
    await remove.click();
    const dialog = page.getByRole("alertdialog", { name: "Rimuovere la mappatura?" });
    await dialog.waitFor();
    await dialog.screenshot({ path: path.join(SHOTS, "320-rimuovi-mappatura-domanda.png") });
    await checkState(page, "22-rimuovi-mappatura");
    // Declined: nothing changes and the focus goes back to the button.
    await dialog.getByRole("button", { name: "Non rimuovere" }).click();
    await dialog.waitFor({ state: "detached" });
    expect((await persisted()).columns).toEqual({ [COPY]: { consuntivo: 5, target: 6 } });
    await expect(remove.evaluate((b) => b === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: "Rimuovi la mappatura" }).click();
    await dialog.waitFor({ state: "detached" });
    await summary().getByText("Nessuna mappatura salvata").waitFor();
    expect((await persisted()).columns).toEqual({});
    // The focus stays in the entry, on what is left of it.
    await page.waitForFunction(() => document.activeElement?.textContent === "Apri «Come è stato letto il foglio»");
    // The reading, still open, shows the copy read from its headings again.
    await expect(page.getByRole("combobox", { name: /^Colonna F/ }).textContent()).resolves.toBe("Target (automatico)");
    await checkState(page, "23-mappatura-rimossa");
    expect(await h4(COPY)).toBe(1);
    await page
      .locator(".messaggio")
      .filter({ hasText: "Impostazioni salvate" })
      .getByRole("button", { name: "Ricalcola" })
      .click();
    await page.getByText(/Albero calcolato/).waitFor();
    expect((await h4(COPY)) ?? 0).toBeCloseTo(0.8772, 4);
    expect(pageErrors).toEqual([]);
  });
});
