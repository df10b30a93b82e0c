/**
 * The functions.json Excel reads, generated from the JSDoc of src/functions/functions.ts with the
 * same library the webpack plugin uses. Its CLI exits 0 on errors, so the test fails on them.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import fs from "fs";
import path from "path";
import * as functions from "../../src/functions/functions";

interface Param {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

// [id, parameters as name, "name?" for optional, "name[]" for a range]
const EXPECTED: ReadonlyArray<[string, string[]]> = [
  ["KPI", ["target", "consuntivo", "direzione", "metodo?", "tipo?"]],
  ["OBIETTIVO", ["pesi[]", "performance?[]"]],
  ["SEMAFORO", ["performance", "soglia_gialla?", "soglia_verde?"]],
  ["STATO", ["performance", "tipo?"]],
  ["PESI", ["pesi[]"]],
];

const ITALIAN = /\b(il|la|le|di|da|del|della|dei|delle|se|con|per|oppure|una|un|come|anche|nello|stesso)\b/i;
const ENGLISH = /\b(the|and|returns?|value|of|with|if)\b/i;

describe("custom functions metadata (functions.json)", () => {
  let fns: Fn[] = [];
  let associate: { functionName: string; id: string }[] = [];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    fns = (JSON.parse(result.metadataJson) as { functions: Fn[] }).functions;
    associate = result.associate;
  });

  it("declares exactly the five PERF functions with uppercase ids", () => {
    expect(fns.map((f) => f.id)).toEqual(EXPECTED.map(([id]) => id));
    for (const f of fns) expect(f.name).toBe(f.id);
  });

  it.each(EXPECTED)("%s has its parameters, optional ones and ranges as Excel should show them", (id, params) => {
    const fn = fns.find((f) => f.id === id) as Fn;
    const shown = fn.parameters.map(
      (p) => `${p.name}${p.optional ? "?" : ""}${p.dimensionality === "matrix" ? "[]" : ""}`
    );
    expect(shown).toEqual(params);
    for (const p of fn.parameters) expect(p.type).toBe("any");
  });

  it.each(EXPECTED.map(([id]) => [id]))("%s has an Italian description for itself and every parameter", (id) => {
    const fn = fns.find((f) => f.id === id) as Fn;
    const texts = [fn.description ?? "", ...fn.parameters.map((p) => p.description ?? "")];
    for (const text of texts) {
      expect(text.length).toBeGreaterThan(15);
      expect(text.length).toBeLessThanOrEqual(255);
      expect(text).toMatch(ITALIAN);
      expect(text).not.toMatch(ENGLISH);
    }
  });

  it("says in the help what the user must know", () => {
    const kpi = fns.find((f) => f.id === "KPI") as Fn;
    expect(kpi.description).toContain("N.V.");
    expect(kpi.parameters.find((p) => p.name === "tipo")?.description).toContain('"data"');
    expect(kpi.parameters.find((p) => p.name === "direzione")?.description).toContain('"50% >="');
    const obiettivo = fns.find((f) => f.id === "OBIETTIVO") as Fn;
    expect(obiettivo.parameters[0].description).toContain("due colonne");
    // An empty cell is never 0, on the web or on desktop (README, "Celle vuote").
    expect(kpi.parameters.find((p) => p.name === "consuntivo")?.description).toContain("cella vuota");
    expect(obiettivo.parameters[1].description).toContain("vuota");
    for (const id of ["SEMAFORO", "STATO"])
      expect((fns.find((f) => f.id === id) as Fn).parameters[0].description).toContain("cella vuota");
  });

  it("associates every id with a function this module exports", () => {
    const exported = functions as unknown as Record<string, unknown>;
    expect(associate.map((a) => a.id)).toEqual(EXPECTED.map(([id]) => id));
    for (const a of associate) expect(typeof exported[a.functionName]).toBe("function");
  });

  it("asks Excel for the arguments' addresses (to tell an empty cell from a 0) and never calls Office.js itself", () => {
    for (const f of fns)
      expect({ id: f.id, options: (f as { options?: object }).options }).toEqual({
        id: f.id,
        options: { requiresParameterAddresses: true },
      });
    const dir = path.join(__dirname, "../../src/functions");
    for (const file of fs.readdirSync(dir)) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      expect({ file, officeJs: /\b(Excel|Office)\.[A-Za-z]|from "\.\.\/excel/.test(source) }).toEqual({
        file,
        officeJs: false,
      });
    }
  });

  it("lets cells hand over data types as objects, which the functions read as their basic value", async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(
      (JSON.parse(result.metadataJson) as { allowCustomDataForDataTypeAny?: boolean }).allowCustomDataForDataTypeAny
    ).toBe(true);
  });
});
