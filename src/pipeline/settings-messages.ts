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
  method: (names: readonly string[]) =>
    `indicare un metodo (${names.join(", ")}), anche combinato con «+», es. «proporzionale + senza tetto + rapporto»`,
  cap: () => "indicare un punteggio massimo tra 100 e 1000 (per cento), es. 120, oppure «senza tetto»",
  minimumThreshold: () => "indicare una percentuale maggiore di 0 e fino a 100, es. 90, oppure lasciare vuoto",
  bandsName: () => "indicare il nome di una tabella delle fasce, oppure lasciare vuoto",
  bandTable: (line: string) =>
    `${line === "" ? "attese" : `"${line}" non è una tabella delle fasce: attese`} righe come «AdE = Fasce!A1:D5» (nome = foglio!intervallo), separate da «;» o a capo`,
  bandTableTwice: (name: string) => `la tabella delle fasce "${name}" è indicata due volte`,
  rating: () => "attesa una scala di livelli come «A 95%; B 90%; C 80%; D 70%; E 0%»",
  headerRows: () => "atteso il numero della riga d'intestazione (es. 4, oppure Foglio1!4)",
  noText: () => "questa impostazione non si scrive come testo",
  /** A value typed in the task pane. */
  invalidField: (label: string, detail: string) => `Valore non valido per «${label}»: ${detail}.`,
  /** A value given to a command line option. */
  invalidOption: (flag: string, text: string, detail: string) =>
    `Valore non valido per ${flag} ("${text}"): ${detail}.`,
  unreadable: () => "Impostazioni salvate nel file non leggibili: uso i valori predefiniti.",
  fallback: (name: string) => `Impostazione "${name}" non valida nel file: uso il valore predefinito.`,
} as const;
