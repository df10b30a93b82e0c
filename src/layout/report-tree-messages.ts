/** Italian texts of the report-tree reader (layout 003: objectives and indicators in one column). */
export const REPORT_MSG = {
  kpiOutsideObjective: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: l'indicatore non sta sotto nessun obiettivo (manca sopra di esso una riga con codice e nome dell'obiettivo). Non è calcolato.`,
  ambiguousRow: (sheet: string, nameCell: string, weightCell: string) =>
    `Foglio "${sheet}", riga ${nameCell.replace(/^[A-Z]+/, "")}: c'è un peso (${weightCell}) ma né target né consuntivo, e il nome in ${nameCell} non inizia con un codice obiettivo. ` +
    `Non si capisce se sia un obiettivo o un indicatore: aggiungere il codice (es. "01_02 ...") o il target. Gli indicatori che seguono non sono calcolati fino al prossimo obiettivo con codice.`,
  areaWithoutCode: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: l'ambito strategico non ha codice e gli obiettivi sotto di esso non lo indicano (es. "01_02" sta sotto "01"). Aggiungere il codice all'ambito.`,
  areaCodeMismatch: (sheet: string, cell: string, code: string, area: string) =>
    `Foglio "${sheet}", cella ${cell}: l'obiettivo ${code} sta sotto l'ambito ${area} ma il suo codice indica un altro ambito: è collegato all'ambito che il codice indica.`,
} as const;
