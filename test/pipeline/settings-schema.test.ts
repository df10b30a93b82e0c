import { RULE_NAMES } from "../../src/engine/rules";
import { METHOD_NAMES } from "../../src/engine/scoring";
import { DEFAULT_SETTINGS } from "../../src/engine/settings";
import { checkValue, valueFromText } from "../../src/pipeline/settings-values";
import { SETTINGS_MSG } from "../../src/pipeline/settings-messages";
import { SETTING_ENTRIES } from "../../src/pipeline/settings-schema";
import {
  AddInSettings,
  DEFAULT_ADDIN_SETTINGS,
  parseSettings,
  toPipelineSettings,
  validateSettings,
} from "../../src/pipeline/workbook-settings";

const entry = (key: keyof AddInSettings) => SETTING_ENTRIES.find((e) => e.key === key)!;

/** A value other than the default for every setting, as the pane saves it, and what the pipeline gets. */
const SAMPLES: { [K in keyof AddInSettings]: { saved: AddInSettings[K]; pipeline: unknown } } = {
  method: { saved: "proporzionale + senza tetto + rapporto", pipeline: "proporzionale + senza tetto + rapporto" },
  thresholds: { saved: { yellow: 0.5, green: 0.9 }, pipeline: { yellow: 0.5, green: 0.9 } },
  weightTolerance: { saved: 0.005, pipeline: 0.005 },
  emptyActual: { saved: "escludi", pipeline: "escludi" },
  lateDeadline: { saved: "zero", pipeline: "zero" },
  lowerIsBetter: { saved: "rapporto", pipeline: "rapporto" },
  year: { saved: 2019, pipeline: 2019 },
  sheets: { saved: ["Piano 2019", "Cruscotto 2016-2020"], pipeline: ["Piano 2019", "Cruscotto 2016-2020"] },
  columns: {
    saved: { "Piano 2019": { target: 5, consuntivo: 6 } },
    pipeline: { "Piano 2019": { target: 5, consuntivo: 6 } },
  },
  headerRows: { saved: { "Piano 2019": 4 }, pipeline: { "Piano 2019": 4 } },
  addMissingColumns: { saved: true, pipeline: true },
  overwriteFormulas: { saved: false, pipeline: false },
  cap: { saved: null, pipeline: null },
  minimumThreshold: { saved: 0.9, pipeline: 0.9 },
  bands: { saved: "AdE", pipeline: "AdE" },
  bandTables: {
    saved: [{ name: "AdE", sheet: "Fasce 2019", range: "A1:D5" }],
    pipeline: [{ name: "AdE", sheet: "Fasce 2019", range: "A1:D5" }],
  },
  strictThresholds: { saved: "verde", pipeline: "verde" },
  rating: {
    saved: [
      { letter: "A", min: 0.95 },
      { letter: "B", min: 0.9 },
      { letter: "E", min: 0 },
    ],
    pipeline: [
      { letter: "A", min: 0.95 },
      { letter: "B", min: 0.9 },
      { letter: "E", min: 0 },
    ],
  },
  weightSum: { saved: "riproporziona", pipeline: "riproporziona" },
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
  cap: 0.8,
  minimumThreshold: 1.5,
  bands: "",
  bandTables: [{ name: "AdE", sheet: "Fasce", range: "A1" }],
  strictThresholds: "sempre",
  rating: [
    { letter: "A", min: 0.9 },
    { letter: "B", min: 0.95 },
  ],
  weightSum: "ignora",
};

const keys = SETTING_ENTRIES.map((e) => e.key);

describe("the settings schema", () => {
  it("has one entry per setting, each key, name, label and flag once", () => {
    expect([...keys].sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const pick of [
      (e: (typeof SETTING_ENTRIES)[number]) => e.name,
      (e: (typeof SETTING_ENTRIES)[number]) => e.label,
      (e: (typeof SETTING_ENTRIES)[number]) => e.cli.flag,
    ])
      expect(new Set(SETTING_ENTRIES.map(pick)).size).toBe(SETTING_ENTRIES.length);
  });

  it("takes the engine's defaults", () => {
    for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[])
      expect(DEFAULT_ADDIN_SETTINGS[key]).toEqual(DEFAULT_SETTINGS[key]);
  });

  it.each([...METHOD_NAMES, ...RULE_NAMES.filter((n) => !/N|NOME/.test(n))])(
    "accepts the rule %j as the method",
    (name) => {
      expect(valueFromText(entry("method"), name)).toEqual({ ok: true, value: name });
    }
  );

  it("labels the two settings the messages point at exactly", () => {
    expect(entry("year")).toMatchObject({ label: "Anno dei piani pluriennali", cli: { flag: "--anno" } });
    expect(entry("addMissingColumns")).toMatchObject({
      label: "Aggiungi le colonne di performance mancanti",
      cli: { flag: "--aggiungi-colonne" },
    });
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
    ["method", "Proporzionale +  senza tetto + rapporto", "proporzionale + senza tetto + rapporto"],
    ["method", "tetto 120% + fasce AdE", "tetto 120% + fasce ade"],
    ["cap", "120", 1.2],
    ["cap", "150 %", 1.5],
    ["cap", "senza tetto", null],
    ["minimumThreshold", "90", 0.9],
    ["minimumThreshold", "", null],
    ["bands", "AdE", "AdE"],
    ["bands", "", null],
    [
      "bandTables",
      "AdE = Fasce!A1:D5; Decreto = 'Fasce 2019'!$b$3:$e$9",
      [
        { name: "AdE", sheet: "Fasce", range: "A1:D5" },
        { name: "Decreto", sheet: "Fasce 2019", range: "B3:E9" },
      ],
    ],
    ["bandTables", "AdE = Fasce!A1:D5\n", [{ name: "AdE", sheet: "Fasce", range: "A1:D5" }]],
    ["bandTables", "", []],
    [
      "bandTables",
      "X = 'Fasce; 2019'!A1:D5; Y = Fasce!A1:D5",
      [
        { name: "X", sheet: "Fasce; 2019", range: "A1:D5" },
        { name: "Y", sheet: "Fasce", range: "A1:D5" },
      ],
    ],
    ["strictThresholds", "tutte", "tutte"],
    [
      "rating",
      "A 95%; B 90%; C 80%; D 70%; E 0%",
      [
        { letter: "A", min: 0.95 },
        { letter: "B", min: 0.9 },
        { letter: "C", min: 0.8 },
        { letter: "D", min: 0.7 },
        { letter: "E", min: 0 },
      ],
    ],
    ["rating", "", null],
    ["weightSum", "riproporziona", "riproporziona"],
    ["emptyActual", "non-calcolato", "non-calcolato"],
  ] as [keyof AddInSettings, string, unknown][])("%s %j → %j", (key, text, value) => {
    expect(valueFromText(entry(key), text)).toEqual({ ok: true, value });
  });

  it.each([
    [
      "method",
      "lineare",
      `Metodo di calcolo sconosciuto: "lineare" (ammessi: ${RULE_NAMES.join(", ")}; si possono combinare con «+», es. «proporzionale + senza tetto + rapporto»)`,
    ],
    [
      "method",
      "proporzionale + binario",
      "Regole in conflitto nello stesso metodo: «proporzionale» e «binario». Indicarne una sola",
    ],
    [
      "method",
      "tetto 80%",
      `Tetto non valido: "tetto 80%". Il tetto è il punteggio massimo e non può essere sotto 100% (es. «tetto 120%»)`,
    ],
    ["emptyActual", "vuoto", "valori ammessi: zero, escludi, errore, non-calcolato"],
    ["cap", "80", "indicare un punteggio massimo tra 100 e 1000 (per cento), es. 120, oppure «senza tetto»"],
    ["cap", "", "indicare un punteggio massimo tra 100 e 1000 (per cento), es. 120, oppure «senza tetto»"],
    ["minimumThreshold", "120", "indicare una percentuale maggiore di 0 e fino a 100, es. 90, oppure lasciare vuoto"],
    [
      "bandTables",
      "AdE Fasce!A1:D5",
      `"AdE Fasce!A1:D5" non è una tabella delle fasce: attese righe come «AdE = Fasce!A1:D5» (nome = foglio!intervallo), separate da «;» o a capo`,
    ],
    [
      "bandTables",
      "AdE = Fasce!D5:A1",
      `"AdE = Fasce!D5:A1" non è una tabella delle fasce: attese righe come «AdE = Fasce!A1:D5» (nome = foglio!intervallo), separate da «;» o a capo`,
    ],
    ["bandTables", "AdE = Fasce!A1:D5; ade = Altre!A1:D5", `la tabella delle fasce "ade" è indicata due volte`],
    [
      "rating",
      "A 90%; B 95%; E 0%",
      "Scala dei livelli non valida: le soglie devono scendere strettamente dal primo all'ultimo livello",
    ],
    [
      "rating",
      "A; E 0%",
      `Scala dei livelli non valida: "A" non è un livello: scrivere la lettera e la soglia minima, es. «B 90%»`,
    ],
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
    [
      { thresholds: { yellow: 0.8, green: 0.6 } },
      "Valore non valido per «Soglie del semaforo (%)»: la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%).",
    ],
    [
      { weightTolerance: 0.2 },
      "Valore non valido per «Tolleranza sulla somma dei pesi (punti percentuali)»: indicare un numero tra 0 e 10 (punti percentuali), es. 0,1.",
    ],
    [
      { year: 201 },
      "Valore non valido per «Anno dei piani pluriennali»: indicare un anno di quattro cifre tra 1900 e 9999, es. 2019.",
    ],
  ] as [Partial<AddInSettings>, string][])("%j → %s", (patch, message) => {
    expect(validateSettings({ ...DEFAULT_ADDIN_SETTINGS, ...patch })).toBe(message);
  });

  it("accepts the defaults and every sample", () => {
    expect(validateSettings(DEFAULT_ADDIN_SETTINGS)).toBeNull();
    const all = Object.fromEntries(keys.map((k) => [k, SAMPLES[k].saved])) as AddInSettings;
    expect(validateSettings(all)).toBeNull();
  });
});
