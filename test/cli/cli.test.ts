import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { HEADER, LECCE_ROWS } from "../pipeline/lecce-grid";
import { addPlanSheet, richWorkbook, save, tempDir } from "./fixtures";
import {
  CliRun,
  SAMPLE,
  buildCli,
  cellsOf,
  conditionalFormatsOf,
  ownedCells,
  readWorkbook,
  runBin,
  runCli,
  sha256,
  sheetFacts,
} from "./run-cli";

// The runs call main(argv, io) in this process (runCli). Five spawn the packaged bin/perf-albero.js
// (runBin) for what only a real process shows: the Lecce run (exit 0, one JSON document on stdout,
// nothing on stderr), verifica with plan errors (exit 1), text where a number belongs (exit 2, JSON on
// stdout and the message on stderr), no command (exit 2) and --help (exit 0).
let dir: string;
beforeAll(() => {
  buildCli();
  dir = tempDir();
}, 180_000);

function noStackTrace(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/TypeError|ReferenceError|node:internal/);
}

describe("perf-albero ricalcola on the Lecce 2019 sample", () => {
  let out: string;
  let json: any;
  let run: CliRun;
  const before = sha256(SAMPLE);

  beforeAll(() => {
    out = path.join(dir, "lecce.xlsx");
    run = runBin(["ricalcola", SAMPLE, "-o", out, "--json"]);
    json = JSON.parse(run.stdout);
  });

  it("exits 0, prints exactly one JSON document and leaves the input untouched", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.trim().startsWith("{")).toBe(true);
    expect(run.stdout.trim().endsWith("}")).toBe(true);
    expect(sha256(SAMPLE)).toBe(before);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("has the documented shape", () => {
    expect(Object.keys(json).sort()).toEqual(["ente", "output", "problems", "sheets"]);
    const sheet = json.sheets[0];
    expect(Object.keys(sheet).sort()).toEqual(["kpis", "method", "name", "objectives"]);
    expect(Object.keys(sheet.objectives[0]).sort()).toEqual([
      "code",
      "name",
      "performance",
      "rating",
      "row",
      "status",
      "trace",
      "weight",
    ]);
    expect(Object.keys(sheet.kpis[0]).sort()).toEqual(
      [
        "actual",
        "code",
        "direction",
        "name",
        "objective",
        "performance",
        "rating",
        "row",
        "status",
        "target",
        "trace",
        "weight",
      ].sort()
    );
    expect(Object.keys(json.ente).sort()).toEqual(["basis", "performance", "rating", "status", "trace"]);
    expect(Object.keys(json.problems[0]).sort()).toEqual(["cell", "code", "message", "severity", "sheet"]);
    expect(sheet.method).toBe("proporzionale");
    expect(sheet.kpis).toHaveLength(83);
  });

  it("writes the performances as numbers with the 0.00% format, N.V. where not available", async () => {
    const wb = await readWorkbook(out);
    const ws = wb.getWorksheet("Piano 2019")!;
    const row = (code: string) => json.sheets[0].kpis.find((k: any) => k.code === code).row;
    const h = ws.getCell(`H${row("KPI388")}`);
    expect(h.value as number).toBeCloseTo(1 - 11 / 306, 12);
    expect(h.numFmt).toBe("0.00%");
    expect(ws.getCell(`H${row("KPI264")}`).value).toBe("N.V.");
    const a12 = json.sheets[0].objectives.find((o: any) => o.code === "A.1.2");
    expect(((ws.getCell(`I${a12.row}`).value as number) * 100).toFixed(2)).toBe("58.49");
    // The link KPI's consuntivo is the children's mean.
    expect(((ws.getCell(`G${row("KPI218")}`).value as number) * 100).toFixed(2)).toBe("58.49");
  });

  it("adds the traffic lights on the performance columns", async () => {
    const cfs = conditionalFormatsOf(await readWorkbook(out), "Piano 2019");
    expect(cfs.map((c) => c.ref)).toEqual(["H3:H96", "I3:I96"]);
    expect(cfs[0].rules.map((r: any) => r.formulae[0])).toEqual([
      "AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)",
      "AND(ISNUMBER(H3),ROUND(H3,9)>=0.6,ROUND(H3,9)<0.8)",
      "AND(ISNUMBER(H3),ROUND(H3,9)<0.6)",
    ]);
    expect((cfs[0].rules[0] as any).style.fill.bgColor.argb).toBe("FFC6EFCE");
  });

  it("keeps every other cell, merge, width and view as it was", async () => {
    const owned = await ownedCells(SAMPLE);
    const a = cellsOf(await readWorkbook(SAMPLE));
    const b = cellsOf(await readWorkbook(out));
    for (const [address, cell] of a)
      if (!owned.has(address)) expect([address, b.get(address)]).toEqual([address, cell]);
    for (const address of b.keys()) if (!a.has(address)) expect(owned.has(address)).toBe(true);
    expect(sheetFacts(await readWorkbook(out))).toEqual(sheetFacts(await readWorkbook(SAMPLE)));
  });

  it("prints the Italian summary without --json and writes <name>.ricalcolato.xlsx next to the input", async () => {
    const copy = path.join(dir, "piano.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const r = await runCli(["ricalcola", copy]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "piano.ricalcolato.xlsx"))).toBe(true);
    expect(r.stdout).toMatch(/A\.1\.2 Sviluppo e qualificazione .*: 58,49% rosso \(NON RAGGIUNTO\)/);
    expect(r.stdout).toMatch(/C\.1\.1 Azioni sinergiche .*: 61,14% giallo \(PARZIALMENTE RAGGIUNTO\)/);
    expect(r.stdout).toMatch(/\nEnte: \d+,\d\d% /);
    expect(r.stdout).toContain("[errore] Piano 2019!E17: I pesi di A.1.2.3 sommano a 99,00% invece di 100%.");
    expect(r.stdout).toContain('Risultati salvati in "');
  });

  it("gives the same workbook when run again on its own output (idempotent, own formats replaced)", async () => {
    const again = path.join(dir, "lecce-2.xlsx");
    const r = await runCli(["ricalcola", out, "-o", again, "--json"]);
    expect(r.code).toBe(0);
    const first = await readWorkbook(out);
    const second = await readWorkbook(again);
    expect(cellsOf(second)).toEqual(cellsOf(first));
    expect(conditionalFormatsOf(second, "Piano 2019")).toEqual(conditionalFormatsOf(first, "Piano 2019"));
    expect(JSON.parse(r.stdout).sheets).toEqual(json.sheets);
  });
});

describe("perf-albero ricalcola keeps the user's workbook as it was", () => {
  let input: string;
  let out: string;

  beforeAll(async () => {
    input = await richWorkbook(dir);
    out = path.join(dir, "completo-out.xlsx");
    const r = await runCli(["ricalcola", input, "-o", out]);
    expect(r.code).toBe(0);
  });

  it("leaves every non-owned cell identical: value, formula, shared formula, number format, style", async () => {
    const owned = await ownedCells(input);
    const a = cellsOf(await readWorkbook(input));
    const b = cellsOf(await readWorkbook(out));
    expect(a.size).toBeGreaterThan(100);
    for (const [address, cell] of a)
      if (!owned.has(address)) expect([address, b.get(address)]).toEqual([address, cell]);
    const cover = (await readWorkbook(out)).getWorksheet("Copertina")!;
    expect(cover.getCell("C2").formula).toBe("B2*2");
    expect(cover.getCell("B3").formula).toBe("B1+B2");
    expect(cover.getCell("A2").value).toEqual({ text: "Sito camerale", hyperlink: "https://www.le.camcom.gov.it" });
  });

  it("keeps merges, widths, frozen panes and the other sheets", async () => {
    expect(sheetFacts(await readWorkbook(out))).toEqual(sheetFacts(await readWorkbook(input)));
  });

  it("keeps data validation, notes, defined names, print settings and a hidden sheet", async () => {
    const wb = await readWorkbook(out);
    const ws = wb.getWorksheet("Piano 2019")!;
    expect(ws.getCell("D4").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"kpi validato,kpi non disponibile"'],
    });
    expect(ws.getCell("C4").note).toBe("Indicatore del Piano 2019");
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.printArea).toBe("A1:K19");
    expect(wb.definedNames.getNames("'Piano 2019'!$F$4")).toContain("TargetKPI301");
    expect(wb.getWorksheet("Appoggio")!.state).toBe("hidden");
  });

  it("keeps the user's conditional format and adds its own after it", async () => {
    const cfs = conditionalFormatsOf(await readWorkbook(out), "Piano 2019");
    expect(cfs.map((c) => c.ref)).toEqual(["G3:G19", "H3:H19", "I3:I19"]);
    expect((cfs[0].rules[0] as any).formulae).toEqual(["ISBLANK(G3)"]);
  });

  it("replaces only its own formats on a second run", async () => {
    const again = path.join(dir, "completo-out-2.xlsx");
    expect((await runCli(["ricalcola", out, "-o", again, "--soglie", "50,90"])).code).toBe(0);
    const cfs = conditionalFormatsOf(await readWorkbook(again), "Piano 2019");
    expect(cfs.map((c) => c.ref)).toEqual(["G3:G19", "H3:H19", "I3:I19"]);
    expect((cfs[1].rules[0] as any).formulae).toEqual(["AND(ISNUMBER(H3),ROUND(H3,9)>=0.9)"]);
  });
});

describe("perf-albero options", () => {
  let small: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb);
    small = await save(wb, dir, "piccolo.xlsx");
  });

  it("--metodo binario scores a KPI short of its target 0%", async () => {
    const r = await runCli(["ricalcola", small, "-o", path.join(dir, "bin.xlsx"), "--metodo", "binario", "--json"]);
    const kpi = JSON.parse(r.stdout).sheets[0].kpis.find((k: any) => k.code === "KPI301");
    expect(kpi.performance).toBe(0);
    expect(JSON.parse(r.stdout).sheets[0].method).toBe("binario");
  });

  it("--foglio processes only the named sheet, and a missing sheet is bad input", async () => {
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, "Piano A");
    addPlanSheet(wb, "Piano B");
    const two = await save(wb, dir, "due-fogli.xlsx");
    const both = JSON.parse((await runCli(["ricalcola", two, "-o", path.join(dir, "due-out.xlsx"), "--json"])).stdout);
    expect(both.sheets.map((s: any) => s.name)).toEqual(["Piano A", "Piano B"]);
    expect(both.ente.basis).toBe("media-fogli");
    const one = JSON.parse(
      (await runCli(["ricalcola", two, "-o", path.join(dir, "uno-out.xlsx"), "--json", "--foglio", "Piano B"])).stdout
    );
    expect(one.sheets.map((s: any) => s.name)).toEqual(["Piano B"]);
    const none = await runCli(["ricalcola", two, "-o", path.join(dir, "nessuno.xlsx"), "--foglio", "Piano C"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("[Piano C] Il foglio indicato non esiste");
    const typo = await runCli([
      "ricalcola",
      two,
      "-o",
      path.join(dir, "refuso.xlsx"),
      "--json",
      "--foglio",
      "Piano A",
      "--foglio",
      "Piano C",
    ]);
    expect(typo.code).toBe(2);
    expect(JSON.parse(typo.stdout).sheets.map((s: any) => s.name)).toEqual(["Piano A"]);
    expect(typo.stderr).toContain('foglio "Piano C": Il foglio indicato non esiste nella cartella di lavoro.');
    expect((await runCli(["verifica", two, "--foglio", "Piano C"])).code).toBe(2);
  });

  it("--consuntivo-vuoto escludi leaves an empty consuntivo out instead of scoring it 0%", async () => {
    const rows = LECCE_ROWS.map((r) => [...r]) as typeof LECCE_ROWS;
    rows[2] = [
      null,
      "KPI302",
      "Incremento delle imprese iscritte nel RASL",
      "kpi validato",
      "50% >",
      { p: 0.15 },
      null,
    ];
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, "Piano 2019", rows);
    const file = await save(wb, dir, "vuoto.xlsx");
    const zero = JSON.parse((await runCli(["ricalcola", file, "-o", path.join(dir, "v1.xlsx"), "--json"])).stdout);
    const out = JSON.parse(
      (await runCli(["ricalcola", file, "-o", path.join(dir, "v2.xlsx"), "--json", "--consuntivo-vuoto", "escludi"]))
        .stdout
    );
    const a1 = (j: any) => j.sheets[0].objectives.find((o: any) => o.code === "A.1").performance;
    expect(a1(zero)).toBeCloseTo(0.1316 / 0.15 / 2, 10);
    expect(a1(out)).toBeCloseTo(0.1316 / 0.15, 10);
  });

  it("--colonne maps headers the reader does not know", async () => {
    const header = HEADER.map((h) =>
      h === "Target" ? "Valore soglia 2019" : h === "Consuntivo" ? "Misura a fine anno" : h
    );
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, "Piano 2019", LECCE_ROWS, header);
    const file = await save(wb, dir, "intestazioni.xlsx");
    const plain = await runCli(["verifica", file]);
    expect(plain.code).toBe(2);
    const mapped = await runCli([
      "ricalcola",
      file,
      "-o",
      path.join(dir, "mappato.xlsx"),
      "--json",
      "--colonne",
      "target=F,consuntivo=G",
    ]);
    expect(mapped.code).toBe(0);
    const kpi = JSON.parse(mapped.stdout).sheets[0].kpis.find((k: any) => k.code === "KPI301");
    expect(kpi.performance).toBeCloseTo(0.1316 / 0.15, 10);
    const mapFile = path.join(dir, "colonne.json");
    fs.writeFileSync(mapFile, JSON.stringify({ "Piano 2019": { target: "F", consuntivo: "G" } }));
    expect((await runCli(["verifica", file, "--colonne", mapFile])).code).toBe(1);
  });

  it.each([
    [
      ["--soglie", "80,60"],
      'Valore non valido per --soglie ("80,60"): la soglia gialla deve essere minore della verde',
    ],
    [
      ["--metodo", "lineare"],
      'Valore non valido per --metodo ("lineare"): Metodo di calcolo sconosciuto: "lineare" (ammessi: proporzionale, binario,',
    ],
    [["--consuntivo-vuoto", "forse"], "--consuntivo-vuoto"],
    [["--colonne", "obiettivo=7"], "non è una lettera di colonna"],
    [["--colonne", "colore=F"], 'campo sconosciuto "colore" nella coppia "colore=F"'],
    [
      ["--colonne", "consuntivo=Z9"],
      'nella coppia "consuntivo=Z9" la colonna "Z9" non è una lettera di colonna valida',
    ],
    [["--colonne", "target=F,consuntivo=G4"], 'nella coppia "consuntivo=G4"'],
    [["--colonne", "consuntivo=XFE"], 'nella coppia "consuntivo=XFE"'],
    [["--colonne", "consuntivo2=G"], 'campo sconosciuto "consuntivo2"'],
    [["--opzione-inesistente"], "opzione sconosciuta"],
  ])("bad option %j → exit 2 with an Italian message", async (args, text) => {
    const r = await runCli(["ricalcola", small, "-o", path.join(dir, "x.xlsx"), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(text);
    noStackTrace(r.stderr);
  });
});

describe("perf-albero ricalcola on a plan without performance columns", () => {
  it('says no result was written instead of "Risultati salvati"; the copy holds the original\'s data', async () => {
    const wb = new ExcelJS.Workbook();
    const rows = LECCE_ROWS.slice(0, 8);
    addPlanSheet(wb, "Piano 2019", rows, HEADER.slice(0, 7));
    const file = await save(wb, dir, "senza-performance.xlsx");
    const out = path.join(dir, "senza-performance-out.xlsx");
    const r = await runCli(["ricalcola", file, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Nessun risultato scritto nel foglio (mancano le colonne di performance): la copia "${out}" contiene gli stessi dati dell'originale.`
    );
    expect(r.stdout).not.toContain("Risultati salvati");
    expect(cellsOf(await readWorkbook(out))).toEqual(cellsOf(await readWorkbook(file)));
    const j = await runCli(["ricalcola", file, "-o", out, "--json"]);
    expect(JSON.parse(j.stdout).output).toBe(out);
    expect(j.stderr).toContain("Nessun risultato scritto nel foglio");
    const added = await runCli(["ricalcola", file, "-o", out, "--aggiungi-colonne"]);
    expect(added.stdout).toContain(`Risultati salvati in "${out}"`);
    expect((await readWorkbook(out)).getWorksheet("Piano 2019")!.getCell("H2").value).toBe("Performance KPI");
  });
});

describe("perf-albero verifica", () => {
  it("exits 1 on the sample and lists the weight sums that are not 100%", () => {
    const r = runBin(["verifica", SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("[errore] Piano 2019!E17: I pesi di A.1.2.3 sommano a 99,00% invece di 100%.");
    expect(r.stdout).toContain("[errore] Piano 2019!E21: I pesi di A.1.3.1 sommano a 50,00% invece di 100%.");
    expect(r.stdout).toContain("Verifica completata: 2 errori da correggere.");
  });

  it("exits 0 on a plan without errors, and prints one JSON document with --json", async () => {
    const rows = LECCE_ROWS.slice(0, 8);
    const wb = new ExcelJS.Workbook();
    addPlanSheet(wb, "Piano 2019", rows);
    const file = await save(wb, dir, "corretto.xlsx");
    const r = await runCli(["verifica", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Verifica completata: nessun errore.");
    const j = await runCli(["verifica", file, "--json"]);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout).problems).toEqual([]);
  });

  it("reports a non-scorable target and text in a number cell, writing nothing", async () => {
    const rows = LECCE_ROWS.slice(0, 3).map((r) => [...r]) as typeof LECCE_ROWS;
    rows[1] = [
      "A.1 Sostenere il territorio",
      "KPI301",
      "Soggetti coinvolti",
      "kpi validato",
      "50% >",
      null,
      { p: 0.1316 },
    ];
    const wb = new ExcelJS.Workbook();
    const ws = addPlanSheet(wb, "Piano 2019", rows);
    ws.getCell("F4").value = "Anno di rilevazione";
    ws.getCell("G5").value = "in corso";
    const file = await save(wb, dir, "da-verificare.xlsx");
    const before = sha256(file);
    const r = await runCli(["verifica", file, "--json"]);
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: "avviso", cell: "F4", code: "target-non-calcolabile" })
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: "errore", cell: "G5", code: "consuntivo-non-leggibile" })
    );
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("da-verificare."))).toEqual(["da-verificare.xlsx"]);
  });
});

describe("bad input: Italian message on stderr, exit code 2, no stack trace", () => {
  it("a missing file", async () => {
    const r = await runCli(["ricalcola", path.join(dir, "non-esiste.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('non-esiste.xlsx" non esiste');
    expect(r.stdout).toBe("");
    noStackTrace(r.stderr);
  });

  it("a file that is not an .xlsx", async () => {
    const txt = path.join(dir, "appunti.txt");
    fs.writeFileSync(txt, "Obiettivo;Target\n");
    const r = await runCli(["verifica", txt]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è una cartella di lavoro Excel .xlsx");
    noStackTrace(r.stderr);
  });

  it("a corrupt .xlsx (truncated)", async () => {
    const broken = path.join(dir, "rotto.xlsx");
    const data = fs.readFileSync(SAMPLE);
    fs.writeFileSync(broken, data.subarray(0, Math.floor(data.length / 2)));
    const r = await runCli(["ricalcola", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Il file "' + broken + '" non si può leggere come cartella di lavoro Excel');
    noStackTrace(r.stderr);
    expect(fs.existsSync(path.join(dir, "rotto.ricalcolato.xlsx"))).toBe(false);
  });

  it("a text file renamed .xlsx", async () => {
    const fake = path.join(dir, "finto.xlsx");
    fs.writeFileSync(fake, "non sono un foglio di calcolo");
    const r = await runCli(["ricalcola", fake]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("danneggiato o non è un .xlsx");
    noStackTrace(r.stderr);
  });

  it("a password-protected (encrypted) workbook", async () => {
    // Excel saves an encrypted .xlsx as an OLE compound file holding an "EncryptedPackage" stream.
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const enc = path.join(dir, "protetto.xlsx");
    fs.writeFileSync(
      enc,
      Buffer.concat([
        header,
        Buffer.alloc(504),
        Buffer.from("EncryptedInfo EncryptedPackage", "utf16le"),
        Buffer.alloc(1024),
      ])
    );
    const r = await runCli(["ricalcola", enc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("è protetto da password");
    noStackTrace(r.stderr);
  });

  it("a workbook without a plan", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Note").getCell("A1").value = "Appunti della riunione";
    const file = await save(wb, dir, "senza-piano.xlsx");
    const r = await runCli(["ricalcola", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("non è stato trovato un piano della performance");
    // issue 9: with --json a script still gets one document, the error in it
    expect(JSON.parse(r.stdout)).toMatchObject({
      sheets: [],
      error: { exitCode: 2, message: expect.stringContaining("non è stato trovato un piano") },
    });
    noStackTrace(r.stderr);
  });

  it("text where a number belongs: names file, sheet and cell; the rest is computed and saved", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = addPlanSheet(wb);
    ws.getCell("G5").value = "in corso";
    const file = await save(wb, dir, "testo.xlsx");
    const out = path.join(dir, "testo-out.xlsx");
    const r = runBin(["ricalcola", file, "-o", out, "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `Errore nel file "${file}", foglio "Piano 2019", cella G5: Consuntivo non leggibile: "in corso"`
    );
    noStackTrace(r.stderr);
    const j = JSON.parse(r.stdout);
    expect(j.sheets[0].objectives.find((o: any) => o.code === "A.1").performance).toBeNull();
    expect(j.sheets[0].objectives.find((o: any) => o.code === "A.1.1").performance).toBe(1);
    const saved = (await readWorkbook(out)).getWorksheet("Piano 2019")!;
    expect(saved.getCell("H5").value).toBe("N.V.");
    expect(saved.getCell("G5").value).toBe("in corso");
  });

  it("an output path equal to the input", async () => {
    const copy = path.join(dir, "stesso.xlsx");
    fs.copyFileSync(SAMPLE, copy);
    const before = sha256(copy);
    const r = await runCli(["ricalcola", copy, "-o", copy]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("il file originale non viene mai modificato");
    expect(sha256(copy)).toBe(before);
  });

  it("a corrupt .xlsx is explained in Italian, without the ZIP reader's English", async () => {
    const broken = path.join(dir, "troncato.xlsx");
    const data = fs.readFileSync(SAMPLE);
    fs.writeFileSync(broken, data.subarray(0, Math.floor(data.length / 3)));
    const r = await runCli(["verifica", broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Il file "${broken}" non si può leggere come cartella di lavoro Excel: è danneggiato o non è un .xlsx (l'archivio ZIP è incompleto o troncato).\n`
    );
  });

  it("an output folder that does not exist is refused, and not created", async () => {
    const missing = path.join(dir, "non-esiste", "sotto");
    const r = await runCli(["ricalcola", SAMPLE, "-o", path.join(missing, "x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`la cartella "${missing}" non esiste`);
    expect(fs.existsSync(path.join(dir, "non-esiste"))).toBe(false);
    noStackTrace(r.stderr);
  });

  it.each([["risultati.csv"], ["risultati.xlsm"], ["risultati"]])(
    "an output named %s (not .xlsx) is refused",
    async (name) => {
      const r = await runCli(["ricalcola", SAMPLE, "-o", path.join(dir, name)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("deve avere l'estensione .xlsx");
      expect(fs.existsSync(path.join(dir, name))).toBe(false);
    }
  );

  it("an output that is a folder is refused in Italian (no EISDIR)", async () => {
    const folder = path.join(dir, "cartella.xlsx");
    fs.mkdirSync(folder);
    const r = await runCli(["ricalcola", SAMPLE, "-o", folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Impossibile salvare "${folder}": è una cartella.`);
    expect(r.stderr).not.toContain("EISDIR");
  });

  it("no command or no file", async () => {
    expect(runBin([]).code).toBe(2);
    const r = await runCli(["ricalcola"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("manca l'argomento obbligatorio");
  });

  it("--help works and exits 0", () => {
    const r = runBin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("ricalcola");
    expect(r.stdout).toContain("verifica");
  });
});

describe("an existing output copy", () => {
  it("is replaced, and the user is told, since it may hold edits made to the previous copy", async () => {
    const input = path.join(dir, "ripetuto.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const first = await runCli(["ricalcola", input]);
    expect(first.code).toBe(0);
    expect(first.stderr).not.toContain("esisteva già");
    const second = await runCli(["ricalcola", input]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(
      `il file "${path.join(dir, "ripetuto.ricalcolato.xlsx")}" esisteva già ed è stato sostituito`
    );
  });
});
