/** The trace prints figures exactly as formatPercentIt does (two decimals, Italian separators). */
import fc from "fast-check";
import { formatPercentIt, numConst, pct, pctConst, pctInput } from "../../src/engine";

describe("numeri nella spiegazione", () => {
  it("pct coincide con formatPercentIt su ogni valore finito", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => pct(x) === formatPercentIt(x)),
      { numRuns: 2000 }
    );
  });
  it.each<[number, string, string]>([
    [0.8773, "87,73%", "87,73%"],
    [0.6, "60,00%", "60%"],
    [-1.885, "-188,50%", "-188,5%"],
    [12.345678, "1.234,57%", "1.234,5678%"],
    [-0.00001, "0,00%", "-0,001%"],
  ])("%s → %s (costante: %s)", (x, figure, constant) => {
    expect(pct(x)).toBe(figure);
    expect(pctConst(x)).toBe(constant);
  });
  it.each<[number, string]>([
    [0.1316, "13,16%"],
    [0.13158, "13,158%"],
    [0.131578947, "13,1579%"],
    [0.15, "15,00%"],
    [1, "100,00%"],
  ])("un valore letto da una cella %s si legge %s: i decimali che servono a rifare il conto", (x, text) => {
    expect(pctInput(x)).toBe(text);
  });
  it("costanti senza zeri finali", () => {
    expect(numConst(2.2523)).toBe("2,2523");
    expect(numConst(10)).toBe("10");
  });
});
