import * as ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";

/** Issue 9 §4: with --json every run prints one JSON document on stdout, errors included; the exit code is unchanged. */

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-albero-json-"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Note").getCell("A1").value = "Nessun piano qui";
  await wb.xlsx.writeFile(path.join(dir, "senza-piano.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe("--json prints one document whatever happens", () => {
  it.each<[string, () => string[], RegExp]>([
    ["a file that does not exist", () => ["verifica", path.join(dir, "manca.xlsx"), "--json"], /manca\.xlsx/],
    [
      "a workbook without a plan",
      () => ["ricalcola", path.join(dir, "senza-piano.xlsx"), "-o", path.join(dir, "out.xlsx"), "--json"],
      /piano/,
    ],
    [
      "an option with a bad value",
      () => ["verifica", path.join(dir, "senza-piano.xlsx"), "--intestazione", "zero", "--json"],
      /--intestazione/,
    ],
    [
      "an unknown option",
      () => ["verifica", path.join(dir, "senza-piano.xlsx"), "--sconosciuta", "--json"],
      /sconosciuta/,
    ],
  ])("%s: exit 2, one JSON document with the error", async (_what, args, message) => {
    const r = await run(args());
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ sheets: [], ente: { performance: null }, error: { exitCode: 2 } });
    expect(doc.error.message).toMatch(message);
  });

  it("without --json stdout stays empty on an error", async () => {
    const r = await run(["verifica", path.join(dir, "manca.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
  });
});
