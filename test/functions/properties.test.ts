/** Whatever a cell holds, the functions answer with a value: never an exception, never a figure out of 0..1. */
import fc from "fast-check";
import { formatItalianNumber } from "../../src/engine";
import { kpi, obiettivo, pesiOk, semaforo, stato } from "../../src/functions/functions";
import { callAs } from "./helpers";

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "N.V.",
    "N/D",
    "sì",
    "no",
    ">=",
    "<=",
    "=",
    "50% >=",
    "30/09/2019",
    "Entro 31/12/2022",
    "1.587,10",
    "15,00%",
    "x ≤ x-1",
    "binario",
    "data",
    "kpi"
  ),
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }).map((n) => formatItalianNumber(n, 2))
);
const cell = fc.oneof(
  cellText,
  fc.double(),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ code: "#N/A" })
);
const range = fc.oneof(fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { maxLength: 6 }), cell);

function isAnswer(result: unknown, allowed: (r: unknown) => boolean): boolean {
  if (typeof result === "object" && result !== null) {
    const e = result as { code?: unknown; message?: unknown };
    return e.code === "#VALUE!" && typeof e.message === "string" && e.message.length > 0;
  }
  return allowed(result);
}

const performanceOrText = (r: unknown) => (typeof r === "number" && r >= 0 && r <= 1) || typeof r === "string";

describe("arbitrary arguments", () => {
  it("PERF.KPI returns 0..1, text or #VALUE!", () => {
    fc.assert(
      fc.property(cell, cell, cell, cell, cell, (t, a, d, m, k) => isAnswer(kpi(t, a, d, m, k), performanceOrText)),
      { numRuns: 3000 }
    );
  });

  it("PERF.OBIETTIVO returns 0..1, N.V. or #VALUE!", () => {
    fc.assert(
      fc.property(range, fc.option(range, { nil: undefined }), (w, p) =>
        isAnswer(obiettivo(w as unknown[][], p as unknown[][] | undefined), (r) => r === "N.V." || performanceOrText(r))
      ),
      { numRuns: 3000 }
    );
  });

  it("PERF.SEMAFORO, PERF.STATO and PERF.PESI answer with their values or #VALUE!", () => {
    fc.assert(
      fc.property(cell, cell, cell, range, (p, y, g, w) => {
        const light = isAnswer(semaforo(p, y, g), (r) => ["VERDE", "GIALLO", "ROSSO", "N.V."].includes(r as string));
        const label = isAnswer(stato(p, y), (r) =>
          ["RAGGIUNTO", "PARZIALMENTE RAGGIUNTO", "NON RAGGIUNTO", "IN LINEA", "FUORI TARGET", "DA VALUTARE"].includes(
            r as string
          )
        );
        const weights = isAnswer(pesiOk(w as unknown[][]), (r) => typeof r === "boolean");
        return light && label && weights;
      }),
      { numRuns: 3000 }
    );
  });

  it("a performance written as Italian percentage text gives the same figure as the number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (bp) => {
        const fraction = bp / 10000;
        const text = `${formatItalianNumber(fraction * 100, 2)}%`;
        const viaText = obiettivo([[0.5], [0.5]], [[text], [text]]) as number;
        return Math.abs(viaText - fraction) < 1e-12;
      })
    );
  });

  it("every function gives the same answer whether Excel passes empty cells as null (web) or 0 (older desktop)", async () => {
    const same = async (fn: (...a: never[]) => unknown, ...args: unknown[]) => {
      const web = await callAs("web", fn, ...args);
      const desktop = await callAs("desktop", fn, ...args);
      expect(desktop).toEqual(web);
    };
    await fc.assert(
      fc.asyncProperty(
        cell,
        cell,
        cell,
        cell,
        cell,
        range,
        fc.option(range, { nil: undefined }),
        async (a, b, c, d, e, w, p) => {
          await same(kpi, a, b, c, d, e);
          await same(obiettivo, w, p);
          await same(semaforo, a, b, c);
          await same(stato, a, d);
          await same(pesiOk, w);
        }
      ),
      { numRuns: 1000 }
    );
  });
});
