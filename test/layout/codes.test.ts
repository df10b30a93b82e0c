import {
  looksLikeCode,
  codeDepth,
  extractCode,
  levelOfDepth,
  parentCodeOf,
  declaredParentOf,
  parseCodeCell,
} from "../../src/layout/codes";

describe("extractCode: objective codes as the documents write them", () => {
  it.each([
    ["A Competitività e sviluppo delle imprese", "A", "Competitività e sviluppo delle imprese"], // 000 line 6
    [
      "A.1.2 Sviluppo e qualificazione delle imprese e delle produzioni",
      "A.1.2",
      "Sviluppo e qualificazione delle imprese e delle produzioni",
    ], // 000 line 14
    [
      "D.1.1.2 Qualità dei dati del Registro delle imprese – R.E.A.",
      "D.1.1.2",
      "Qualità dei dati del Registro delle imprese – R.E.A.",
    ], // 000 line 87
    ["A.1 - Attrattività", "A.1", "Attrattività"],
    ["A.1. Attrattività", "A.1", "Attrattività"],
    ["A.1 – Attrattività", "A.1", "Attrattività"],
    ["A.1\u00a0\u00a0Attrattività ", "A.1", "Attrattività"],
    ["01_03_02 Servizi", "01_03_02", "Servizi"],
    ["01 Competitività", "01", "Competitività"],
    ["1 - Competitività", "1", "Competitività"],
    ["2) Efficienza", "2", "Efficienza"],
    ["B.2.1", "B.2.1", ""],
    ["01:01 Sportello unico", "01:01", "Sportello unico"], // office fixture 08
    ["(A.3) Sostegno alla nascita", "A.3", "Sostegno alla nascita"], // office fixture 23
    ["B.\u200b2 Qualificazione del personale", "B.2", "Qualificazione del personale"],
    ["01:02:03 Livello di digitalizzazione", "01:02:03", "Livello di digitalizzazione"],
    ["OE.1 Razionalizzazione della spesa", "OE.1", "Razionalizzazione della spesa"], // office fixture 25
    ["OS1 - Digitalizzazione", "OS1", "Digitalizzazione"],
  ])("%j → %s | %s", (text, code, name) => {
    expect(extractCode(text)).toEqual({ code, name });
  });

  it.each([
    ["Sostegno alle imprese"],
    ["Internazionalizzazione"],
    ["CCIAA"],
    ["IND.1 Tempi medi"],
    ["nRegolazione dei mercati"],
    ["A1 - Piano performance 2019"],
    ["a.2 Qualità dei dati"],
    ["A4 Tempestività"],
    ["10 imprese assistite"],
    [""],
  ])("%j has no code", (text) => {
    expect(extractCode(text)).toBeNull();
  });
});

describe("codes and the tree", () => {
  it.each([
    ["A.1.", "A.1"],
    ["01_03 ", "01_03"],
    ["01:02:03", "01:02:03"],
    ["A.1 -", "A.1"],
    ["KPI301", null],
    ["Sostegno", null],
    // PIAO 2.2: objectives of the ente and their children (fixture 25)
    ["OE", "OE"],
    ["OE.1", "OE.1"],
    ["OE.1.", "OE.1"],
    ["OS1", "OS1"],
    ["OO 1.1", "OO 1.1"],
    ["OS.1.2", "OS.1.2"],
    // capital words and KPI codes are no objective codes
    ["SI", null],
    ["ND", null],
    ["IND.1", null],
    ["CCIAA", null],
    ["A4", null],
    ["a.2", null],
  ])("parseCodeCell(%j) → %s", (text, code) => {
    expect(parseCodeCell(text)).toBe(code);
  });

  it("gives a lettered prefix's codes their depth and parent", () => {
    expect(codeDepth("OE")).toBe(1);
    expect(codeDepth("OE.1")).toBe(2);
    expect(parentCodeOf("OE.1", new Set(["OE", "A"]))).toBe("OE");
    expect(declaredParentOf("OO 1.1")).toBe("OO 1");
  });

  it("finds the nearest known ancestor", () => {
    const known = new Set(["A", "A.1", "A.1.2", "01", "01_03"]);
    expect(parentCodeOf("A.1.2.1", known)).toBe("A.1.2");
    expect(parentCodeOf("A.1.3.2", known)).toBe("A.1");
    expect(parentCodeOf("01_03_02", known)).toBe("01_03");
    expect(parentCodeOf("B.1", known)).toBeNull();
    expect(parentCodeOf("01:03:02", new Set(["01", "01:03"]))).toBe("01:03");
    expect(declaredParentOf("01:03:02")).toBe("01:03");
  });

  it("levels follow the depth", () => {
    expect(["A", "A.1", "A.1.2", "A.1.2.1", "A.1.2.1.1"].map((c) => levelOfDepth(codeDepth(c)))).toEqual([
      "area",
      "strategico",
      "operativo",
      "azione",
      "azione",
    ]);
  });
});

describe("extractCode with the level written before the code", () => {
  it.each([
    ["Obiettivo operativo A.1.2 - Sviluppo", "A.1.2", "Sviluppo"],
    ["Obiettivo strategico 01_03: Promozione", "01_03", "Promozione"],
    ["Area strategica B: Internazionalizzazione", "B", "Internazionalizzazione"],
    ["Azione A.1.2.1 Orientamento", "A.1.2.1", "Orientamento"],
  ])("%j → %s | %s", (text, code, name) => {
    expect(extractCode(text)).toEqual({ code, name });
  });

  it.each([["Area Sviluppo economico"], ["Obiettivo di mandato"], ["Azione di sistema"]])("%j has no code", (text) => {
    expect(extractCode(text)).toBeNull();
  });
});

describe("looksLikeCode: texts that start like a code the reader does not know (issue 9)", () => {
  it.each([
    ["a.2 Qualità dei dati", true],
    ["A4 Tempestività del Registro", true],
    ["A-2 Sportello", true],
    ["(A.2 Sportello", true],
    ["1-2 Sportello", true],
    ["Internazionalizzazione", false],
    ["CCIAA", false],
    ["Nota: i valori sono provvisori", false],
    ["2025 anno di avvio", false],
  ])("%j → %s", (text, expected) => {
    expect(looksLikeCode(text)).toBe(expected);
  });
});
