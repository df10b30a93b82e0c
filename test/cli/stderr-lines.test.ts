import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { CLI_MSG } from "../../src/cli/messages";
import { LECCE_ROWS } from "../pipeline/lecce-grid";
import { addPlanSheet, save, tempDir } from "./fixtures";

/** Each message on stderr is one write that ends its line: "…riportano "N.V."." never runs into "Errore nel file …". */

let dir: string;
let plan: string;
let badCell: string;
let refusedSheet: string;
beforeAll(async () => {
  dir = tempDir();
  const rows = LECCE_ROWS.slice(0, 8);
  const good = new ExcelJS.Workbook();
  addPlanSheet(good, "Piano 2019", rows);
  plan = await save(good, dir, "piano.xlsx");
  const bad = new ExcelJS.Workbook();
  addPlanSheet(bad, "Piano 2019", rows).getCell("G5").value = "in corso";
  badCell = await save(bad, dir, "cella-illeggibile.xlsx");
  // a second sheet that looks like a plan, headed so that no column is its target or consuntivo
  const refused = new ExcelJS.Workbook();
  addPlanSheet(refused, "Piano 2019", rows);
  refused
    .addWorksheet("Qualità")
    .addRows([
      ["Obiettivo", "Indicatore", "Peso", "Direzione", "Livello programmato", "Livello ottenuto", "Performance KPI"],
      ["A - Qualità dei servizi"],
      ["A.1 - Tempi di risposta"],
      [null, "Pratiche evase entro 5 giorni", 0.6, ">=", 0.85, 0.812],
      [null, "Reclami sul totale delle pratiche", 0.4, "<=", 0.05, 0.062],
    ]);
  refusedSheet = await save(refused, dir, "foglio-rifiutato.xlsx");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function stderrOf(args: string[]): Promise<{ code: number; writes: string[] }> {
  const writes: string[] = [];
  const code = await main(args, { out: () => undefined, err: (text) => writes.push(text) });
  return { code, writes };
}

const output = (name: string) => path.join(dir, name);

it.each([
  ["an unreadable cell, --json", () => ["ricalcola", badCell, "-o", output("a.xlsx"), "--json"], 2],
  ["an unreadable cell, summary", () => ["ricalcola", badCell, "-o", output("b.xlsx")], 2],
  ["an unreadable cell and an output replaced", () => ["ricalcola", badCell, "-o", output("b.xlsx")], 2],
  ["a sheet that does not exist", () => ["verifica", plan, "--foglio", "Piano C"], 2],
  ["an unknown option", () => ["verifica", plan, "--opzione-inesistente"], 2],
  ["a missing file", () => ["ricalcola", output("non-esiste.xlsx")], 2],
  ["a plan sheet refused, --json", () => ["ricalcola", refusedSheet, "-o", output("d.xlsx"), "--json"], 2],
])("%s: every message on stderr ends its line", async (_label, args, code) => {
  const r = await stderrOf(args());
  expect(r.code).toBe(code);
  expect(r.writes.length).toBeGreaterThan(0);
  expect(r.writes.filter((w) => !w.endsWith("\n"))).toEqual([]);
});

it("the closing line after the cell error is the saved-anyway notice, alone on its line", async () => {
  const out = output("c.xlsx");
  const r = await stderrOf(["ricalcola", badCell, "-o", out, "--json"]);
  expect(r.writes.join("").split("\n").slice(-2)).toEqual([CLI_MSG.savedDespiteErrors(out), ""]);
});

it("a refused plan sheet makes ricalcola exit 2, named on stderr, the other sheet's copy written", async () => {
  const out = output("e.xlsx");
  let json = "";
  const writes: string[] = [];
  const code = await main(["ricalcola", refusedSheet, "-o", out, "--json"], {
    out: (t) => (json += t),
    err: (t) => writes.push(t),
  });
  expect(code).toBe(2);
  const report = JSON.parse(json) as { sheets: { name: string }[]; problems: { code: string; sheet?: string }[] };
  expect(report.sheets.map((s) => s.name)).toEqual(["Piano 2019"]);
  expect(report.problems).toContainEqual(expect.objectContaining({ code: "colonne-mancanti", sheet: "Qualità" }));
  const err = writes.join("");
  expect(err).toContain(`Errore nel file "${refusedSheet}", foglio "Qualità", cella A1:G1:`);
  expect(err.split("\n").slice(-2)).toEqual([CLI_MSG.savedWithoutSheets(out, ["Qualità"]), ""]);
  expect(fs.existsSync(out)).toBe(true);
});

it("verifica counts a refused plan sheet as an error (exit 1)", async () => {
  const r = await stderrOf(["verifica", refusedSheet]);
  expect(r.code).toBe(1);
});
