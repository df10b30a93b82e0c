import ExcelJS from "exceljs";
import { isOwnTrafficLightFormula } from "../../../src/pipeline/traffic-lights";

/**
 * Everything a recalculation must leave as it was, compared between the input workbook and the
 * output one, both read with ExcelJS. Cells the add-in owns ("Sheet!A1") are skipped; every other
 * difference is listed as one readable line naming the sheet and cell, so a failing test says what
 * was lost where.
 */
export function diffWorkbooks(input: ExcelJS.Workbook, output: ExcelJS.Workbook, owned: ReadonlySet<string>): string[] {
  const diffs: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.name);
  if (JSON.stringify(names(input)) !== JSON.stringify(names(output))) {
    diffs.push(`fogli: ${JSON.stringify(names(input))} → ${JSON.stringify(names(output))}`);
    return diffs;
  }
  same(diffs, "nomi definiti", definedNames(input), definedNames(output));
  input.worksheets.forEach((a, i) => diffSheet(diffs, a, output.worksheets[i], owned));
  return diffs;
}

function same(diffs: string[], where: string, a: unknown, b: unknown): void {
  const sa = stable(a);
  const sb = stable(b);
  if (sa !== sb) diffs.push(`${where}: ${sa} → ${sb}`);
}

/** JSON with sorted keys, dates as ISO text, undefined dropped. */
function stable(v: unknown): string {
  return JSON.stringify(normalise(v));
}

function normalise(v: unknown): unknown {
  if (v instanceof Date) return { date: v.toISOString() };
  if (Array.isArray(v)) return v.map(normalise);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v as Record<string, unknown>).sort()) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = normalise(x);
    }
    return out;
  }
  return v;
}

function definedNames(wb: ExcelJS.Workbook): unknown {
  return (wb.definedNames as unknown as { model: unknown }).model;
}

interface CellFacts {
  value: unknown;
  formula: string | null;
  numFmt: string | null;
  font: unknown;
  fill: unknown;
  border: unknown;
  alignment: unknown;
  protection: unknown;
  note: unknown;
}

const EMPTY_CELL: CellFacts = {
  value: null,
  formula: null,
  numFmt: null,
  font: null,
  fill: null,
  border: null,
  alignment: null,
  protection: null,
  note: null,
};

function factsOf(cell: ExcelJS.Cell): CellFacts {
  const style = cell.style ?? {};
  const empty = (x: unknown) =>
    x === undefined || (x && typeof x === "object" && Object.keys(x).length === 0) ? null : x;
  // A cell covered by a merge shows its master's value in ExcelJS: what it holds is "merged into".
  const isSlave = cell.type === ExcelJS.ValueType.Merge && cell.master.address !== cell.address;
  return {
    value: isSlave ? { mergedInto: cell.master.address } : (cell.value ?? null),
    formula: cell.formula || null,
    numFmt: cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : null,
    font: empty(style.font),
    // ExcelJS reads "no fill" back as a pattern "none" once a cell has any style of its own
    fill: (style.fill as { pattern?: string } | undefined)?.pattern === "none" ? null : empty(style.fill),
    border: empty(style.border),
    alignment: empty(style.alignment),
    protection: empty(style.protection),
    note: (cell as unknown as { note?: unknown }).note ?? null,
  };
}

function cellsOf(ws: ExcelJS.Worksheet): Map<string, CellFacts> {
  const out = new Map<string, CellFacts>();
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      out.set(cell.address, factsOf(cell));
    });
  });
  return out;
}

function describe(f: CellFacts, key: keyof CellFacts): string {
  return stable(f[key]);
}

function diffSheet(diffs: string[], a: ExcelJS.Worksheet, b: ExcelJS.Worksheet, owned: ReadonlySet<string>): void {
  const sheet = a.name;
  same(diffs, `${sheet}: stato del foglio`, a.state, b.state);
  same(diffs, `${sheet}: celle unite`, mergesOf(a), mergesOf(b));
  same(diffs, `${sheet}: colonne (larghezza, nascosta)`, columnsOf(a), columnsOf(b, columnsOf(a).length));
  same(diffs, `${sheet}: righe (altezza, nascosta)`, rowsOf(a), rowsOf(b, rowsOf(a).length));
  same(diffs, `${sheet}: riquadri bloccati`, a.views, b.views);
  same(diffs, `${sheet}: filtro automatico`, a.autoFilter ?? null, b.autoFilter ?? null);
  same(diffs, `${sheet}: tabelle`, tablesOf(a), tablesOf(b));
  same(diffs, `${sheet}: convalida dati`, dataValidationsOf(a), dataValidationsOf(b));
  same(diffs, `${sheet}: formati condizionali dell'utente`, userConditionalFormats(a), userConditionalFormats(b));
  same(diffs, `${sheet}: titoli di stampa`, printTitles(a), printTitles(b));

  const ca = cellsOf(a);
  const cb = cellsOf(b);
  const addresses = new Set([...ca.keys(), ...cb.keys()]);
  for (const address of [...addresses].sort(byAddress)) {
    if (owned.has(`${sheet}!${address}`)) continue;
    const fa = ca.get(address) ?? EMPTY_CELL;
    const fb = cb.get(address) ?? EMPTY_CELL;
    for (const key of Object.keys(EMPTY_CELL) as (keyof CellFacts)[]) {
      const da = describe(fa, key);
      const db = describe(fb, key);
      if (da !== db) diffs.push(`${sheet}!${address} ${key}: ${da} → ${db}`);
    }
  }
}

function byAddress(x: string, y: string): number {
  const px = /^([A-Z]+)(\d+)$/.exec(x);
  const py = /^([A-Z]+)(\d+)$/.exec(y);
  if (!px || !py) return x.localeCompare(y);
  return Number(px[2]) - Number(py[2]) || px[1].length - py[1].length || px[1].localeCompare(py[1]);
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  return [...((ws.model as { merges?: string[] }).merges ?? [])].sort();
}

function columnsOf(ws: ExcelJS.Worksheet, atLeast = 0): unknown[] {
  const n = Math.max(ws.columnCount, atLeast);
  const out: unknown[] = [];
  for (let c = 1; c <= n; c++) {
    const col = ws.getColumn(c);
    out.push({ width: col.width ?? null, hidden: col.hidden === true });
  }
  return out;
}

function rowsOf(ws: ExcelJS.Worksheet, atLeast = 0): unknown[] {
  const n = Math.max(ws.rowCount, atLeast);
  const out: unknown[] = [];
  for (let r = 1; r <= n; r++) {
    const row = ws.findRow(r);
    out.push({ height: row?.height ?? null, hidden: row?.hidden === true });
  }
  return out;
}

function tablesOf(ws: ExcelJS.Worksheet): unknown[] {
  return ws.getTables().map((t) => {
    const m = ((t as unknown as { table?: Record<string, unknown> }).table ?? t) as Record<string, unknown>;
    const columns = (m.columns as { name: string }[] | undefined)?.map((c) => c.name) ?? [];
    return {
      name: m.name,
      ref: m.tableRef ?? m.ref,
      headerRow: m.headerRow,
      totalsRow: m.totalsRow,
      columns,
      style: m.style,
    };
  });
}

function dataValidationsOf(ws: ExcelJS.Worksheet): unknown {
  return (ws as unknown as { dataValidations?: { model?: unknown } }).dataValidations?.model ?? null;
}

interface CfBlock {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

/** The user's own conditional formats: the add-in's traffic lights are its to replace. */
function userConditionalFormats(ws: ExcelJS.Worksheet): unknown[] {
  const blocks = (ws as unknown as { conditionalFormattings?: CfBlock[] }).conditionalFormattings ?? [];
  return blocks
    .map((b) => ({
      ref: b.ref,
      rules: b.rules
        .filter(
          (r) =>
            !(
              r.type === "expression" &&
              (r.formulae ?? []).length > 0 &&
              (r.formulae ?? []).every((f) => typeof f === "string" && isOwnTrafficLightFormula(f))
            )
        )
        .map((r) => ({ ...r, priority: undefined })),
    }))
    .filter((b) => b.rules.length > 0);
}

function printTitles(ws: ExcelJS.Worksheet): unknown {
  const p = ws.pageSetup ?? {};
  return {
    printTitlesRow: p.printTitlesRow ?? null,
    printTitlesColumn: p.printTitlesColumn ?? null,
    orientation: p.orientation ?? null,
  };
}
