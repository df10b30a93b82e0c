import { CellInput } from "../../src/excel/excel-api";
import { boxAddress } from "../../src/excel/ranges";
import { SimCell, SimConditionalFormat, SimulatedExcel } from "../../src/excel/simulated";

/**
 * Test-side views of the simulated Excel: counters fed by the events it emits, and a plain comparable
 * picture of the workbook. The add-in never imports this module.
 */
export interface SimStats {
  syncs: number;
  /** Syncs refused for their payload. */
  refused: number;
  suspendCalculation: number;
  suspendScreenUpdating: number;
  /** Largest request and response delivered (refused ones are not counted). */
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Range writes (values, formulas or number formats) applied. */
  rangeWrites: number;
  /** application.calculate calls applied. */
  calculations: number;
}

/** Counters that follow the workbook from now on. */
export function recordStats(excel: SimulatedExcel): SimStats {
  const stats: SimStats = {
    syncs: 0,
    refused: 0,
    suspendCalculation: 0,
    suspendScreenUpdating: 0,
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    rangeWrites: 0,
    calculations: 0,
  };
  excel.observers.push((e) => {
    if (e.kind === "sync") {
      stats.syncs++;
      if (e.refused) stats.refused++;
      stats.maxRequestBytes = Math.max(stats.maxRequestBytes, e.requestBytes);
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, e.responseBytes);
    } else if (e.kind === "calculate") stats.calculations++;
    else if (e.kind === "rangeWrite") stats.rangeWrites++;
    else stats[e.kind]++;
  });
  return stats;
}

/** Plain, comparable picture of the workbook: non-empty cells by address and conditional formats. */
export interface WorkbookSnapshot {
  sheets: {
    name: string;
    cells: Record<string, { v: CellInput; f?: string; nf?: string; fill?: string }>;
    formats: { range: string; formula: string; fill: string; font: string }[];
  }[];
}

/** The sheets' content as plain data: what a page can hand back to the test (no Maps). */
export type SheetsDump = { name: string; cells: [number, [number, SimCell][]][]; formats: SimConditionalFormat[] }[];

export function dumpSheets(excel: SimulatedExcel): SheetsDump {
  return excel.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells].map(([r, cols]) => [r, [...cols]]),
    formats: s.formats,
  }));
}

export function snapshotOfDump(dump: SheetsDump): WorkbookSnapshot {
  return {
    sheets: dump.map((s) => {
      const cells: WorkbookSnapshot["sheets"][number]["cells"] = {};
      for (const [row, cols] of [...s.cells].sort((a, b) => a[0] - b[0])) {
        for (const [col, c] of [...cols].sort((a, b) => a[0] - b[0])) {
          const entry: { v: CellInput; f?: string; nf?: string; fill?: string } = { v: c.value };
          if (c.formula) entry.f = c.formula;
          if (c.numberFormat !== "General") entry.nf = c.numberFormat;
          if (c.fill !== undefined) entry.fill = c.fill;
          cells[boxAddress({ top: row, left: col, bottom: row, right: col })] = entry;
        }
      }
      return {
        name: s.name,
        cells,
        formats: s.formats.map(({ range, formula, fill, font }) => ({ range, formula, fill, font })),
      };
    }),
  };
}

export function snapshot(excel: SimulatedExcel): WorkbookSnapshot {
  return snapshotOfDump(dumpSheets(excel));
}
