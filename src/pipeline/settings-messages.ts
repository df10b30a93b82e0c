/** Italian texts of the settings schema: why a value cannot be used, and the sentences that frame it. */
export const SETTINGS_MSG = {
  choice: (words: string[]) => `valori ammessi: ${words.join(", ")}`,
  percent: (max: string) => `indicare un numero tra 0 e ${max} (punti percentuali), es. 0,1`,
  thresholdsText: () => "indicare la soglia gialla e la verde in percentuale, es. 60,80",
  thresholdsFields: () => "indicare la soglia gialla e la verde in percentuale, es. 60 e 80",
  thresholds: () => "la soglia gialla deve essere minore della verde, entrambe tra 0% e 150% (es. 60% e 80%)",
  year: (min: number, max: number) => `indicare un anno di quattro cifre tra ${min} e ${max}, es. 2019`,
  boolean: () => "atteso sì o no",
  sheets: () => "attesi i nomi dei fogli",
  columns: () => "attesa una mappatura delle colonne per foglio",
  headerRows: () => "atteso il numero della riga d'intestazione (es. 4, oppure Foglio1!4)",
  noText: () => "questa impostazione non si scrive come testo",
  /** A value typed in the task pane. */
  invalidField: (label: string, detail: string) => `Valore non valido per «${label}»: ${detail}.`,
  /** A value given to a command line option. */
  invalidOption: (flag: string, text: string, detail: string) => `Valore non valido per ${flag} ("${text}"): ${detail}.`,
  unreadable: () => "Impostazioni salvate nel file non leggibili: uso i valori predefiniti.",
  fallback: (name: string) => `Impostazione "${name}" non valida nel file: uso il valore predefinito.`,
} as const;
