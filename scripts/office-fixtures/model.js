"use strict";
/**
 * The plan behind every office fixture, and its expected figures computed with a small arithmetic of
 * our own written from DOMAIN.md §4-5 (proporzionale), independent of src/engine: the fixtures check
 * the reader, so their figures must not come from the code under test.
 */

// ---------------------------------------------------------------------------------------------
// Values as the office means them (the renderers decide how they are written in the cell).

const num = (v, fmt) => ({ k: "num", v, fmt }); // fmt: "pct" | "int" | "dec" | undefined
const date = (d, m, y) => ({ k: "date", d, m, y });
const YES = { k: "yes", v: true };
const NO = { k: "yes", v: false };
const nv = (text = "N.V.") => ({ k: "nv", text });
const EMPTY = { k: "empty" };

const DAY = 86400000;
const utc = (x) => Date.UTC(x.y, x.m - 1, x.d);

// ---------------------------------------------------------------------------------------------
// DOMAIN §4: one KPI's performance (null = not available, left out of every mean).

const TOL = 1e-9;

function scoreKpi(k) {
  if (k.placeholder) return null;
  const t = k.target;
  const a = k.actual;
  if (a.k === "nv") return null;
  if (a.k === "empty") return 0; // §5: a missing measurement scores 0% (with a warning)
  if (t.k === "yes") return a.v === true ? 1 : 0;
  if (t.k === "date") {
    // deadline: on or before → 100%; after 31/12 of the target's year → 0%; else 1 − late / (target → 31/12)
    const late = (utc(a) - utc(t)) / DAY;
    if (late <= 0) return 1;
    const yearEnd = Date.UTC(t.y, 11, 31);
    if (utc(a) > yearEnd || yearEnd === utc(t)) return 0;
    return 1 - late / ((yearEnd - utc(t)) / DAY);
  }
  const tv = t.v;
  const av = a.v;
  const reached =
    k.dir === ">="
      ? av >= tv - Math.abs(tv) * TOL
      : k.dir === "<="
        ? av <= tv + Math.abs(tv) * TOL
        : Math.abs(av - tv) <= Math.abs(tv) * TOL;
  if (tv <= 0) return reached ? 1 : 0;
  if (k.dir === ">=") return Math.min(1, Math.max(0, av / tv));
  if (k.dir === "<=") return reached ? 1 : Math.max(0, 2 - av / tv);
  return Math.max(0, 1 - Math.abs(av - tv) / tv);
}

/** Σ wᵢ·pᵢ / Σ wᵢ over the available items with weight > 0; equal weights when none is given. */
function weightedMean(items) {
  const usable = items.filter((i) => i.p !== null && (i.w === null || i.w > 0));
  if (usable.length === 0) return null;
  const weighted = usable.some((i) => i.w !== null);
  const w = (i) => (weighted ? (i.w ?? 0) : 1);
  const sw = usable.reduce((s, i) => s + w(i), 0);
  return sw === 0 ? null : usable.reduce((s, i) => s + w(i) * i.p, 0) / sw;
}

/** §5: an objective with KPIs is their weighted mean; without, the mean of its children. */
function scoreNode(n) {
  for (const k of n.kpis) k.performance = scoreKpi(k);
  for (const c of n.children) scoreNode(c);
  const real = n.kpis.filter((k) => !k.placeholder);
  n.performance =
    real.length > 0
      ? weightedMean(real.map((k) => ({ w: k.weight, p: k.performance })))
      : weightedMean(n.children.map((c) => ({ w: c.weight, p: c.performance })));
  return n.performance;
}

/** The ente: the mean of the top nodes, weighted when they carry weights. */
function scorePlan(plan) {
  for (const n of plan.roots) scoreNode(n);
  plan.ente = weightedMean(plan.roots.map((n) => ({ w: n.weight, p: n.performance })));
  return plan.ente;
}

// ---------------------------------------------------------------------------------------------
// A reproducible generator of realistic plans (Italian chambers of commerce and comuni).

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  "Competitività e sviluppo delle imprese",
  "Semplificazione e trasparenza",
  "Efficienza e qualità dei servizi",
  "Transizione digitale dell'ente",
  "Promozione del territorio e internazionalizzazione",
  "Regolazione del mercato e tutela del consumatore",
];
const OBJECTIVES = [
  "Sostegno alla nascita di nuove imprese",
  "Tempestività del Registro delle imprese",
  "Riduzione dei tempi di pagamento ai fornitori",
  "Qualificazione del personale",
  "Digitalizzazione dei procedimenti",
  "Valorizzazione delle filiere turistiche",
  "Accompagnamento delle imprese sui mercati esteri",
  "Vigilanza sulla sicurezza dei prodotti",
  "Prevenzione della corruzione e trasparenza",
  "Razionalizzazione della spesa",
  "Orientamento al lavoro e alle professioni",
  "Comunicazione istituzionale",
  "Gestione documentale e conservazione",
  "Mediazione e arbitrato",
  "Sostegno alla transizione ecologica",
  "Customer satisfaction",
  "Sportello unico per le attività produttive",
  "Qualità dei dati del Registro",
];

/** KPI templates: name, direction, and how target and consuntivo are drawn. */
const TEMPLATES = {
  pct: (r) => {
    const t = pick(r, [0.8, 0.85, 0.9, 0.95]);
    return {
      dir: ">=",
      unit: "%",
      target: num(t, "pct"),
      actual: num(round(Math.min(1, t * (0.6 + r() * 0.55)), 4), "pct"),
      names: [
        "Percentuale di pratiche telematiche evase entro 5 giorni",
        "Tasso di copertura dei servizi digitali",
        "Percentuale di imprese soddisfatte (customer satisfaction)",
        "Grado di utilizzo delle risorse assegnate",
        "Percentuale di dipendenti formati",
      ],
    };
  },
  count: (r) => {
    const t = pick(r, [40, 60, 120, 200, 400]);
    return {
      dir: ">=",
      unit: "n.",
      target: num(t, "int"),
      actual: num(Math.round(t * (0.55 + r() * 0.7)), "int"),
      names: [
        "Numero di imprese partecipanti ai seminari",
        "Numero di check-up aziendali realizzati",
        "Numero di verifiche metrologiche",
        "Numero di accessi al portale",
        "Numero di imprese assistite sui mercati esteri",
      ],
    };
  },
  days: (r) => {
    const t = pick(r, [5, 10, 30, 60]);
    return {
      dir: "<=",
      unit: "gg",
      target: num(t, "int"),
      actual: num(Math.max(1, Math.round(t * (0.6 + r() * 0.9))), "int"),
      names: [
        "Tempo medio di evasione delle pratiche (giorni)",
        "Tempo medio di risposta ai reclami (giorni)",
        "Tempo medio di liquidazione delle fatture (giorni)",
        "Tempo medio di rilascio dei certificati di origine (giorni)",
      ],
    };
  },
  date: (r) => {
    const t = pick(r, [date(30, 6, 2025), date(30, 9, 2025), date(31, 10, 2025)]);
    const shift = Math.round(-30 + r() * 80);
    const a = new Date(Date.UTC(t.y, t.m - 1, t.d) + shift * DAY);
    return {
      dir: "<=",
      unit: "data",
      target: t,
      actual: date(a.getUTCDate(), a.getUTCMonth() + 1, a.getUTCFullYear()),
      names: [
        "Approvazione della Carta dei servizi entro il termine",
        "Adozione del Piano dei fabbisogni di personale",
        "Pubblicazione del bando contributi",
        "Aggiornamento della mappatura dei processi",
      ],
    };
  },
  yes: (r) => ({
    dir: "=",
    unit: "si/no",
    target: YES,
    actual: r() < 0.75 ? YES : NO,
    names: [
      "Adozione del regolamento sul whistleblowing",
      "Attivazione dello sportello PagoPA",
      "Realizzazione dell'indagine di benessere organizzativo",
    ],
  }),
  eq: (r) => {
    const t = pick(r, [12, 24, 50]);
    return {
      dir: "=",
      unit: "n.",
      target: num(t, "int"),
      actual: num(t + pick(r, [-2, -1, 0, 1]), "int"),
      names: [
        "Numero di sedute della Giunta programmate",
        "Numero di report di monitoraggio",
        "Numero di newsletter pubblicate",
      ],
    };
  },
  money: (r) => {
    const t = pick(r, [1587.1, 25000, 180000.5]);
    return {
      dir: ">=",
      unit: "€",
      target: num(t, "dec"),
      actual: num(round(t * (0.7 + r() * 0.45), 2), "dec"),
      names: [
        "Proventi da diritti di segreteria (€)",
        "Contributi erogati alle imprese (€)",
        "Risorse esterne acquisite (€)",
      ],
    };
  },
  lowpct: (r) => {
    const t = pick(r, [0.05, 0.08, 0.3]);
    return {
      dir: "<=",
      unit: "%",
      target: num(t, "pct"),
      actual: num(round(t * (0.5 + r() * 1.2), 4), "pct"),
      names: [
        "Tasso di assenza del personale",
        "Percentuale di pratiche respinte",
        "Incidenza dei costi di funzionamento sui proventi",
      ],
    };
  },
  zero: (r) => ({
    dir: "<=",
    unit: "gg",
    target: num(0, "dec"),
    actual: num(pick(r, [-5.85, -2.1, 3.4]), "dec"),
    names: ["Indicatore di tempestività dei pagamenti"],
  }),
};
const KINDS = ["pct", "days", "count", "date", "money", "lowpct", "yes", "eq", "pct", "count", "days", "zero"];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}
function round(x, d) {
  const f = 10 ** d;
  return Math.round(x * f) / f;
}

const PARTITIONS = {
  1: [[1]],
  2: [
    [0.5, 0.5],
    [0.6, 0.4],
    [0.7, 0.3],
  ],
  3: [
    [0.4, 0.3, 0.3],
    [0.5, 0.25, 0.25],
    [0.2, 0.3, 0.5],
  ],
  4: [
    [0.25, 0.25, 0.25, 0.25],
    [0.4, 0.2, 0.2, 0.2],
    [0.3, 0.3, 0.2, 0.2],
  ],
  5: [
    [0.2, 0.2, 0.2, 0.2, 0.2],
    [0.3, 0.2, 0.2, 0.15, 0.15],
  ],
  6: [[0.2, 0.2, 0.15, 0.15, 0.15, 0.15]],
};

/**
 * A plan of the given shape: an array of areas; an area (or objective) is an array of children or a
 * number of KPIs. `kpiWeights` / `objectiveWeights` say whether the office weighs KPIs and objectives.
 */
function generatePlan(seed, shape, { kpiWeights = true, objectiveWeights = false, areaWeights = false } = {}) {
  const r = rng(seed);
  let kindAt = Math.floor(r() * KINDS.length);
  const usedNames = new Set();
  let objName = Math.floor(r() * OBJECTIVES.length);
  const weightsFor = (n) => (PARTITIONS[n] ? pick(r, PARTITIONS[n]) : Array(n).fill(1 / n));
  const kpisOf = (count) => {
    const ws = weightsFor(count);
    return Array.from({ length: count }, (_v, i) => {
      const kind = KINDS[kindAt++ % KINDS.length];
      const t = TEMPLATES[kind](r);
      let name = t.names.find((x) => !usedNames.has(x)) ?? `${t.names[0]} (${usedNames.size + 1})`;
      usedNames.add(name);
      return {
        kind,
        name,
        unit: t.unit,
        dir: t.dir,
        target: t.target,
        actual: t.actual,
        weight: kpiWeights ? ws[i] : null,
        children: [],
      };
    });
  };
  const node = (spec, path, depth) => {
    const name = depth === 0 ? AREAS[path[0] % AREAS.length] : OBJECTIVES[objName++ % OBJECTIVES.length];
    const n = { path, depth, name, weight: null, kpis: [], children: [] };
    if (typeof spec === "number") n.kpis = kpisOf(spec);
    else {
      n.children = spec.map((c, i) => node(c, [...path, i], depth + 1));
      if (objectiveWeights) weightsFor(n.children.length).forEach((w, i) => (n.children[i].weight = w));
    }
    return n;
  };
  const roots = shape.map((s, i) => node(s, [i], 0));
  if (areaWeights) weightsFor(roots.length).forEach((w, i) => (roots[i].weight = w));
  return { roots };
}

/** Every node in preorder. */
function nodesOf(plan) {
  const out = [];
  const visit = (n) => {
    out.push(n);
    n.children.forEach(visit);
  };
  plan.roots.forEach(visit);
  return out;
}
const kpisOfPlan = (plan) => nodesOf(plan).flatMap((n) => n.kpis);

// ---------------------------------------------------------------------------------------------
// Codes, the way each office writes them.

const LETTERS = "ABCDEFGH";
const CODES = {
  dot: (path) => [LETTERS[path[0]], ...path.slice(1).map((i) => String(i + 1))].join("."),
  num: (path) => path.map((i) => String(i + 1)).join("."),
  colon: (path) => path.map((i) => String(i + 1).padStart(2, "0")).join(":"),
  underscore: (path) => path.map((i) => String(i + 1).padStart(2, "0")).join("_"),
};

module.exports = {
  num,
  date,
  YES,
  NO,
  nv,
  EMPTY,
  scoreKpi,
  scorePlan,
  generatePlan,
  nodesOf,
  kpisOfPlan,
  CODES,
  round,
};
