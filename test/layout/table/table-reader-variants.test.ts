import { computePlan } from "../../../src/engine/rollup";
import { readPlanSheet } from "../../../src/layout/read-plan";
import { recalculate } from "../../../src/pipeline/recalculate";
import { Cell, date, pct, sheet } from "../fixtures/sheet";
import { serial } from "../fixtures/excel-cells";

const HEADER = ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Performance KPI", "Performance Obiettivo"];
const kpisOf = (rows: Cell[][], name = "Piano") =>
  readPlanSheet(sheet(name, rows)).plan!.objectives.flatMap((o) => o.kpis);

describe("header below a title block with merged cells", () => {
  const rows: Cell[][] = [
    ["CAMERA DI COMMERCIO DI VALDARNO"],
    ["Piano della performance 2024 - monitoraggio al 30/06"],
    [],
    ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Performance", null],
    [null, null, null, null, null, "KPI", "Obiettivo"],
    ["A.1 Servizi digitali", "Pratiche telematiche", "100% >=", pct(0.9), pct(0.45)],
  ];
  const merges = ["A1:G1", "A2:G2", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:G4"];
  const read = readPlanSheet(sheet("Monitoraggio", rows, { merges }));

  it("joins the group header 'Performance' with 'KPI' | 'Obiettivo' below it and reads under the merged headers", () => {
    expect(read.layout).toMatchObject({
      headerRow: 4,
      columns: {
        obiettivo: 0,
        indicatore: 1,
        peso: 2,
        target: 3,
        consuntivo: 4,
        performanceKpi: 5,
        performanceObiettivo: 6,
      },
      firstDataRow: 5,
    });
    expect(read.plan!.objectives[0]).toMatchObject({ code: "A.1", cells: { performance: "G6" } });
    expect(computePlan(read.plan!).objectives[0].performance).toBeCloseTo(0.5, 10);
  });
});

describe("blank rows, reordered columns, extra columns", () => {
  const rows: Cell[][] = [
    [
      "Note",
      "Consuntivo",
      "Responsabile",
      "Indicatore",
      "Target",
      "Obiettivo",
      "Fonte del dato",
      "Peso",
      "Performance KPI",
      "Performance Obiettivo",
    ],
    [],
    ["", null, "Dott. Rossi", null, null, "A.1 Semplificazione", "", null],
    [null, 8, "Dott. Rossi", "Pratiche evase", 10, null, "Infocamere", "50% >="],
    [],
    [],
    ["in ritardo", date(15, 10, 2024), null, "Nuovo regolamento", date(30, 9, 2024), null, "Atti", "50% <="],
  ];
  const read = readPlanSheet(sheet("Riordinato", rows));

  it("maps columns by header whatever their order, ignoring the extra ones", () => {
    expect(read.layout?.columns).toEqual({
      consuntivo: 1,
      indicatore: 3,
      target: 4,
      obiettivo: 5,
      peso: 7,
      performanceKpi: 8,
      performanceObiettivo: 9,
    });
    expect(read.problems).toEqual([]);
  });

  it("skips blank rows and keeps both KPIs under A.1 with their cells", () => {
    const [o] = read.plan!.objectives;
    expect(o.kpis.map((k) => [k.row, k.name, k.weight, k.direction, k.cells.target, k.cells.actual])).toEqual([
      [4, "Pratiche evase", 0.5, ">=", "E4", "B4"],
      [7, "Nuovo regolamento", 0.5, "<=", "E7", "B7"],
    ]);
    expect(read.layout).toMatchObject({ kind: "albero", firstDataRow: 2, lastDataRow: 6 });
  });
});

describe("weights as staff write them", () => {
  it.each([
    [50, undefined, 0.5, null],
    [0.5, undefined, 0.5, null],
    [0.5, "0%", 0.5, null],
    ["50%", undefined, 0.5, null],
    ["50% >=", undefined, 0.5, ">="],
    ["50%>", undefined, 0.5, ">="],
    ["0,5", undefined, 0.5, null],
    ["16,66 %", undefined, 0.1666, null],
    ["0%", undefined, 0, null],
  ])("Peso %j (format %s) → %d, direction %s", (raw, format, weight, direction) => {
    const cell: Cell = format ? { v: raw as number, f: format } : (raw as Cell);
    const [k] = kpisOf([HEADER, ["A.1 Obiettivo", "KPI", cell, 10, 5]]);
    expect(k.weight).toBeCloseTo(weight as number, 10);
    expect(k.direction).toBe(direction);
  });

  it("an unreadable weight is an errore naming its cell, and the KPI keeps no weight", () => {
    const read = readPlanSheet(sheet("Pesi", [HEADER, ["A.1 Obiettivo", "KPI uno", "abc", 10, 5]]));
    expect(read.plan!.objectives[0].kpis[0].weight).toBeNull();
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "errore", code: "peso-non-leggibile", sheet: "Pesi", cell: "C2" }),
    ]);
    expect(read.problems[0].message).toContain('"abc"');
  });

  it("an objective's own weight that cannot be read is reported on the objective row", () => {
    const read = readPlanSheet(sheet("Pesi", [HEADER, ["A.1 Obiettivo", null, "metà"], [null, "KPI", pct(1), 10, 5]]));
    expect(read.problems).toEqual([expect.objectContaining({ code: "peso-non-leggibile", cell: "C2" })]);
  });
});

describe("direction: own column first, then Peso, then Target", () => {
  const H = [
    "Obiettivo",
    "Indicatore",
    "Direzione",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];
  it.each([
    [">=", "100%", 10, ">=", "C2"],
    ["decrescente", "100%", 10, "<=", "C2"],
    [null, "100% <=", 10, "<=", "D2"],
    [null, "100%", "<= 10", "<=", "E2"],
    [null, "100%", "= 50.000,00 N.", "=", "E2"],
    ["≥", "100%", 10, ">=", "C2"],
  ])("Direzione %j, Peso %j, Target %j → %s from %s", (dir, weight, target, expected, cell) => {
    const read = readPlanSheet(sheet("D", [H, ["A.1 Ob", "KPI", dir, weight, target, 5]]));
    const [k] = read.plan!.objectives[0].kpis;
    expect(k.direction).toBe(expected);
    expect(k.cells.direction).toBe(cell);
    expect(read.problems).toEqual([]);
  });

  it("conflicting directions are an error naming both cells, and the KPI is not scored (no direction is guessed)", () => {
    const read = readPlanSheet(sheet("D", [H, ["A.1 Ob", "KPI", "crescente", "100% <=", 10, 5]]));
    expect(read.plan!.objectives[0].kpis[0].readError).toBe(true);
    const result = computePlan(read.plan!);
    expect(result.kpis[0].performance).toBeNull();
    expect(result.objectives[0].performance).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(["obiettivo-non-calcolato", "ente-non-calcolato"]);
    expect(read.problems).toEqual([
      expect.objectContaining({
        severity: "errore",
        code: "direzioni-in-conflitto",
        sheet: "D",
        cell: "C2",
        cells: ["C2", "D2"],
      }),
    ]);
  });

  it("an unreadable direction cell is an avviso; the Peso's direction is used", () => {
    const read = readPlanSheet(sheet("D", [H, ["A.1 Ob", "KPI", "boh", "100% >=", 10, 5]]));
    expect(read.plan!.objectives[0].kpis[0].direction).toBe(">=");
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "direzione-non-leggibile", cell: "C2" }),
    ]);
  });
});

describe("figures stored as Italian text", () => {
  it.each([
    [
      "1.587,10",
      "1.600,00",
      { kind: "number", value: 1587.1, percent: false },
      { kind: "number", value: 1600, percent: false },
    ],
    [
      "15,00%",
      "13,16%",
      { kind: "number", value: 0.15, percent: true },
      { kind: "number", value: 0.1316, percent: true },
    ],
    [
      "30/09/2019",
      "28/09/2019",
      { kind: "date", serial: serial(30, 9, 2019) },
      { kind: "date", serial: serial(28, 9, 2019) },
    ],
    [
      ">= 10,00 N.",
      "12",
      { kind: "number", value: 10, percent: false, unit: "N." },
      { kind: "number", value: 12, percent: false },
    ],
    ["si", "sì", { kind: "yesno", value: true }, { kind: "yesno", value: true }],
    ["7,00", "N.V.", { kind: "number", value: 7, percent: false }, { kind: "unavailable", text: "N.V." }],
    ["Anno di rilevazione", "", { kind: "unscorable", text: "Anno di rilevazione" }, { kind: "empty" }],
    ["tanti", "n.d", { kind: "invalid", text: "tanti" }, { kind: "unavailable", text: "n.d" }],
  ])("target %j, consuntivo %j", (target, actual, t, a) => {
    const [k] = kpisOf([HEADER, ["A.1 Ob", "KPI", "100%", target, actual]]);
    expect(k.target).toEqual(t);
    expect(k.actual).toEqual(a);
  });

  it("leaves an unreadable target to the engine, which names the cell", () => {
    const read = readPlanSheet(sheet("T", [HEADER, ["A.1 Ob", "KPI", "100% >=", "tanti", 5]]));
    expect(read.problems).toEqual([]);
    expect(computePlan(read.plan!).problems[0]).toMatchObject({
      severity: "errore",
      code: "target-non-leggibile",
      sheet: "T",
      cell: "D2",
    });
  });

  it("a consuntivo with a percent format is a percentage, a date format a date", () => {
    const [k1, k2] = kpisOf([
      HEADER,
      ["A.1 Ob", "KPI", "50%", pct(0.2), pct(0.25)],
      [null, "KPI 2", "50% <=", date(30, 6, 2024), date(1, 7, 2024)],
    ]);
    expect(k1.actual).toEqual({ kind: "number", value: 0.25, percent: true });
    expect(k2.actual).toEqual({ kind: "date", serial: serial(1, 7, 2024) });
  });
});

describe("objective codes as written", () => {
  it.each([
    ["A.1 - Attrattività del territorio", "A.1", "Attrattività del territorio"],
    ["A.1. Attrattività del territorio", "A.1", "Attrattività del territorio"],
    ["A.1 – Attrattività del territorio", "A.1", "Attrattività del territorio"],
    ["A.1\u00a0Attrattività del territorio  ", "A.1", "Attrattività del territorio"],
    ["  A.1 -\u00a0Attrattività del territorio", "A.1", "Attrattività del territorio"],
    ["01_03 Promozione", "01_03", "Promozione"],
    ["B.2.1 Progetti", "B.2.1", "Progetti"],
  ])("%j → %s", (text, code, name) => {
    const read = readPlanSheet(sheet("C", [HEADER, [text, "KPI", "100%", 10, 5]]));
    expect(read.plan!.objectives[0]).toMatchObject({ code, name });
  });

  it("parents come from the codes found on the sheet, whatever their spelling", () => {
    const read = readPlanSheet(
      sheet("C", [
        HEADER,
        ["A - Area", null, null],
        ["A.1. Strategico", null, null],
        ["A.1.1 – Operativo", "KPI", "100%", 10, 5],
        ["A.1.2\u00a0 Altro", "KPI 2", "100%", 10, 5],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.parentCode, o.level])).toEqual([
      ["A", null, "area"],
      ["A.1", "A", "strategico"],
      ["A.1.1", "A.1", "operativo"],
      ["A.1.2", "A.1", "operativo"],
    ]);
  });

  it("a missing intermediate level is reported and the objective hangs from the nearest ancestor", () => {
    const read = readPlanSheet(
      sheet("C", [HEADER, ["A.1 Strategico", "KPI", "100%", 10, 5], ["A.1.3.2 Azione", "KPI 2", "100%", 10, 5]])
    );
    expect(read.plan!.objectives[1].parentCode).toBe("A.1");
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "padre-mancante", cell: "A3" }),
    ]);
    expect(read.problems[0].message).toContain("A.1.3");
  });
});

describe("rows that are not objectives or KPIs", () => {
  it("section labels between objectives are not nodes and do not end the objective's block", () => {
    const read = readPlanSheet(
      sheet("S", [
        HEADER,
        ["A.1 Ob", "KPI 1", "50%", 10, 5],
        ["Internazionalizzazione"],
        [null, "KPI 2", "50%", 10, 5],
        ["CCIAA", null, null, null, null, null, pct(1)],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.kpis.length])).toEqual([["A.1", 2]]);
    expect(read.problems).toEqual([]);
  });

  // issue 9: "a.2", "A4" look like codes the reader does not know; their KPIs must not change A.1's figure
  it.each([["a.2 Qualità dei dati"], ["A4 Tempestività"], ["A-2 Sportello"]])(
    "%j under A.1 is an errore naming its block; A.1 is left uncomputed",
    (text) => {
      const read = readPlanSheet(
        sheet("S", [
          HEADER,
          ["A.1 Ob", null, null, null, null],
          [null, "KPI 1", "100% >=", 10, 5],
          [text, null, null, null, null],
          [null, "KPI 2", "100% >=", 10, 5],
        ])
      );
      expect(read.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => [k.name, k.readError === true])])).toEqual([
        [
          "A.1",
          [
            ["KPI 1", false],
            ["KPI 2", true],
          ],
        ],
      ]);
      expect(read.problems).toEqual([
        expect.objectContaining({ severity: "errore", code: "obiettivo-non-riconosciuto", cell: "A4:A5" }),
      ]);
    }
  );

  it("a KPI before any objective is an errore with its cell", () => {
    const read = readPlanSheet(
      sheet("S", [HEADER, [null, "KPI orfano", "100%", 10, 5], ["A.1 Ob", "KPI", "100%", 10, 5]])
    );
    expect(read.plan!.objectives[0].kpis).toHaveLength(1);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "errore", code: "kpi-senza-obiettivo", sheet: "S", cell: "B2" }),
    ]);
    expect(read.problems[0].message).toContain("KPI orfano");
  });

  it("an objective without a code that carries a KPI: the KPI joins the previous objective, with an avviso", () => {
    const read = readPlanSheet(
      sheet("S", [HEADER, ["D.1 Migliorare", "KPI 1", "50%", 10, 5], ["Ottimizzare i processi", "KPI 2", "50%", 10, 5]])
    );
    expect(read.plan!.objectives[0].kpis).toHaveLength(2);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "obiettivo-senza-codice", cell: "A3" }),
    ]);
  });

  it("a row with figures but neither objective nor indicator is reported, not read", () => {
    const read = readPlanSheet(sheet("S", [HEADER, ["A.1 Ob", "KPI", "100%", 10, 5], [null, null, null, 12, 7]]));
    expect(read.plan!.objectives[0].kpis).toHaveLength(1);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "riga-non-classificata", cell: "D3", cells: ["D3", "E3"] }),
    ]);
  });

  it("notes without figures in the input columns are ignored silently", () => {
    const read = readPlanSheet(
      sheet("S", [
        [...HEADER, "Note"],
        ["A.1 Ob", "KPI", "100%", 10, 5],
        [null, null, null, null, null, null, null, "vedi relazione 2023"],
      ])
    );
    expect(read.problems).toEqual([]);
  });

  it("hidden rows are part of the plan in Excel: read, and said so", () => {
    const grid = sheet("H", [HEADER, ["A.1 Ob", "KPI 1", "50% >=", 10, 10], [null, "KPI 2", "50% >=", 10, 0]], {
      hiddenRows: new Set([2]),
    });
    const read = readPlanSheet(grid);
    expect(read.plan!.objectives[0].kpis.map((k) => k.row)).toEqual([2, 3]);
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "righe-nascoste-lette", sheet: "H", cell: "B3" }),
    ]);
    expect(computePlan(read.plan!).objectives[0].performance).toBeCloseTo(0.5, 10);
  });
});

describe("Performance columns missing", () => {
  it("leaves them out of the layout and says so, naming the header cells", () => {
    const grid = sheet("Senza", [
      ["Obiettivo", "Indicatore", "Peso", "Target", "Consuntivo", "Fonte"],
      ["A.1 Ob", "KPI", "100%", 10, 5],
    ]);
    const read = readPlanSheet(grid);
    expect(read.layout?.columns.performanceKpi).toBeUndefined();
    expect(read.layout?.columns.performanceObiettivo).toBeUndefined();
    expect(read.plan!.objectives[0].kpis[0].cells.performance).toBeUndefined();
    expect(read.problems).toEqual([]);
    const missing = recalculate({ grids: [grid] }).problems.filter((p) => p.code === "colonna-mancante");
    expect(missing).toEqual([expect.objectContaining({ severity: "avviso", sheet: "Senza", cell: "G1" })]);
    expect(missing[0].message).toContain('le colonne "Performance KPI" e "Performance Obiettivo"');
  });
});

describe("other columns", () => {
  it("Un.mis. '%' makes plain numbers percentage points", () => {
    const [k] = kpisOf([
      ["Obiettivo", "Indicatore", "Un.mis.", "Peso", "Target", "Consuntivo"],
      ["A.1 Ob", "KPI", "%", "100%", 15, 13.16],
    ]);
    expect(k.target).toEqual({ kind: "number", value: 0.15, percent: true });
    expect(k.actual.kind === "number" && k.actual.value).toBeCloseTo(0.1316, 12);
  });

  it("a Metodo column sets the KPI's method; an unknown name is left to the engine, which names the cell", () => {
    const read = readPlanSheet(
      sheet("M", [
        ["Obiettivo", "Indicatore", "Metodo", "Peso", "Target", "Consuntivo"],
        ["A.1 Ob", "KPI", "Binario", "50% >=", pct(0.6), pct(0.5)],
        [null, "KPI 2", "a occhio", "50% >=", 1, 1],
      ])
    );
    const [k1, k2] = read.plan!.objectives[0].kpis;
    expect(k1).toMatchObject({ method: "binario", cells: { method: "C2" } });
    expect(computePlan(read.plan!).kpis[0].performance).toBe(0);
    expect(k2.method).toBe("a occhio");
    expect(computePlan(read.plan!).problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "metodo-sconosciuto", cell: "C3" })])
    );
  });

  it("picks the target of the requested year among per-year columns", () => {
    const rows: Cell[][] = [
      ["Obiettivo", "Indicatore", "Target 2024", "Target 2025", "Consuntivo"],
      ["A.1 Ob", "KPI", 10, 20, 15],
    ];
    expect(kpisOf(rows)[0].target).toMatchObject({ value: 10 });
    const read = readPlanSheet(sheet("Y", rows), { year: 2025 });
    expect(read.plan!.objectives[0].kpis[0]).toMatchObject({ target: { value: 20 }, cells: { target: "D2" } });
  });
});

describe("objectives written on every row, and in two objective columns", () => {
  it("an objective repeated on each of its KPI rows (a filtered list) is one objective", () => {
    const read = readPlanSheet(
      sheet("Elenco", [
        HEADER,
        ["A.1 Digitale", "KPI 1", "50% >=", 10, 10],
        ["A.1 Digitale", "KPI 2", "50% >=", 10, 5],
        ["A.2 Estero", "KPI 3", "100% >=", 4, 4],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => k.name)])).toEqual([
      ["A.1", ["KPI 1", "KPI 2"]],
      ["A.2", ["KPI 3"]],
    ]);
    expect(read.problems).toEqual([]);
    expect(computePlan(read.plan!).objectives[0].performance).toBeCloseTo(0.75, 10);
  });

  it("'Obiettivo strategico' | 'Obiettivo operativo' columns: the strategic one is created once, KPIs go to the operational one", () => {
    const rows: Cell[][] = [
      [
        "Obiettivo strategico",
        "Obiettivo operativo",
        "Indicatore",
        "Peso",
        "Target",
        "Consuntivo",
        "Performance KPI",
        "Performance Obiettivo",
      ],
      ["01 Competitività", "01_01 Digitale", "KPI 1", "100% >=", 10, 8],
      ["01 Competitività", "01_02 Estero", "KPI 2", "100% >=", 10, 10],
      ["02 Efficienza", "02_01 Tempi", "KPI 3", "100% <=", 30, 30],
    ];
    const read = readPlanSheet(sheet("Operativi", rows));
    expect(
      read.plan!.objectives.map((o) => [o.code, o.parentCode, o.kpis.length, o.cells.performance ?? null])
    ).toEqual([
      ["01", null, 0, null],
      ["01_01", "01", 1, "H2"],
      ["01_02", "01", 1, "H3"],
      ["02", null, 0, null],
      ["02_01", "02", 1, "H4"],
    ]);
    expect(read.problems).toEqual([]);
    const r = computePlan(read.plan!);
    expect(r.objectives.find((o) => o.code === "01")?.performance).toBeCloseTo(0.9, 10);
  });
});

describe("hidden columns", () => {
  it("between two Target columns, the visible one is read", () => {
    const rows: Cell[][] = [
      ["Obiettivo", "Indicatore", "Target", "Target", "Consuntivo"],
      ["A.1 Ob", "KPI", 8, 10, 9],
    ];
    const read = readPlanSheet(sheet("HC", rows, { hiddenColumns: new Set([2]) }));
    expect(read.layout?.columns.target).toBe(3);
    expect(read.plan!.objectives[0].kpis[0].target).toMatchObject({ value: 10 });
  });
});

describe("a full mapping on a sheet without any header", () => {
  it("reads from the first row", () => {
    const read = readPlanSheet(sheet("Dati", [["A.1 Ob", "KPI", "100% >=", 10, 5]]), {
      columns: { obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4 },
    });
    expect(read.layout).toMatchObject({ headerRow: -1, firstDataRow: 0, lastDataRow: 0 });
    expect(read.plan!.objectives[0].kpis[0]).toMatchObject({ id: "Dati!1", cells: { target: "D1" } });
    expect(read.problems).toEqual([]);
    const settings = { columns: { Dati: { obiettivo: 0, indicatore: 1, peso: 2, target: 3, consuntivo: 4 } } };
    const missing = recalculate({
      grids: [sheet("Dati", [["A.1 Ob", "KPI", "100% >=", 10, 5]])],
      settings,
    }).problems.filter((p) => p.code === "colonna-mancante");
    expect(missing).toEqual([expect.objectContaining({ cell: "A1" })]);
    expect(missing[0].message).toContain("layout senza intestazione");
  });
});

describe("Un.mis. '%' never rescales silently", () => {
  const H = ["Obiettivo", "Indicatore", "Un.mis.", "Peso", "Target", "Consuntivo"];
  it("a plain target beside a %-formatted consuntivo is left as typed", () => {
    const [k] = kpisOf([H, ["A.1 Ob", "KPI", "%", "100% >=", 0.15, pct(0.1316)]]);
    expect(k.target).toEqual({ kind: "number", value: 0.15, percent: false });
    expect(k.actual).toEqual({ kind: "number", value: 0.1316, percent: true });
  });

  it("15 typed against a 13,16% consuntivo: the engine reports the mismatch instead of scoring 100%", () => {
    const read = readPlanSheet(
      sheet("U", [
        [...H, "Performance KPI", "Performance Obiettivo"],
        ["A.1 Ob", "KPI", "%", "100% >=", 15, pct(0.1316)],
      ])
    );
    const r = computePlan(read.plan!);
    expect(r.kpis[0].performance).toBeNull();
    expect(r.problems[0]).toMatchObject({ severity: "errore", sheet: "U", cell: "F2" });
  });

  it("another unit is kept on plain numbers", () => {
    const [k] = kpisOf([H, ["A.1 Ob", "KPI", "gg", "100% <=", 5, 6]]);
    expect(k.target).toEqual({ kind: "number", value: 5, percent: false, unit: "gg" });
  });
});

describe("summary rows", () => {
  it("'Totale' rows with the sum of the weights are neither nodes nor warnings", () => {
    const read = readPlanSheet(
      sheet("Tot", [
        HEADER,
        ["A.1 Ob", null, pct(0.6)],
        [null, "KPI", pct(1), 10, 5],
        ["A.2 Ob", null, pct(0.4)],
        [null, "KPI 2", pct(1), 10, 10],
        ["Totale pesi", null, pct(1)],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.weight])).toEqual([
      ["A.1", 0.6],
      ["A.2", 0.4],
    ]);
    expect(read.problems).toEqual([]);
  });
});

describe("an objective row with figures but no indicator", () => {
  it("is an objective; its target and consuntivo are not silently dropped", () => {
    const read = readPlanSheet(sheet("O", [HEADER, ["A.1 Ob", null, pct(1), 10, 8], [null, "KPI", "100% >=", 10, 5]]));
    expect(read.plan!.objectives[0]).toMatchObject({ code: "A.1", weight: 1 });
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: "avviso", code: "valori-senza-indicatore", cell: "D2", cells: ["D2", "E2"] }),
    ]);
  });
});

describe("a used range that does not start at A1", () => {
  it("reads sheet coordinates: rows and cells are the sheet's, not the range's", () => {
    const grid = {
      ...sheet("Offset", [["Piano 2024"], [], HEADER, ["A.1 Ob", "KPI", "100% >=", 10, 5]]),
      rowOffset: 4,
      colOffset: 2,
    };
    const read = readPlanSheet(grid);
    expect(read.layout).toMatchObject({
      headerRow: 6,
      firstDataRow: 7,
      lastDataRow: 7,
      columns: { obiettivo: 2, indicatore: 3, target: 5 },
    });
    const [o] = read.plan!.objectives;
    expect(o).toMatchObject({ row: 8, cells: { name: "C8", performance: "I8" } });
    expect(o.kpis[0]).toMatchObject({
      id: "Offset!8",
      row: 8,
      cells: { name: "D8", weight: "E8", target: "F8", actual: "G8", performance: "H8" },
    });
  });
});

describe("group headers", () => {
  it("'Target' merged over '2024' | '2025' gives per-year targets", () => {
    const rows: Cell[][] = [
      ["Obiettivo", "Indicatore", "Target", null, "Consuntivo"],
      [null, null, "2024", "2025", null],
      ["A.1 Ob", "KPI", 10, 20, 15],
    ];
    const read = readPlanSheet(sheet("G", rows, { merges: ["C1:D1", "A1:A2", "B1:B2", "E1:E2"] }), { year: 2025 });
    expect(read.layout).toMatchObject({
      headerRow: 1,
      columns: { obiettivo: 0, indicatore: 1, target: 3, consuntivo: 4 },
    });
    expect(read.plan!.objectives[0].kpis[0].target).toMatchObject({ value: 20 });
  });

  it("a title 'Performance' merged across the whole table does not turn the headers below into performance columns", () => {
    const rows: Cell[][] = [["Performance"], [...HEADER], ["A.1 Ob", "KPI", "100% >=", 10, 5]];
    const read = readPlanSheet(sheet("G", rows, { merges: ["A1:G1"] }));
    expect(read.layout?.columns).toEqual({
      obiettivo: 0,
      indicatore: 1,
      peso: 2,
      target: 3,
      consuntivo: 4,
      performanceKpi: 5,
      performanceObiettivo: 6,
    });
  });
});

describe("what the Cod. column holds", () => {
  const H = [
    "Obiettivo",
    "Cod.",
    "Indicatore",
    "Peso",
    "Target",
    "Consuntivo",
    "Performance KPI",
    "Performance Obiettivo",
  ];
  it("KPI codes shaped like objective codes ('OC_01') beside coded objectives stay KPI codes", () => {
    const read = readPlanSheet(
      sheet("K", [
        H,
        ["A.1 Ob", "OC_01", "KPI 1", "50% >=", 10, 5],
        [null, "OC_02", "KPI 2", "50% >=", 10, 10],
        ["A.2 Altro", "OC_03", "KPI 3", "100% >=", 1, 1],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.kpis.map((k) => k.code)])).toEqual([
      ["A.1", ["OC_01", "OC_02"]],
      ["A.2", ["OC_03"]],
    ]);
  });

  it("a Codice column repeating the objective's code is the objective's", () => {
    const read = readPlanSheet(
      sheet("K", [
        H,
        ["A.1 Ob", "A.1", null, "60%"],
        [null, "KPI9", "KPI 1", "100% >=", 10, 5],
        ["A.2 Altro", "A.2", null, "40%"],
        [null, null, "KPI 2", "100% >=", 1, 1],
      ])
    );
    expect(read.plan!.objectives.map((o) => [o.code, o.weight, o.kpis.map((k) => k.code ?? null)])).toEqual([
      ["A.1", 0.6, ["KPI9"]],
      ["A.2", 0.4, [null]],
    ]);
  });
});
