import { checkBandTable } from "./bands";
import { scoreKpi, scoringOptionsOf } from "./kpi-score";
import { TracedItem, explainMean } from "./mean-trace";
import { KpiInput, Level, ObjectiveInput, PlanInput } from "./plan";
import { Problem, problem } from "./problems";
import { RatingScale, checkRatingScale, ratingOf } from "./rating";
import { RULE_TEXT } from "./rule-messages";
import { ScoringOptions } from "./scoring";
import { EngineSettings, Thresholds, withDefaults } from "./settings";
import { Colour, KpiStatus, ObjectiveStatus, colourOf, kpiStatusOf, objectiveStatusOf } from "./thresholds";
import { TraceStep, pct, step } from "./trace";
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
  /** Rating letter of the settings' scale; null without a scale or a performance. */
  rating: string | null;
  /** The rules applied, in words and numbers ("Perché?", `perf-albero spiega`). */
  trace: TraceStep[];
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
  rating: string | null;
  trace: TraceStep[];
}

export interface PlanResult {
  sheet: string;
  objectives: ObjectiveResult[];
  kpis: KpiResult[];
  ente: {
    performance: number | null;
    status: ObjectiveStatus;
    colour: Colour;
    blocked: boolean;
    rating: string | null;
    trace: TraceStep[];
  };
  problems: Problem[];
}

interface Figure {
  value: number | null;
  blocked: boolean;
  trace: TraceStep[];
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
  private readonly options: ScoringOptions;
  private readonly thresholds: Thresholds;
  private readonly rating: RatingScale | null;

  constructor(
    private readonly plan: PlanInput,
    private readonly settings: EngineSettings
  ) {
    this.options = scoringOptionsOf(settings);
    this.thresholds = { ...settings.thresholds, strict: settings.strictThresholds };
    this.rating = this.checkRules();
  }

  /** Problems of the rules themselves (band tables with their cells, the rating scale), listed once. */
  private checkRules(): RatingScale | null {
    for (const table of this.settings.bandTables) this.problems.push(...checkBandTable(table));
    const wanted = this.settings.bands;
    if (
      wanted !== null &&
      this.options.bands &&
      this.options.bands.bands.length === 0 &&
      !this.settings.bandTables.includes(this.options.bands)
    )
      this.problems.push(
        problem(
          "fasce-non-definite",
          {},
          wanted,
          this.settings.bandTables.map((t) => t.name)
        )
      );
    const scale = this.settings.rating;
    if (scale === null) return null;
    const bad = checkRatingScale(scale);
    if (bad) this.problems.push(problem("livelli-non-validi", {}, bad));
    return bad ? null : scale;
  }

  private ratingOf(performance: number | null): string | null {
    return this.rating ? ratingOf(performance, this.rating) : null;
  }

  run(): PlanResult {
    this.index();
    for (const o of this.order) this.objectiveFigure(o.code, []);
    const ente = this.childrenMean(null, []);
    if (ente.blocked) {
      const first = this.order.find((o) => this.parentOf.get(o.code) === null);
      if (first)
        this.problems.push(
          problem("ente-non-calcolato", { sheet: first.sheet, cell: first.cells.performance ?? first.cells.name })
        );
    }
    this.problems.push(
      ...checkWeights(this.order, this.children, this.settings.weightTolerance, this.settings.weightSum)
    );
    const t = this.thresholds;
    const objectives = this.order.map((o): ObjectiveResult => {
      const f = this.figures.get(o.code) ?? { value: null, blocked: false, basis: "nessuno" as const, trace: [] };
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
        rating: this.ratingOf(f.value),
        trace: f.trace,
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
      ente: {
        performance: ente.value,
        status: objectiveStatusOf(ente.value, t),
        colour: colourOf(ente.value, t),
        blocked: ente.blocked,
        rating: this.ratingOf(ente.value),
        trace: ente.trace,
      },
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
      const p = problem("collegamento-circolare", { sheet: node.sheet, cell: node.cells.name }, [
        ...stack.slice(stack.indexOf(code)),
        code,
      ]);
      this.problems.push(p);
      return { value: null, blocked: true, trace: [step("errore", p.message)] };
    }
    const path = [...stack, code];
    let figure: Figure & { basis: ObjectiveResult["basis"] };
    if (node.kpis.length > 0) {
      const items = node.kpis.map((k) => this.kpiFigure(node, k, path));
      const blockedByKpi = items.some((i) => i.blocked);
      const voided = !blockedByKpi && items.some((i) => i.voids);
      const counted = items.filter((i) => !i.excluded);
      const mean = availableMean(counted);
      const blocked = blockedByKpi || mean.partialWeights;
      const at = { sheet: node.sheet, cell: node.cells.performance ?? node.cells.name };
      const blockedProblem = blocked ? problem("obiettivo-non-calcolato", at, code) : null;
      if (blockedProblem) this.problems.push(blockedProblem);
      else if (mean.value === null && !voided) {
        const p = problem("nessun-kpi-disponibile", at, code);
        this.unmeasured.add(p);
        this.problems.push(p);
      }
      const traced = items.map((i): TracedItem => (i.excluded ? { ...i, performance: null } : i));
      const trace = explainMean(traced, mean);
      if (blockedByKpi && blockedProblem) trace.push(step("non calcolato", blockedProblem.message));
      if (voided) trace.push(step("non calcolato", RULE_TEXT.objectiveVoided));
      const value = blocked || voided ? null : mean.value;
      figure = { value, blocked, basis: value === null ? "nessuno" : "kpi", trace };
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
    const figures = kids.map((c) => ({
      ...this.objectiveFigure(c, stack),
      code: c,
      weight: (this.byCode.get(c) as ObjectiveInput).weight,
    }));
    const mean = availableMean(figures.map((f) => ({ performance: f.value, weight: f.weight })));
    // Some parts weighed and others not: checkWeights reports it with the cells; the node is not computed.
    const blocked = figures.some((f) => f.blocked) || mean.partialWeights;
    const items = figures.map((f): TracedItem => ({
      label: f.code,
      performance: f.value,
      weight: f.weight,
      why: f.blocked ? "non calcolato per errori" : "nessuna performance disponibile",
    }));
    const trace = [
      step("figli", `media dei figli di ${code ?? "ente"}: ${kids.join(", ")}`),
      ...explainMean(items, mean),
    ];
    if (blocked && !mean.partialWeights)
      trace.push(step("non calcolato", "un figlio ha errori da correggere: la media non è calcolata"));
    return { value: blocked ? null : mean.value, blocked, trace };
  }

  /** A link KPI: the mean of the children it names, capped as the settings cap a KPI (100% by default). */
  private linkOutcome(
    node: ObjectiveInput,
    kpi: KpiInput,
    path: string[]
  ): {
    linkActual: number | null;
    performance: number | null;
    excluded: boolean;
    blocked: boolean;
    trace: TraceStep[];
  } {
    const target = (kpi.link as { code: string | null }).code ?? node.code;
    const where = { sheet: kpi.sheet, cell: kpi.cells.name };
    const broken = (p: Problem) => {
      this.problems.push(p);
      return { linkActual: null, performance: null, excluded: true, blocked: true, trace: [step("errore", p.message)] };
    };
    if (!this.byCode.has(target)) return broken(problem("collegamento-sconosciuto", where, target));
    if ((this.children.get(target) ?? []).length === 0)
      return broken(problem("collegamento-senza-figli", where, target));
    const mean = this.childrenMean(target, target === node.code ? path : [...path, target]);
    const cap = this.settings.cap;
    const performance = mean.value === null ? null : cap === null ? mean.value : Math.min(cap, mean.value);
    const trace = [...mean.trace];
    if (mean.value !== null && performance !== mean.value)
      trace.push(
        step("tetto", `tetto ${pct(cap as number)}: ${pct(mean.value)} → ${pct(performance as number)}`, [
          mean.value,
          cap as number,
        ])
      );
    if (kpi.unavailable) trace.push(step("escluso", "KPI non disponibile: escluso dalla media"));
    return {
      linkActual: mean.value,
      performance,
      excluded: performance === null || kpi.unavailable === true,
      blocked: mean.blocked,
      trace,
    };
  }

  private kpiFigure(
    node: ObjectiveInput,
    kpi: KpiInput,
    path: string[]
  ): TracedItem & { excluded: boolean; blocked: boolean; voids: boolean } {
    let linkActual: number | null = null;
    let performance: number | null;
    let excluded: boolean;
    let blocked: boolean;
    let voids = false;
    let trace: TraceStep[];
    if (kpi.link) {
      ({ linkActual, performance, excluded, blocked, trace } = this.linkOutcome(node, kpi, path));
    } else {
      const outcome = scoreKpi(kpi, this.settings, this.options);
      this.problems.push(...outcome.problems);
      ({ performance, excluded, trace } = outcome);
      blocked = outcome.blocking;
      voids = outcome.voidsObjective;
    }
    const t = this.thresholds;
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
      rating: this.ratingOf(performance),
      // A copy of exact length: the steps were pushed, leaving spare capacity (a 50.000-KPI plan keeps every trace).
      trace: trace.slice(),
    });
    const why = trace.find((s) => s.rule === "escluso" || s.rule === "errore" || s.rule === "non calcolato")?.text;
    return { label: kpi.code ?? `KPI riga ${kpi.row}`, performance, weight: kpi.weight, excluded, blocked, voids, why };
  }
}
