import { METHOD_NAMES } from "../../src/engine/scoring";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { checkValue, valueFromText } from "../../src/pipeline/settings-values";
import { SETTINGS_MSG } from "../../src/pipeline/settings-messages";
import { SETTING_ENTRIES } from "../../src/pipeline/settings-schema";
import { AddInSettings, DEFAULT_ADDIN_SETTINGS, parseSettings, toPipelineSettings, validateSettings } from "../../src/pipeline/workbook-settings";

const entry = (key: keyof AddInSettings) => SETTING_ENTRIES.find((e) => e.key === key)!;

/** A value other than the default for every setting, as the pane saves it, and what the pipeline gets. */
const SAMPLES: { [K in keyof AddInSettings]: { saved: AddInSettings[K]; pipeline: unknown } } = {
  method: { saved: "binario", pipeline: "binario" },
  thresholds: { saved: { yellow: 0.5, green: 0.9 }, pipeline: { yellow: 0.5, green: 0.9 } },
  weightTolerance: { saved: 0.005, pipeline: 0.005 },
  emptyActual: { saved: "escludi", pipeline: "escludi" },
  lateDeadline: { saved: "zero", pipeline: "zero" },
  lowerIsBetter: { saved: "rapporto", pipeline: "rapporto" },
  year: { saved: 2019, pipeline: 2019 },
  sheets: { saved: ["Piano 2019", "Cruscotto 2016-2020"], pipeline: ["Piano 2019", "Cruscotto 2016-2020"] },
  columns: { saved: { "Piano 2019": { target: 5, consuntivo: 6 } }, pipeline: { "Piano 2019": { target: 5, consuntivo: 6 } } },
  headerRows: { saved: { "Piano 2019": 4 }, pipeline: { "Piano 2019": 4 } },
  addMissingColumns: { saved: true, pipeline: true },
  overwriteFormulas: { saved: false, pipeline: false },
};

/** A malformed saved value for every setting: it falls back to the default with a warning naming it. */
const MALFORMED: Record<keyof AddInSettings, unknown> = {
  method: "lineare",
  thresholds: { yellow: 0.9, green: 0.6 },
  weightTolerance: 0.5,
  emptyActual: "vuoto",
  lateDeadline: "lineare",
  lowerIsBetter: 1,
  year: 19,
  sheets: "Piano 2019",
  columns: ["F"],
  headerRows: { "Piano 2019": 0 },
  addMissingColumns: "sì",
  overwriteFormulas: "sì",
};

const keys = SETTING_ENTRIES.map((e) => e.key);

describe("the settings schema", () => {
  it("has one entry per setting, each key, name, label and flag once", () => {
    expect([...keys].sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const pick of [(e: (typeof SETTING_ENTRIES)[number]) => e.name, (e: (typeof SETTING_ENTRIES)[number]) => e.label, (e: (typeof SETTING_ENTRIES)[number]) => e.cli.flag])
      expect(new Set(SETTING_ENTRIES.map(pick)).size).toBe(SETTING_ENTRIES.length);
  });

  it("takes the engine's defaults", () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[]) expect(DEFAULT_ADDIN_SETTINGS[key]).toEqual(DEFAULT_SETTINGS[key]);
  });

  it("offers every scoring method the engine registers", () => {
    const method = entry("method");
    expect(method.kind === "choice" && method.options.map((o) => o.value)).toEqual([...METHOD_NAMES]);
  });

  it("labels the two settings the messages point at exactly", () => {
    expect(entry("year")).toMatchObject({ label: "Anno dei piani pluriennali", cli: { flag: "--anno" } });
    expect(entry("addMissingColumns")).toMatchObject({ label: "Aggiungi le colonne di performance mancanti", cli: { flag: "--aggiungi-colonne" } });
  });
});

describe.each(keys)("setting %s", (key) => {
  const e = entry(key);
  const sample = SAMPLES[key];

  it("differs from its default in the sample, and its default is valid", () => {
    expect(sample.saved).not.toEqual(e.default);
    expect(checkValue(e, e.default)).toBeNull();
  });

  it("round-trips: saved JSON → parse → the same value, without warnings", () => {
    const { settings, warnings } = parseSettings(JSON.parse(JSON.stringify({ [key]: sample.saved })));
    expect(warnings).toEqual([]);
    expect(settings[key]).toEqual(sample.saved);
    expect({ ...settings, [key]: DEFAULT_ADDIN_SETTINGS[key] }).toEqual(DEFAULT_ADDIN_SETTINGS);
  });

  it("reaches the pipeline", () => {
    expect(toPipelineSettings({ ...DEFAULT_ADDIN_SETTINGS, [key]: sample.saved })[key]).toEqual(sample.pipeline);
  });

  it("falls back to its default with a warning naming it when malformed in the file", () => {
    const { settings, warnings } = parseSettings({ method: "binario", [key]: MALFORMED[key] });
    expect(warnings).toEqual([SETTINGS_MSG.fallback(e.name)]);
    expect(settings[key]).toEqual(key === "method" ? DEFAULT_ADDIN_SETTINGS.method : DEFAULT_ADDIN_SETTINGS[key]);
  });
});

describe("values typed as text, on the command line and in the pane", () => {
  it.each([
    ["method", "Binario", "binario"],
    ["thresholds", "50,90", { yellow: 0.5, green: 0.9 }],
    ["thresholds", "50%;90%", { yellow: 0.5, green: 0.9 }],
    ["thresholds", "0.5,0.9", { yellow: 0.5, green: 0.9 }],
    ["weightTolerance", "0,5", 0.005],
    ["weightTolerance", "0,5 %", 0.005],
    ["weightTolerance", "10", 0.1],
    ["emptyActual", " escludi ", "escludi"],
    ["lateDeadline", "zero", "zero"],
    ["lowerIsBetter", "rapporto", "rapporto"],
    ["year", "2019", 2019],
    ["year", "", null],
    ["overwriteFormulas", "sovrascrivi", true],
    ["overwriteFormulas", "mantieni", false],
  ] as [keyof AddInSettings, string, unknown][])("%s %j → %j", (key, text, value) => {
    expect(valueFromText(entry(key), text)).toEqual({ ok: true, value });
  });

  it.each([
    ["method", "lineare", "valori ammessi: proporzionale, binario"],
    ["emptyActual", "vuoto", "valori ammessi: zero, escludi"],
    ["overwriteFormulas", "sì", "valori ammessi: chiedi, mantieni, sovrascrivi"],
    ["thresholds", "80,60", "la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%)"],
    ["thresholds", "60", "indicare la soglia gialla e la verde in percentuale, es. 60,80"],
    ["thresholds", "sessanta,80", "indicare la soglia gialla e la verde in percentuale, es. 60,80"],
    ["weightTolerance", "20", "indicare un numero tra 0 e 10 (punti percentuali), es. 0,1"],
    ["weightTolerance", "-1", "indicare un numero tra 0 e 10 (punti percentuali), es. 0,1"],
    ["weightTolerance", "mezzo", "indicare un numero tra 0 e 10 (punti percentuali), es. 0,1"],
    ["year", "19", "indicare un anno di quattro cifre tra 1900 e 9999, es. 2019"],
    ["year", "1800", "indicare un anno di quattro cifre tra 1900 e 9999, es. 2019"],
    ["year", "2019/20", "indicare un anno di quattro cifre tra 1900 e 9999, es. 2019"],
  ] as [keyof AddInSettings, string, string][])("%s %j is refused: %s", (key, text, detail) => {
    expect(valueFromText(entry(key), text)).toEqual({ ok: false, detail });
  });
});

describe("validateSettings: the pane's message names the field by its label", () => {
  it.each([
    [{ thresholds: { yellow: 0.8, green: 0.6 } }, "Valore non valido per «Soglie del semaforo (%)»: la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%)."],
    [{ weightTolerance: 0.2 }, "Valore non valido per «Tolleranza sulla somma dei pesi (punti percentuali)»: indicare un numero tra 0 e 10 (punti percentuali), es. 0,1."],
    [{ year: 201 }, "Valore non valido per «Anno dei piani pluriennali»: indicare un anno di quattro cifre tra 1900 e 9999, es. 2019."],
  ] as [Partial<AddInSettings>, string][])("%j → %s", (patch, message) => {
    expect(validateSettings({ ...DEFAULT_ADDIN_SETTINGS, ...patch })).toBe(message);
  });

  it("accepts the defaults and every sample", () => {
    expect(validateSettings(DEFAULT_ADDIN_SETTINGS)).toBeNull();
    const all = Object.fromEntries(keys.map((k) => [k, SAMPLES[k].saved])) as AddInSettings;
    expect(validateSettings(all)).toBeNull();
  });
});
