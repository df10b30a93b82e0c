import { scoreKpi } from "./kpi-score";
import { KpiInput, Level, ObjectiveInput, PlanInput } from "./plan";
import { Problem, problem } from "./problems";
import { EngineSettings, withDefaults } from "./settings";
import { Colour, KpiStatus, ObjectiveStatus, colourOf, kpiStatusOf, objectiveStatusOf } from "./thresholds";
import { availableMean } from "./weighted-mean";
import { checkWeights } from "./weights";

export interface KpiResult {
  id: string;
  objectiveCode: string;
  code?: string;
  name: string;
  sheet: string;
  row: number;
  weight: number | null;
  /** The consuntivo computed for a link KPI (the children's mean, fraction); null otherwise. */
  linkActual: number | null;
  performance: number | null;
  excluded: boolean;
  isLink: boolean;
  status: KpiStatus;
  colour: Colour;
}

export interface ObjectiveResult {
  code: string;
  name: string;
  level: Level;
  sheet: string;
  row: number;
  weight: number | null;
  parentCode: string | null;
  childCodes: string[];
  performance: number | null;
  /** Where the figure comes from: its KPIs, its children, or nothing available. */
  basis: "kpi" | "figli" | "nessuno";
  /** Not computed because a KPI or a child below it has an error. */
  blocked: boolean;
  status: ObjectiveStatus;
  colour: Colour;
}

export interface PlanResult {
  sheet: string;
  objectives: ObjectiveResult[];
  kpis: KpiResult[];
  ente: { performance: number | null; status: ObjectiveStatus; colour: Colour; blocked: boolean };
  problems: Problem[];
}

interface Figure {
  value: number | null;
  blocked: boolean;
}

/** Recompute a plan: every KPI, every objective up to the ente, and the weight checks. Never throws. */
export function computePlan(plan: PlanInput, partialSettings: Partial<EngineSettings> = {}): PlanResult {
  const settings = withDefaults(partialSettings);
  return new Rollup(plan, settings).run();
}

class Rollup {
  private readonly problems: Problem[] = [];
  /** The "nessun KPI disponibile" notices, dropped when nothing at all is measured yet. */
  private readonly unmeasured = new Set<Problem>();
  private readonly byCode = new Map<string, ObjectiveInput>();
  private readonly order: ObjectiveInput[] = [];
  private readonly parentOf = new Map<string, string | null>();
  private readonly children = new Map<string | null, string[]>();
  private readonly figures = new Map<string, Figure & { basis: ObjectiveResult["basis"] }>();
  private readonly kpiResults = new Map<string, KpiResult>();

  constructor(
    private readonly plan: PlanInput,
    private readonly settings: EngineSettings
  ) {}

  run(): PlanResult {
    this.index();
    for (const o of this.order) this.objectiveFigure(o.code, []);
    const ente = this.childrenMean(null, []);
    if (ente.blocked) {
      const first = this.order.find((o) => this.parentOf.get(o.code) === null);
      if (first) this.problems.push(problem("ente-non-calcolato", { sheet: first.sheet, cell: first.cells.performance ?? first.cells.name }));
    }
    this.problems.push(...checkWeights(this.order, this.children, this.settings.weightTolerance));
    const t = this.settings.thresholds;
    const objectives = this.order.map((o): ObjectiveResult => {
      const f = this.figures.get(o.code) ?? { value: null, blocked: false, basis: "nessuno" as const };
      return {
        code: o.code,
        name: o.name,
        level: o.level,
        sheet: o.sheet,
        row: o.row,
        weight: o.weight,
        parentCode: this.parentOf.get(o.code) ?? null,
        childCodes: this.children.get(o.code) ?? [],
        performance: f.value,
        basis: f.basis,
        blocked: f.blocked,
        status: objectiveStatusOf(f.value, t),
        colour: colourOf(f.value, t),
      };
    });
    const kpis = this.order.flatMap((o) => o.kpis.map((k) => this.kpiResults.get(k.id) as KpiResult));
    // A plan with nothing measured yet (a dashboard before year end) would repeat this for every objective.
    const problems = kpis.some((k) => k.performance !== null)
      ? this.problems
      : this.problems.filter((p) => !this.unmeasured.has(p));
    return {
      sheet: this.plan.sheet,
      objectives,
      kpis,
      ente: { performance: ente.value, status: objectiveStatusOf(ente.value, t), colour: colourOf(ente.value, t), blocked: ente.blocked },
      problems,
    };
  }

  /** Objectives by code, merging repeated codes, and the parent → children lists in row order. */
  private index(): void {
    for (const o of this.plan.objectives) {
      const seen = this.byCode.get(o.code);
      if (seen) {
        this.problems.push(problem("codice-duplicato", { sheet: o.sheet, cell: o.cells.name }, o.code));
        seen.kpis.push(...o.kpis);
        continue;
      }
      const copy = { ...o, kpis: [...o.kpis] };
      this.byCode.set(o.code, copy);
      this.order.push(copy);
    }
    for (const o of this.order) {
      let parent = o.parentCode;
      if (parent !== null && !this.byCode.has(parent)) {
        this.problems.push(problem("padre-sconosciuto", { sheet: o.sheet, cell: o.cells.name }, o.code, parent));
        parent = null;
      }
      this.parentOf.set(o.code, parent);
      const list = this.children.get(parent) ?? [];
      list.push(o.code);
      this.children.set(parent, list);
    }
  }

  private objectiveFigure(code: string, stack: string[]): Figure {
    const done = this.figures.get(code);
    if (done) return done;
    const node = this.byCode.get(code) as ObjectiveInput;
    if (stack.includes(code)) {
      this.problems.push(problem("collegamento-circolare", { sheet: node.sheet, cell: node.cells.name }, [...stack.slice(stack.indexOf(code)), code]));
      return { value: null, blocked: true };
    }
    const path = [...stack, code];
    let figure: Figure & { basis: ObjectiveResult["basis"] };
    if (node.kpis.length > 0) {
      const items = node.kpis.map((k) => this.kpiFigure(node, k, path));
      const blockedByKpi = items.some((i) => i.blocked);
      const mean = availableMean(items.filter((i) => !i.excluded));
      const blocked = blockedByKpi || mean.partialWeights;
      if (blocked) this.problems.push(problem("obiettivo-non-calcolato", { sheet: node.sheet, cell: node.cells.performance ?? node.cells.name }, code));
      else if (mean.value === null) {
        const p = problem("nessun-kpi-disponibile", { sheet: node.sheet, cell: node.cells.performance ?? node.cells.name }, code);
        this.unmeasured.add(p);
        this.problems.push(p);
      }
      figure = { value: blocked ? null : mean.value, blocked, basis: blocked || mean.value === null ? "nessuno" : "kpi" };
    } else {
      const mean = this.childrenMean(code, path);
      figure = { ...mean, basis: mean.value === null ? "nessuno" : "figli" };
    }
    this.figures.set(code, figure);
    return figure;
  }

  /** Mean of the children of `code` (null: the roots, giving the ente). */
  private childrenMean(code: string | null, stack: string[]): Figure {
    const kids = this.children.get(code) ?? [];
    const figures = kids.map((c) => ({ ...this.objectiveFigure(c, stack), weight: (this.byCode.get(c) as ObjectiveInput).weight }));
    const mean = availableMean(figures.map((f) => ({ performance: f.value, weight: f.weight })));
    // Some parts weighed and others not: checkWeights reports it with the cells; the node is not computed.
    const blocked = figures.some((f) => f.blocked) || mean.partialWeights;
    return { value: blocked ? null : mean.value, blocked };
  }

  private kpiFigure(node: ObjectiveInput, kpi: KpiInput, path: string[]): { performance: number | null; weight: number | null; excluded: boolean; blocked: boolean } {
    let linkActual: number | null = null;
    let performance: number | null;
    let excluded: boolean;
    let blocked: boolean;
    if (kpi.link) {
      const target = kpi.link.code ?? node.code;
      if (!this.byCode.has(target)) {
        this.problems.push(problem("collegamento-sconosciuto", { sheet: kpi.sheet, cell: kpi.cells.name }, target));
        performance = null;
        excluded = true;
        blocked = true;
      } else if ((this.children.get(target) ?? []).length === 0) {
        this.problems.push(problem("collegamento-senza-figli", { sheet: kpi.sheet, cell: kpi.cells.name }, target));
        performance = null;
        excluded = true;
        blocked = true;
      } else {
        const mean = this.childrenMean(target, target === node.code ? path : [...path, target]);
        linkActual = mean.value;
        performance = mean.value === null ? null : Math.min(1, mean.value);
        excluded = performance === null || kpi.unavailable === true;
        blocked = mean.blocked;
      }
    } else {
      const outcome = scoreKpi(kpi, this.settings);
      this.problems.push(...outcome.problems);
      performance = outcome.performance;
      excluded = outcome.excluded;
      blocked = outcome.blocking;
    }
    const t = this.settings.thresholds;
    this.kpiResults.set(kpi.id, {
      id: kpi.id,
      objectiveCode: node.code,
      code: kpi.code,
      name: kpi.name,
      sheet: kpi.sheet,
      row: kpi.row,
      weight: kpi.weight,
      linkActual,
      performance,
      excluded,
      isLink: !!kpi.link,
      status: kpiStatusOf(performance, t),
      colour: colourOf(performance, t),
    });
    return { performance, weight: kpi.weight, excluded, blocked };
  }
}
