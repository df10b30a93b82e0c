import { DEFAULT_SETTINGS } from "../engine/settings";
import { SETTING_LABELS } from "../engine/messages";
import { AnySetting, boolean, choice, columns, headerRows, percent, sheets, thresholds, year } from "./settings-kinds";
import { PipelineSettings } from "./types";

/**
 * Every setting once: saved in the workbook under `key`, shown in the task pane's Impostazioni with
 * `label` and `help` (in this order), offered on the command line as `cli`. The settings saved in the
 * workbook, the command line's options and the pane's fields are all derived from this list: a new
 * setting is one entry here plus the engine code that uses it. The engine keeps its own defaults.
 */
export const SETTINGS = [
  choice({
    key: "method",
    name: "metodo",
    label: "Metodo di calcolo",
    help: "Proporzionale: la performance di un KPI cresce con il consuntivo fino al target. Binario: 100% se il target è raggiunto, altrimenti 0%.",
    default: DEFAULT_SETTINGS.method,
    options: [
      { value: "proporzionale", label: "Proporzionale" },
      { value: "binario", label: "Binario (raggiunto / non raggiunto)" },
    ],
    cli: { flag: "--metodo", arg: "<metodo>" },
  }),
  thresholds({
    key: "thresholds",
    name: "soglie",
    label: "Soglie del semaforo (%)",
    help: "Dalla soglia gialla l'obiettivo è parzialmente raggiunto, dalla verde è raggiunto.",
    default: DEFAULT_SETTINGS.thresholds,
    cli: { flag: "--soglie", arg: "<gialla,verde>" },
  }),
  percent({
    key: "weightTolerance",
    name: "tolleranza pesi",
    label: "Tolleranza sulla somma dei pesi (punti percentuali)",
    help: "Di quanto la somma dei pesi dei figli di un nodo può scostarsi da 100% senza che sia segnalata.",
    default: DEFAULT_SETTINGS.weightTolerance,
    max: 0.1,
    cli: { flag: "--tolleranza-pesi", arg: "<punti>" },
  }),
  choice({
    key: "emptyActual",
    name: "consuntivo vuoto",
    label: "Consuntivo vuoto",
    help: "Un KPI il cui consuntivo è vuoto vale 0% (misurazione mancante) oppure non entra nella media.",
    default: DEFAULT_SETTINGS.emptyActual,
    options: [
      { value: "zero", label: "Vale 0% (misurazione mancante)" },
      { value: "escludi", label: "Escluso dal calcolo" },
    ],
    cli: { flag: "--consuntivo-vuoto", arg: "<regola>" },
  }),
  choice({
    key: "lateDeadline",
    name: "scadenze mancate",
    label: "Scadenza mancata (metodo proporzionale)",
    help: "Un risultato consegnato dopo la scadenza perde performance in modo lineare fino al 31/12, oppure vale 0%.",
    default: DEFAULT_SETTINGS.lateDeadline,
    options: [
      { value: "lineare-fine-anno", label: "Riduzione lineare fino al 31/12" },
      { value: "zero", label: "Vale 0%" },
    ],
    cli: { flag: "--scadenze-mancate", arg: "<regola>" },
  }),
  choice({
    key: "lowerIsBetter",
    name: "minore è meglio",
    label: "Più basso è meglio, consuntivo oltre il target",
    help: "Per un indicatore da tenere basso che supera il target: 1 − scostamento / target, oppure target / consuntivo.",
    default: DEFAULT_SETTINGS.lowerIsBetter,
    options: [
      { value: "scostamento", label: "1 − scostamento / target" },
      { value: "rapporto", label: "Target / consuntivo" },
    ],
    cli: { flag: "--minore-meglio", arg: "<regola>" },
  }),
  year({
    key: "year",
    name: "anno",
    label: SETTING_LABELS.year,
    help: "L'anno dei target da valutare nei piani con più anni (cruscotti, schede con un target per anno). Vuoto: l'anno del nome del foglio o delle scadenze, altrimenti l'ultimo anno del piano.",
    default: null,
    toPipeline: (v) => v ?? undefined,
    cli: { flag: "--anno", arg: "<aaaa>" },
  }),
  sheets({
    key: "sheets",
    name: "fogli",
    label: "Fogli da ricalcolare",
    help: "Nessuno selezionato: tutti i fogli con un piano.",
    default: [],
    toPipeline: (v) => (v.length > 0 ? [...v] : undefined),
    cli: { flag: "--foglio", arg: "<nome>" },
  }),
  columns({
    key: "columns",
    name: "colonne",
    label: "Mappatura delle colonne per il foglio",
    help: "Per i fogli la cui intestazione non viene riconosciuta.",
    default: {},
    toPipeline: (v) => (Object.keys(v).length > 0 ? v : undefined),
    cli: { flag: "--colonne", arg: "<mappatura>" },
  }),
  headerRows({
    key: "headerRows",
    name: "intestazione",
    label: "Riga d'intestazione per il foglio",
    help: "Per i fogli la cui intestazione non viene trovata, o sta sotto un titolo che la somiglia: il numero della riga con i nomi delle colonne.",
    default: {},
    toPipeline: (v) => (Object.keys(v).length > 0 ? v : undefined),
    cli: { flag: "--intestazione", arg: "<riga>" },
  }),
  boolean({
    key: "addMissingColumns",
    name: "aggiungi colonne",
    label: SETTING_LABELS.addColumns,
    help: "Se il foglio non ha le colonne Performance KPI e Performance Obiettivo, le aggiunge nelle prime colonne libere a destra della tabella.",
    default: false,
    cli: { flag: "--aggiungi-colonne", only: "ricalcola" },
  }),
  choice({
    key: "overwriteFormulas",
    name: "celle con formule",
    label: SETTING_LABELS.formulas,
    help: "Una cella di performance che contiene una formula dell'utente viene lasciata com'è, sostituita, oppure si chiede ogni volta.",
    default: null,
    options: [
      { value: null, word: "chiedi", label: "Chiedi ogni volta" },
      { value: false, word: "mantieni", label: "Mantieni le formule" },
      { value: true, word: "sovrascrivi", label: "Sovrascrivi con il valore calcolato" },
    ],
    toPipeline: (v) => v === true,
    cli: { flag: "--sovrascrivi-formule", sets: true, only: "ricalcola" },
  }),
] as const;

export type SettingEntry = (typeof SETTINGS)[number];

/** The settings saved in the workbook: one field per schema entry. */
export type AddInSettings = { -readonly [E in SettingEntry as E["key"]]: E["default"] };

// Every pipeline setting has its entry: a setting the engine gains without one fails to compile here.
type Unlisted = Exclude<keyof PipelineSettings, SettingEntry["key"]>;
export const EVERY_PIPELINE_SETTING_LISTED: [Unlisted] extends [never] ? true : Unlisted = true;

/** The entries as the edges walk them, one kind at a time. */
export const SETTING_ENTRIES: readonly AnySetting[] = SETTINGS;
