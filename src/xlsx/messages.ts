/** Italian texts of the package reader and writer (the details of a refused file); the reading problems are in the registry. */
export const XLSX_MSG = {
  noZipEnd: () => "l'archivio ZIP è incompleto o troncato",
  zip64: () => "l'archivio ZIP usa il formato ZIP64, non supportato per le cartelle di lavoro",
  badCentral: (index: number) => `la voce n. ${index + 1} della directory centrale dell'archivio ZIP è danneggiata`,
  badLocal: (name: string) => `l'intestazione della parte "${name}" nell'archivio ZIP è danneggiata`,
  encryptedEntry: (name: string) => `la parte "${name}" dell'archivio ZIP è cifrata`,
  unknownMethod: (name: string, method: number) =>
    `la parte "${name}" è compressa con un metodo non supportato (${method})`,
  badData: (name: string) => `i dati compressi della parte "${name}" sono danneggiati`,
  crcMismatch: (name: string) =>
    `il controllo di integrità (CRC) della parte "${name}" non corrisponde: il contenuto è stato alterato o danneggiato`,
  missingPart: (name: string) => `manca la parte "${name}" indicata dal pacchetto`,
  missingSheet: (sheet: string, part: string) => `manca la parte "${part}" del foglio "${sheet}"`,
  badXml: (name: string, detail: string) => `la parte "${name}" non è XML valido (${detail})`,
  ods: () =>
    "è un foglio di calcolo OpenDocument (.ods, LibreOffice/OpenOffice): aprirlo e salvarlo come cartella di lavoro Excel (.xlsx)",
  docx: () => "è un documento di Word (.docx), non una cartella di lavoro Excel",
  pptx: () => "è una presentazione di PowerPoint (.pptx), non una cartella di lavoro Excel",
  notWorkbookZip: () => "è un archivio ZIP che non contiene una cartella di lavoro Excel",
  sharedFormulaMaster: (sheet: string, cell: string, dependents: string) =>
    `Impossibile sostituire la formula della cella ${cell} del foglio "${sheet}": è la formula condivisa da cui dipendono le celle ${dependents}. ` +
    "Sostituirla a mano in Excel o ricalcolare senza --sovrascrivi-formule.",
} as const;

/** A package the reader or writer cannot work with; `message` is the Italian detail. */
export class PackageError extends Error {
  /** "formato": a file of another kind (OpenDocument, Word...); "danneggiato": a damaged package. */
  constructor(
    message: string,
    readonly kind: "danneggiato" | "formato" = "danneggiato"
  ) {
    super(message);
    this.name = "PackageError";
  }
}

/** Italian texts of the command line's input and output handling added with the package reader and writer. */
export const IO_MSG = {
  otherFormat: (file: string, detail: string) => `Il file "${file}" ${detail}.`,
  outputExtension: (out: string, ext: string) =>
    `Il file di uscita "${out}" deve avere l'estensione ${ext}, come il file di ingresso (una cartella di lavoro con macro resta .xlsm).`,
  sameAsInputLink: (out: string, input: string) =>
    `Il file di uscita "${out}" è lo stesso file di "${input}" (un collegamento): il file originale non viene mai modificato. Indicare un altro nome con -o.`,
  locked: (out: string) =>
    `Un altro ricalcolo sta salvando "${out}" in questo momento: attendere che finisca e riprovare (se nessun ricalcolo è in corso, eliminare il file "${out}.lock").`,
  mappingFromWorkbook: () =>
    "La mappatura delle colonne viene dalle impostazioni salvate nella cartella di lavoro dal riquadro attività: correggerla nel riquadro o indicare le colonne con --colonne.",
} as const;
