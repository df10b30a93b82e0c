import { serialFromYmd } from "../../src/engine/dates";
import { Problem } from "../../src/engine/problems";
import { CellValue } from "../../src/engine/values";
import { SheetGrid, gridFromRows } from "../../src/layout/grid";
import { recalculate } from "../../src/pipeline/recalculate";
import { problemLines } from "../../src/pipeline/report";
import { PipelineSettings } from "../../src/pipeline/types";
import { loadFixture, sheetOf } from "../fixtures/load-grid";

/** A 002 obiettivi operativi sheet (one column per level) with a Consuntivo column. */
const LEVELS: CellValue[][] = [
  ["011_Competitività delle Imprese"],
  ["Obiettivi strategici", "Programmi di intervento", "Obiettivo Operativo", "Indicatore", "Target", "Consuntivo"],
  ["1. Digitale", "Sportello unico", "Pratiche telematiche", "Tempo medio di evasione", "<= 5gg", "4gg"],
  [null, null, null, "Indicatore senza target", null, 3],
  [null, null, null, "Revisione sezione sito", "Rispetto tempistica (Vedi allegato)", 1],
  [null, null, null, "Quota aggiornata", "??", 2],
];

/** A table without the performance columns, so the pipeline says what it did about them. */
const NO_PERFORMANCE: CellValue[][] = [
  ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo"],
  ["A.1 Digitale", "Pratiche telematiche", "100%", ">= 10", 8],
];

/** 15/03/2021, the day the command line or the task pane would pass as today. */
const TODAY = serialFromYmd(2021, 3, 15);

function problemsOf(grids: SheetGrid[], settings: Partial<PipelineSettings> = {}): Problem[] {
  return recalculate({ grids, settings, today: TODAY }).problems;
}

const at = (problems: readonly Problem[], sheet: string, cell: string) =>
  problems.filter((p) => p.sheet === sheet && p.cell === cell);

describe("one cell, one problem", () => {
  const problems = problemsOf([gridFromRows("Operativi 2019", LEVELS)]);

  it.each([
    ["E4", "target-mancante", "errore"],
    ["E5", "target-non-calcolabile", "avviso"],
    ["E6", "target-non-leggibile", "errore"],
  ])("the target cell %s is reported once, as %s (%s)", (cell, code, severity) => {
    expect(at(problems, "Operativi 2019", cell).map((p) => [p.code, p.severity])).toEqual([[code, severity]]);
  });

  it("no cell of the sheet carries two problems", () => {
    const cells = problems.filter((p) => p.cell).map((p) => `${p.sheet}!${p.cell}`);
    expect(cells.filter((c, i) => cells.indexOf(c) !== i)).toEqual([]);
  });
});

describe("the location is printed once: the message never repeats the sheet and cell it carries", () => {
  let cases: [string, Problem[]][] = [];
  beforeAll(async () => {
    const cruscotto = await loadFixture("002-cruscotto-2016-2020.xlsx");
    const report = await loadFixture("003-report-albero-2022.xlsx");
    const schede = await loadFixture("004-schede-2019-2021.xlsx");
    cases = [
      ["002 cruscotto, anno 2019", problemsOf(cruscotto, { year: 2019 })],
      ["002 cruscotto, anno 2030", problemsOf([sheetOf(cruscotto, "Cruscotto strategico")], { year: 2030 })],
      ["003 relazione", problemsOf(report)],
      ["004 schede", problemsOf(schede, { year: 2019 })],
      ["002 livelli", problemsOf([gridFromRows("Operativi 2019", LEVELS)])],
      ["tabella senza colonne di performance", problemsOf([gridFromRows("Piano", NO_PERFORMANCE)])],
    ];
  });

  it("every case has problems with a sheet and a cell to check", () => {
    for (const [, problems] of cases) expect(problems.some((p) => p.sheet && p.cell)).toBe(true);
  });

  it("no message names the sheet or the cell it carries", () => {
    const repeated = cases.flatMap(([name, problems]) =>
      problems
        .filter(
          (p) =>
            (p.sheet && p.message.includes(`"${p.sheet}"`)) ||
            (p.cell && new RegExp(`\\b(cella|riga) ${p.cell}\\b`).test(p.message))
        )
        .map((p) => `${name}: ${p.code} ${p.message}`)
    );
    expect(repeated).toEqual([]);
  });

  it("each line of the command line's summary names its sheet once", () => {
    for (const [, problems] of cases) {
      const lines = problemLines(problems).slice(1);
      problems.forEach((p, i) => {
        if (p.sheet) expect(lines[i].split(p.sheet).length - 1).toBe(1);
      });
    }
  });
});

describe("a message that sends the user to a setting names it as the task pane and the command line do", () => {
  const YEAR = /Impostazioni → «Anno dei piani pluriennali» \(riga di comando: --anno\)/;
  const COLUMNS =
    /Impostazioni → «Aggiungi le colonne di performance mancanti» \(riga di comando: --aggiungi-colonne\)/;
  let cruscotto: SheetGrid;
  beforeAll(async () => {
    cruscotto = sheetOf(await loadFixture("002-cruscotto-2016-2020.xlsx"), "Cruscotto strategico");
  });
  const levelsWithoutYear = (): SheetGrid =>
    gridFromRows(
      "Operativi",
      LEVELS.map((r) => r.map((v) => (v === "<= 5gg" ? "<= 6gg" : v)))
    );

  it.each<[string, string, RegExp, () => [SheetGrid[], Partial<PipelineSettings>]]>([
    ["a dashboard without a chosen year", "anno-predefinito", YEAR, () => [[cruscotto], {}]],
    ["a dashboard asked for a year it lacks", "anno-assente", YEAR, () => [[cruscotto], { year: 2030 }]],
    ["a level table whose year nothing tells", "anno-non-indicato", YEAR, () => [[levelsWithoutYear()], {}]],
    [
      "a table without performance columns",
      "colonna-mancante",
      COLUMNS,
      () => [[gridFromRows("Piano", NO_PERFORMANCE)], {}],
    ],
  ])("%s: %s names the setting", (_, code, setting, input) => {
    const [grids, settings] = input();
    const found = problemsOf(grids, settings).filter((p) => p.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const p of found) {
      expect(p.message).toMatch(setting);
      expect(p.message).not.toMatch(/nelle impostazioni/i);
    }
  });
});
