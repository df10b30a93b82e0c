import { recalculate } from "../../src/pipeline/recalculate";
import { lecceGrid } from "./lecce-grid";

describe("choosing sheets by name", () => {
  const grids = [lecceGrid("Piano 2019"), { ...lecceGrid("Note"), values: [["appunti"]] }];

  it("matches the name regardless of case, as Excel does", () => {
    const r = recalculate({ grids, settings: { sheets: ["piano 2019"] } });
    expect(r.sheets.map((s) => s.sheet)).toEqual(["Piano 2019"]);
    expect(r.problems.some((p) => p.code === "foglio-non-trovato")).toBe(false);
  });

  it("lists the sheets that exist when the name matches none", () => {
    const r = recalculate({ grids, settings: { sheets: ["Piano 2020"] } });
    const p = r.problems.find((x) => x.code === "foglio-non-trovato");
    expect(p).toMatchObject({ severity: "errore", sheet: "Piano 2020" });
    expect(p?.message).toBe(
      'Il foglio indicato non esiste nella cartella di lavoro. Fogli presenti: "Piano 2019", "Note".'
    );
    expect(r.sheets).toEqual([]);
  });
});
