import { shiftFormula } from "../../src/xlsx/formula-shift";

describe("a shared formula's text shifted to a dependent cell", () => {
  it.each([
    ["E3/100", 0, 1, "F3/100"],
    ["$E$3+E3", 1, 0, "$E$3+E4"],
    ["E$3*$E3", 1, 1, "F$3*$E4"],
    ["SUM(A:A)", 0, 1, "SUM(B:B)"],
    ["SUM(1:1)", 1, 0, "SUM(2:2)"],
    ['"A1"&B2', 1, 1, '"A1"&C3'],
    ["'Foglio 1'!A1", 1, 0, "'Foglio 1'!A2"],
    ["LOG10(A1)", 1, 0, "LOG10(A2)"],
    ["Tabella1[Colonna A1]+A1", 2, 0, "Tabella1[Colonna A1]+A3"],
    ["Z1+1", 0, 1, "AA1+1"],
  ])("%s moved by %i rows, %i columns → %s", (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});
