import { readPlanSheet, readWorkbookPlans } from "../../src/layout/read-plan";
import { LAYOUT_READERS } from "../../src/layout/readers";
import { levelTableReader } from "../../src/layout/level-table/level-table";
import { tableReader } from "../../src/layout/table/table-reader";
import { LayoutReader } from "../../src/layout/types";
import { Cell, pct, sheet } from "./fixtures/sheet";
import { computePlan } from "../../src/engine/rollup";

describe("sheets that are not plans", () => {
  it.each([
    ["an empty sheet", []],
    [
      "a budget",
      [
        ["Voce di bilancio", "Preventivo 2024", "Consuntivo 2023"],
        ["Diritto annuale", 5_600_000, 5_623_954.18],
        ["Diritti di segreteria", 2_100_000, 2_050_000],
      ],
    ],
    [
      "a list of names",
      [
        ["Nome", "Cognome"],
        ["Marta", "Bianchi"],
      ],
    ],
    ["a single odd cell", [[null, null, true]]],
  ])("%s gives plan null, layout null and no problems", (_label, rows) => {
    expect(readPlanSheet(sheet("Altro", rows as Cell[][]))).toMatchObject({
      plan: null,
      layout: null,
      problems: [],
      reading: { reader: null, rows: [] },
    });
  });

  it("a sheet with plan headers that cannot be read gets an avviso saying what is missing, with sheet and cells", () => {
    const read = readPlanSheet(
      sheet("Bozza", [["Piano 2025"], ["Obiettivo", "Target", "Responsabile"], ["A.1 Digitale", 10, "Rossi"]])
    );
    expect(read.plan).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({
        severity: "avviso",
        code: "piano-non-letto",
        sheet: "Bozza",
        cell: "A2",
        cells: ["A2", "B2"],
      }),
    ]);
    expect(read.problems[0].message).toContain("Indicatore e Consuntivo");
  });
});

describe("a broken layout", () => {
  it("a header without a Target column is an errore naming the sheet and the header cells", () => {
    const read = readPlanSheet(
      sheet("Piano 2024", [
        ["Piano della performance"],
        [],
        ["Obiettivo", "Indicatore", "Peso", "Consuntivo", "Performance KPI"],
        ["A.1 Ob", "KPI", "100%", 5],
      ])
    );
    expect(read.plan).toBeNull();
    expect(read.layout).toBeNull();
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({
      severity: "errore",
      code: "colonne-mancanti",
      sheet: "Piano 2024",
      cell: "A3:E3",
      cells: ["A3", "B3", "C3", "D3", "E3"],
    });
    expect(read.problems[0].message).toBe(
      "L'intestazione alla riga 3 non ha la colonna Target (colonne riconosciute: Obiettivo (A3), Indicatore (B3), " +
        "Peso (C3), Consuntivo (D3), Performance KPI (E3)): il piano non può essere letto. Rinominare le intestazioni o indicare le colonne nella mappatura."
    );
  });
});

describe("column mapping (ReadOptions.columns)", () => {
  const rows: Cell[][] = [
    ["Descrizione", "Misura", "Incidenza", "Atteso", "Effettivo", "Esito %"],
    ["A.1 Digitale", "Pratiche telematiche", "100% >=", pct(0.9), pct(0.45), null],
  ];

  it("unrecognised headers: the sheet is not read without a mapping", () => {
    expect(readPlanSheet(sheet("M", rows)).plan).toBeNull();
  });

  it("a full mapping reads the sheet without a recognisable header; headerRow tells where data starts", () => {
    const columns = { obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4, performanceKpi: 5 };
    const read = readPlanSheet(sheet("M", rows), { columns, headerRow: 0 });
    expect(read.layout).toMatchObject({ headerRow: 0, columns, firstDataRow: 1, lastDataRow: 1 });
    expect(read.plan!.objectives[0].kpis[0]).toMatchObject({
      name: "Pratiche telematiche",
      weight: 1,
      cells: { target: "D2", actual: "E2", performance: "F2" },
    });
    expect(computePlan(read.plan!).objectives[0].performance).toBeCloseTo(0.5, 10);
  });

  it("a full mapping without headerRow: a first row of words is taken for the header", () => {
    const columns = { obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4 };
    const read = readPlanSheet(sheet("M", rows), { columns });
    expect(read.layout).toMatchObject({ headerRow: 0, firstDataRow: 1 });
    expect(read.problems).toEqual([]);
    expect(read.plan!.objectives.map((o) => o.code)).toEqual(["A.1"]);
  });

  it("a partial mapping completes detection: 'Atteso' mapped as target", () => {
    const partial: Cell[][] = [
      ["Obiettivo", "Indicatore", "Peso", "Atteso", "Consuntivo"],
      ["A.1 Digitale", "KPI", "100% >=", 10, 5],
    ];
    expect(readPlanSheet(sheet("M", partial)).plan).toBeNull();
    const read = readPlanSheet(sheet("M", partial), { columns: { target: 3 } });
    expect(read.layout?.columns).toMatchObject({ obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4 });
    expect(read.plan!.objectives[0].kpis[0].target).toMatchObject({ value: 10 });
  });

  it("the mapping wins over detection: a column mapped to another field leaves its detected one", () => {
    const two: Cell[][] = [
      ["Obiettivo", "Indicatore", "Target", "Consuntivo", "Valore rilevato"],
      ["A.1 Ob", "KPI", 10, 4, 8],
    ];
    const read = readPlanSheet(sheet("M", two), { columns: { consuntivo: 4 } });
    expect(read.layout?.columns.consuntivo).toBe(4);
    expect(read.plan!.objectives[0].kpis[0].actual).toMatchObject({ value: 8 });
  });
});

describe("the reader registry", () => {
  it("every reader is a { kind, takesMapping, detect, read } object, one per kind, the table reader last", () => {
    for (const r of LAYOUT_READERS) {
      expect(typeof r.kind).toBe("string");
      expect(typeof r.takesMapping).toBe("boolean");
      expect(typeof r.detect).toBe("function");
      expect(typeof r.read).toBe("function");
    }
    expect(new Set(LAYOUT_READERS.map((r) => r.kind)).size).toBe(LAYOUT_READERS.length);
    expect(LAYOUT_READERS.map((r) => r.kind)).toEqual([
      "tabella-rientri",
      "report",
      "cruscotto",
      "schede",
      "tabella-livelli",
      "tabella",
    ]);
    expect(LAYOUT_READERS.filter((r) => r.takesMapping).map((r) => r.kind)).toEqual([
      "tabella-rientri",
      "report",
      "tabella",
    ]);
  });

  const grid = sheet("R", [
    ["Obiettivo", "Indicatore", "Target", "Consuntivo"],
    ["A.1 Ob", "KPI", 10, 5],
  ]);
  const claiming = (score: number, code: string): LayoutReader => ({
    kind: "report",
    takesMapping: false,
    detect: () => ({ score, reason: `riconosciuto ${code}` }),
    read: (g) => ({
      plan: { sheet: g.name, objectives: [] },
      layout: { sheet: g.name, kind: "report", headerRow: 0, columns: {}, firstDataRow: 1, lastDataRow: 1 },
      problems: [],
    }),
  });

  it("every reader detects the sheet and the highest score reads it, wherever it is listed", () => {
    // the table reader sees 4 header fields
    expect(tableReader.detect(grid, {})?.score).toBe(4);
    const strong = readPlanSheet(grid, {}, [tableReader, claiming(5, "X")]);
    expect(strong.plan).toEqual({ sheet: "R", objectives: [] });
    expect(strong.reading?.reason).toContain("riconosciuto X");
    const weak = readPlanSheet(grid, {}, [claiming(3, "X"), tableReader]);
    expect(weak.plan?.objectives.map((o) => o.code)).toEqual(["A.1"]);
  });

  it("on equal scores the reader listed first wins", () => {
    expect(readPlanSheet(grid, {}, [claiming(4, "X"), tableReader]).reading?.reason).toContain("riconosciuto X");
    expect(readPlanSheet(grid, {}, [tableReader, claiming(4, "X")]).plan?.objectives).toHaveLength(1);
  });

  it("a reader whose read finds no plan after all gives way to the next best", () => {
    const empty: LayoutReader = { ...claiming(9, "X"), read: () => null };
    expect(readPlanSheet(grid, {}, [empty, tableReader]).plan?.objectives).toHaveLength(1);
  });

  it("a sheet the level-table and the table reader both recognise goes to the level-table reader, by its higher score", () => {
    const levels = sheet("Operativi 2019", [
      ["Obiettivi strategici", "Programmi di intervento", "Obiettivo Operativo", "Indicatore", "Target"],
      ["1. Semplificazione", "Continuare la semplificazione", "Coordinamento con i Comuni", "Pratiche evase", 0.9],
    ]);
    const level = levelTableReader.detect(levels, {});
    const table = tableReader.detect(levels, {});
    expect(level && table && level.score > table.score).toBe(true);
    const read = readPlanSheet(levels);
    expect(read.reading?.reason).toContain(
      "una colonna per livello (Obiettivi strategici, Programmi di intervento, Obiettivo Operativo)"
    );
    expect(read.plan?.objectives.map((o) => o.code)).toEqual(["1", "1.1", "1.1.1"]);
  });

  it("with a full column mapping only the readers that take one detect the sheet", () => {
    const columns = { obiettivo: 0, indicatore: 1, target: 2, consuntivo: 3 };
    const read = readPlanSheet(grid, { columns }, [claiming(99, "X"), tableReader]);
    expect(read.plan?.objectives).toHaveLength(1);
  });

  it("the reading's reason says what the detection recognised: the header and the objective codes", () => {
    const albero = readPlanSheet(
      sheet("Albero", [
        ["Piano della performance 2024"],
        [],
        ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo"],
        ["A.1 Ob", null, "100%", null, null],
        [null, "KPI 1", "100% >=", 10, 5],
        ["A.1.1 Sotto", null, "100%", null, null],
        [null, "KPI 2", "100% >=", 10, 5],
      ])
    );
    expect(albero.reading?.reason).toBe(
      "albero: intestazione alla riga 3 (Obiettivo, Indicatore, Peso, Target, Consuntivo), righe di obiettivo con codici A.1, A.1.1; i KPI nelle righe sotto il loro obiettivo"
    );
    const report = readPlanSheet(
      sheet("Relazione", [
        ["Peso", "Obiettivo / Indicatore", "Target", "Consuntivo"],
        [0.5, "01_02 Internazionalizzazione", null, null],
        [1, "TUR_01 Capacità", ">= 10,00 N.", 27],
      ])
    );
    expect(report.reading?.reason).toBe(
      "relazione: intestazione alla riga 1 (Peso, Obiettivo / Indicatore, Target, Consuntivo), righe di obiettivo con codici 01_02, 1 riga di indicatore; obiettivi e indicatori in una sola colonna"
    );
  });

  it("a reader that throws becomes an errore on the sheet, never an exception", () => {
    const boom = () => {
      throw new Error("indice fuori intervallo");
    };
    const inDetect: LayoutReader = { ...claiming(1, "X"), detect: boom };
    const inRead: LayoutReader = { ...claiming(1, "X"), read: boom };
    for (const broken of [inDetect, inRead]) {
      const read = readPlanSheet(sheet("X", [["a"]]), {}, [broken]);
      expect(read).toMatchObject({
        plan: null,
        layout: null,
        problems: [{ severity: "errore", code: "lettura-fallita", sheet: "X", cell: "A1" }],
      });
    }
  });
});

describe("readWorkbookPlans", () => {
  it("reads every sheet with its own mapping, keeping sheets that are not plans", () => {
    const plan = sheet("Piano", [
      ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo"],
      ["A.1 Ob", "KPI", "100% >=", 10, 5],
    ]);
    const other = sheet("Note", [["appunti"]]);
    const mapped = sheet("Mappato", [
      ["x", "y", "z", "w"],
      ["B.1 Ob", "KPI", 10, 5],
    ]);
    const out = readWorkbookPlans([plan, other, mapped], {
      columns: { Mappato: { obiettivo: 0, indicatore: 1, target: 2, consuntivo: 3 } },
    });
    expect(out.map((r) => [r.sheet, r.result.plan?.objectives.map((o) => o.code) ?? null])).toEqual([
      ["Piano", ["A.1"]],
      ["Note", null],
      ["Mappato", ["B.1"]],
    ]);
    expect(readWorkbookPlans([plan, other], { sheets: ["Note"] }).map((r) => r.sheet)).toEqual(["Note"]);
  });
});

describe("messages", () => {
  // issue 9: a flat list of KPIs is read as one objective (the sheet), said once on the Indicatore header
  it("a header without objective and code columns is a list of KPIs read as one objective, with an avviso", () => {
    const read = readPlanSheet(
      sheet("K", [
        ["Indicatore", "Peso", "Target", "Consuntivo"],
        ["01:01 KPI", "60% >=", 10, 5],
        ["01:02 KPI", "40% >=", 10, 10],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => k.name)])).toEqual([
      ["K", ["01:01 KPI", "01:02 KPI"]],
    ]);
    expect(read.problems).toEqual([expect.objectContaining({ severity: "avviso", code: "elenco-di-kpi", cell: "A1" })]);
    expect(read.problems[0].message).toContain("i 2 KPI sono letti come un solo obiettivo");
  });

  it("many hidden rows are listed briefly", () => {
    const rows: Cell[][] = [
      ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Performance KPI", "Performance Obiettivo"],
      ["A.1 Ob", "KPI 0", "4%", 1, 1],
    ];
    for (let i = 1; i <= 24; i++) rows.push([null, `KPI ${i}`, "4%", 1, 1]);
    const hidden = new Set(Array.from({ length: 24 }, (_, i) => i + 2));
    const read = readPlanSheet(sheet("N", rows, { hiddenRows: hidden }));
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0].message).toBe(
      "Le righe nascoste 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 e altre 14 fanno parte del piano e sono state lette."
    );
  });
});

describe("a column mapping that is not enough on a sheet whose header nothing recognises", () => {
  it("is an error naming the fields still needed, not a silent 'no plan'", () => {
    const { readPlanSheet } = require("../../src/layout/read-plan") as typeof import("../../src/layout/read-plan");
    const grid = {
      name: "Foglio1",
      rowOffset: 0,
      colOffset: 0,
      values: [
        ["Cosa", "Misura", "Quanto", "Atteso", "Effettivo"],
        ["A.1 Ob", "KPI uno", "50%", 10, 8],
      ],
    };
    const r = readPlanSheet(grid, { columns: { target: 3, consuntivo: 4 } });
    expect(r.plan).toBeNull();
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: "errore",
        code: "mappatura-incompleta",
        sheet: "Foglio1",
        cell: "A1",
        message: expect.stringContaining("Obiettivo (o Codice), Indicatore"),
      }),
    ]);
    const full = readPlanSheet(grid, { columns: { obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4 } });
    expect(full.plan!.objectives.map((o) => o.code)).toEqual(["A.1"]);
  });
});
