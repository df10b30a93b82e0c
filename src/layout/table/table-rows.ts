import { KpiInput, ObjectiveInput } from "../../engine/plan";
import { Problem, problem } from "../../engine/problems";
import { a1 } from "../address";
import { cellText, holdsFigure, isBlank } from "../cell-text";
import { looksLikeCode } from "../codes";
import { cellAt } from "../grid";
import { WeightCell, readKpiRow, readWeight } from "./kpi-row";
import { CodedObjective, TableContext, classifyRow, valueAt } from "./row-classifier";

export interface TableRows {
  objectives: ObjectiveInput[];
  problems: Problem[];
  firstDataRow: number;
  lastDataRow: number;
  /** Objective rows that carry their own (first) KPI, and objectives whose KPIs all sit below them. */
  kpiOnObjectiveRow: number;
  kpiBelowObjective: number;
  objectivesWithoutRowKpi: Set<ObjectiveInput>;
  /** KPIs above the first objective: reported, not read. */
  orphanKpis: number;
}

/** "Legenda" under the table: the plan ends above it. */
export const LEGEND = /^legenda\b/i;

/** "Kpi non definito", "da definire": the planning software's empty slot, not an indicator. */
const PLACEHOLDER_NAME = /\b(non definit[oaie]|da definire|kpi da inserire)\b/i;

/**
 * A placeholder row: named as one, or weighted 0 with neither target nor consuntivo. DOMAIN §5: a 0%
 * weight is excluded; such a row must neither block its objective (missing target) nor weigh in it.
 */
function isPlaceholder(ctx: TableContext, row: number): boolean {
  const empty = isBlank(valueAt(ctx, row, "target")) && isBlank(valueAt(ctx, row, "consuntivo"));
  if (!empty) return false;
  if (PLACEHOLDER_NAME.test(cellText(valueAt(ctx, row, "indicatore")))) return true;
  const w = valueAt(ctx, row, "peso");
  return w === 0 || (typeof w === "string" && /^\s*0+([.,]0+)?\s*%?\s*$/.test(w));
}

function setObjectiveWeight(o: ObjectiveInput, w: WeightCell, problems: Problem[]): void {
  problems.push(...w.problems);
  o.weight = w.weight;
  if (w.cell && w.weight !== null) o.cells.weight = w.cell;
}

function newObjective(ctx: TableContext, o: CodedObjective, row: number): ObjectiveInput {
  const input = ctx.plan.objective(row, {
    code: o.code,
    name: o.name,
    level: "obiettivo",
    weight: null,
    parentCode: null,
    cells: { name: o.nameCell },
  });
  if (ctx.columns.performanceObiettivo !== undefined)
    input.cells.performance = a1(row, ctx.columns.performanceObiettivo);
  return input;
}

/**
 * The rows of a plan table, top to bottom, into objectives and KPIs: a KPI belongs to the nearest
 * objective above it; an objective row carries its first KPI when its Indicatore is filled (000),
 * otherwise its Peso is the objective's own weight (albero). `whole`, for a sheet without objectives,
 * owns every KPI.
 */
export function readTableRows(
  ctx: TableContext,
  firstRow: number,
  lastRow: number,
  whole: ObjectiveInput | null = null
): TableRows {
  const problems: Problem[] = [];
  const objectives: ObjectiveInput[] = [];
  const objectivesWithoutRowKpi = new Set<ObjectiveInput>();
  const orphans: { cell: string; name: string }[] = [];
  // a flat list of KPIs belongs to one objective standing for the sheet
  let current: ObjectiveInput | null = whole;
  if (whole) objectives.push(whole);
  const created = new Map<string, ObjectiveInput>();
  let firstDataRow = -1;
  let lastDataRow = -1;
  let kpiOnObjectiveRow = 0;
  // a title repeated at each page break ("A1 - Piano performance 2019") is not an objective
  let counts: Map<string, number> | null = null;
  const repeated = (text: string): boolean => {
    if (!counts) {
      counts = new Map();
      const col = ctx.columns.obiettivo;
      for (let r = firstRow; r <= lastRow && col !== undefined; r++) {
        const t = cellText(cellAt(ctx.grid, r, col));
        if (t !== "") counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    return (counts.get(text) ?? 0) > 1;
  };
  /** A row that looks like an objective but whose code is not recognised, and the KPI rows under it. */
  let unplaced: { text: string; row: number; col: number; kpiRows: number[] } | null = null;
  const closeUnplaced = () => {
    if (unplaced && unplaced.kpiRows.length > 0) {
      const last = unplaced.kpiRows[unplaced.kpiRows.length - 1];
      const cell = `${a1(unplaced.row, unplaced.col)}:${a1(last, unplaced.col)}`;
      const cells = [
        a1(unplaced.row, unplaced.col),
        ...unplaced.kpiRows.map((r) => a1(r, ctx.columns.indicatore ?? unplaced!.col)),
      ];
      problems.push(
        problem("obiettivo-non-riconosciuto", { sheet: ctx.sheet, cell, cells }, unplaced.text, unplaced.kpiRows.length)
      );
    }
    unplaced = null;
  };
  const where = (cell: string | undefined) => ({ sheet: ctx.sheet, cell });
  const placeholders: number[] = [];
  const addKpi = (row: number, owner: ObjectiveInput | null): KpiInput | null => {
    if (isPlaceholder(ctx, row)) {
      placeholders.push(row);
      return null;
    }
    const { kpi, problems: p } = readKpiRow(ctx, row, readWeight(ctx, row));
    problems.push(...p);
    if (!owner) {
      orphans.push({
        cell: kpi.cells.name ?? kpi.cells.target ?? a1(row, ctx.grid.colOffset),
        name: kpi.name || cellText(valueAt(ctx, row, "target")),
      });
      return null;
    }
    owner.kpis.push(kpi);
    return kpi;
  };
  for (let r = firstRow; r <= lastRow; r++) {
    // a legend under the table ("Legenda" | "≥ 80%" Raggiunto …) ends it
    if (
      LEGEND.test(cellText(valueAt(ctx, r, "obiettivo"))) ||
      (ctx.columns.obiettivo !== ctx.columns.indicatore && LEGEND.test(cellText(valueAt(ctx, r, "indicatore"))))
    )
      break;
    const cls = classifyRow(ctx, r);
    let data = false;
    switch (cls.kind) {
      case "blank":
      case "header":
      case "note":
        break;
      case "unclassified":
        problems.push(
          problem(
            "riga-non-classificata",
            { sheet: ctx.sheet, cell: cls.cells[0], cells: cls.cells },
            cls.cells.join(", ")
          )
        );
        break;
      case "objective": {
        closeUnplaced();
        for (const a of cls.ancestors) {
          if (created.has(a.code)) continue;
          const ancestor = newObjective(ctx, a, r);
          // the row's Performance Obiettivo cell belongs to its deepest objective
          delete ancestor.cells.performance;
          created.set(a.code, ancestor);
          objectives.push(ancestor);
        }
        if (current && current.code === cls.code) {
          // the objective written again on each of its KPI rows (a filtered list, an Excel table)
          if (cls.hasKpi) addKpi(r, current);
          data = true;
          break;
        }
        const o = newObjective(ctx, cls, r);
        created.set(o.code, o);
        // an objective's weight in a column of its own ("Peso obiettivo"), also on a row carrying its first KPI
        const ownWeight = ctx.columns.pesoObiettivo !== undefined;
        if (ownWeight) setObjectiveWeight(o, readWeight(ctx, r, "pesoObiettivo"), problems);
        if (cls.hasKpi) {
          kpiOnObjectiveRow++;
          addKpi(r, o);
        } else {
          // albero: the Peso of an objective row without an indicator is the objective's weight in its parent
          if (!ownWeight) setObjectiveWeight(o, readWeight(ctx, r), problems);
          const stray = (["target", "consuntivo"] as const)
            .filter((f) => holdsFigure(valueAt(ctx, r, f)))
            .map((f) => a1(r, ctx.columns[f] as number));
          if (stray.length > 0) {
            problems.push(
              problem(
                "valori-senza-indicatore",
                { sheet: ctx.sheet, cell: stray[0], cells: stray },
                o.code,
                stray.join(", ")
              )
            );
          }
          objectivesWithoutRowKpi.add(o);
        }
        objectives.push(o);
        current = o;
        data = true;
        break;
      }
      case "label":
        if (!cls.hasKpi) {
          // a text that reads as an objective without a recognised code: its KPIs are not given to the objective above
          closeUnplaced();
          if (cls.codeCell)
            unplaced = { text: cls.text, row: r, col: ctx.columns.codice ?? ctx.grid.colOffset, kpiRows: [] };
          else if (looksLikeCode(cls.text) && !repeated(cls.text))
            unplaced = { text: cls.text, row: r, col: ctx.columns.obiettivo ?? ctx.grid.colOffset, kpiRows: [] };
          break;
        }
        if (current) problems.push(problem("obiettivo-senza-codice", where(cls.cell), cls.text, current.code));
        addKpi(r, current);
        data = true;
        break;
      case "kpi":
        if (unplaced) {
          unplaced.kpiRows.push(r);
          // kept under the objective above but unscored, so that neither it nor its parents publish a figure without them
          const kpi = addKpi(r, current);
          if (kpi) kpi.readError = true;
        } else addKpi(r, current);
        data = true;
        break;
    }
    if (data) {
      if (firstDataRow < 0) firstDataRow = r;
      lastDataRow = r;
      ctx.plan.rowRead(r);
    }
  }
  closeUnplaced();
  if (placeholders.length > 0) {
    const col = ctx.columns.indicatore ?? ctx.columns.peso ?? ctx.grid.colOffset;
    const cells = placeholders.map((r) => a1(r, col));
    problems.push(
      problem(
        "kpi-segnaposto",
        { sheet: ctx.sheet, cell: cells[0], cells },
        placeholders.map((r) => r + 1)
      )
    );
  }
  if (orphans.length > 1 && objectives.length === 0) {
    const cells = orphans.map((o) => o.cell);
    problems.push(
      problem("kpi-senza-obiettivo", { sheet: ctx.sheet, cell: cells[0], cells }, { count: orphans.length })
    );
  } else {
    for (const o of orphans)
      problems.push(problem("kpi-senza-obiettivo", where(o.cell), { name: o.name, before: true }));
  }
  const kpiBelowObjective = objectives.filter((o) => objectivesWithoutRowKpi.has(o) && o.kpis.length > 0).length;
  return {
    objectives,
    problems,
    firstDataRow,
    lastDataRow,
    kpiOnObjectiveRow,
    kpiBelowObjective,
    objectivesWithoutRowKpi,
    orphanKpis: orphans.length,
  };
}
