import { DEFAULT_SETTINGS } from "../engine/settings";
import { SETTING_LABELS } from "../engine/messages";
import { RULE_NAMES } from "../engine/rules";
import { bandTablesText, bandsText, capText, methodText, minimumThresholdText, ratingText } from "./rule-settings";
import {
  AnySetting,
  boolean,
  choice,
  columns,
  percent,
  sheets,
  text,
  thresholds,
  year,
  headerRows,
} from "./settings-kinds";
import { PipelineSettings } from "./types";

/**
 * Every setting once: saved in the workbook under `key`, shown in the task pane's Impostazioni with
 * `label` and `help` (in this order), offered on the command line as `cli`. The settings saved in the
 * workbook, the command line's options and the pane's fields are all derived from this list: a new
 * setting is one entry here plus the engine code that uses it. The engine keeps its own defaults.
 */
export const SETTINGS = [
  text({
    key: "method",
    name: "metodo",
    label: "Metodo di calcolo",
    help: `Proporzionale: la performance di un KPI cresce con il consuntivo fino al target. Binario: 100% se il target è raggiunto, altrimenti 0%. Si possono combinare le regole (${RULE_NAMES.join(", ")}) con «+», es. «proporzionale + senza tetto + rapporto»; la colonna Metodo di un KPI vale per quel KPI.`,
    default: DEFAULT_SETTINGS.method,
    ...methodText,
    placeholder: "proporzionale",
    rule: true,
    cli: { flag: "--metodo", arg: "<metodo>" },
  }),
  text({
    key: "cap",
    name: "tetto",
    label: "Tetto del punteggio di un KPI (%)",
    help: "Il punteggio massimo di un KPI e dei KPI di collegamento: 100 (predefinito), un valore più alto (es. 120) o «senza tetto», con cui 25,7 contro ≥ 25 dà 102,80%.",
    default: DEFAULT_SETTINGS.cap,
    ...capText,
    placeholder: "100",
    rule: true,
    cli: { flag: "--tetto", arg: "<percentuale|senza>" },
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
  text({
    key: "minimumThreshold",
    name: "soglia minima",
    label: "Soglia minima del KPI (%)",
    help: "Sotto la soglia il KPI vale 0% (con 90: 87,73% diventa 0%, 90% resta 90%). Vuoto: nessuna soglia.",
    default: DEFAULT_SETTINGS.minimumThreshold,
    ...minimumThresholdText,
    placeholder: "es. 90",
    rule: true,
    cli: { flag: "--soglia-minima", arg: "<percentuale>" },
  }),
  text({
    key: "bands",
    name: "fasce",
    label: "Tabella delle fasce per tutti i KPI",
    help: "Il nome di una delle tabelle delle fasce qui sotto: il risultato di ogni KPI (dopo tetto e soglia) diventa il punteggio della sua fascia. Vuoto: nessuna. Un KPI può indicarne una nella colonna Metodo («fasce NOME»).",
    default: DEFAULT_SETTINGS.bands,
    ...bandsText,
    placeholder: "es. AdE",
    rule: true,
    cli: { flag: "--fasce", arg: "<nome>" },
  }),
  text({
    key: "bandTables",
    name: "tabelle delle fasce",
    label: "Tabelle delle fasce",
    help: "Una per riga: nome = foglio!intervallo, es. «AdE = Fasce!A1:D5». Colonne dell'intervallo: Da, A, Punteggio, Punteggio fino a (facoltativo, punteggio proporzionale dentro la fascia).",
    default: [],
    ...bandTablesText,
    placeholder: "AdE = Fasce!A1:D5",
    multiline: true,
    cli: { flag: "--tabelle-fasce", arg: "<nome=Foglio!A1:D5;...>" },
  }),
  choice({
    key: "emptyActual",
    name: "consuntivo vuoto",
    label: "Consuntivo vuoto",
    help: "Un KPI il cui consuntivo è vuoto vale 0% (misurazione mancante), non entra nella media, è un errore bloccante, oppure lascia il suo obiettivo non calcolato (DA VALUTARE).",
    default: DEFAULT_SETTINGS.emptyActual,
    options: [
      { value: "zero", label: "Vale 0% (misurazione mancante)" },
      { value: "escludi", label: "Escluso dal calcolo" },
      { value: "errore", label: "Errore bloccante" },
      { value: "non-calcolato", label: "Obiettivo non calcolato (DA VALUTARE)" },
    ],
    cli: { flag: "--consuntivo-vuoto", arg: "<regola>" },
  }),
  thresholds({
    key: "thresholds",
    name: "soglie",
    label: "Soglie del semaforo (%)",
    help: "Dalla soglia gialla l'obiettivo è parzialmente raggiunto, dalla verde è raggiunto.",
    default: DEFAULT_SETTINGS.thresholds,
    cli: { flag: "--soglie", arg: "<gialla,verde>" },
  }),
  choice({
    key: "strictThresholds",
    name: "soglie strette",
    label: "Soglie del semaforo: valore uguale alla soglia",
    help: "Un risultato pari alla soglia la raggiunge (predefinito), oppure conta solo sopra la soglia: «raggiunto se superiore al 90%».",
    default: DEFAULT_SETTINGS.strictThresholds,
    options: [
      { value: "nessuna", label: "Raggiunge la soglia (≥)" },
      { value: "verde", label: "Verde solo sopra la soglia verde (>)" },
      { value: "tutte", label: "Verde e giallo solo sopra le soglie (>)" },
    ],
    cli: { flag: "--soglie-strette", arg: "<regola>" },
  }),
  text({
    key: "rating",
    name: "livelli",
    label: "Livelli a lettere",
    help: "Lettera e soglia minima dal livello migliore, es. «A 95%; B 90%; C 80%; D 70%; E 0%»: il livello compare accanto alla performance. Vuoto: nessun livello.",
    default: DEFAULT_SETTINGS.rating,
    ...ratingText,
    placeholder: "A 95%; B 90%; C 80%; D 70%; E 0%",
    cli: { flag: "--livelli", arg: "<scala>" },
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
    key: "weightSum",
    name: "somma dei pesi",
    label: "Pesi che non sommano a 100%",
    help: "Un errore da correggere (predefinito), oppure i pesi sono riproporzionati a 100% con un avviso che indica il fattore di conversione.",
    default: DEFAULT_SETTINGS.weightSum,
    options: [
      { value: "errore", label: "Errore da correggere" },
      { value: "riproporziona", label: "Riproporzionati a 100% (avviso)" },
    ],
    cli: { flag: "--somma-pesi", arg: "<regola>" },
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
    editedIn: "lettura",
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
