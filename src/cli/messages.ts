/** Italian texts of the command line. */
export const CLI_MSG = {
  fileMissing: (file: string) => `Il file "${file}" non esiste.`,
  notAFile: (file: string) => `"${file}" non è un file.`,
  notXlsx: (file: string) =>
    `Il file "${file}" non è una cartella di lavoro Excel .xlsx (sono supportati solo i file .xlsx e .xlsm; i vecchi .xls vanno salvati come .xlsx).`,
  encrypted: (file: string) =>
    `Il file "${file}" è protetto da password (cifrato): aprirlo in Excel, togliere la password (File > Informazioni > Proteggi cartella di lavoro) e salvarlo di nuovo.`,
  corrupt: (file: string, detail: string) =>
    `Il file "${file}" non si può leggere come cartella di lavoro Excel: è danneggiato o non è un .xlsx (${detail}).`,
  unreadable: (file: string, detail: string) => `Il file "${file}" non si può leggere: ${detail}.`,
  cannotWrite: (file: string, detail: string) => `Impossibile salvare "${file}": ${detail}.`,
  sameAsInput: (file: string) =>
    `Il file di uscita coincide con quello di ingresso ("${file}"): il file originale non viene mai modificato. Indicare un altro nome con -o.`,
  noPlan: (file: string) =>
    `Nel file "${file}" non è stato trovato un piano della performance: nessun foglio ha una tabella con le colonne Obiettivo (o Codice), Indicatore, Target e Consuntivo. Indicare le colonne con --colonne.`,
  badThresholds: (text: string) =>
    `Soglie non valide: "${text}". Scrivere la gialla e la verde in percentuale, es. --soglie 60,80.`,
  badMethod: (text: string) => `Metodo non valido: "${text}" (ammessi: proporzionale, binario).`,
  badEmptyRule: (text: string) => `Valore non valido per --consuntivo-vuoto: "${text}" (ammessi: zero, escludi).`,
  badYear: (text: string) => `Anno non valido: "${text}" (es. --anno 2019).`,
  badColumns: (text: string, detail: string) => `Mappatura delle colonne non valida: "${text}" (${detail}).`,
  badColumnsFile: (file: string, detail: string) =>
    `Il file di mappatura delle colonne "${file}" non è valido: ${detail}.`,
  cellError: (file: string, where: string, message: string) => `Errore nel file "${file}", ${where}: ${message}`,
  savedDespiteErrors: (out: string) =>
    `Il file "${out}" è stato salvato comunque: le celle dei KPI e degli obiettivi con errori riportano "N.V.".`,
  savedWithoutSheets: (out: string, sheets: string[]) =>
    `Il file "${out}" è stato salvato comunque, senza i risultati ${sheets.length === 1 ? "del foglio" : "dei fogli"} ${sheets.map((s) => `"${s}"`).join(", ")}, che non ${sheets.length === 1 ? "è stato letto" : "sono stati letti"}: anche la performance dell'ente non ne tiene conto.`,
  savedSettingsUnreadable: () =>
    "Le impostazioni del componente aggiuntivo salvate nella cartella di lavoro non sono leggibili: uso i valori predefiniti e le opzioni indicate.",
  settingsFromFile: (items: string[]) => `Impostazioni lette dalla cartella di lavoro: ${items.join(", ")}.`,
  settingsWarning: (text: string) => `Avviso: ${text}`,
  nothingWritten: (out: string) =>
    `Nessun risultato scritto nel foglio (mancano le colonne di performance): la copia "${out}" contiene gli stessi dati dell'originale. ` +
    `Aggiungere le colonne Performance KPI e Performance Obiettivo o ricalcolare con --aggiungi-colonne.`,
  outputNotXlsx: (out: string) =>
    `Il file di uscita "${out}" deve avere l'estensione .xlsx (la copia è sempre una cartella di lavoro .xlsx).`,
  outputDirMissing: (out: string, dir: string) =>
    `Impossibile salvare "${out}": la cartella "${dir}" non esiste (crearla prima o indicare un'altra cartella con -o).`,
  outputIsDir: (out: string) =>
    `Impossibile salvare "${out}": è una cartella. Indicare il nome del file di uscita, es. -o risultati.xlsx.`,
  outputReplaced: (out: string) =>
    `Avviso: il file "${out}" esisteva già ed è stato sostituito con il nuovo ricalcolo.`,
  saved: (out: string) => `Risultati salvati in "${out}" (il file originale non è stato modificato).`,
  verifyOk: () => "Verifica completata: nessun errore.",
  verifyErrors: (count: number) => `Verifica completata: ${count} ${count === 1 ? "errore" : "errori"} da correggere.`,
  codeNotFound: (code: string, file: string) =>
    `Nessun KPI, obiettivo o area con il codice "${code}" nel file "${file}". Indicare un codice come compare nel foglio (es. KPI301, A.1.1) oppure "ente".`,
  unexpected: (detail: string) => `Errore imprevisto: ${detail}. Segnalarlo con il file che lo provoca.`,
} as const;

/** Exit codes: 0 done, 1 the plan has errors (verifica), 2 bad input. */
export const EXIT_OK = 0;
export const EXIT_PLAN_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;

/** An input the command line cannot work with: printed as its Italian message, exit code 2, no stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
