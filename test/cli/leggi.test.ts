import * as path from "path";
import { main } from "../../src/cli/main";
import type { SheetReading } from "../../src/layout/reading";

/** Issue 9 §5: `perf-albero leggi` tells how each sheet is read, run in-process on the office fixtures. */

const OFFICES = path.resolve(__dirname, "..", "fixtures", "offices");

async function leggi(file: string, ...extra: string[]) {
  let out = "";
  let err = "";
  const code = await main(["leggi", path.join(OFFICES, file), ...extra], {
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

async function readings(file: string, ...extra: string[]): Promise<SheetReading[]> {
  return (JSON.parse((await leggi(file, "--json", ...extra)).out) as { sheets: SheetReading[] }).sheets;
}

describe("perf-albero leggi", () => {
  it("prints the reader, the header row, each column with what decided it, each row's role and parent", async () => {
    const r = await leggi("01-tipo-denominazione-actual.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain('Foglio "Obiettivi 2025": letto come albero');
    expect(r.out).toContain("Intestazione alla riga 3.");
    expect(r.out).toMatch(/C\s+"Tipo" → Direzione \(dal contenuto\)/);
    expect(r.out).toMatch(/F\s+"Actual" → Consuntivo \(dall'intestazione\)/);
    expect(r.out).toMatch(/\n\s+5\s+obiettivo A\.1 Mediazione e arbitrato \[sotto A\]/);
    expect(r.out).toMatch(/\n\s+6\s+KPI\s+Tempo medio di evasione delle pratiche \(giorni\) \[di A\.1\]/);
  });

  it.each([
    ["40-livelli-dal-rientro.xlsx", "il rientro della cella", 4, 7],
    ["41-livelli-da-spazi.xlsx", "un livello ogni 4 spazi", 2, 5],
  ])("%s: the rows placed by indentation, with their roles and parents", async (file, how, area, kpi) => {
    const r = await leggi(file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/letto come albero: .*livelli dal rientro dei nomi nella colonna A/);
    expect(r.out).toMatch(
      new RegExp(`\\n\\s+${area}\\s+area\\s+1 Competitività e sviluppo delle imprese \\(dal rientro\\)`)
    );
    expect(r.out).toMatch(new RegExp(`\\n\\s+${area + 1}\\s+obiettivo 1\\.1 .+ \\[sotto 1\\] \\(dal rientro\\)`));
    expect(r.out).toMatch(new RegExp(`\\n\\s+${kpi}\\s+KPI\\s+.+ \\[di 1\\.1\\.1\\] \\(dal rientro\\)`));
    expect(r.out).toContain(how);
    const [sheet] = await readings(file);
    expect(sheet.rows.every((row) => row.byIndent)).toBe(true);
  });

  it.each<[string, string, Partial<SheetReading>, [number, string, string | null][]]>([
    [
      "a legend under the table is ignored, notes are notes",
      "15-titolo-logo-legenda-note.xlsx",
      { reader: "albero" },
      [
        [25, "nota", null],
        [33, "nota", null],
      ],
    ],
    [
      "an instructions sheet is not read",
      "24-foglio-istruzioni-con-esempio.xlsx",
      { sheet: "Istruzioni", reader: null },
      [],
    ],
    [
      "the objectives sheet linked by codes",
      "14-due-fogli-collegati.xlsx",
      { sheet: "Indicatori", reader: "tabella", headerRow: 1 },
      [[2, "kpi", "A.1"]],
    ],
    [
      "a flat list of KPIs",
      "06-elenco-kpi-codici-nei-nomi.xlsx",
      { reader: "albero", headerRow: 3 },
      [[4, "kpi", "Indicatori 2025"]],
    ],
  ])("JSON: %s", async (_what, file, sheet, rows) => {
    const all = await readings(file);
    const found = all.find((s) => (sheet.sheet ? s.sheet === sheet.sheet : s.reader !== null));
    expect(found).toMatchObject(sheet);
    for (const [row, role, parent] of rows)
      expect(found!.rows.find((x) => x.row === row && x.role === role)).toMatchObject({ parent });
  });

  it("a mapping and a header row given on the command line decide the columns they name", async () => {
    const [sheet] = await readings(
      "10-pesi-decimali.xlsx",
      "--colonne",
      "obiettivo=A,indicatore=B,peso=C,direzione=D,target=E,consuntivo=F",
      "--intestazione",
      "1"
    );
    expect(sheet.headerRow).toBe(1);
    expect(sheet.reason).toContain("mappatura");
    expect(sheet.columns.find((c) => c.letter === "D")).toMatchObject({
      fields: ["direzione"],
      decidedBy: "mappatura",
    });
    expect(sheet.rows.find((x) => x.row === 2)).toMatchObject({ role: "area", code: "A" });
  });
});
