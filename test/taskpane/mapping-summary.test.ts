import { mappingPairs, savedMappings, withoutMapping } from "../../src/taskpane/mapping-summary";

describe("the saved column mappings as Impostazioni lists them", () => {
  it("names each field with its column letter, in the plan's order", () => {
    expect(mappingPairs({ consuntivo: 5, obiettivo: 1, unita: 9 })).toEqual([
      "Obiettivo = B",
      "Consuntivo = F",
      "Unità di misura = J",
    ]);
    expect(mappingPairs({ target: 26 })).toEqual(["Target = AA"]);
  });

  it("lists the sheets in the workbook's order, then those it no longer has, marked missing", () => {
    const columns = { Vecchio: { target: 2 }, "Piano 2019 (2)": { consuntivo: 5 }, "Piano 2019": { unita: 9 } };
    expect(savedMappings(columns, ["Piano 2019", "Piano 2019 (2)"])).toEqual([
      { sheet: "Piano 2019", pairs: ["Unità di misura = J"], missing: false },
      { sheet: "Piano 2019 (2)", pairs: ["Consuntivo = F"], missing: false },
      { sheet: "Vecchio", pairs: ["Target = C"], missing: true },
    ]);
  });

  it("calls no sheet missing before the workbook's sheets are known, and skips empty mappings", () => {
    expect(savedMappings({ Vecchio: { target: 2 }, Vuoto: {} }, [])).toEqual([
      { sheet: "Vecchio", pairs: ["Target = C"], missing: false },
    ]);
  });

  it("removes one sheet's mapping, leaving the others", () => {
    const columns = { A: { target: 2 }, B: { peso: 1 } };
    expect(withoutMapping(columns, "A")).toEqual({ B: { peso: 1 } });
    expect(columns).toEqual({ A: { target: 2 }, B: { peso: 1 } });
  });
});
