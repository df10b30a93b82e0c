/** Labels the layout readers show (header names, generated names); problem texts live in src/engine/messages.ts. */

/** Field names as users read them in headers (for messages and the column mapping). */
export const FIELD_LABELS = {
  obiettivo: "Obiettivo",
  codice: "Codice",
  indicatore: "Indicatore",
  validazione: "Esito validazione",
  peso: "Peso",
  pesoObiettivo: "Peso obiettivo",
  direzione: "Direzione",
  target: "Target",
  consuntivo: "Consuntivo",
  performanceKpi: "Performance KPI",
  performanceObiettivo: "Performance Obiettivo",
  metodo: "Metodo",
  unita: "Unità di misura",
  stato: "Stato",
} as const;

/** A required column in messages: the objectives may come from the Obiettivo or the Codice column. */
export function requiredLabel(field: keyof typeof FIELD_LABELS): string {
  return field === "obiettivo" ? "Obiettivo (o Codice)" : FIELD_LABELS[field];
}

/** The name of an action the cards reader makes from a numbered group of KPI cards (layout 004). */
export const actionName = (n: string): string => `Azione ${n}`;

/** The layout a sheet was read as, first word of the reading's reason ("albero: intestazione alla riga 3 …"). */
export const LAYOUT_NAMES = {
  tabella: "tabella",
  albero: "albero",
  report: "relazione",
  cruscotto: "cruscotto",
  schede: "schede",
} as const;

/** What the layout looks like, said after what was recognised (src/layout/reading.ts). */
export const LAYOUT_SHAPES = {
  tabella: "una riga per KPI, l'obiettivo nella sua colonna",
  albero: "i KPI nelle righe sotto il loro obiettivo",
  report: "obiettivi e indicatori in una sola colonna",
  cruscotto: "una riga per KPI con i target di più anni",
  schede: "un blocco di celle per KPI, senza una riga d'intestazione",
} as const;

const listed = (items: readonly string[], max = 3): string =>
  items.length <= max ? items.join(", ") : `${items.slice(0, max).join(", ")} e altri ${items.length - max}`;

/** What a reader's detection recognised on a sheet (the reason of the reading), phrase by phrase. */
export const DETECTION_TEXT = {
  header: (row: number, headings: readonly string[]) => `intestazione alla riga ${row} (${headings.join(", ")})`,
  mapped: (fields: readonly string[]) => `colonne della mappatura (${fields.join(", ")})`,
  codes: (codes: readonly string[]) => `righe di obiettivo con codici ${listed(codes)}`,
  areas: (n: number) => `${n} ${n === 1 ? "riga di ambito strategico" : "righe di ambito strategico"}`,
  indicatorRows: (n: number) => `${n} ${n === 1 ? "riga di indicatore" : "righe di indicatore"}`,
  levels: (headings: readonly string[]) => `una colonna per livello (${headings.join(", ")})`,
  uncoded: "obiettivi senza codice sotto il primo livello",
  years: (years: readonly number[]) => `colonne degli anni ${years.join(", ")}`,
  groups: (n: number) => `${n} ${n === 1 ? "riga di obiettivo numerata" : "righe di obiettivo numerate"}`,
  missions: (n: number) => `${n} ${n === 1 ? "riga di missione" : "righe di missione"}`,
  cardLabels: (labels: readonly string[]) => `etichette di scheda (${listed(labels, 4)})`,
  indented: (column: string, rows: number) =>
    `livelli dal rientro dei nomi nella colonna ${column} (${rows} ${rows === 1 ? "riga" : "righe"}), senza codici`,
  cardObjectives: (n: number) => `${n} ${n === 1 ? "scheda di obiettivo" : "schede di obiettivo"}`,
} as const;

/** The reading's reason for sheets that no reader read, and for the sheet whose objectives joined another's. */
export const READER_REASONS = {
  mapped: "; colonne indicate nella mappatura",
  none: "nessuna intestazione di piano riconosciuta",
  linked: (sheet: string) => `obiettivi (codici, nomi e pesi) collegati ai KPI del foglio "${sheet}"`,
} as const;
