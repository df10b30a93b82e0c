import { gridsOfWorkbook } from "../../exceljs/read-workbook";
import { parseA1 } from "../../../src/layout/address";
import { recalculate } from "../../../src/pipeline/recalculate";
import { CellWrite, PipelineSettings, RecalcResult } from "../../../src/pipeline/types";
import { readWorkbook } from "./cli";

export interface OwnedCells {
  /** "Sheet!A1" of every cell the pipeline writes. */
  cells: Set<string>;
  writes: CellWrite[];
  result: RecalcResult;
}

/** The cells the add-in owns in this file with these settings: the pipeline's own list of writes. */
export async function ownedCells(file: string, settings: Partial<PipelineSettings> = {}): Promise<OwnedCells> {
  const result = recalculate({ grids: gridsOfWorkbook(await readWorkbook(file)), settings });
  return { cells: new Set(result.writes.map((w) => `${w.sheet}!${w.address}`)), writes: result.writes, result };
}

/**
 * Writes that fall outside what the add-in may own: a performance cell outside the performance
 * columns the reader found, a link consuntivo that is not on a link KPI's consuntivo cell, a header
 * outside the header row. Returned as readable lines (empty when every write is legitimate).
 */
export function illegitimateWrites(owned: OwnedCells): string[] {
  const bad: string[] = [];
  const linkActualCells = new Set<string>();
  for (const s of owned.result.sheets)
    for (const o of s.plan.objectives)
      for (const k of o.kpis) if (k.link && k.cells.actual) linkActualCells.add(`${s.sheet}!${k.cells.actual}`);
  for (const w of owned.writes) {
    const where = `${w.sheet}!${w.address}`;
    const sheet = owned.result.sheets.find((s) => s.sheet === w.sheet);
    const pos = parseA1(w.address);
    if (!sheet || !pos) {
      bad.push(`${where}: scrittura su un foglio senza piano`);
      continue;
    }
    const cols = sheet.layout.columns;
    const inRows = pos.row >= sheet.layout.firstDataRow && pos.row <= sheet.layout.lastDataRow;
    switch (w.kind) {
      case "performance-kpi":
      case "performance-obiettivo": {
        const perfCols = [cols.performanceKpi, cols.performanceObiettivo].filter((c) => c !== undefined);
        const added = owned.writes.some(
          (h) => h.kind === "intestazione" && h.sheet === w.sheet && parseA1(h.address)?.col === pos.col
        );
        if (!inRows || !(perfCols.includes(pos.col) || added))
          bad.push(`${where}: ${w.kind} fuori dalle colonne di performance`);
        break;
      }
      case "consuntivo-collegamento":
        if (!linkActualCells.has(where))
          bad.push(`${where}: consuntivo scritto su una riga che non è un KPI di collegamento`);
        break;
      case "intestazione":
        if (pos.row !== sheet.layout.headerRow) bad.push(`${where}: intestazione fuori dalla riga di intestazione`);
        break;
      default:
        bad.push(`${where}: tipo di scrittura sconosciuto ${String((w as CellWrite).kind)}`);
    }
  }
  return bad;
}
