/** Property tests: the parsers and computePlan never throw, round-trip, and stay within 0%..100%. */
import fc from "fast-check";
import {
  CellValue,
  Direction,
  EngineSettings,
  KpiInput,
  ObjectiveInput,
  PlanInput,
  Scalar,
  availableMean,
  computePlan,
  scoreValue,
  formatItalianNumber,
  formatSerialIt,
  parseCell,
  parseDateText,
  parseItalianNumber,
  parseTarget,
  parseWeight,
  serialFromYmd,
  ymdFromSerial,
} from "../../src/engine";

const RUNS = { numRuns: 1000 };
const SCALAR_KINDS = ["number", "date", "yesno", "empty", "unavailable", "unscorable", "invalid"];

/** Strings that look like what offices type, mixed with arbitrary text. */
const cellText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.stringMatching(/^[<>=≥≤ ]{0,3}-?[0-9.,]{0,12} ?(%|N\.|fte|gg|€)?$/),
  fc.stringMatching(/^(Entro )?[0-9]{1,2}\/[0-9]{1,2}\/[0-9]{2,4}$/),
  fc.constantFrom(
    "N.V.",
    "n.d",
    "sì",
    "NO",
    "Anno di rilevazione",
    "x ≤ x-1",
    "50% >=",
    "16,66 %",
    "—",
    "\u00a0",
    "1.587,10",
    "0x10",
    "1e400"
  )
);
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  cellText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);
const numberFormat = fc.option(
  fc.constantFrom(
    "General",
    "0.00%",
    "0%",
    "dd/mm/yyyy",
    "d-mmm-yy",
    "@",
    "#,##0.00",
    "[$-410]dd/mm/yyyy",
    "hh:mm",
    '0.00 "N."'
  ),
  { nil: undefined }
);

describe("i parser non lanciano mai eccezioni (≥ 1000 casi ciascuno)", () => {
  it("parseCell", () => {
    fc.assert(
      fc.property(cellValue, numberFormat, (raw, format) => {
        expect(SCALAR_KINDS).toContain(parseCell(raw, format).kind);
      }),
      RUNS
    );
  });
  it("parseTarget", () => {
    fc.assert(
      fc.property(cellValue, numberFormat, (raw, format) => {
        const t = parseTarget(raw, format);
        expect(SCALAR_KINDS).toContain(t.value.kind);
        expect([null, ">=", "<=", "="]).toContain(t.direction);
      }),
      RUNS
    );
  });
  it("parseWeight: un peso è null oppure un numero finito non negativo", () => {
    fc.assert(
      fc.property(cellValue, numberFormat, (raw, format) => {
        const w = parseWeight(raw, format);
        if (w.weight !== null) {
          expect(Number.isFinite(w.weight)).toBe(true);
          expect(w.weight).toBeGreaterThanOrEqual(0);
        }
        if (w.invalid) expect(w.weight).toBeNull();
      }),
      RUNS
    );
  });
  it("un numero letto da testo è sempre finito (mai NaN)", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const n = parseItalianNumber(text);
        if (n !== null) expect(Number.isFinite(n)).toBe(true);
        const s = parseCell(text);
        if (s.kind === "number") expect(Number.isFinite(s.value)).toBe(true);
      }),
      RUNS
    );
  });
});

describe("andata e ritorno (≥ 1000 casi ciascuno)", () => {
  it("numero italiano: formatItalianNumber poi parseItalianNumber dà lo stesso numero alla stessa precisione", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
        fc.integer({ min: 0, max: 6 }),
        (units, decimals) => {
          const value = units / 10 ** decimals;
          const text = formatItalianNumber(value, decimals);
          expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
          expect(parseItalianNumber(text) === Number(value.toFixed(decimals))).toBe(true);
        }
      ),
      RUNS
    );
  });
  it("numero italiano da un double qualsiasi, arrotondato a 2 decimali", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (value) => {
        const parsed = parseItalianNumber(formatItalianNumber(value, 2));
        expect(parsed === Number(value.toFixed(2))).toBe(true);
      }),
      RUNS
    );
  });
  it("data: formatSerialIt poi parseDateText dà lo stesso seriale", () => {
    const first = serialFromYmd(1900, 3, 1);
    const last = serialFromYmd(9999, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (serial) => {
        const text = formatSerialIt(serial);
        expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
        expect(parseDateText(text)).toBe(serial);
        const { year, month, day } = ymdFromSerial(serial);
        expect(serialFromYmd(year, month, day)).toBe(serial);
      }),
      RUNS
    );
  });
});

const CODES = ["A", "A.1", "A.2", "A.1.1", "A.1.2", "B", "B.1", "B.1.1"];

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.double({ noNaN: true, noDefaultInfinity: true }),
    percent: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("number" as const),
    value: fc.integer({ min: -5, max: 20 }).map((n) => n / 4),
    percent: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("date" as const), serial: fc.integer({ min: 43000, max: 45000 }) }),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
  fc.record({ kind: fc.constant("date" as const), serial: fc.double({ min: -1e12, max: 1e12, noNaN: true }) }),
  fc.record({ kind: fc.constant("yesno" as const), value: fc.boolean() }),
  fc.constant({ kind: "empty" as const }),
  fc.constant({ kind: "unavailable" as const, text: "N/D" }),
  fc.constant({ kind: "unscorable" as const, text: "Anno di rilevazione" }),
  fc.constant({ kind: "invalid" as const, text: "circa" })
);

const direction = fc.constantFrom<Direction | null>(">=", "<=", "=", null);
const weight = fc.option(
  fc.oneof(
    fc.constantFrom(0, 0.25, 0.5, 1, Number.MAX_VALUE),
    fc.double({ min: 0, max: 5, noNaN: true }),
    fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })
  ),
  { nil: null }
);

function kpiArb(row: number): fc.Arbitrary<KpiInput> {
  return fc
    .record(
      {
        weight,
        direction,
        target: scalar,
        actual: scalar,
        unavailable: fc.boolean(),
        method: fc.constantFrom("proporzionale", "binario", "lineare"),
        link: fc.constantFrom<null | string>(...CODES, "Z.9").map((code) => ({ code })),
      },
      { requiredKeys: ["weight", "direction", "target", "actual"] }
    )
    .map((k) => ({
      ...k,
      id: `P!${row}`,
      name: `KPI ${row}`,
      sheet: "P",
      row,
      cells: { name: `C${row}`, weight: `E${row}`, target: `F${row}`, actual: `G${row}` },
    }));
}

const objectiveArb = (index: number): fc.Arbitrary<ObjectiveInput> =>
  fc
    .record({
      code: fc.constantFrom(...CODES),
      parentCode: fc.constantFrom<string | null>(null, ...CODES, "Q"),
      weight,
      kpis: fc
        .array(fc.integer({ min: 0, max: 999 }), { maxLength: 4 })
        .chain((rows) => fc.tuple(...rows.map((r) => kpiArb(index * 1000 + r)))),
    })
    .map((o) => ({
      ...o,
      name: o.code,
      level: "obiettivo" as const,
      sheet: "P",
      row: index,
      cells: { name: `A${index}` },
    }));

const planArb: fc.Arbitrary<PlanInput> = fc
  .integer({ min: 0, max: 7 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => objectiveArb(i + 1))))
  .map((objectives) => ({ sheet: "P", objectives }));

const settingsArb: fc.Arbitrary<Partial<EngineSettings>> = fc.record(
  {
    method: fc.constantFrom("proporzionale" as const, "binario" as const),
    emptyActual: fc.constantFrom("zero" as const, "escludi" as const),
    lateDeadline: fc.constantFrom("lineare-fine-anno" as const, "zero" as const),
    lowerIsBetter: fc.constantFrom("scostamento" as const, "rapporto" as const),
  },
  { requiredKeys: [] }
);

const inRange = (p: number | null) => p === null || (Number.isFinite(p) && p >= 0 && p <= 1);

describe("computePlan su piani piccoli arbitrari (≥ 1000 casi)", () => {
  it("non lancia, ogni performance è null o in [0, 1], ogni problema ha il foglio", () => {
    fc.assert(
      fc.property(planArb, settingsArb, (plan, settings) => {
        const r = computePlan(plan, settings);
        for (const o of r.objectives) expect(inRange(o.performance)).toBe(true);
        for (const k of r.kpis) expect(inRange(k.performance)).toBe(true);
        expect(inRange(r.ente.performance)).toBe(true);
        for (const p of r.problems) {
          expect(typeof p.sheet).toBe("string");
          expect(p.message.length).toBeGreaterThan(0);
        }
        expect(r.kpis.length).toBe(plan.objectives.reduce((s, o) => s + o.kpis.length, 0));
      }),
      RUNS
    );
  });
});

describe("casi trovati dalle proprietà (correzioni del motore)", () => {
  it("un numero con formato data oltre il 31/12/9999 non è una data (Excel mostra #####)", () => {
    expect(parseCell(serialFromYmd(9999, 12, 31), "dd/mm/yyyy")).toEqual({ kind: "date", serial: 2958465 });
    expect(parseCell(100025313, "dd/mm/yyyy")).toEqual({ kind: "invalid", text: "100025313" });
    expect(parseCell(-1, "dd/mm/yyyy").kind).toBe("invalid");
  });
  it("una scadenza con un seriale fuori calendario è un errore, non una performance NaN", () => {
    const r = scoreValue({ kind: "date", serial: 100025313 }, { kind: "date", serial: 43738 }, "<=");
    expect(r).toMatchObject({ ok: false, code: "target-non-leggibile" });
    const a = scoreValue({ kind: "date", serial: 43738 }, { kind: "date", serial: 1e12 }, "<=");
    expect(a).toMatchObject({ ok: false, code: "consuntivo-non-leggibile" });
  });
  it("pesi enormi (1e308 in una cella %) non producono NaN nella media", () => {
    const big = Number.MAX_VALUE;
    expect(
      availableMean([
        { performance: 1, weight: big },
        { performance: 0.5, weight: big },
      ]).value
    ).toBeCloseTo(0.75, 12);
  });
});
