/** Italian texts of the KPI-card reader (layout 004: "nome indicatore", "target annuale", "peso indicatore" ...). */
export const CARDS_MSG = {
  noActual: (sheet: string) =>
    `Foglio "${sheet}": nelle schede non c'è nessun valore "Consuntivo" (né una riga "consuntivo" nelle schede KPI né una colonna Consuntivo nelle tabelle "KPI associati"). ` +
    `Gli indicatori sono letti ma non possono essere valutati.`,
  kpiWithoutName: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: la scheda KPI non ha il "nome indicatore". L'indicatore non è letto.`,
  kpiOutsideObjective: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: la scheda KPI non sta sotto nessun "Obiettivo strategico" o "Obiettivo operativo". Non è calcolata.`,
  nameFromAlgorithm: (sheet: string, cell: string, text: string) =>
    `Foglio "${sheet}", cella ${cell}: la scheda KPI non ha il "nome indicatore"; l'indicatore è chiamato con il suo algoritmo di calcolo "${text}".`,
  objectiveWithoutName: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: "Obiettivo operativo" senza nome. Gli indicatori che seguono sono attribuiti a un obiettivo chiamato con la cella.`,
  yearMissing: (sheet: string, cell: string, year: number, text: string) =>
    `Foglio "${sheet}", cella ${cell}: il target "${text}" non indica il ${year}. L'indicatore non fa parte del piano ${year} e non è calcolato.`,
  targetNote: (text: string, read: string) =>
    `Target "${text}": letto ${read}; il testo tra parentesi è considerato una nota.`,
  actionName: (n: string) => `Azione ${n}`,
} as const;
