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
beforeAll(async () => {
  dir = tempDir();
  const rows = LECCE_ROWS.slice(0, 8);
  const good = new ExcelJS.Workbook();
  addPlanSheet(good, "Piano 2019", rows);
  plan = await save(good, dir, "piano.xlsx");
  const bad = new ExcelJS.Workbook();
  addPlanSheet(bad, "Piano 2019", rows).getCell("G5").value = "in corso";
  badCell = await save(bad, dir, "cella-illeggibile.xlsx");
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
