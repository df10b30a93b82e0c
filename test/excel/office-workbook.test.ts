import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { recalculateWorkbook } from "../../src/excel/recalc-flow";
import { SETTINGS_KEY } from "../../src/pipeline/workbook-settings";
import { SheetGrid, gridFromRows } from "../../src/layout/grid";
import { Rig, SAMPLE_SHEET, rig, sampleGrids, settings, syncsOf } from "./helpers";
import { snapshot } from "./sim-probe";
import { PERF_KPI_COL, PERF_OBJ_COL, syntheticPlan } from "./synthetic-plan";

let sample: SheetGrid[];
beforeAll(async () => {
  sample = await sampleGrids();
});

const cellValue = (r: ReturnType<typeof rig>, address: string) => snapshot(r.excel).sheets[0].cells[address];

describe("reading the open workbook", () => {
  it("reads each sheet's used range (values, number formats, formulas, merges) in three syncs", async () => {
    const r = rig(sample);
    const { syncs, value: grids } = await syncsOf(r.stats, () => r.ops.readSheets());
    expect(syncs).toBe(3);
    expect(grids.map((g) => g.name)).toEqual([SAMPLE_SHEET]);
    const g = grids[0];
    expect(g.rowOffset).toBe(0);
    expect(g.colOffset).toBe(0);
    expect(g.values.length).toBe(sample[0].values.length);
    // Sample row 4: A.1, KPI301, target 15,00%, consuntivo 13,16%.
    expect(g.values[3].slice(0, 7)).toEqual(sample[0].values[3].slice(0, 7));
    expect(g.numberFormats?.[3][5]).toBe("0.00%");
    expect(g.numberFormats?.[9][5]).toBe("dd/mm/yyyy");
    expect(g.merges).toEqual(["A1:K1"]);
    // The consuntivo of KPI301 is a formula in the sample: its text and its value both come through.
    expect(g.formulas?.[3][6]).toBe("=344/304-1");
    expect(g.values[3][6]).toBeCloseTo(344 / 304 - 1, 12);
    expect(g.formulas?.[3].filter((f) => f !== null)).toHaveLength(1);
  });

  it("reads hidden rows and columns through the visible view of the used range", async () => {
    const g = { ...sample[0], hiddenRows: new Set([5, 6]), hiddenColumns: new Set([9]) };
    const r = rig([g]);
    const [read] = await r.ops.readSheets();
    expect(read.hiddenRows).toEqual(new Set([5, 6]));
    expect(read.hiddenColumns).toEqual(new Set([9]));
  });

  // Range.getMergedAreasOrNullObject fails above 512 merged areas: a card-style plan can hold more.
  it.each([
    ["600 one-row cards", 600, 1],
    ["513 cards of three rows", 513, 3],
  ])("reads the merged areas of a sheet holding %s, piece by piece", async (_, cards, height) => {
    const rows = Array.from({ length: cards * height }, (_, i) => [`Scheda ${Math.floor(i / height) + 1}`, null, i]);
    const merges = Array.from({ length: cards }, (_, k) => `A${k * height + 1}:B${k * height + height}`);
    const r = rig([{ ...gridFromRows("Schede", rows), merges }]);
    const [read] = await r.ops.readSheets();
    expect(new Set(read.merges)).toEqual(new Set(merges));
    expect(read.merges).toHaveLength(cards);
    expect(read.values[cards * height - 1][2]).toBe(cards * height - 1);
  });

  // A 1904 workbook holds 30/09/2019 as 42276 (43738 - 1462); numbers that are not dates stay as they are.
  it.each([
    ["1900", false, 43738],
    ["1904", true, 42276],
  ])("reads dates of a workbook in the %s date system as 1900 serials", async (_, date1904, stored) => {
    const grid = gridFromRows(
      "Piano",
      [["Scadenza", stored, 42276, 0.5]],
      [[undefined, "dd/mm/yyyy", "General", "0.00%"]]
    );
    const r = rig([grid]);
    r.excel.date1904 = date1904;
    const [read] = await r.ops.readSheets();
    expect(read.values[0]).toEqual(["Scadenza", 43738, 42276, 0.5]);
  });

  // Range.values gives an entity as "#VALUE!"; valuesAsJson (ExcelApi 1.16) carries the text it shows.
  it.each([
    ["an entity", { type: "Entity", text: "Lecce", basicValue: "#VALUE!" }, "#VALUE!", "Lecce"],
    [
      "a linked entity",
      { type: "LinkedEntity", text: "Comune di Lecce", basicValue: "#VALUE!" },
      "#VALUE!",
      "Comune di Lecce",
    ],
    ["a formatted number", { type: "FormattedNumber", basicValue: 0.75 }, 0.75, 0.75],
    ["an error from a formula", undefined, "#VALUE!", "#VALUE!"],
  ])("reads a cell holding %s by its basic value", async (_, json, value, expected) => {
    const r = rig([gridFromRows("Piano", [["Ente", null]])]);
    const sheet = r.excel.sheet("Piano");
    if (!sheet) throw new Error("foglio mancante");
    r.excel.setCell(sheet, 0, 1, { value, formula: json ? null : '=1/"a"', numberFormat: "General", json });
    const [read] = await r.ops.readSheets();
    expect(read.values[0][1]).toBe(expected);
  });

  it("reads only the sheets asked for", async () => {
    const r = rig([...sample, syntheticPlan(10, "Altro")]);
    const grids = await r.ops.readSheets(["Altro"]);
    expect(grids.map((g) => g.name)).toEqual(["Altro"]);
    expect(grids[0].values[4][1]).toBe("KPI1");
  });

  it("splits a range above the byte budget into row blocks and gets the same grid", async () => {
    const plan = syntheticPlan(2000);
    const whole = await rig([plan]).ops.readSheets();
    // 5.000 cells at the first estimate of 48 bytes per cell (values, number formats and formulas).
    const small = rig([plan], { readByteBudget: 5000 * 48 });
    const { syncs, value } = await syncsOf(small.stats, () => small.ops.readSheets());
    const rowsPerBlock = Math.floor(5000 / 11);
    expect(syncs).toBe(2 + Math.ceil(plan.values.length / rowsPerBlock));
    expect(value).toEqual(whole);
  });

  // Excel on the web has also answered an oversized request with its generic internal error (office-js 1012, 1314).
  it.each([["payload-error" as const], ["internal-error" as const]])(
    "re-sends a block refused as too large with a %s in halves and gets the same grid",
    async (answer) => {
      const plan = syntheticPlan(3000);
      const whole = await rig([plan]).ops.readSheets();
      const tight = rig([plan]);
      tight.excel.payloadLimit = 300_000;
      tight.excel.oversizeAnswer = answer;
      expect(await tight.ops.readSheets()).toEqual(whole);
      await recalculateWorkbook(tight.ops, settings());
      await tight.ops.undoLastRecalc();
      expect(snapshot(tight.excel)).toEqual(snapshot(rig([plan]).excel));
    }
  );

  it("sizes read blocks by bytes: 150.000 cells of short texts come back in blocks Excel on the web accepts", async () => {
    const rows = Array.from({ length: 15_000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `KPI n. ${String(r * 10 + c).padStart(6, "0")}`)
    );
    const r = rig([gridFromRows("Schede", rows)]);
    const [read] = await r.ops.readSheets();
    expect(read.values[14_999][9]).toBe("KPI n. 149999");
    expect(r.stats.refused).toBe(0);
    expect(r.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("re-sends a block Excel refuses as too large in halves (5 MB limit) and gets the same grid", async () => {
    const plan = { ...syntheticPlan(3000), tables: [{ name: "TabellaPiano", range: "A2:K50" }] };
    const whole = await rig([plan]).ops.readSheets();
    expect(whole[0].tables).toEqual([{ name: "TabellaPiano", range: "A2:K50" }]);
    const tight = rig([plan]);
    tight.excel.payloadLimit = 300_000;
    const value = await tight.ops.readSheets();
    expect(value).toEqual(whole);
    expect(tight.stats.maxResponseBytes).toBeLessThanOrEqual(300_000);
  });
});

describe("Ricalcola albero over the sample workbook", () => {
  it("writes KPI and objective performances, the link consuntivo and six traffic-light formats", async () => {
    const r = rig(sample);
    const out = await recalculateWorkbook(r.ops, settings());
    expect(out.applied?.cellsWritten).toBe(out.result.writes.length);
    // KPI301: 13,16% (=344/304-1) of >= 15,00% → 87,72% as in the document.
    expect((cellValue(r, "H4").v as number) * 100).toBeCloseTo(87.72, 2);
    expect(cellValue(r, "H4").nf).toBe("0.00%");
    // A.1 = 50% · 87,72% + 50% · 27,34% = 57,53% (the document prints 57,55% from unrounded values).
    expect((cellValue(r, "I4").v as number) * 100).toBeCloseTo(57.55, 1);
    // KPI264 "kpi non disponibile": text N.V., stored as text (not as a formula or an apostrophe).
    expect(cellValue(r, "H7").v).toBe("N.V.");
    // Link KPI218 of A.1.2: consuntivo = mean of its actions, 58,49% in the document.
    expect((cellValue(r, "G11").v as number) * 100).toBeCloseTo(58.49, 1);
    const formats = snapshot(r.excel).sheets[0].formats;
    expect(formats.map((f) => f.range)).toEqual(
      ["H3:H96", "H3:H96", "H3:H96", "I3:I96", "I3:I96", "I3:I96"].map((x) => x)
    );
    expect(formats[0]).toEqual({
      range: "H3:H96",
      formula: "=AND(ISNUMBER(H3),ROUND(H3,9)>=0.8)",
      fill: "#C6EFCE",
      font: "#006100",
    });
    expect(formats[2]).toEqual({
      range: "H3:H96",
      formula: "=AND(ISNUMBER(H3),ROUND(H3,9)<0.6)",
      fill: "#FFC7CE",
      font: "#9C0006",
    });
    // One write batch: calculation stays on, so nothing is left to recalculate; screen updating is suspended.
    expect(r.stats.suspendCalculation).toBe(0);
    expect(r.excel.calculationPending).toBe(false);
    expect(r.stats.suspendScreenUpdating).toBeGreaterThanOrEqual(1);
  });

  it("writes only the cells the pipeline owns", async () => {
    const r = rig(sample);
    const before = snapshot(r.excel).sheets[0].cells;
    const out = await recalculateWorkbook(r.ops, settings());
    const after = snapshot(r.excel).sheets[0].cells;
    const owned = new Set(out.result.writes.map((w) => w.address));
    const changed = Object.keys({ ...before, ...after }).filter(
      (a) => JSON.stringify(before[a]) !== JSON.stringify(after[a])
    );
    expect(changed.length).toBeGreaterThan(50);
    expect(changed.filter((a) => !owned.has(a))).toEqual([]);
  });

  it("gives the same workbook when recalculated twice, replacing its own formats", async () => {
    const r = rig(sample);
    await recalculateWorkbook(r.ops, settings());
    const once = snapshot(r.excel);
    const second = await recalculateWorkbook(r.ops, settings());
    expect(snapshot(r.excel)).toEqual(once);
    expect(second.applied?.formatsReplaced).toBe(6);
  });

  it("undo gives back the original cells and formats exactly", async () => {
    const r = rig(sample);
    const original = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings());
    expect(snapshot(r.excel)).not.toEqual(original);
    const report = await r.ops.undoLastRecalc();
    expect(report?.formatsRemoved).toBe(6);
    expect(report?.cellsChangedSince).toBe(0);
    expect(snapshot(r.excel)).toEqual(original);
    expect(r.ops.hasUndo()).toBe(false);
    expect(await r.ops.undoLastRecalc()).toBeNull();
  });

  // Paolo typed "rivedere con OIV" over KPI301's performance and a formula over KPI302's after the recalculation.
  const edits = (r: Rig) => {
    const sheet = r.excel.sheet(SAMPLE_SHEET);
    if (!sheet) throw new Error("foglio assente");
    r.excel.setCell(sheet, 3, PERF_KPI_COL, { value: "rivedere con OIV", formula: null, numberFormat: "0.00%" });
    r.excel.setCell(sheet, 4, PERF_KPI_COL, { value: 0.3, formula: "=G5/F5", numberFormat: "0.00%" });
  };

  it("lists the written cells the user changed since, in the syncs of one read", async () => {
    const r = rig(sample);
    await recalculateWorkbook(r.ops, settings());
    expect(await r.ops.editedSinceRecalc()).toEqual([]);
    edits(r);
    const { syncs, value: edited } = await syncsOf(r.stats, () => r.ops.editedSinceRecalc());
    expect(syncs).toBe(1);
    expect(edited).toEqual([
      { sheet: SAMPLE_SHEET, address: "H4", written: expect.closeTo(0.8773, 3), current: "rivedere con OIV" },
      { sheet: SAMPLE_SHEET, address: "H5", written: expect.closeTo(0.274, 3), current: "=G5/F5" },
    ]);
  });

  it.each([
    ["keeps them by default", {}, ["rivedere con OIV", "=G5/F5"]],
    ["restores them when asked", { restoreEdited: true }, [null, null]],
  ])("undo of cells the user changed since %s, restoring every other cell", async (_, options, expected) => {
    const r = rig(sample);
    const original = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings());
    edits(r);
    const report = await r.ops.undoLastRecalc(options);
    expect(report?.cellsChangedSince).toBe(2);
    expect(report?.cellsKept.map((c) => c.address)).toEqual(expected[0] === null ? [] : ["H4", "H5"]);
    const after = snapshot(r.excel).sheets[0].cells;
    const h4 = after.H4;
    const h5 = after.H5;
    expect(h4?.f ?? h4?.v ?? null).toBe(expected[0]);
    expect(h5?.f ?? h5?.v ?? null).toBe(expected[1]);
    // Every other cell and the formats are as before the recalculation.
    const rest = (s: ReturnType<typeof snapshot>) => {
      const { H4: _h4, H5: _h5, ...cells } = s.sheets[0].cells;
      return { cells, formats: s.sheets[0].formats };
    };
    expect(rest(snapshot(r.excel))).toEqual(rest(original));
  });

  it("tells of later changes of the plan sheets, cell by cell, once registered", async () => {
    const r = rig(sample);
    const heard: string[] = [];
    expect(await r.ops.watchChanges([SAMPLE_SHEET], (sheet, address) => heard.push(`${sheet}!${address}`))).toBe(true);
    expect(await r.ops.watchChanges([SAMPLE_SHEET], (sheet, address) => heard.push(`again ${sheet}!${address}`))).toBe(
      true
    );
    const sheet = r.excel.sheet(SAMPLE_SHEET);
    if (!sheet) throw new Error("foglio assente");
    r.excel.setCell(sheet, 3, 5, { value: 0.2, formula: null, numberFormat: "0.00%" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // One handler per sheet; the latest listener hears.
    expect(heard).toEqual([`again ${SAMPLE_SHEET}!F4`]);
    const unable = new OfficeWorkbook(r.excel.run, r.store, { canWatchChanges: false });
    expect(await unable.watchChanges([SAMPLE_SHEET], () => undefined)).toBe(false);
  });

  it("undo after two recalculations gives back the first one's cells and formats", async () => {
    const r = rig(sample);
    await recalculateWorkbook(r.ops, settings());
    const first = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings({ method: "binario" }));
    expect(snapshot(r.excel)).not.toEqual(first);
    const report = await r.ops.undoLastRecalc();
    expect(report?.formatsRestored).toBe(6);
    expect(snapshot(r.excel)).toEqual(first);
  });

  // Excel reads a rule formula relative to the range it is fetched from (office-js issue 5194): the
  // traffic lights of an earlier session are read through their own range, this session's are kept.
  it("undo after a recalculation in a reopened file gives back the earlier session's traffic lights", async () => {
    const r = rig(sample);
    await recalculateWorkbook(r.ops, settings());
    const first = snapshot(r.excel);
    const reopened = new OfficeWorkbook(r.excel.run, r.store, { mode: "dimostrativa" });
    await recalculateWorkbook(reopened, settings({ method: "binario" }));
    expect(snapshot(r.excel)).not.toEqual(first);
    await reopened.undoLastRecalc();
    expect(snapshot(r.excel)).toEqual(first);
  });

  it("keeps a user's own conditional format", async () => {
    const r = rig(sample);
    r.excel
      .sheet(SAMPLE_SHEET)
      ?.formats.push({ id: 999, range: "H3:H96", type: "Custom", formula: "=H3>1", fill: "#0000FF", font: "#FFFFFF" });
    await recalculateWorkbook(r.ops, settings());
    await recalculateWorkbook(r.ops, settings());
    const formats = snapshot(r.excel).sheets[0].formats;
    expect(formats.filter((f) => f.formula === "=H3>1")).toHaveLength(1);
    expect(formats).toHaveLength(7);
    await r.ops.undoLastRecalc();
    expect(snapshot(r.excel).sheets[0].formats.filter((f) => f.formula === "=H3>1")).toHaveLength(1);
  });

  it("replaces its own formats by id, whatever the priority a user's formats sit at, and undo keeps the order", async () => {
    const r = rig(sample);
    await recalculateWorkbook(r.ops, settings());
    const sheet = r.excel.sheet(SAMPLE_SHEET);
    if (!sheet) throw new Error("foglio assente");
    // A user's rules above, between and below the traffic lights (index 0 = first priority).
    sheet.formats.unshift({
      id: 901,
      range: "G3:G96",
      type: "Custom",
      formula: "=G3<0",
      fill: "#FF0000",
      font: "#FFFFFF",
    });
    sheet.formats.splice(3, 0, {
      id: 902,
      range: "H3:H96",
      type: "Custom",
      formula: "=H3>1",
      fill: "#0000FF",
      font: "#FFFFFF",
    });
    sheet.formats.push({
      id: 903,
      range: "I3:I96",
      type: "Custom",
      formula: "=I3=0",
      fill: "#000000",
      font: "#FFFFFF",
    });
    const before = snapshot(r.excel).sheets[0].formats;
    await recalculateWorkbook(r.ops, settings({ method: "binario" }));
    const formats = snapshot(r.excel).sheets[0].formats;
    expect(formats).toHaveLength(9);
    expect(formats.filter((f) => ["=G3<0", "=H3>1", "=I3=0"].includes(f.formula)).map((f) => f.formula)).toEqual([
      "=G3<0",
      "=H3>1",
      "=I3=0",
    ]);
    // The new traffic lights come first, in the pipeline's order.
    expect(formats.slice(0, 6).map((f) => f.fill)).toEqual([
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
      "#C6EFCE",
      "#FFEB9C",
      "#FFC7CE",
    ]);
    await r.ops.undoLastRecalc();
    expect(
      snapshot(r.excel)
        .sheets[0].formats.map((f) => f.formula)
        .sort()
    ).toEqual(before.map((f) => f.formula).sort());
    expect(snapshot(r.excel).sheets[0].formats.slice(0, 6)).toEqual(
      before.filter((f) => !["=G3<0", "=H3>1", "=I3=0"].includes(f.formula))
    );
  });

  it("takes a text typed behind an apostrophe that starts with = for text, not for a formula: kept as the user's text, undo keeps it", async () => {
    const g = {
      ...sample[0],
      values: sample[0].values.map((row) => [...row]),
      formulas: sample[0].formulas?.map((row) => [...row]),
    };
    // H5, the performance cell of KPI302, holds the text '=G5/F5 da rivedere (no formula).
    g.values[4][PERF_KPI_COL] = "=G5/F5 da rivedere";
    (g.formulas as (string | null)[][])[4][PERF_KPI_COL] = null;
    const r = rig([g]);
    const original = snapshot(r.excel);
    const [read] = await r.ops.readSheets();
    expect(read.values[4][PERF_KPI_COL]).toBe("=G5/F5 da rivedere");
    expect(read.formulas?.[4][PERF_KPI_COL]).toBeNull();
    const out = await recalculateWorkbook(r.ops, settings());
    expect(out.result.problems.filter((p) => p.cell === "H5" && p.code === "cella-con-formula")).toEqual([]);
    // The user's text is never overwritten: kept and reported (not as a formula).
    expect(out.result.problems.filter((p) => p.cell === "H5").map((p) => p.code)).toEqual(["cella-con-testo"]);
    expect(cellValue(r, "H5").v).toBe("=G5/F5 da rivedere");
    await r.ops.undoLastRecalc();
    expect(cellValue(r, "H5")).toEqual({ v: "=G5/F5 da rivedere", nf: original.sheets[0].cells.H5.nf });
    expect(snapshot(r.excel)).toEqual(original);
  });

  it("selects a cell for Vai alla cella", async () => {
    const r = rig(sample);
    await r.ops.selectCell(SAMPLE_SHEET, "I4");
    expect(r.excel.selection).toEqual({ sheet: SAMPLE_SHEET, address: "I4" });
  });
});

describe("performance cells holding a user's formula", () => {
  function withFormula(): SheetGrid[] {
    const g = {
      ...sample[0],
      values: sample[0].values.map((row) => [...row]),
      formulas: sample[0].formulas?.map((row) => [...row]),
    };
    g.values[3][PERF_KPI_COL] = 0.8773;
    (g.formulas as (string | null)[][])[3][PERF_KPI_COL] = "=PERF.KPI(G4;F4;E4)";
    return [g];
  }

  it("asks once, keeps the formula when told so and remembers the answer in the workbook", async () => {
    const r = rig(withFormula());
    const asked: string[][] = [];
    const confirmOverwrite = async (cells: { cell?: string }[]) => (asked.push(cells.map((c) => c.cell ?? "")), false);
    const out = await recalculateWorkbook(r.ops, settings(), { confirmOverwrite });
    expect(asked).toEqual([["H4"]]);
    expect(out.settings.overwriteFormulas).toBe(false);
    expect(cellValue(r, "H4")).toEqual({ v: 0.8773, f: "=PERF.KPI(G4;F4;E4)", nf: "0.00%" });
    expect((r.store.persisted(SETTINGS_KEY) as { overwriteFormulas: boolean }).overwriteFormulas).toBe(false);
    const saved = await r.ops.loadSettings();
    await recalculateWorkbook(r.ops, saved.settings, { confirmOverwrite });
    expect(asked).toHaveLength(1);
  });

  it("overwrites when allowed, and undo puts the formula back", async () => {
    const r = rig(withFormula());
    const original = snapshot(r.excel);
    await recalculateWorkbook(r.ops, settings(), { confirmOverwrite: async () => true });
    expect((cellValue(r, "H4").v as number) * 100).toBeCloseTo(87.72, 2);
    expect(cellValue(r, "H4").f).toBeUndefined();
    await r.ops.undoLastRecalc();
    expect(snapshot(r.excel)).toEqual(original);
  });
});

describe("syncs do not grow with the rows", () => {
  async function recalcSyncs(kpis: number) {
    const r = rig([syntheticPlan(kpis)]);
    const first = await syncsOf(r.stats, () => recalculateWorkbook(r.ops, settings()));
    const second = await syncsOf(r.stats, () => recalculateWorkbook(r.ops, settings()));
    const undo = await syncsOf(r.stats, () => r.ops.undoLastRecalc());
    return { r, first: first.syncs, second: second.syncs, undo: undo.syncs, writes: first.value.result.writes.length };
  }

  // 5.000 KPIs: 56.000 cells, inside one read block of 4 MB at the first estimate of 48 bytes a cell.
  it("10 and 5.000 KPI rows take the same number of context.sync() calls", async () => {
    const small = await recalcSyncs(10);
    const large = await recalcSyncs(5_000);
    // Read: sheet list, used ranges, values; write: previous cells, one batch for the sheet.
    expect(small.first).toBe(5);
    // The second run also loads the rules of the formats it replaces.
    expect(small.second).toBe(6);
    expect(small.undo).toBe(3);
    expect(large.first).toBe(small.first);
    expect(large.second).toBe(small.second);
    expect(large.undo).toBe(small.undo);
    expect(large.writes).toBeGreaterThan(5_000);
    expect(large.r.stats.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(large.r.stats.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it("writes in several batches when the payload would pass the budget, with the same result", async () => {
    const plan = syntheticPlan(3000);
    const whole = rig([plan]);
    await recalculateWorkbook(whole.ops, settings());
    const blocks = rig([plan], { writeByteBudget: 50_000 });
    const { syncs } = await syncsOf(blocks.stats, () => recalculateWorkbook(blocks.ops, settings()));
    expect(syncs).toBeGreaterThan(5);
    expect(snapshot(blocks.excel)).toEqual(snapshot(whole.excel));
    // Calculation suspended for the earlier batches, then one recalculation: no formula left stale.
    expect(blocks.stats.suspendCalculation).toBeGreaterThan(0);
    expect(blocks.stats.calculations).toBe(1);
    expect(blocks.excel.calculationPending).toBe(false);
    // Excel refusing a batch as too large: the adapter re-sends it in halves.
    const tight = rig([plan]);
    tight.excel.payloadLimit = 120_000;
    await recalculateWorkbook(tight.ops, settings());
    expect(snapshot(tight.excel)).toEqual(snapshot(whole.excel));
    expect(tight.stats.maxRequestBytes).toBeLessThanOrEqual(120_000);
    await tight.ops.undoLastRecalc();
    expect(snapshot(tight.excel)).toEqual(snapshot(rig([plan]).excel));
    expect(tight.excel.calculationPending).toBe(false);
  });

  it("writes a large recalculation with one range per run of consecutive cells, not one per cell", async () => {
    const r = rig([syntheticPlan(10_000)]);
    const out = await recalculateWorkbook(r.ops, settings());
    const writesBefore = r.stats.rangeWrites;
    expect(writesBefore).toBeLessThan(out.result.writes.length);
    // KPI1: consuntivo 40 of >= 100.
    expect(r.excel.cell("Piano sintetico", 4, PERF_KPI_COL)?.value).toBeCloseTo(0.4, 12);
    expect(r.excel.cell("Piano sintetico", 4, PERF_OBJ_COL)?.numberFormat).toBe("0.00%");
  });
});

describe("settings travel with the workbook", () => {
  it("saves in the document settings and reads them back", async () => {
    const r = rig(sample);
    const s = settings({
      method: "binario",
      thresholds: { yellow: 0.5, green: 0.9 },
      sheets: [SAMPLE_SHEET],
      columns: { [SAMPLE_SHEET]: { consuntivo: 6 } },
    });
    await r.ops.saveSettings(s);
    const reopened = rig(sample);
    reopened.store.set(SETTINGS_KEY, r.store.persisted(SETTINGS_KEY));
    expect(await reopened.ops.loadSettings()).toEqual({ settings: s, warnings: [] });
  });

  it("falls back to the defaults for malformed values and says so", async () => {
    const r = rig(sample);
    r.store.set(SETTINGS_KEY, { method: "a caso", thresholds: { yellow: 0.9, green: 0.6 }, weightTolerance: 0.002 });
    const loaded = await r.ops.loadSettings();
    expect(loaded.settings).toEqual(settings({ weightTolerance: 0.002 }));
    expect(loaded.warnings).toEqual([
      'Impostazione "metodo" non valida nel file: uso il valore predefinito.',
      'Impostazione "soglie" non valida nel file: uso il valore predefinito.',
    ]);
  });
});
