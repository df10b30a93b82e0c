import { Command } from "commander";
import { main } from "../../src/cli/main";
import { RULE_NAMES } from "../../src/engine/rules";
import { InputError } from "../../src/cli/messages";
import { combineSettings } from "../../src/cli/saved-settings";
import { addSettingOptions, CliCommand, settingsFromOptions } from "../../src/cli/setting-options";
import { SETTINGS_MSG } from "../../src/pipeline/settings-messages";
import { SETTING_ENTRIES } from "../../src/pipeline/settings-schema";
import { parseSettings } from "../../src/pipeline/workbook-settings";

async function help(command: CliCommand): Promise<string> {
  let out = "";
  const code = await main([command, "--help"], { out: (t) => (out += t), err: () => undefined });
  expect(code).toBe(0);
  // commander wraps long help lines: compare with the spaces folded.
  return out.replace(/\s+/g, " ");
}

function optionsOf(argv: string[], command: CliCommand = "ricalcola") {
  const cmd = addSettingOptions(new Command().exitOverride(), command);
  cmd.parse(argv, { from: "user" });
  return settingsFromOptions(cmd.opts(), ["Piano 2019"]);
}

describe("the command line's options come from the settings schema", () => {
  it.each(SETTING_ENTRIES.map((e) => [e.cli.flag, e.label, e.cli.only ?? "ricalcola, verifica"]))(
    "%s is offered with the pane's label «%s» (%s)",
    async (flag, label, only) => {
      const ricalcola = await help("ricalcola");
      const verifica = await help("verifica");
      expect(ricalcola).toContain(` ${flag} `);
      expect(ricalcola).toContain(label);
      expect(verifica.includes(` ${flag} `)).toBe(only !== "ricalcola");
    }
  );

  const CASES: [string[], Record<string, unknown>][] = [
    [["--metodo", "binario"], { method: "binario" }],
    [["--soglie", "50,90"], { thresholds: { yellow: 0.5, green: 0.9 } }],
    [["--tolleranza-pesi", "0,5"], { weightTolerance: 0.005 }],
    [["--consuntivo-vuoto", "ESCLUDI"], { emptyActual: "escludi" }],
    [["--scadenze-mancate", "zero"], { lateDeadline: "zero" }],
    [["--minore-meglio", "rapporto"], { lowerIsBetter: "rapporto" }],
    [["--anno", "2019"], { year: 2019 }],
    [["--foglio", "Piano 2019", "--foglio", "Cruscotto"], { sheets: ["Piano 2019", "Cruscotto"] }],
    [["--colonne", "target=F,consuntivo=G"], { columns: { "Piano 2019": { target: 5, consuntivo: 6 } } }],
    [["--intestazione", "4"], { headerRows: { "Piano 2019": 4 } }],
    [["--aggiungi-colonne"], { addMissingColumns: true }],
    [["--sovrascrivi-formule"], { overwriteFormulas: true }],
    [["--metodo", "proporzionale + senza tetto + rapporto"], { method: "proporzionale + senza tetto + rapporto" }],
    [["--tetto", "senza"], { cap: null }],
    [["--tetto", "120"], { cap: 1.2 }],
    [["--soglia-minima", "90%"], { minimumThreshold: 0.9 }],
    [["--fasce", "AdE"], { bands: "AdE" }],
    [["--tabelle-fasce", "AdE = Fasce!A1:D5"], { bandTables: [{ name: "AdE", sheet: "Fasce", range: "A1:D5" }] }],
    [["--soglie-strette", "verde"], { strictThresholds: "verde" }],
    [
      ["--livelli", "A 95%; B 90%; E 0%"],
      {
        rating: [
          { letter: "A", min: 0.95 },
          { letter: "B", min: 0.9 },
          { letter: "E", min: 0 },
        ],
      },
    ],
    [["--somma-pesi", "riproporziona"], { weightSum: "riproporziona" }],
  ];

  it.each(CASES)("%j → %j", (argv, settings) => {
    expect(optionsOf(argv)).toEqual(settings);
  });

  it.each<[string[], Record<string, unknown>]>([
    [["--intestazione", "2", "--intestazione", "Piano 2019!5"], { headerRows: { "Piano 2019": 5 } }],
    [["--intestazione", "Altro!3"], {}],
  ])("--intestazione for one sheet wins over every sheet's: %j → %j", (argv, settings) => {
    expect(optionsOf(argv)).toEqual(settings);
  });

  it("every setting is reachable from an option", () => {
    expect([...new Set(CASES.flatMap(([, s]) => Object.keys(s)))].sort()).toEqual(
      SETTING_ENTRIES.map((e) => e.key).sort()
    );
    expect(optionsOf([])).toEqual({});
  });

  it.each([
    [
      "--metodo",
      "lineare",
      `Metodo di calcolo sconosciuto: "lineare" (ammessi: ${RULE_NAMES.join(", ")}; si possono combinare con «+», es. «proporzionale + senza tetto + rapporto»)`,
    ],
    ["--consuntivo-vuoto", "forse", "valori ammessi: zero, escludi, errore, non-calcolato"],
    ["--tetto", "90", "indicare un punteggio massimo tra 100 e 1000 (per cento), es. 120, oppure «senza tetto»"],
    ["--soglie-strette", "sempre", "valori ammessi: nessuna, verde, tutte"],
    ["--scadenze-mancate", "mai", "valori ammessi: lineare-fine-anno, zero"],
    ["--soglie", "80,60", "la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%)"],
    ["--tolleranza-pesi", "20", "indicare un numero tra 0 e 10 (punti percentuali), es. 0,1"],
    ["--anno", "19", "indicare un anno di quattro cifre tra 1900 e 9999, es. 2019"],
  ])("%s %j is refused with the schema's message", (flag, text, detail) => {
    const run = () => optionsOf([flag, text], "verifica");
    expect(run).toThrow(InputError);
    expect(run).toThrow(SETTINGS_MSG.invalidOption(flag, text, detail));
    expect(SETTINGS_MSG.invalidOption(flag, text, detail)).toBe(
      `Valore non valido per ${flag} ("${text}"): ${detail}.`
    );
  });
});

describe("saved settings under the command line's options", () => {
  const saved = parseSettings({ year: 2019, addMissingColumns: true, method: "binario" }).settings;

  it("the year and the missing columns saved by the pane are used, and said", () => {
    expect(combineSettings(saved, {})).toEqual({
      settings: expect.objectContaining({ year: 2019, addMissingColumns: true, method: "binario" }),
      fromFile: ["metodo: binario", "anno: 2019", "aggiungi colonne: sì"],
    });
  });

  it("an option given wins over the file, and the file's value is no longer said", () => {
    const { settings, fromFile } = combineSettings(saved, optionsOf(["--anno", "2020", "--metodo", "proporzionale"]));
    expect(settings).toMatchObject({ year: 2020, method: "proporzionale", addMissingColumns: true });
    expect(fromFile).toEqual(["aggiungi colonne: sì"]);
  });
});
