/** Italian texts of the recalculation pipeline (reading sheets, writing results). */
export const PIPELINE_MSG = {
  noPlan: () =>
    "Nessun piano della performance trovato: nessun foglio ha una tabella con le colonne Obiettivo (o Codice), Indicatore, Target e Consuntivo.",
  sheetNotFound: (sheet: string, available: string[]) =>
    `Il foglio "${sheet}" non esiste nella cartella di lavoro. Fogli presenti: ${available.map((n) => `"${n}"`).join(", ")}.`,
  sheetWithoutPlan: (sheet: string) => `Nel foglio "${sheet}" non è stato trovato un piano della performance.`,
  formulaKept: (cell: string, formula: string) =>
    `La cella ${cell} contiene una formula (${formula}): non è stata sovrascritta. Per sostituirla con il valore calcolato attivare "sovrascrivi formule" (riga di comando: --sovrascrivi-formule).`,
  columnMissing: (header: string) =>
    `Manca la colonna "${header}": i risultati non sono scritti nel foglio. Aggiungere la colonna alla tabella oppure attivare "aggiungi colonne mancanti" (riga di comando: --aggiungi-colonne).`,
  columnMissingNoHeader: (header: string) =>
    `Il foglio non ha una colonna "${header}" (layout senza intestazione, per esempio a schede): i risultati sono nel riepilogo e nel JSON, non nel foglio.`,
  columnAdded: (header: string, column: string) =>
    `Aggiunta la colonna "${header}" in ${column}, a destra della tabella.`,
  enteLabel: (sheets: number, mean: boolean) => (mean ? `Ente (media degli enti di ${sheets} fogli)` : "Ente"),
} as const;

/** The headers the pipeline writes when it adds the missing performance columns. */
export const HEADER_PERFORMANCE_KPI = "Performance KPI";
export const HEADER_PERFORMANCE_OBIETTIVO = "Performance Obiettivo";

/** Written in a performance cell whose figure is not available, as the custom function PERF.KPI returns. */
export const NOT_AVAILABLE_TEXT = "N.V.";

/** Number format of every percentage the pipeline writes. */
export const PERCENT_FORMAT = "0.00%";
