import { recalculate } from "../../src/pipeline/recalculate";
import { gridFromRows } from "../../src/layout/grid";
import { ApplyReport, UndoReport } from "../../src/excel/operations";
import { fixOf, recalcMessage, undoMessages, wroteSomething } from "../../src/taskpane/outcome";
import { count } from "../../src/taskpane/strings";
import { lastRunText } from "../../src/taskpane/last-run";
import { isPlanChange, writtenCells } from "../../src/taskpane/fresh";
import { DEFAULT_ADDIN_SETTINGS } from "../../src/pipeline/workbook-settings";
import { sampleGrids } from "../excel/helpers";

const applied = (cellsWritten: number, formatsAdded = 0, formatsReplaced = 0, cellsFilled = 0): ApplyReport => ({
  cellsWritten,
  formatsAdded,
  formatsReplaced,
  cellsFilled,
});

describe("after a recalculation, failures read as failures", () => {
  it.each([
    [
      "a sheet with no plan",
      [
        gridFromRows("Foglio1", [
          ["Spese", "Importo"],
          ["Carta", 120],
          ["Toner", 80],
        ]),
      ],
    ],
    [
      "headings it cannot recognise",
      [
        gridFromRows("Piano", [
          ["Cod.", "Descr.", "Quota", "Verso", "Obiettivo atteso", "Rilevato"],
          ["A", "Area A", 1, null, null, null],
          ["KPI1", "Pratiche evase", 1, ">=", 0.9, 0.8],
        ]),
      ],
    ],
    ["an empty workbook", []],
  ])("%s: an error naming the cause, with the column mapping to fix it, and nothing to undo", (_, grids) => {
    const result = recalculate({ grids });
    const m = recalcMessage(result, applied(0));
    expect(m.intent).toBe("error");
    expect(m.title).toBe("Nessun piano calcolato");
    expect(m.text).not.toMatch(/completato/i);
    expect(m.actions.map((a) => a.action.kind)).toContain(grids.length > 0 ? "mappatura" : "mappatura");
    expect(wroteSomething(applied(0))).toBe(false);
  });

  it("the sample workbook (two KPIs in error, the ente computed): a warning, never «completato», with the way to the list", async () => {
    const result = recalculate({ grids: await sampleGrids() });
    const m = recalcMessage(result, applied(95, 6));
    expect(m).toEqual({
      intent: "warning",
      title: "Albero calcolato in parte",
      text: "95 celle scritte. 2 errori impediscono il calcolo di alcuni elementi; 2 altri avvisi.",
      actions: [{ label: "Vedi le segnalazioni", action: { kind: "verifica" } }],
    });
    expect(wroteSomething(applied(95, 6))).toBe(true);
  });

  it.each([
    ["conditional formats (ExcelApi 1.6 and later)", applied(95, 6), "95 celle scritte. 2 errori"],
    [
      "fills in an Excel without conditional formats for add-ins",
      applied(95, 0, 0, 40),
      "95 celle scritte, 40 celle colorate con il semaforo. 2 errori",
    ],
    ["one fill", applied(95, 0, 0, 1), "95 celle scritte, 1 cella colorata con il semaforo. 2 errori"],
  ])("the sample with %s: the message counts what was written", async (_, report, start) => {
    const m = recalcMessage(recalculate({ grids: await sampleGrids() }), report);
    expect(m.text.startsWith(start)).toBe(true);
  });

  it.each([
    [
      { severity: "errore", code: "peso-non-leggibile", message: "m", sheet: "Piano", cell: "D7" },
      { kind: "cella", sheet: "Piano", cell: "D7" },
    ],
    [
      { severity: "errore", code: "colonne-mancanti", message: "m", sheet: "Piano" },
      { kind: "mappatura", sheet: "Piano" },
    ],
    [{ severity: "errore", code: "anno-assente", message: "m", sheet: "Piano" }, { kind: "impostazioni" }],
    [{ severity: "errore", code: "nessun-piano", message: "m" }, { kind: "mappatura" }],
  ] as const)("the fix of %j is %j", (p, action) => {
    expect(fixOf(p)?.action).toEqual(action);
  });
});

describe("wording", () => {
  it.each([
    [0, "0 segnalazioni"],
    [1, "1 segnalazione"],
    [2, "2 segnalazioni"],
    [12345, "12.345 segnalazioni"],
  ])("%d → %s", (n, text) => {
    expect(count(n, "segnalazione", "segnalazioni")).toBe(text);
  });

  const report = (kept: UndoReport["cellsKept"]): UndoReport => ({
    cellsRestored: 93,
    formatsRemoved: 6,
    formatsRestored: 0,
    cellsChangedSince: kept.length,
    cellsKept: kept,
  });
  it.each([
    [[], ["Ricalcolo annullato: 93 celle ripristinate, semafori tornati come prima."]],
    [
      [{ sheet: "Piano 2019", address: "H4", written: 0.8772, current: "rivedere con OIV" }],
      [
        "Ricalcolo annullato: 93 celle ripristinate, semafori tornati come prima.",
        "1 cella modificata dopo il ricalcolo è rimasta come l'avete scritta: Piano 2019!H4.",
      ],
    ],
  ] as const)("undo keeping %j says so", (kept, texts) => {
    expect(undoMessages(report([...kept])).map((m) => m.text)).toEqual(texts);
  });
});

describe("when and with which settings the figures were computed", () => {
  it.each([
    [{}, "Ultimo ricalcolo alle 09:05 con metodo proporzionale, soglie 60%/80%, tolleranza pesi 0,1%."],
    [
      { method: "binario", year: 2019 },
      "Ultimo ricalcolo alle 09:05 con metodo binario, soglie 60%/80%, tolleranza pesi 0,1%, anno 2019.",
    ],
  ] as const)("%j → %s", (patch, text) => {
    expect(lastRunText(new Date(2026, 11, 2, 9, 5), { ...DEFAULT_ADDIN_SETTINGS, ...patch })).toBe(text);
  });
});

describe("a change reported by Excel makes the figures out of date when it touches the plan", () => {
  const written = writtenCells([
    { sheet: "Piano 2019", address: "H4", value: 0.8772, kind: "performance-kpi" },
    { sheet: "Piano 2019", address: "H5", value: 0.274, kind: "performance-kpi" },
  ]);
  it.each([
    ["Piano 2019", "H4", false],
    ["Piano 2019", "H4:H5", false],
    ["Piano 2019", "G4", true],
    ["Piano 2019", "H4:H6", true],
    ["Altro foglio", "H4", true],
    ["Piano 2019", "A:XFD", true],
  ] as const)("%s!%s → %s", (sheet, address, stale) => {
    expect(isPlanChange(sheet, address, written)).toBe(stale);
  });
});
