import { COLOUR_STYLE } from "../../src/engine/thresholds";
import { recalculate } from "../../src/pipeline/recalculate";
import { isOwnTrafficLightFormula } from "../../src/pipeline/traffic-lights";
import { SheetGrid } from "../../src/layout/grid";
import { HEADER, LECCE_ROWS, applyWrites, lecceGrid, writeAt } from "./lecce-grid";

// Rows of the grid (see lecce-grid.ts): 3 area A, 4 A.1/KPI301, 5 KPI302, 7 A.1.1/KPI264 (n.d.),
// 11 A.1.2/KPI218 (link), 12 A.1.2.1, 15 A.1.2.2/KPI250 (n.d.), 16 KPIIM220, 17 A.1.2.3/KPI295, 19 KPI388.
const KPI301 = 0.1316 / 0.15;
const KPI302 = 0.0411 / 0.15;
const KPI388 = 1 - 11 / 306; // 28/02/2019 vs 11/03/2019, DOMAIN.md §4
const A123 = (0 + 1 + KPI388) / 3;
const A12 = (1 + 0.1 + A123) / 3;

describe("recalculate: writes on the Lecce 2019 rows", () => {
  const r = recalculate({ grids: [lecceGrid()] });

  it.each([
    ["H4", KPI301, "performance-kpi", "000:L7 KPI301 13,16% vs 15,00% → 87,73%"],
    ["H5", KPI302, "performance-kpi", "000:L8 KPI302 4,11% vs 15,00%"],
    ["I4", (KPI301 + KPI302) / 2, "performance-obiettivo", "A.1 = 50%·KPI301 + 50%·KPI302"],
    ["I3", (KPI301 + KPI302) / 2, "performance-obiettivo", "area A = its only child A.1"],
    ["H8", 1, "performance-kpi", "000:L11 KPI303 2,00 vs 2,00"],
    ["I7", 1, "performance-obiettivo", "A.1.1 renormalised without KPI264 (kpi non disponibile)"],
    ["H16", 0.1, "performance-kpi", "000:L19 KPIIM220 1 vs 10"],
    ["H19", KPI388, "performance-kpi", "000:L22 KPI388 96,41%"],
    ["I17", A123, "performance-obiettivo", "A.1.2.3 = 65,47% printed"],
    ["H11", A12, "performance-kpi", "000:L14 KPI218 link = 58,49% printed"],
    ["G11", A12, "consuntivo-collegamento", "link KPI consuntivo = children's mean"],
    ["I11", A12, "performance-obiettivo", "A.1.2 = 58,49% printed"],
  ])("%s = %d (%s: %s)", (address, expected, kind) => {
    const w = writeAt(r.writes, address);
    expect(w).toBeDefined();
    expect(w!.kind).toBe(kind);
    expect(w!.value as number).toBeCloseTo(expected as number, 10);
    expect(w!.numberFormat).toBe("0.00%");
  });

  it("prints the rounded figures the document prints", () => {
    expect(((writeAt(r.writes, "I11")!.value as number) * 100).toFixed(2)).toBe("58.49");
    expect(((writeAt(r.writes, "I17")!.value as number) * 100).toFixed(2)).toBe("65.47");
  });

  it('writes "N.V." without a number format where a KPI is not available', () => {
    for (const address of ["H7", "H15"]) {
      const w = writeAt(r.writes, address)!;
      expect(w).toMatchObject({ value: "N.V.", kind: "performance-kpi" });
      expect(w.numberFormat).toBeUndefined();
    }
  });

  it("writes only performance cells, link consuntivi and nothing else", () => {
    const columns = new Set(r.writes.map((w) => w.address.replace(/\d+/g, "")));
    expect([...columns].sort()).toEqual(["G", "H", "I"]);
    expect(r.writes.filter((w) => w.address.startsWith("G")).map((w) => w.address)).toEqual(["G11"]);
    // One write per KPI and per objective row, never two for the same cell.
    expect(new Set(r.writes.map((w) => w.address)).size).toBe(r.writes.length);
    const kpiRows = LECCE_ROWS.filter((row) => row[1] !== undefined).length;
    expect(r.writes.filter((w) => w.kind === "performance-kpi")).toHaveLength(kpiRows);
  });

  it("sets traffic lights on both performance columns, numbers only, thresholds 60/80", () => {
    expect(r.conditionalFormats.map((f) => f.range)).toEqual(["H3:H19", "I3:I19"]);
    const rules = r.conditionalFormats[0].rules;
    expect(rules.map((x) => [x.colour, x.formula])).toEqual([
      ["verde", "AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)"],
      ["giallo", "AND(ISNUMBER(H3),ROUND(H3,9)>=0.6,ROUND(H3,9)<0.8)"],
      ["rosso", "AND(ISNUMBER(H3),ROUND(H3,9)<0.6)"],
    ]);
    expect(rules[0]).toMatchObject(COLOUR_STYLE.verde);
    expect(rules[2]).toMatchObject(COLOUR_STYLE.rosso);
  });

  it("takes the thresholds from the settings", () => {
    const custom = recalculate({ grids: [lecceGrid()], settings: { thresholds: { yellow: 0.5, green: 0.9 } } });
    expect(custom.conditionalFormats[1].rules.map((x) => x.formula)).toEqual([
      "AND(ISNUMBER(I3),ROUND(I3,9)>=0.9)",
      "AND(ISNUMBER(I3),ROUND(I3,9)>=0.5,ROUND(I3,9)<0.9)",
      "AND(ISNUMBER(I3),ROUND(I3,9)<0.5)",
    ]);
  });

  it("reports the 33% × 3 weights of A.1.2.3 (000:L20-22) as an error naming the weight cells", () => {
    const p = r.problems.find((x) => x.code === "pesi-non-100");
    expect(p).toMatchObject({ severity: "errore", sheet: "Piano 2019", cell: "E17", cells: ["E17", "E18", "E19"] });
    expect(p!.message).toContain("99,00%");
  });

  it("computes the ente of a single sheet as that sheet's ente", () => {
    expect(r.ente.basis).toBe("foglio");
    expect(r.ente.performance).toBeCloseTo((KPI301 + KPI302) / 2, 10);
    expect(r.ente.status).toBe("NON RAGGIUNTO");
  });

  it("is idempotent: recalculating the written sheet gives the same writes and formats", () => {
    const once = recalculate({ grids: [lecceGrid()] });
    const twice = recalculate({ grids: [applyWrites(lecceGrid(), once.writes)] });
    expect(twice.writes).toEqual(once.writes);
    expect(twice.conditionalFormats).toEqual(once.conditionalFormats);
    expect(twice.problems).toEqual(once.problems);
  });

  it("is deterministic", () => {
    expect(recalculate({ grids: [lecceGrid()] })).toEqual(recalculate({ grids: [lecceGrid()] }));
  });
});

describe("recalculate: cells holding the user's formulas", () => {
  function withFormula(address: [number, number], formula: string, cached: number): SheetGrid {
    const g = lecceGrid();
    g.values[address[0]][address[1]] = cached;
    g.formulas![address[0]][address[1]] = formula;
    return g;
  }
  // H4 (row index 3, column 7) holds Paolo's =PERF.KPI(F4;G4;E4).
  const grid = withFormula([3, 7], "=PERF.KPI(F4;G4;E4)", 0.8773);

  it("keeps the formula and says so, naming the cell", () => {
    const r = recalculate({ grids: [grid] });
    expect(writeAt(r.writes, "H4")).toBeUndefined();
    const p = r.problems.find((x) => x.code === "cella-con-formula");
    expect(p).toMatchObject({ severity: "avviso", sheet: "Piano 2019", cell: "H4" });
    expect(p!.message).toContain("=PERF.KPI(F4;G4;E4)");
    // The other cells are written as usual.
    expect(writeAt(r.writes, "H5")!.value as number).toBeCloseTo(KPI302, 10);
  });

  it("overwrites it when overwriteFormulas is set", () => {
    const r = recalculate({ grids: [grid], settings: { overwriteFormulas: true } });
    expect(writeAt(r.writes, "H4")!.value as number).toBeCloseTo(KPI301, 10);
    expect(r.problems.some((x) => x.code === "cella-con-formula")).toBe(false);
  });

  it("ignores constants echoed in formulas, as Office.js range.formulas gives them", () => {
    const g = lecceGrid();
    g.formulas = g.values.map(
      (row) => row.map((v) => (v === null || v === undefined ? "" : (v as string | number))) as string[]
    );
    g.values[3][7] = 0.5;
    g.formulas[3][7] = 0.5 as unknown as string;
    const r = recalculate({ grids: [g] });
    expect(r.problems.some((x) => x.code === "cella-con-formula")).toBe(false);
    expect(writeAt(r.writes, "H4")!.value as number).toBeCloseTo(KPI301, 10);
  });

  it("protects a link KPI's consuntivo formula too", () => {
    const r = recalculate({ grids: [withFormula([10, 6], "=AVERAGE(I12,I15,I17)", 0.5849)] });
    expect(writeAt(r.writes, "G11")).toBeUndefined();
    expect(r.problems.find((x) => x.code === "cella-con-formula")!.cell).toBe("G11");
  });
});

describe("recalculate: missing performance columns", () => {
  const header = HEADER.filter((h) => !h.startsWith("Performance"));
  // Without the two Performance columns: Obiettivo..Consuntivo in A..G, Fonte in H, Note in I.
  function gridWithout(extra?: (g: SheetGrid) => void): SheetGrid {
    const g = lecceGrid("Piano 2019", LECCE_ROWS, header);
    g.values = g.values.map((row, i) => (i < 2 ? row : [...row.slice(0, 7), i === 3 ? "Atti dell'Ente" : null, null]));
    if (extra) extra(g);
    return g;
  }

  it("warns and writes nothing when adding columns is not allowed", () => {
    const r = recalculate({ grids: [gridWithout()] });
    expect(r.writes.filter((w) => w.kind !== "consuntivo-collegamento")).toEqual([]);
    // one cell, one problem: both columns in one notice
    expect(r.problems.filter((p) => p.code === "colonna-mancante").map((p) => p.message)).toEqual([
      expect.stringContaining('Mancano le colonne "Performance KPI" e "Performance Obiettivo"'),
    ]);
  });

  it("adds the headers and values in the first free columns right of the table", () => {
    const r = recalculate({ grids: [gridWithout()], settings: { addMissingColumns: true } });
    expect(writeAt(r.writes, "J2")).toMatchObject({ value: "Performance KPI", kind: "intestazione" });
    expect(writeAt(r.writes, "K2")).toMatchObject({ value: "Performance Obiettivo", kind: "intestazione" });
    expect(writeAt(r.writes, "J4")!.value as number).toBeCloseTo(KPI301, 10);
    expect(writeAt(r.writes, "K4")!.value as number).toBeCloseTo((KPI301 + KPI302) / 2, 10);
    expect(r.conditionalFormats.map((f) => f.range)).toEqual(["J3:J19", "K3:K19"]);
  });

  it("never overwrites a non-empty cell: a note in J9 moves the new columns to K and L", () => {
    const g = gridWithout((x) => {
      x.values[8][9] = "nota a margine";
    });
    const r = recalculate({ grids: [g], settings: { addMissingColumns: true } });
    expect(r.writes.some((w) => w.address.startsWith("J"))).toBe(false);
    expect(writeAt(r.writes, "K2")!.value).toBe("Performance KPI");
    expect(writeAt(r.writes, "L2")!.value).toBe("Performance Obiettivo");
  });

  it("is idempotent once the columns are added", () => {
    const once = recalculate({ grids: [gridWithout()], settings: { addMissingColumns: true } });
    const twice = recalculate({
      grids: [applyWrites(gridWithout(), once.writes)],
      settings: { addMissingColumns: true },
    });
    expect(twice.writes).toEqual(once.writes.filter((w) => w.kind !== "intestazione"));
    expect(twice.conditionalFormats).toEqual(once.conditionalFormats);
  });
});

describe("recalculate: sheets", () => {
  // A.1 with KPI302 at target (15,00% of 15,00%).
  const other = (): SheetGrid =>
    lecceGrid("Piano 2019 bis", [
      LECCE_ROWS[0],
      LECCE_ROWS[1],
      [null, "KPI302", "Incremento delle imprese iscritte nel RASL", "kpi validato", "50% >", { p: 0.15 }, { p: 0.15 }],
    ]);

  it("averages the enti of several sheets and says so", () => {
    const r = recalculate({ grids: [lecceGrid(), other()] });
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Piano 2019", "Piano 2019 bis"]);
    expect(r.ente.basis).toBe("media-fogli");
    const first = (KPI301 + KPI302) / 2;
    const second = (KPI301 + 1) / 2;
    expect(r.ente.performance).toBeCloseTo((first + second) / 2, 10);
  });

  it("processes only the chosen sheets, and reports a chosen sheet that does not exist", () => {
    const r = recalculate({ grids: [lecceGrid(), other()], settings: { sheets: ["Piano 2019 bis", "Foglio3"] } });
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Piano 2019 bis"]);
    expect(r.writes.every((w) => w.sheet === "Piano 2019 bis")).toBe(true);
    expect(r.problems[0]).toMatchObject({ severity: "errore", code: "foglio-non-trovato", sheet: "Foglio3" });
  });

  it("skips sheets without a plan and reports when there is none at all", () => {
    const notes: SheetGrid = { name: "Note", values: [["Appunti"], ["nessun piano qui"]], rowOffset: 0, colOffset: 0 };
    expect(recalculate({ grids: [notes, lecceGrid()] }).sheets.map((s) => s.sheet)).toEqual(["Piano 2019"]);
    const none = recalculate({ grids: [notes] });
    expect(none.sheets).toEqual([]);
    expect(none.writes).toEqual([]);
    expect(none.problems.map((p) => p.code)).toContain("nessun-piano");
    expect(none.ente).toMatchObject({ performance: null, basis: "nessuno" });
  });

  it("sorts problems by sheet order, then row, then column", () => {
    const broken = lecceGrid("Piano 2019 bis");
    broken.values[4][6] = "in corso"; // G5: text where KPI302's consuntivo belongs
    const r = recalculate({ grids: [broken, lecceGrid()] });
    const positions = r.problems.map((p) => `${p.sheet}!${p.cell}`);
    expect(positions.indexOf("Piano 2019 bis!G5")).toBeGreaterThanOrEqual(0);
    const sheetOrder = r.problems.map((p) => (p.sheet === "Piano 2019 bis" ? 0 : 1));
    expect([...sheetOrder].sort()).toEqual(sheetOrder);
    const rows = r.problems
      .filter((p) => p.sheet === "Piano 2019 bis" && p.cell)
      .map((p) => Number(p.cell!.replace(/[A-Z]+/, "")));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("names the cell holding text where a number belongs, and leaves its objective N.V.", () => {
    const broken = lecceGrid();
    broken.values[4][6] = "in corso";
    const r = recalculate({ grids: [broken] });
    const p = r.problems.find((x) => x.cell === "G5" && x.severity === "errore");
    expect(p).toBeDefined();
    expect(p!.message).toContain("in corso");
    expect(writeAt(r.writes, "H5")!.value).toBe("N.V.");
    expect(writeAt(r.writes, "I4")!.value).toBe("N.V.");
  });
});

describe("traffic-light rules of the add-in are recognised, the user's are not", () => {
  it.each([
    ["AND(ISNUMBER(H7),ROUND(H7,9)>=0.8)", true],
    ["=AND(ISNUMBER(H7),ROUND(H7,9)>=0.6,ROUND(H7,9)<0.8)", true],
    ["AND(ISNUMBER(AB12),ROUND(AB12,9)<0.55)", true],
    ["AND(ISNUMBER(H7),H7>=0.8)", false],
    ["H7>0.5", false],
    ["AND(ISNUMBER(H7),ROUND(H8,9)>=0.8)", false],
  ])("%s → %s", (formula, own) => {
    expect(isOwnTrafficLightFormula(formula)).toBe(own);
  });
});
