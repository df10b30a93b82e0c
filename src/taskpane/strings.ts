/**
 * The task pane's Italian texts that are not settings or problem messages (those come from the settings
 * schema and the problem registry). Counts agree with their noun: "1 segnalazione", "2 segnalazioni".
 */

/** "1 cella", "3 celle", "nessuna cella" when zero is given a word. */
export function count(n: number, one: string, many: string, none?: string): string {
  if (n === 0 && none) return none;
  return `${n.toLocaleString("it-IT")} ${n === 1 ? one : many}`;
}

export const T = {
  title: "Albero della performance",
  demoBadge: "Modalità dimostrativa",
  recalc: "Ricalcola",
  recalcLong: "Ricalcola l'albero e scrive le performance nel foglio",
  undo: "Annulla",
  undoLong: "Annulla l'ultimo ricalcolo",
  more: "Altre azioni",
  verify: "Verifica senza scrivere",
  reading: "Come è stato letto il foglio",
  cancel: "Interrompi",
  dismiss: "Chiudi il messaggio",
  tabsLabel: "Sezioni del riquadro",
  tabTree: "Albero",
  tabWeights: "Verifica pesi",
  tabSettings: "Impostazioni",
  emptyTree:
    "Premere «Ricalcola» per calcolare la performance di indicatori, obiettivi, aree ed ente dai fogli del piano.",
  loading: "Caricamento…",
  // tree
  treeLabel: "Albero della performance",
  search: "Cerca per codice o nome",
  onlyRed: "Solo rossi",
  toAssess: "Da valutare",
  noMatch: "Nessun elemento corrisponde ai filtri.",
  why: "Perché?",
  copyForOiv: "Copia per l'OIV",
  copied: "Spiegazione copiata negli appunti.",
  copyFailed: "Impossibile copiare negli appunti: selezionare il testo e copiarlo a mano.",
  goToCell: "Vai alla cella",
  noTraceEnte:
    "La performance dell'ente è la media di quella dei fogli: il calcolo passo per passo è sotto ciascun foglio.",
  // verification
  weightsHeading: "Pesi",
  weightsAllOk: "Tutti i pesi sommano a 100%.",
  otherHeading: "Altre segnalazioni",
  otherNone: "Nessun'altra segnalazione.",
  verifyIntro: "La verifica legge i fogli e controlla pesi e celle senza scrivere nulla.",
  weightSum: "Somma",
  weightDiff: "Differenza",
  weightOk: "Corretto",
  weightWrong: "Da correggere",
  noWeight: "senza peso",
  // undo
  undoDialogTitle: "Celle modificate dopo il ricalcolo",
  undoKeep: "Annulla e mantieni le modifiche",
  undoRestoreAll: "Ripristina anche queste celle",
  undoStop: "Non annullare",
  // settings
  unsavedTitle: "Impostazioni non salvate",
  unsavedText: "Le modifiche alle impostazioni non sono state salvate.",
  unsavedSave: "Salva",
  unsavedDiscard: "Scarta le modifiche",
  unsavedStay: "Resta nelle impostazioni",
  savedRecalc:
    "Impostazioni salvate. L'albero mostra ancora i valori calcolati con le impostazioni precedenti: ricalcolare per applicarle.",
  saved: "Impostazioni salvate nella cartella di lavoro.",
  // column mappings in Impostazioni (edited in "Come è stato letto il foglio")
  mappingWhere:
    "Si indica e si corregge in «Come è stato letto il foglio», che mostra intestazione e contenuto di ogni colonna.",
  mappingNone: "Nessuna mappatura salvata: le colonne sono riconosciute dall'intestazione e dal contenuto.",
  mappingListLabel: "Mappature salvate",
  mappingMissingSheet: "La cartella non ha più un foglio con questo nome.",
  mappingEdit: "Modifica",
  mappingEditLabel: (sheet: string) => `Modifica la mappatura del foglio ${sheet}`,
  mappingRemove: "Rimuovi",
  mappingRemoveLabel: (sheet: string) => `Rimuovi la mappatura del foglio ${sheet}`,
  mappingOpenReading: "Apri «Come è stato letto il foglio»",
  mappingRemoveTitle: "Rimuovere la mappatura?",
  mappingRemoveText: (sheet: string) =>
    `La mappatura delle colonne del foglio ${sheet} sarà tolta dalle impostazioni della cartella. Dal prossimo ricalcolo le colonne del foglio saranno riconosciute dall'intestazione e dal contenuto.`,
  mappingRemoveConfirm: "Rimuovi la mappatura",
  mappingRemoveKeep: "Non rimuovere",
  mappingRemoveFailed: (sheet: string, reason: string) =>
    `Impossibile rimuovere la mappatura del foglio ${sheet}: ${reason}`,
  // fresh figures
  staleTitle: "Cifre non aggiornate",
  staleText:
    "Il piano è stato modificato dopo l'ultimo ricalcolo: ricalcolare per aggiornare l'albero e le performance nel foglio.",
  // fixes
  openMapping: "Apri la mappatura delle colonne",
  openSettings: "Apri le impostazioni",
  openVerify: "Vedi le segnalazioni",
} as const;

export function cellsWord(cells: readonly string[]): string {
  return cells.length === 1 ? `cella ${cells[0]}` : `celle ${cells.join(", ")}`;
}
