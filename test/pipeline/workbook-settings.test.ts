import fc from "fast-check";
import {
  DEFAULT_ADDIN_SETTINGS,
  SETTINGS_KEY,
  parseSettings,
  toPipelineSettings,
  validateSettings,
} from "../../src/pipeline/workbook-settings";

describe("parseSettings: the task pane's settings read back from a workbook", () => {
  it("uses the key both adapters share", () => {
    expect(SETTINGS_KEY).toBe("alberoPerformance.impostazioni");
  });

  it.each([[null], [undefined]])("no saved settings (%p): the defaults, no warning", (raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_ADDIN_SETTINGS, warnings: [] });
  });

  it("reads every field the pane saves", () => {
    const raw = {
      method: "binario",
      lateDeadline: "zero",
      lowerIsBetter: "rapporto",
      emptyActual: "escludi",
      thresholds: { yellow: 0.5, green: 0.9 },
      weightTolerance: 0.005,
      sheets: ["Piano 2019"],
      columns: { "Piano 2019": { target: 5, consuntivo: 6, colore: 3, peso: -1 } },
      headerRows: { "Piano 2019": 4 },
      overwriteFormulas: true,
      year: 2019,
      addMissingColumns: true,
    };
    const { settings, warnings } = parseSettings(raw);
    expect(warnings).toEqual([]);
    expect(settings).toEqual({
      ...DEFAULT_ADDIN_SETTINGS,
      ...raw,
      columns: { "Piano 2019": { target: 5, consuntivo: 6 } },
    });
  });

  it.each([
    [{ method: "lineare" }, "metodo"],
    [{ thresholds: { yellow: 0.9, green: 0.6 } }, "soglie"],
    [{ thresholds: { yellow: "60%", green: 0.8 } }, "soglie"],
    [{ emptyActual: "vuoto" }, "consuntivo vuoto"],
    [{ weightTolerance: 0.5 }, "tolleranza pesi"],
    [{ sheets: "Piano 2019" }, "fogli"],
    [{ overwriteFormulas: "sì" }, "celle con formule"],
    [{ year: "2019" }, "anno"],
    [{ year: 19 }, "anno"],
    [{ addMissingColumns: "sì" }, "aggiungi colonne"],
    [{ columns: ["F"] }, "colonne"],
  ])("a malformed field %j falls back to its default with a warning naming %s", (raw, name) => {
    const { settings, warnings } = parseSettings({ method: "binario", ...raw });
    expect(warnings).toEqual([`Impostazione "${name}" non valida nel file: uso il valore predefinito.`]);
    if (name !== "metodo") expect(settings.method).toBe("binario");
  });

  it("a value that is not an object gives the defaults and says so", () => {
    expect(parseSettings("binario")).toEqual({
      settings: DEFAULT_ADDIN_SETTINGS,
      warnings: ["Impostazioni salvate nel file non leggibili: uso i valori predefiniti."],
    });
  });

  it("never throws and always gives usable settings, whatever the file holds", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const { settings } = parseSettings(raw);
        expect(validateSettings(settings)).toBeNull();
      })
    );
  });
});

describe("toPipelineSettings", () => {
  it("passes the engine settings and leaves sheets, columns and year out when the pane chose none", () => {
    const p = toPipelineSettings(DEFAULT_ADDIN_SETTINGS);
    expect(p).toEqual({
      method: "proporzionale",
      lateDeadline: DEFAULT_ADDIN_SETTINGS.lateDeadline,
      lowerIsBetter: DEFAULT_ADDIN_SETTINGS.lowerIsBetter,
      emptyActual: "zero",
      thresholds: { yellow: 0.6, green: 0.8 },
      weightTolerance: 0.001,
      cap: 1,
      minimumThreshold: null,
      bands: null,
      bandTables: [],
      strictThresholds: "nessuna",
      rating: null,
      weightSum: "errore",
      overwriteFormulas: false,
      addMissingColumns: false,
    });
  });

  it("carries the chosen sheets, column mappings and a remembered yes to overwriting formulas", () => {
    const s = parseSettings({
      sheets: ["Piano 2019"],
      columns: { "Piano 2019": { target: 5 } },
      overwriteFormulas: true,
    }).settings;
    expect(toPipelineSettings(s)).toMatchObject({
      sheets: ["Piano 2019"],
      columns: { "Piano 2019": { target: 5 } },
      overwriteFormulas: true,
    });
  });
});
