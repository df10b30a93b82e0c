import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ricalcola, verifica } from "../../src/cli/commands";
import { InputError } from "../../src/cli/messages";
import { readPackage } from "../../src/xlsx/read-package";
import { build, FEATURES } from "./feature-corpus";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-ostili-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function save(name: string, data: Uint8Array): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return file;
}

async function run(cmd: "ricalcola" | "verifica", file: string, options: Record<string, unknown> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  try {
    const code = cmd === "ricalcola" ? await ricalcola(file, options, io) : await verifica(file, options, io);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { code: 2, stdout: out.join(""), stderr: e.message };
  }
}

/** The stored (uncompressed) plan with the consuntivo 80 of E3 changed to 90 behind the CRC's back. */
function tamperedCrc(): Uint8Array {
  const data = Buffer.from(build([], { stored: true }));
  const at = data.indexOf('<c r="E3"><v>80</v>');
  data.write("9", at + '<c r="E3"><v>'.length, "latin1");
  return data;
}

function brokenCentralDirectory(): Uint8Array {
  const data = Buffer.from(build([]));
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const cd = data.readUInt32LE(end + 16);
  const second = data.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), cd + 4);
  data.writeUInt32LE(0xdeadbeef, second);
  return data;
}

const zipOf = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));

describe("damaged or foreign input is refused with a clear Italian message, nothing written", () => {
  it.each([
    [
      "CRC non corrispondente (80 letto come 90)",
      "crc.xlsx",
      () => tamperedCrc(),
      'il controllo di integrità (CRC) della parte "xl/worksheets/sheet1.xml" non corrisponde',
    ],
    [
      "parte del foglio mancante",
      "senza-foglio.xlsx",
      () => build([], { drop: ["xl/worksheets/sheet1.xml"] }),
      'manca la parte "xl/worksheets/sheet1.xml" del foglio "Piano"',
    ],
    [
      "directory centrale danneggiata",
      "directory.xlsx",
      () => brokenCentralDirectory(),
      "la voce n. 2 della directory centrale dell'archivio ZIP è danneggiata",
    ],
    [
      "foglio OpenDocument rinominato .xlsx",
      "calc.xlsx",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      "è un foglio di calcolo OpenDocument (.ods",
    ],
    [
      "foglio OpenDocument .ods",
      "calc.ods",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }),
      "è un foglio di calcolo OpenDocument (.ods",
    ],
    [
      "documento Word rinominato .xlsx",
      "lettera.xlsx",
      () => zipOf({ "word/document.xml": "<w:document/>", "[Content_Types].xml": "<Types/>" }),
      "è un documento di Word (.docx)",
    ],
    [
      "archivio ZIP qualunque",
      "archivio.xlsx",
      () => zipOf({ "leggimi.txt": "ciao" }),
      "è un archivio ZIP che non contiene una cartella di lavoro Excel",
    ],
  ])("%s", async (_case, name, data, message) => {
    const file = save(name, data());
    const r = await run("ricalcola", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(fs.readdirSync(dir).filter((f) => f.includes("ricalcolato"))).toEqual([]);
  });
});

describe("reading what is there", () => {
  it("a consuntivo formula without a stored result is an error naming the cell, never read as empty (0%)", async () => {
    // E3 (Consuntivo) holds =40*2 without <v>: written by a generator that does not calculate.
    const xmlFile = save(
      "formula-no-v.xlsx",
      withSheetText(build([]), (xml) => xml.replace('<c r="E3"><v>80</v></c>', '<c r="E3"><f>40*2</f></c>'))
    );
    const r = await run("verifica", xmlFile, { json: true });
    const json = JSON.parse(r.stdout);
    expect(json.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          severity: "errore",
          code: "formula-senza-valore",
          sheet: "Piano",
          cell: "E3",
          message:
            "La cella contiene una formula senza valore calcolato: valore della formula non disponibile: aprire e salvare il file in Excel, poi ricalcolare.",
        }),
      ])
    );
    const kpi = json.sheets[0].kpis.find((k: { indicator?: string; name?: string }) =>
      JSON.stringify(k).includes("Pratiche evase")
    );
    expect(kpi.performance).toBeNull();
  });

  it("a stray value in XFD1048576 costs nothing and is named", () => {
    const data = withSheetText(build([]), (xml) =>
      xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    );
    const before = process.memoryUsage().heapUsed;
    const reading = readPackage(data);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
    expect([reading.grids[0].values.length, reading.grids[0].values[0].length]).toEqual([4, 8]);
    expect(reading.problems.map((p) => [p.code, p.cell])).toEqual([["celle-lontane", "XFD1048576"]]);
  });

  it("--sovrascrivi-formule on a shared formula's master gives each dependent cell its own formula (the master's, shifted)", async () => {
    const data = withSheetText(build([]), (xml) =>
      xml.replace(
        '<c r="E3"><v>80</v></c>',
        '<c r="E3"><v>80</v></c><c r="F3" s="1"><f t="shared" ref="F3:G3" si="0">E3/100</f><v>0.8</v></c><c r="G3"><f t="shared" si="0"/><v>0</v></c>'
      )
    );
    const file = save("condivisa.xlsx", data);
    const out = path.join(dir, "condivisa-out.xlsx");
    const r = await run("ricalcola", file, { sovrascriviFormule: true, output: out });
    expect(r.code).toBe(0);
    const sheet = strFromU8(unzipSync(fs.readFileSync(out))["xl/worksheets/sheet1.xml"]);
    expect(sheet).toContain('<c r="F3" s="3"><v>0.8</v></c><c r="G3"><f>F3/100</f><v>0</v></c>');
    expect(readPackage(fs.readFileSync(out)).grids[0].formulas![2][6]).toBe("=F3/100");
  });
});

/** Rewrite sheet1.xml of a package (unzipped and zipped again with fflate). */
function withSheetText(data: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(data);
  files["xl/worksheets/sheet1.xml"] = strToU8(edit(strFromU8(files["xl/worksheets/sheet1.xml"])));
  return zipSync(files);
}

describe("a macro workbook", () => {
  it("stays .xlsm with its vbaProject.bin byte for byte, and no warning about what the copy loses", async () => {
    const input = save("macro.xlsm", build([FEATURES["macro (.xlsm con vbaProject.bin)"]]));
    const r = await run("ricalcola", input);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = path.join(dir, "macro.ricalcolato.xlsm");
    expect(
      Buffer.from(unzipSync(fs.readFileSync(out))["xl/vbaProject.bin"]).equals(
        Buffer.from(unzipSync(fs.readFileSync(input))["xl/vbaProject.bin"])
      )
    ).toBe(true);
    expect((await run("ricalcola", input, { output: path.join(dir, "macro.xlsx") })).stderr).toContain(
      "deve avere l'estensione .xlsm"
    );
  });
});
