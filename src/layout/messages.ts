/** Labels the layout readers show (header names, generated names); problem texts live in src/engine/messages.ts. */

/** Field names as users read them in headers (for messages and the column mapping). */
export const FIELD_LABELS = {
  obiettivo: "Obiettivo",
  codice: "Codice",
  indicatore: "Indicatore",
  validazione: "Esito validazione",
  peso: "Peso",
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

/** Why a reader took a sheet, as the reading tells it (src/layout/reading.ts). */
export const READER_REASONS = {
  tabella: "tabella: una riga per KPI, l'obiettivo (con il suo codice) nella sua colonna",
  albero: "albero: righe di obiettivo con il codice, i loro KPI nelle righe sotto",
  report: "relazione: obiettivi e indicatori in una sola colonna, gli obiettivi riconosciuti dal codice",
  cruscotto: "cruscotto: una riga per KPI con i target di più anni",
  schede: "schede: un blocco di celle per KPI, senza una riga d'intestazione",
  indented:
    "albero senza codici: aree, obiettivi e KPI in una colonna di nomi, il livello di ogni riga dal suo rientro (le righe con target o consuntivo sono KPI)",
  mapped: "; colonne indicate nella mappatura",
  none: "nessuna intestazione di piano riconosciuta",
  linked: (sheet: string) => `obiettivi (codici, nomi e pesi) collegati ai KPI del foglio "${sheet}"`,
} as const;
