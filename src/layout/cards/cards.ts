import { normaliseSpaces } from "../../engine/italian-number";
import { KpiInput, Level, ObjectiveInput } from "../../engine/plan";
import { Problem, problem } from "../../engine/problems";
import { CellValue, Scalar, parseCell } from "../../engine/values";
import { parseWeight } from "../../engine/weight";
import { a1 } from "../address";
import { cellText, isBlank } from "../cell-text";
import { CardLabel, cardRowOf } from "./cards-labels";
import { CardTarget, readCardTarget, yearTargets } from "./cards-targets";
import { matchHeader } from "../column-synonyms";
import { chooseYear } from "../dashboard-year";
import { SheetGrid, cellAt, formatAt, gridColCount } from "../grid";
import { normaliseHeader } from "../header-text";
import { DETECTION_TEXT, actionName } from "../messages";
import { PlanBuilder } from "../plan-builder";
import { Detection, LayoutReader, ReadResult, SheetLayout } from "../types";

/**
 * Layout 004 (CCIAA Brindisi, schede obiettivi 2019-2021): cards stacked in one worksheet.
 * Strategic cards: "Area strategica: ..." / "Obiettivo strategico: ..." / "KPI associati" and a small
 * table (Indicatori | Peso | Un.mis. | Fonte | Alg. | Target, targets per year "Anno:2019—si").
 * Operational cards: label | value rows ("obiettivo strategico (missione)", "obiettivo operativo",
 * "kpi operativo 1.1.", "nome indicatore", "target annuale", "peso indicatore", ...).
 * The cards carry no codes: areas take the mission code ("Cod.016" → "016") or A1, A2 ...; the
 * objectives under an area are numbered in sheet order ("016.2"); when an operational card numbers
 * its indicators by action ("kpi operativo 2.1."), each action is a node ("016.2.2").
 * A block with a second "algoritmo di calcolo" / "target annuale" / "peso indicatore" is a further KPI
 * of the same action even without its own "kpi operativo" row; a KPI without "nome indicatore" is
 * named by its algoritmo, with a warning (seed lines 830-849).
 */

interface Node {
  kind: "area" | "strategico" | "operativo" | "azione";
  name: string;
  missionCode: string | null;
  parent: Node | null;
  row: number;
  nameCell: string;
  kpis: (KpiInput & { action?: string })[];
  code?: string;
}

interface PendingKpi {
  startRow: number;
  startCell: string;
  action?: string;
  name?: { text: string; cell: string };
  algoritmo?: { text: string; cell: string };
  target?: { raw: CellValue; cell: string; format?: string };
  weight?: { raw: CellValue; cell: string; format?: string };
  actual?: { raw: CellValue; cell: string; format?: string };
}

/**
 * "Cod.016 Commercio ...", "Missione 016 - “Commercio ...”", "012 -“Regolazione dei mercati”",
 * "Cod. 011Competitività ..." (no space after the code), "Servizi istituzionali ... (cod 032)" → code and name.
 */
function missionOf(text: string): { code: string | null; name: string } {
  const trailing = /\s*\(\s*(?:missione\s*)?cod(?:ice)?\.?\s*(\d{3})\s*\)\s*$/i.exec(text);
  const m = trailing ?? /(?:^|\D)(\d{3})(?!\d)/.exec(text);
  const body = trailing ? text.slice(0, trailing.index) : text;
  const name = body
    .replace(/^(missione|cod(ice)?\.?)\s*/i, "")
    .replace(/^(cod(ice)?\.?\s*)?\d{3}\s*[-–—:]?\s*/i, "")
    .replace(/[“”"]/g, "")
    .trim();
  return { code: m ? m[1] : null, name };
}

const sameName = (a: string, b: string) => normaliseHeader(a) === normaliseHeader(b);

class CardsReader {
  private readonly plan: PlanBuilder;
  private readonly nodes: Node[] = [];
  private area: Node | null = null;
  private objective: Node | null = null;
  private pending: PendingKpi | null = null;
  private table: { cols: Partial<Record<"nome" | "peso" | "target" | "consuntivo", number>> } | null = null;
  private kpiCount = 0;
  private anyActual = false;
  private firstRow = -1;
  private lastRow = -1;
  private readonly colCount: number;

  constructor(
    private readonly grid: SheetGrid,
    private readonly year: number | null
  ) {
    this.colCount = gridColCount(grid);
    this.plan = new PlanBuilder(grid);
  }

  private get sheet(): string {
    return this.grid.name;
  }

  private cellsOf(r: number): { col: number; value: CellValue }[] {
    const out: { col: number; value: CellValue }[] = [];
    const end = this.grid.colOffset + this.colCount;
    for (let c = this.grid.colOffset; c < end; c++) {
      const v = cellAt(this.grid, r, c);
      if (!isBlank(v)) out.push({ col: c, value: v });
    }
    return out;
  }

  run(): ReadResult | null {
    const end = this.grid.rowOffset + this.grid.values.length;
    for (let r = this.grid.rowOffset; r < end; r++) this.row(r);
    this.flush();
    if (this.kpiCount === 0 || !this.nodes.some((n) => n.kind !== "area")) return null;
    if (!this.anyActual) {
      const cell = a1(this.firstRow, this.grid.colOffset);
      this.plan.say(problem("consuntivo-assente", { sheet: this.sheet, cell }, { kind: "schede" }));
    }
    const objectives = this.objectives();
    const layout: SheetLayout = {
      sheet: this.sheet,
      kind: "schede",
      headerRow: -1,
      columns: {},
      firstDataRow: this.firstRow,
      lastDataRow: this.lastRow,
    };
    return this.plan.finish(objectives, layout);
  }

  private row(r: number): void {
    const cells = this.cellsOf(r);
    if (cells.length === 0) {
      this.table = null;
      return;
    }
    const card = cardRowOf(cells);
    if (this.table && (!card || card.label === "altro")) {
      this.tableRow(r, cells);
      return;
    }
    if (!card) {
      if (this.awaitingName && this.awaitingName.row === r - 1) this.nameObjective(r, cells[0]);
      return;
    }
    this.table = null;
    this.mark(r);
    this.label(r, card.label, card.value, card.valueCol, cells);
  }

  private mark(r: number): void {
    if (this.firstRow < 0) this.firstRow = r;
    this.lastRow = r;
  }

  /** "OBIETTIVO OPERATIVO 1" with its name on the next row. */
  private awaitingName: { row: number; node: Node } | null = null;

  private nameObjective(r: number, cell: { col: number; value: CellValue }): void {
    const node = (this.awaitingName as { node: Node }).node;
    node.name = cellText(cell.value);
    node.nameCell = a1(r, cell.col);
    this.awaitingName = null;
    this.mark(r);
  }

  private label(
    r: number,
    label: CardLabel,
    value: CellValue,
    valueCol: number,
    cells: { col: number; value: CellValue }[]
  ): void {
    const text = cellText(value);
    const at = (row: number, col: number) => a1(row, col);
    switch (label) {
      case "area": {
        this.flush();
        this.area = this.findOrAddArea(text, null, r, at(r, valueCol));
        this.objective = null;
        return;
      }
      case "missione": {
        this.flush();
        const m = missionOf(text);
        this.area = this.findOrAddArea(m.name, m.code, r, at(r, valueCol));
        this.objective = null;
        return;
      }
      case "strategico":
      case "operativo": {
        this.flush();
        const node = this.addNode(label, text, this.area, r, at(r, valueCol));
        this.objective = node;
        if (text === "") this.awaitingName = { row: r, node };
        return;
      }
      case "tabella-kpi": {
        this.flush();
        this.table = { cols: {} };
        this.tableHeaderNext = true;
        return;
      }
      case "kpi": {
        this.flush();
        const n = /(\d+)(?:\.\d+)*\.?\s*$/.exec(cellText(cells[0].value));
        this.pending = { startRow: r, startCell: at(r, cells[0].col) };
        if (n) this.pending.action = n[1];
        return;
      }
      case "nome":
      case "algoritmo":
      case "target":
      case "peso":
      case "consuntivo": {
        const field =
          label === "nome" ? "name" : label === "consuntivo" ? "actual" : label === "peso" ? "weight" : label;
        if (this.pending && this.pending[field] !== undefined) {
          // A second "algoritmo di calcolo" / "target annuale" ... in the same block starts another KPI of the
          // same action, even without its own "kpi operativo" row (seed 004 lines 830-849).
          const action = this.pending.action;
          this.flush();
          this.pending = { startRow: r, startCell: at(r, cells[0].col) };
          if (action !== undefined) this.pending.action = action;
        }
        if (!this.pending) this.pending = { startRow: r, startCell: at(r, cells[0].col) };
        const cell = at(r, valueCol);
        const format = formatAt(this.grid, r, valueCol);
        if (label === "nome") this.pending.name = { text, cell };
        else if (label === "algoritmo") this.pending.algoritmo = { text, cell };
        else if (label === "target") this.pending.target = { raw: value, cell, format };
        else if (label === "peso") this.pending.weight = { raw: value, cell, format };
        else this.pending.actual = { raw: value, cell, format };
        return;
      }
      case "monitoraggio":
        this.flush();
        return;
      default:
        return;
    }
  }

  private tableHeaderNext = false;

  private tableRow(r: number, cells: { col: number; value: CellValue }[]): void {
    if (this.tableHeaderNext) {
      this.tableHeaderNext = false;
      const cols: Partial<Record<"nome" | "peso" | "target" | "consuntivo", number>> = {};
      for (const c of cells) {
        const h = typeof c.value === "string" ? matchHeader(c.value) : null;
        if (h?.field === "indicatore") cols.nome = c.col;
        else if (h?.field === "peso" || (h?.field === "pesoObiettivo" && cols.peso === undefined)) cols.peso = c.col;
        else if (h?.field === "target") cols.target = c.col;
        else if (h?.field === "consuntivo") cols.consuntivo = c.col;
      }
      if (cols.nome === undefined || cols.target === undefined) this.table = null;
      else (this.table as { cols: typeof cols }).cols = cols;
      this.mark(r);
      return;
    }
    const cols = (this.table as { cols: Partial<Record<"nome" | "peso" | "target" | "consuntivo", number>> }).cols;
    const get = (col: number | undefined) =>
      col === undefined
        ? undefined
        : { raw: cellAt(this.grid, r, col), cell: a1(r, col), format: formatAt(this.grid, r, col) };
    const nameRaw = cols.nome === undefined ? null : cellAt(this.grid, r, cols.nome);
    const name =
      typeof nameRaw === "string"
        ? nameRaw
            .split(/\r?\n/)
            .filter((l) => !/^\s*tipologia kpi/i.test(l))
            .join(" ")
        : cellText(nameRaw);
    this.mark(r);
    this.pending = {
      startRow: r,
      startCell: a1(r, cols.nome as number),
      name: { text: normaliseSpaces(name), cell: a1(r, cols.nome as number) },
      target: get(cols.target),
      weight: get(cols.peso),
      actual: get(cols.consuntivo),
    };
    this.flush();
  }

  private findOrAddArea(name: string, missionCode: string | null, r: number, cell: string): Node {
    const found = this.nodes.find(
      (n) => n.kind === "area" && ((missionCode !== null && n.missionCode === missionCode) || sameName(n.name, name))
    );
    if (found) {
      if (found.missionCode === null && missionCode !== null) found.missionCode = missionCode;
      return found;
    }
    return this.addNode("area", name, null, r, cell, missionCode);
  }

  private addNode(
    kind: Node["kind"],
    name: string,
    parent: Node | null,
    r: number,
    cell: string,
    missionCode: string | null = null
  ): Node {
    const node: Node = { kind, name, missionCode, parent, row: r + 1, nameCell: cell, kpis: [] };
    this.nodes.push(node);
    return node;
  }

  private targetOf(p: PendingKpi): CardTarget | null {
    const t = p.target;
    if (!t) return { value: { kind: "empty" }, direction: null };
    const perYear = yearTargets(t.raw);
    if (perYear) {
      const text = this.year === null ? undefined : perYear.get(this.year);
      if (text === undefined) {
        this.plan.say(
          problem("anno-senza-target", { sheet: this.sheet, cell: t.cell }, this.year ?? 0, cellText(t.raw))
        );
        return null;
      }
      return readCardTarget(text);
    }
    const single = readCardTarget(t.raw, t.format);
    if (single.note !== undefined) {
      this.plan.say(
        problem("target-con-nota", { sheet: this.sheet, cell: t.cell }, cellText(t.raw), describe(single.value))
      );
    }
    return single;
  }

  private flush(): void {
    const p = this.pending;
    this.pending = null;
    if (!p) return;
    if ((!p.name || p.name.text === "") && p.algoritmo && p.algoritmo.text !== "" && (p.target || p.weight)) {
      p.name = p.algoritmo;
      this.plan.say(problem("kpi-nome-da-algoritmo", { sheet: this.sheet, cell: p.algoritmo.cell }, p.algoritmo.text));
    }
    if (!p.name || p.name.text === "") {
      this.plan.say(problem("kpi-senza-nome", { sheet: this.sheet, cell: p.startCell }));
      return;
    }
    if (!this.objective) {
      this.plan.say(problem("kpi-fuori-obiettivo", { sheet: this.sheet, cell: p.name.cell }, "schede"));
      return;
    }
    const target = this.targetOf(p);
    if (!target) return;
    const w = p.weight ? parseWeight(p.weight.raw, p.weight.format) : { weight: null, direction: null, invalid: false };
    if (w.invalid && p.weight) {
      this.plan.say(problem("peso-non-leggibile", { sheet: this.sheet, cell: p.weight.cell }, cellText(p.weight.raw)));
    }
    // Without a consuntivo the KPI is not measurable yet: said once for the sheet, not once per KPI.
    let actual: Scalar = { kind: "empty" };
    if (p.actual) {
      this.anyActual = true;
      actual = parseCell(p.actual.raw, p.actual.format);
    }
    const cells: KpiInput["cells"] = { name: p.name.cell };
    if (p.target) cells.target = p.target.cell;
    if (p.weight) cells.weight = p.weight.cell;
    if (p.actual) cells.actual = p.actual.cell;
    const kpi: KpiInput & { action?: string } = this.plan.kpi(p.startRow, {
      name: p.name.text,
      weight: w.weight,
      direction: w.direction ?? target.direction,
      target: target.value,
      actual,
      ...(p.actual ? {} : { unavailable: true }),
      cells,
    });
    if (p.action !== undefined) kpi.action = p.action;
    this.objective.kpis.push(kpi);
    this.kpiCount++;
  }

  /** Codes in sheet order, action nodes where an operational card numbers its indicators by action. */
  private objectives(): ObjectiveInput[] {
    const out: ObjectiveInput[] = [];
    let uncoded = 0;
    const childCount = new Map<Node | null, number>();
    const levelOf: Record<Node["kind"], Level> = {
      area: "area",
      strategico: "strategico",
      operativo: "operativo",
      azione: "azione",
    };
    const emit = (n: Node, code: string, parentCode: string | null, kpis: KpiInput[]) => {
      n.code = code;
      out.push(
        this.plan.objective(n.row - 1, {
          code,
          name: n.name,
          level: levelOf[n.kind],
          weight: null,
          parentCode,
          kpis,
          cells: { name: n.nameCell },
        })
      );
    };
    for (const n of this.nodes) {
      if (n.kind === "area") {
        emit(n, n.missionCode ?? `A${++uncoded}`, null, n.kpis.map(strip));
        continue;
      }
      const parent = n.parent;
      const k = (childCount.get(parent) ?? 0) + 1;
      childCount.set(parent, k);
      const code = parent ? `${parent.code}.${k}` : `O${k}`;
      const actions = [...new Set(n.kpis.map((x) => x.action ?? "1"))];
      if (n.kind !== "operativo" || actions.length <= 1) {
        emit(n, code, parent?.code ?? null, n.kpis.map(strip));
        continue;
      }
      emit(n, code, parent?.code ?? null, []);
      for (const a of actions) {
        const kpis = n.kpis.filter((x) => (x.action ?? "1") === a);
        const first = kpis[0];
        out.push(
          this.plan.objective(first.row - 1, {
            code: `${code}.${a}`,
            name: actionName(a),
            level: "azione",
            weight: null,
            parentCode: code,
            kpis: kpis.map(strip),
            cells: { name: first.cells.name },
          })
        );
      }
    }
    return out;
  }
}

function strip(k: KpiInput & { action?: string }): KpiInput {
  const { action: _action, ...rest } = k;
  return rest;
}

function describe(s: Scalar): string {
  if (s.kind === "number") return s.percent ? `${Math.round(s.value * 10000) / 100}%` : String(s.value);
  return s.kind;
}

/** Years written in per-year target cells anywhere on the sheet. */
function yearsOnSheet(grid: SheetGrid): number[] {
  const years = new Set<number>();
  for (const row of grid.values) for (const v of row) yearTargets(v)?.forEach((_, y) => years.add(y));
  return [...years];
}

/** A card sheet names its indicators with one of these labels; a sheet without any is not one (a cheap first look). */
const INDICATOR_LABEL = /^\s*(nome (dell['’ ]\s*)?indicatore|kpi\s+operativ|kpi associati)/i;

function hasIndicatorLabel(grid: SheetGrid): boolean {
  return grid.values.some((row) => row.some((v) => typeof v === "string" && INDICATOR_LABEL.test(v)));
}

/** The labels of the cards' objectives: the reader needs one besides areas and missions. */
const OBJECTIVE_LABELS: ReadonlySet<CardLabel> = new Set(["strategico", "operativo"]);

interface CardsDetection extends Detection {
  years: number[];
}

/**
 * A sheet of cards: label cells ("Obiettivo operativo", "Nome indicatore", "Target annuale" …) naming
 * at least one objective, and a label naming indicators. Score: the label rows recognised.
 */
function detectCards(grid: SheetGrid): CardsDetection | null {
  if (!hasIndicatorLabel(grid)) return null;
  const labels = new Map<CardLabel, number>();
  const written = new Map<CardLabel, string>();
  const end = grid.colOffset + gridColCount(grid);
  for (let r = grid.rowOffset; r < grid.rowOffset + grid.values.length; r++) {
    const cells: { col: number; value: CellValue }[] = [];
    for (let c = grid.colOffset; c < end; c++) {
      const v = cellAt(grid, r, c);
      if (!isBlank(v)) cells.push({ col: c, value: v });
    }
    const card = cardRowOf(cells);
    if (!card || card.label === "altro") continue;
    labels.set(card.label, (labels.get(card.label) ?? 0) + 1);
    // the label as written, for the reason: "Obiettivo operativo 1", "Nome indicatore"
    if (!written.has(card.label)) written.set(card.label, cellText(cells[0].value).split(":")[0].trim());
  }
  const count = (set: ReadonlySet<CardLabel>) => [...set].reduce((n, l) => n + (labels.get(l) ?? 0), 0);
  const objectives = count(OBJECTIVE_LABELS);
  if (objectives === 0) return null;
  const score = [...labels.values()].reduce((a, b) => a + b, 0);
  const reason = [DETECTION_TEXT.cardObjectives(objectives), DETECTION_TEXT.cardLabels([...written.values()])].join(
    ", "
  );
  return { score, reason, years: yearsOnSheet(grid) };
}

/** The KPI-card reader (LayoutKind "schede"): a fixed layout, no columns to map. */
export const cardsReader: LayoutReader<CardsDetection> = {
  kind: "schede",
  takesMapping: false,
  detect: detectCards,
  read: (grid, options, { years }) => {
    let year: number | null = null;
    const problems: Problem[] = [];
    if (years.length > 0) {
      const choice = chooseYear(grid.name, years, options.year, a1(grid.rowOffset, grid.colOffset));
      if (!choice.ok) {
        // Only a sheet that is really made of cards gets the error; anything else is not ours.
        return new CardsReader(grid, null).run() === null
          ? null
          : { plan: null, layout: null, problems: choice.problems };
      }
      year = choice.year;
      problems.push(...choice.problems);
    }
    const result = new CardsReader(grid, year).run();
    return result === null ? null : { ...result, problems: [...problems, ...result.problems] };
  },
};
