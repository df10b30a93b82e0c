import { renderToStaticMarkup } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookOperations } from "../../src/excel/operations";
import { SETTING_ENTRIES } from "../../src/pipeline/settings-schema";
import { AddInSettings, DEFAULT_ADDIN_SETTINGS } from "../../src/pipeline/workbook-settings";
import { SettingsPanel } from "../../src/taskpane/components/SettingsPanel";
import {
  liveRuleExamples,
  readForm,
  rebaseSettings,
  rebaseTexts,
  textsOf,
  withEditedElsewhere,
} from "../../src/taskpane/settings-form";

/** Server rendering runs no effect: the operations are never called. */
const ops = {} as WorkbookOperations;

const decode = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function render(settings: AddInSettings): string {
  return decode(
    renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel ops={ops} settings={settings} onSaved={() => undefined} onOpenReading={() => undefined} />
      </FluentProvider>
    )
  );
}

describe("Impostazioni: one field per entry of the settings schema", () => {
  const html = render({ ...DEFAULT_ADDIN_SETTINGS, year: 2019, addMissingColumns: true, method: "binario" });

  it.each(SETTING_ENTRIES.map((e) => [e.label, e.kind, e.help]))(
    "shows «%s» (%s) with its help",
    (label, _kind, helpText) => {
      expect(html).toContain(`>${label}<`);
      expect(html).toContain(helpText);
    }
  );

  it("shows the saved values: the year typed, the missing columns ticked, the method chosen", () => {
    expect(html).toMatch(/<input[^>]*value="2019"/);
    expect(html).toMatch(
      /<input[^>]*type="checkbox"[^>]*checked=""[^>]*>(?:(?!<input).)*Aggiungi le colonne di performance mancanti/
    );
    expect(html).toMatch(/<input[^>]*value="binario"/);
    expect(html).toMatch(/<input[^>]*value="60"/);
    expect(html).toMatch(/<input[^>]*value="0,1"/);
  });

  it("shows no year when none is chosen", () => {
    expect(render(DEFAULT_ADDIN_SETTINGS)).not.toMatch(/<input[^>]*value="2019"/);
  });
});

describe("Impostazioni: the column mapping is shown, not edited", () => {
  /** The markup of the columns entry only. */
  const columnsEntry = (html: string) => {
    const start = html.indexOf('data-setting="columns"');
    return html.slice(start, html.indexOf("data-setting=", start + 1));
  };

  it("is edited in «Come è stato letto il foglio», as the schema says", () => {
    expect(SETTING_ENTRIES.find((e) => e.key === "columns")).toMatchObject({ kind: "columns", editedIn: "lettura" });
  });

  it("lists each saved mapping read-only, with the way to edit it in the reading and to remove it", () => {
    const entry = columnsEntry(
      render({
        ...DEFAULT_ADDIN_SETTINGS,
        columns: { "Piano 2019": { target: 6, consuntivo: 5 }, Budget: { unita: 9 } },
      })
    );
    const text = entry.replace(/<[^>]+>/g, "");
    expect(text).toContain("Foglio Piano 2019: Target = G, Consuntivo = F");
    expect(text).toContain("Foglio Budget: Unità di misura = J");
    expect(entry).toContain('aria-label="Modifica la mappatura del foglio Piano 2019"');
    expect(entry).toContain('aria-label="Rimuovi la mappatura del foglio Budget"');
    expect(entry).toContain("Si indica e si corregge in «Come è stato letto il foglio»");
    expect(entry).not.toMatch(/<input|role="combobox"|<select|<textarea/);
  });

  it("says when no mapping is saved, and still opens the reading", () => {
    const entry = columnsEntry(render(DEFAULT_ADDIN_SETTINGS));
    expect(entry).toContain("Nessuna mappatura salvata");
    expect(entry).toContain(">Apri «Come è stato letto il foglio»<");
    expect(entry).not.toContain("Rimuovi");
  });
});

describe("the form over settings saved elsewhere", () => {
  const before = { ...DEFAULT_ADDIN_SETTINGS, columns: { A: { target: 2 } } };
  const after = { ...DEFAULT_ADDIN_SETTINGS, columns: {}, headerRows: { A: 3 }, year: 2020 };

  it("follows the new settings where the user changed nothing, keeps what the user changed", () => {
    const draft = { ...before, year: 2019, method: "binario" };
    expect(rebaseSettings(before, after, draft)).toEqual({ ...after, year: 2019, method: "binario" });
    const texts = { ...textsOf(before), year: "2019", weightTolerance: "0,2" };
    expect(rebaseTexts(before, after, texts)).toEqual({ ...textsOf(after), year: "2019", weightTolerance: "0,2" });
  });

  it("never saves a mapping of its own: the one saved last is kept", () => {
    const read = readForm(before, textsOf(before));
    if (!read.ok) throw new Error(read.message);
    expect(withEditedElsewhere(read.settings, after).columns).toEqual({});
    expect(withEditedElsewhere(read.settings, after).year).toBeNull();
  });
});

describe("readForm: what the user typed, read and checked with the schema's messages", () => {
  const texts = textsOf(DEFAULT_ADDIN_SETTINGS);

  it("gives back the settings the form was opened with", () => {
    expect(texts).toEqual({
      method: "proporzionale",
      cap: "100%",
      minimumThreshold: "",
      bands: "",
      bandTables: "",
      "thresholds.yellow": "60",
      "thresholds.green": "80",
      rating: "",
      weightTolerance: "0,1",
      year: "",
    });
    expect(readForm(DEFAULT_ADDIN_SETTINGS, texts)).toEqual({ ok: true, settings: DEFAULT_ADDIN_SETTINGS });
  });

  it.each([
    [{ year: "2019" }, { year: 2019 }],
    [{ year: " " }, { year: null }],
    [{ "thresholds.yellow": "55,5", "thresholds.green": "85 %" }, { thresholds: { yellow: 0.555, green: 0.85 } }],
    [{ weightTolerance: "0,5" }, { weightTolerance: 0.005 }],
    [
      { method: "Proporzionale + rapporto", cap: "senza tetto" },
      { method: "proporzionale + rapporto", cap: null },
    ],
    [
      { minimumThreshold: "90", bands: "AdE", bandTables: "AdE = Fasce!A1:D5\nATER = 'Fasce ATER'!B2:E8" },
      {
        minimumThreshold: 0.9,
        bands: "AdE",
        bandTables: [
          { name: "AdE", sheet: "Fasce", range: "A1:D5" },
          { name: "ATER", sheet: "Fasce ATER", range: "B2:E8" },
        ],
      },
    ],
    [
      { rating: "A 95%; B 90%; E 0%" },
      {
        rating: [
          { letter: "A", min: 0.95 },
          { letter: "B", min: 0.9 },
          { letter: "E", min: 0 },
        ],
      },
    ],
  ])("%j → %j", (typed, settings) => {
    expect(readForm(DEFAULT_ADDIN_SETTINGS, { ...texts, ...typed })).toEqual({
      ok: true,
      settings: { ...DEFAULT_ADDIN_SETTINGS, ...settings },
    });
  });

  it.each([
    [
      { year: "19" },
      "year",
      "Valore non valido per «Anno dei piani pluriennali»: indicare un anno di quattro cifre tra 1900 e 9999, es. 2019.",
    ],
    [
      { "thresholds.green": "40" },
      "thresholds",
      "Valore non valido per «Soglie del semaforo (%)»: la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%).",
    ],
    [
      { "thresholds.yellow": "sessanta" },
      "thresholds",
      "Valore non valido per «Soglie del semaforo (%)»: indicare la soglia gialla e la verde in percentuale, es. 60 e 80.",
    ],
    [
      { weightTolerance: "20" },
      "weightTolerance",
      "Valore non valido per «Tolleranza sulla somma dei pesi (punti percentuali)»: indicare un numero tra 0 e 10 (punti percentuali), es. 0,1.",
    ],
  ])("%j is refused at the field %s: %s", (typed, key, message) => {
    expect(readForm(DEFAULT_ADDIN_SETTINGS, { ...texts, ...typed })).toEqual({ ok: false, key, message });
  });
});

describe("the live example under the rule fields, as the user types", () => {
  const texts = textsOf(DEFAULT_ADDIN_SETTINGS);
  it.each([
    [
      {},
      [
        "con questa regola 25,7 contro ≥ 25 dà 100,00%",
        "con questa regola 25,7 contro ≤ 25 dà 97,20%",
        "con questa regola 97 contro ≥ 100 dà 97,00%",
      ],
    ],
    [
      { method: "proporzionale + rapporto" },
      [
        "con questa regola 25,7 contro ≥ 25 dà 100,00%",
        "con questa regola 25,7 contro ≤ 25 dà 97,28%",
        "con questa regola 97 contro ≥ 100 dà 97,00%",
      ],
    ],
    [
      { cap: "senza tetto", minimumThreshold: "98" },
      [
        "con questa regola 25,7 contro ≥ 25 dà 102,80%",
        "con questa regola 25,7 contro ≤ 25 dà 0,00%",
        "con questa regola 97 contro ≥ 100 dà 0,00%",
      ],
    ],
    [
      { cap: "tetto?" },
      [
        "con questa regola 25,7 contro ≥ 25 dà 100,00%",
        "con questa regola 25,7 contro ≤ 25 dà 97,20%",
        "con questa regola 97 contro ≥ 100 dà 97,00%",
      ],
    ],
  ])("%j → %j", (typed, lines) => {
    expect(liveRuleExamples(DEFAULT_ADDIN_SETTINGS, { ...texts, ...typed })).toEqual(lines);
  });

  it("is shown in Impostazioni", () => {
    expect(render({ ...DEFAULT_ADDIN_SETTINGS, lowerIsBetter: "rapporto" })).toContain(
      "con questa regola 25,7 contro ≤ 25 dà 97,28%"
    );
  });
});
