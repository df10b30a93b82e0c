import { normaliseSpaces } from "../../engine/italian-number";
import { KpiInput, ObjectiveInput } from "../../engine/plan";
import { Problem, problem } from "../../engine/problems";
import { ymdFromSerial } from "../../engine/dates";
import { parseCell } from "../../engine/values";
import { parseWeight } from "../../engine/weight";
import { a1 } from "../address";
import { cellText, eliminationNoteIn, isBlank } from "../cell-text";
import { declaredParentOf, extractCode } from "../codes";
import { readDashboardTarget, targetNote } from "../dashboard-targets";
import { SheetGrid, cellAt, formatAt, gridColCount } from "../grid";
import { HeaderRow, chooseColumns, findHeaderRow, headerPhrase, headingsAt } from "../header-detection";
import { normaliseHeader } from "../header-text";
import { LevelColumn, levelColumnsOf } from "./level-columns";
import { DETECTION_TEXT } from "../messages";
import { PlanBuilder } from "../plan-builder";
import { ColumnMap, Detection, LayoutReader, ReadOptions, ReadResult, SheetLayout } from "../types";

/**
 * Layout 002, obiettivi operativi: one column per level of the tree, no codes below the strategic one.
 *   011_Competitività delle Imprese
 *   Obiettivi strategici | Programmi di intervento | Obiettivo Operativo | Indicatore | Target | ...
 *   1. Semplificazione ... | Continuare, attraverso ... | Coordinamento con ... | Partecipazione ... | 2
 *                          |                           | Gestione delle pratiche ... | Dall'avvio ... | 100%
 * A level cell is written on the first row of its block and left empty (or merged) below; a mission
 * heading ("011_...") is an area. Programmes and operational objectives get codes generated from the
 * hierarchy (parent code + ordinal: "1.1", "1.1.2"), listed once per sheet so users can trace them.
 */

const MISSION = /^(\d{3})\s*_\s*(\S.*)$/;

const sameText = (a: string, b: string) => normaliseHeader(a) === normaliseHeader(b);

function yearIn(text: string): number | undefined {
  const m = /\b(19|20)\d{2}\b/.exec(text);
  return m ? Number(m[0]) : undefined;
}

interface OpenNode {
  node: ObjectiveInput;
  /** The cell text as written, to recognise the same objective written again. */
  text: string;
}

class LevelTableReader {
  private readonly plan: PlanBuilder;
  private readonly objectives: ObjectiveInput[] = [];
  private readonly byCode = new Map<string, ObjectiveInput>();
  private readonly open: (OpenNode | null)[];
  private area: ObjectiveInput | null = null;
  private readonly ordinals = new Map<string, number>();
  private readonly generated: { code: string; cell: string }[] = [];
  private readonly droppedWithRow = new Set<ObjectiveInput>();
  private actualMissingSaid = false;
  /** First row that may hold plan data (below the first header). */
  private start: number;
  private firstDataRow = -1;
  private lastDataRow = -1;
  private readonly width: number;

  constructor(
    private readonly grid: SheetGrid,
    private readonly headerRow: number,
    private readonly levels: LevelColumn[],
    private readonly columns: ColumnMap,
    private readonly year: number
  ) {
    this.open = levels.map(() => null);
    this.start = headerRow + 1;
    this.width = gridColCount(grid);
    this.plan = new PlanBuilder(grid);
  }

  private get sheet(): string {
    return this.grid.name;
  }

  run(): ReadResult {
    const end = this.grid.rowOffset + this.grid.values.length;
    // the chosen header may be a later copy of the first one: data starts below the first
    for (let r = this.grid.rowOffset; r < this.headerRow; r++) {
      if (this.isHeaderRepeat(r)) {
        this.start = r + 1;
        break;
      }
    }
    for (let r = this.grid.rowOffset; r < end; r++) this.row(r);
    const kept = this.objectives.filter(
      (o) => !this.droppedWithRow.has(o) || o.kpis.length > 0 || this.objectives.some((c) => c.parentCode === o.code)
    );
    const deepest = this.levels[this.levels.length - 1].col;
    const layout: SheetLayout = {
      sheet: this.sheet,
      kind: "tabella",
      headerRow: this.headerRow,
      columns: { ...this.columns, obiettivo: deepest },
      firstDataRow: this.firstDataRow >= 0 ? this.firstDataRow : this.headerRow + 1,
      lastDataRow: this.lastDataRow >= 0 ? this.lastDataRow : this.headerRow,
    };
    const result = this.plan.finish(kept, layout, this.unmeasured(kept));
    return { ...result, problems: [...this.generatedCodes(kept), ...result.problems] };
  }

  /** Once per sheet, before the rest: the generated codes with their cells. */
  private generatedCodes(kept: ObjectiveInput[]): Problem[] {
    const generated = this.generated.filter((g) => kept.some((o) => o.code === g.code));
    if (generated.length === 0) return [];
    const cells = generated.map((g) => g.cell);
    return [problem("codici-generati", { sheet: this.sheet, cell: cells[0], cells }, generated)];
  }

  /** Once per sheet, after the rest: the nodes no indicator measures. */
  private unmeasured(kept: ObjectiveInput[]): Problem[] {
    const empty = kept.filter(
      (o) => o.level !== "area" && o.kpis.length === 0 && !kept.some((c) => c.parentCode === o.code)
    );
    if (empty.length === 0) return [];
    const nodes = empty.map((o) => ({ code: o.code, cell: o.cells.name as string }));
    const cells = nodes.map((n) => n.cell);
    return [problem("obiettivi-senza-indicatori", { sheet: this.sheet, cell: cells[0], cells }, nodes)];
  }

  private text(r: number, c: number | undefined): string {
    return c === undefined ? "" : cellText(cellAt(this.grid, r, c));
  }

  private isHeaderRepeat(r: number): boolean {
    const probes = [...this.levels.map((l) => l.col), this.columns.indicatore as number, this.columns.target as number];
    return (
      probes.filter((c) => {
        const t = this.text(r, c);
        return t !== "" && sameText(t, this.text(this.headerRow, c));
      }).length >= 2
    );
  }

  private row(r: number): void {
    const filled: number[] = [];
    for (let c = this.grid.colOffset; c < this.grid.colOffset + this.width; c++)
      if (!isBlank(cellAt(this.grid, r, c))) filled.push(c);
    if (filled.length === 0 || r === this.headerRow || this.isHeaderRepeat(r)) return;
    if (filled.length === 1) {
      const col = filled[0];
      const text = this.text(r, col);
      const mission = MISSION.exec(text);
      if (mission) return this.mission(r, col, mission[1], mission[2]);
      if (!this.loneCellIsData(col, text)) return;
    }
    if (r < this.start) return;
    this.dataRow(r);
  }

  /**
   * A row with one filled cell: in the first level column a title, a perspective label ("Processi
   * Interni") or a footnote, unless it is a coded strategic objective; in another level column, the
   * indicator or the target column, plan data (a programme without indicators, an indicator without target).
   */
  private loneCellIsData(col: number, text: string): boolean {
    if (col === this.levels[0].col) return extractCode(text) !== null;
    return this.levels.some((l) => l.col === col) || col === this.columns.indicatore || col === this.columns.target;
  }

  private mission(r: number, col: number, code: string, name: string): void {
    this.open.fill(null);
    const known = this.byCode.get(code);
    if (known && known.level === "area") {
      this.area = known;
      return;
    }
    this.area = this.add(
      this.plan.objective(r, {
        code,
        name: normaliseSpaces(name),
        level: "area",
        weight: null,
        parentCode: null,
        cells: { name: a1(r, col) },
      })
    );
  }

  private add(o: ObjectiveInput): ObjectiveInput {
    this.objectives.push(o);
    if (!this.byCode.has(o.code)) this.byCode.set(o.code, o);
    return o;
  }

  private parentOf(depth: number): ObjectiveInput | null {
    for (let i = depth - 1; i >= 0; i--) {
      const o = this.open[i];
      if (o) return o.node;
    }
    return this.area;
  }

  /** A code for a cell without one: the parent's code and the node's ordinal under it. */
  private generateCode(parent: ObjectiveInput | null, cell: string): string {
    const key = parent?.code ?? "";
    let n = (this.ordinals.get(key) ?? 0) + 1;
    let code = parent ? `${parent.code}.${n}` : String(n);
    while (this.byCode.has(code)) code = parent ? `${parent.code}.${++n}` : String(++n);
    this.ordinals.set(key, n);
    this.generated.push({ code, cell });
    return code;
  }

  /** The objective cell of level `depth` on row r: a new node, the open one written again, or nothing. */
  private levelCell(r: number, depth: number, created: ObjectiveInput[]): void {
    const level = this.levels[depth];
    const text = this.text(r, level.col);
    if (text === "") return;
    const parent = this.parentOf(depth);
    const current = this.open[depth];
    if (current && sameText(current.text, text) && current.node.parentCode === (parent?.code ?? null)) return;
    const cell = a1(r, level.col);
    const coded = extractCode(text);
    // a code of its own is kept when it fits the tree: any at the top level, below it one that names its parent
    const fits = coded && (depth === 0 ? true : declaredParentOf(coded.code) === (parent?.code ?? null));
    const known = fits && coded ? this.byCode.get(coded.code) : undefined;
    let node: ObjectiveInput;
    if (known && known.level === level.level && sameText(known.name, coded?.name ?? "")) {
      node = known;
    } else {
      const code = fits && coded ? coded.code : this.generateCode(parent, cell);
      const name = fits && coded ? coded.name || coded.code : text;
      node = this.add(
        this.plan.objective(r, {
          code,
          name,
          level: level.level,
          weight: null,
          parentCode: parent?.code ?? null,
          cells: { name: cell },
        })
      );
      created.push(node);
    }
    this.open[depth] = { node, text };
    for (let i = depth + 1; i < this.open.length; i++) this.open[i] = null;
  }

  private dataRow(r: number): void {
    const created: ObjectiveInput[] = [];
    for (let d = 0; d < this.levels.length; d++) this.levelCell(r, d, created);
    const name = this.text(r, this.columns.indicatore);
    const targetRaw = cellAt(this.grid, r, this.columns.target as number);
    if (created.length > 0 || name !== "" || !isBlank(targetRaw)) this.markData(r);
    if (name === "" && isBlank(targetRaw)) return;
    const eliminated = this.eliminationNote(r);
    if (eliminated) {
      this.plan.say(
        problem("indicatore-eliminato", { sheet: this.sheet, cell: eliminated.cell }, eliminated.note, this.year)
      );
      created.forEach((o) => this.droppedWithRow.add(o));
      return;
    }
    const owner = this.parentOf(this.levels.length);
    const nameCell = a1(r, this.columns.indicatore as number);
    if (!owner || owner.level === "area") {
      this.plan.say(problem("kpi-senza-obiettivo", { sheet: this.sheet, cell: nameCell }, { name, before: false }));
      return;
    }
    owner.kpis.push(this.kpi(r, name, nameCell, targetRaw));
  }

  private markData(r: number): void {
    if (this.firstDataRow < 0) this.firstDataRow = r;
    this.lastDataRow = r;
    this.plan.rowRead(r);
  }

  private kpi(r: number, name: string, nameCell: string, targetRaw: ReturnType<typeof cellAt>): KpiInput {
    const targetCol = this.columns.target as number;
    const targetCell = a1(r, targetCol);
    const where = (cell: string) => ({ sheet: this.sheet, cell });
    const target = readDashboardTarget(targetRaw, formatAt(this.grid, r, targetCol), name, this.year);
    // A missing or unreadable target is the engine's to report, once, when it scores the KPI.
    const note = target ? targetNote(target, where(targetCell)) : null;
    if (note) this.plan.say(note);
    const kpi = this.plan.kpi(r, {
      name,
      weight: null,
      direction: target?.direction ?? null,
      target: target?.value ?? { kind: "empty" },
      actual: { kind: "empty" },
      cells: { name: nameCell, target: targetCell },
    });
    this.weight(r, kpi);
    const actualCol = this.columns.consuntivo;
    if (actualCol !== undefined) {
      kpi.actual = parseCell(cellAt(this.grid, r, actualCol), formatAt(this.grid, r, actualCol));
      kpi.cells.actual = a1(r, actualCol);
    } else {
      // said once for the sheet: each KPI is simply not measurable yet
      kpi.unavailable = true;
      if (!this.actualMissingSaid) {
        this.actualMissingSaid = true;
        const headerCell = a1(this.headerRow, targetCol);
        this.plan.say(problem("consuntivo-assente", where(headerCell), { kind: "tabella" }));
      }
    }
    return kpi;
  }

  private weight(r: number, kpi: KpiInput): void {
    const col = this.columns.peso;
    if (col === undefined) return;
    const raw = cellAt(this.grid, r, col);
    if (isBlank(raw)) return;
    const cell = a1(r, col);
    const parsed = parseWeight(raw, formatAt(this.grid, r, col));
    if (parsed.invalid) this.plan.say(problem("peso-non-leggibile", { sheet: this.sheet, cell }, cellText(raw)));
    else {
      kpi.weight = parsed.weight;
      kpi.cells.weight = cell;
    }
  }

  /** A note outside the plan's columns saying the row was dropped ("Eliminato in sede di rolling annuale ... 2019") by the plan's year. */
  private eliminationNote(r: number): { note: string; cell: string } | null {
    const used = new Set<number>([...this.levels.map((l) => l.col), ...Object.values<number>(this.columns)]);
    const cols: number[] = [];
    for (let c = this.grid.colOffset; c < this.grid.colOffset + this.width; c++) if (!used.has(c)) cols.push(c);
    return eliminationNoteIn(this.grid, r, cols, this.year);
  }
}

/** Lower-level objective cells without a code: what tells this layout from an albero with coded level columns. */
function hasUncodedLevel(grid: SheetGrid, headerRow: number, levels: LevelColumn[]): boolean {
  const end = grid.rowOffset + grid.values.length;
  for (let r = headerRow + 1; r < end; r++) {
    for (const l of levels.slice(1)) {
      const t = cellText(cellAt(grid, r, l.col));
      if (t !== "" && !extractCode(t)) return true;
    }
  }
  return false;
}

/**
 * The plan's year: the one asked for, else the one in the sheet's name ("Obiettivi operativi 2019"),
 * else the latest year of the deadlines in the Target column.
 */
function planYear(
  grid: SheetGrid,
  headerRow: number,
  targetCol: number,
  requested: number | undefined
): number | undefined {
  if (requested !== undefined) return requested;
  const inName = yearIn(grid.name);
  if (inName !== undefined) return inName;
  let latest: number | undefined;
  const end = grid.rowOffset + grid.values.length;
  for (let r = headerRow + 1; r < end; r++) {
    const v = parseCell(cellAt(grid, r, targetCol), formatAt(grid, r, targetCol));
    if (v.kind === "date") latest = Math.max(latest ?? 0, ymdFromSerial(v.serial).year);
  }
  return latest;
}

interface LevelDetection extends Detection {
  header: HeaderRow;
  levels: LevelColumn[];
  figures: ColumnMap;
}

/**
 * The level-column table (002 obiettivi operativi): its header names at least two of Obiettivo
 * strategico / Programma / Obiettivo operativo beside Indicatore and Target, and objectives below the
 * top level carry no code. A column mapping or header row given by the user leaves the sheet to the
 * table reader. Score: the header's fields plus its level columns, so that on a sheet both could read
 * it wins over the table reader, which sees the same header.
 */
function detectLevelTable(grid: SheetGrid, options: ReadOptions): LevelDetection | null {
  if ((options.columns && Object.keys(options.columns).length > 0) || options.headerRow !== undefined) return null;
  const header = findHeaderRow(grid);
  if (!header) return null;
  const levels = levelColumnsOf(grid, header, gridColCount(grid));
  if (levels.length < 2) return null;
  const { columns } = chooseColumns(header, options.year, grid.hiddenColumns);
  const levelCols = new Set(levels.map((l) => l.col));
  const figures: ColumnMap = {};
  for (const [f, c] of Object.entries(columns) as [keyof ColumnMap, number][])
    if (!levelCols.has(c) && f !== "obiettivo") figures[f] = c;
  if (figures.indicatore === undefined || figures.target === undefined) return null;
  if (!hasUncodedLevel(grid, header.row, levels)) return null;
  const reason = [
    headerPhrase(
      grid,
      header.row,
      header.cells.map((c) => c.col)
    ),
    DETECTION_TEXT.levels(
      headingsAt(
        grid,
        header.row,
        levels.map((l) => l.col)
      )
    ),
    DETECTION_TEXT.uncoded,
  ].join(", ");
  return { score: header.score + levels.length, reason, header, levels, figures };
}

/** The plan's year (planYear, else today's), and the level-column table read. */
function readLevels(grid: SheetGrid, options: ReadOptions, d: LevelDetection): ReadResult {
  const { header, levels, figures } = d;
  const target = figures.target as number;
  const found = planYear(grid, header.row, target, options.year);
  const year = found ?? (options.today !== undefined ? ymdFromSerial(options.today).year : undefined);
  const at = { sheet: grid.name, cell: a1(header.row, target) };
  if (year === undefined) return { plan: null, layout: null, problems: [problem("anno-non-indicato", at, null)] };
  const problems: Problem[] = found === undefined ? [problem("anno-non-indicato", at, year)] : [];
  const result = new LevelTableReader(grid, header.row, levels, figures, year).run();
  return { ...result, problems: [...problems, ...result.problems] };
}

/** The level-column table reader (002 obiettivi operativi; LayoutKind "tabella"). */
export const levelTableReader: LayoutReader<LevelDetection> = {
  kind: "tabella-livelli",
  takesMapping: false,
  detect: detectLevelTable,
  read: readLevels,
};
