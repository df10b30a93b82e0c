import { BandTable } from "../engine/bands";
import { problem, Problem } from "../engine/problems";
import { computePlan } from "../engine/rollup";
import { EngineSettings, withDefaults } from "../engine/settings";
import { colourOf, objectiveStatusOf } from "../engine/thresholds";
import { SheetRead, linkObjectiveSheets } from "../layout/linked-sheets";
import { SheetGrid } from "../layout/grid";
import { readPlanSheet } from "../layout/read-plan";
import { readBandTables } from "./band-tables";
import { ReadOptions } from "../layout/types";
import { distinct, oncePerCell, sortProblems } from "./problem-order";
import { sheetWrites } from "./sheet-writes";
import { CellWrite, ConditionalFormatSpec, PipelineSettings, RecalcInput, RecalcResult, SheetOutcome } from "./types";

/** Engine settings plus the pipeline's own, every field filled. */
export function pipelineDefaults(partial: Partial<PipelineSettings> = {}): PipelineSettings {
  const { bandTables, ...engine } = partial;
  return {
    ...withDefaults(engine),
    bandTables: bandTables ?? [],
    sheets: partial.sheets,
    columns: partial.columns,
    year: partial.year,
    headerRows: partial.headerRows,
    overwriteFormulas: partial.overwriteFormulas ?? false,
    addMissingColumns: partial.addMissingColumns ?? false,
  };
}

function engineSettingsOf(s: PipelineSettings, bandTables: BandTable[]): EngineSettings {
  return {
    method: s.method,
    lateDeadline: s.lateDeadline,
    lowerIsBetter: s.lowerIsBetter,
    emptyActual: s.emptyActual,
    thresholds: s.thresholds,
    weightTolerance: s.weightTolerance,
    cap: s.cap,
    minimumThreshold: s.minimumThreshold,
    bands: s.bands,
    bandTables,
    strictThresholds: s.strictThresholds,
    rating: s.rating,
    weightSum: s.weightSum,
  };
}

/**
 * Recalculate every plan in the given grids: read each sheet, compute the tree, and say which cells
 * to write and which conditional formats to set. Pure and deterministic: the task pane and the command
 * line call it on the grids they read; recalculating the written result gives the same writes.
 */
export function recalculate(input: RecalcInput): RecalcResult {
  const settings = pipelineDefaults(input.settings);
  const bands = readBandTables(input.grids, settings.bandTables);
  const engine = engineSettingsOf(settings, bands.tables);
  const problems: Problem[] = [...bands.problems];
  const asked = settings.sheets && settings.sheets.length > 0 ? settings.sheets : null;
  // Excel's sheet names are unique regardless of case: "obiettivi" names the sheet "Obiettivi".
  const sheetNamed = (name: string) =>
    input.grids.find((g) => g.name.trim().toLowerCase() === name.trim().toLowerCase());
  const chosen = asked ? asked.map((name) => sheetNamed(name)?.name ?? name) : null;
  if (asked) {
    for (const name of asked)
      if (!sheetNamed(name))
        problems.push(
          problem(
            "foglio-non-trovato",
            { sheet: name },
            input.grids.map((g) => g.name)
          )
        );
  }
  const grids = chosen ? input.grids.filter((g) => chosen.includes(g.name)) : input.grids;

  const sheets: SheetOutcome[] = [];
  const writes: CellWrite[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  for (const { grid, result: read } of readSheets(grids, settings, input.today)) {
    if (!read.plan || !read.layout) {
      // The reader speaks only about sheets that look like a plan; any other sheet is worth a word when the user chose it.
      problems.push(...read.problems);
      if (chosen) problems.push(problem("foglio-senza-piano", { sheet: grid.name }));
      continue;
    }
    const result = computePlan(read.plan, engine);
    // The reader's note on a target (e.g. "Anno di rilevazione") explains more than the engine's word on the same cell.
    problems.push(...oncePerCell([...read.problems, ...result.problems]));
    const out = sheetWrites(grid, read.plan, read.layout, result, {
      thresholds: { ...settings.thresholds, strict: settings.strictThresholds },
      overwriteFormulas: settings.overwriteFormulas === true,
      addMissingColumns: settings.addMissingColumns === true,
    });
    writes.push(...out.writes);
    conditionalFormats.push(...out.conditionalFormats);
    problems.push(...out.problems);
    sheets.push({ sheet: grid.name, layout: read.layout, plan: read.plan, result });
  }
  if (sheets.length === 0 && !chosen) problems.push(problem("nessun-piano", {}));

  return {
    sheets,
    ente: enteOf(sheets, settings),
    writes,
    conditionalFormats,
    problems: sortProblems(
      distinct(problems),
      input.grids.map((g) => g.name)
    ),
  };
}

/**
 * Every sheet read as the recalculation reads it: the user's mapping and header row, then the objectives
 * sheet linked by codes to a sheet of indicators joined to its plan. Each result carries its reading
 * (`perf-albero leggi`, the pane's "Come è stato letto il foglio").
 */
export function readSheets(
  grids: readonly SheetGrid[],
  settings: PipelineSettings,
  today: number | undefined
): SheetRead[] {
  const reads: SheetRead[] = grids.map((grid) => {
    const headerRow = settings.headerRows?.[grid.name];
    const options: ReadOptions = { columns: settings.columns?.[grid.name], year: settings.year, today };
    if (headerRow !== undefined) options.headerRow = headerRow - 1;
    return { grid, result: readPlanSheet(grid, options) };
  });
  linkObjectiveSheets(reads);
  return reads;
}

/** One sheet: its ente. Several: the plain mean of the sheets' enti that are available. */
function enteOf(sheets: SheetOutcome[], settings: PipelineSettings): RecalcResult["ente"] {
  const t = { ...settings.thresholds, strict: settings.strictThresholds };
  if (sheets.length === 1) {
    const e = sheets[0].result.ente;
    return { performance: e.performance, status: e.status, colour: e.colour, basis: "foglio" };
  }
  const values = sheets.map((s) => s.result.ente.performance).filter((v): v is number => v !== null);
  const blocked = sheets.some((s) => s.result.ente.blocked);
  const performance = values.length === 0 || blocked ? null : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    performance,
    status: objectiveStatusOf(performance, t),
    colour: colourOf(performance, t),
    basis: sheets.length === 0 ? "nessuno" : "media-fogli",
  };
}
