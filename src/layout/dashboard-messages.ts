/** Italian texts of the multi-year dashboard reader (layout 002) and of the year choice shared with the cards (004). */
export const DASHBOARD_MSG = {
  yearNotInSheet: (sheet: string, year: number, years: number[]) =>
    `Foglio "${sheet}": l'anno ${year} non è tra gli anni del piano (${years.join(", ")}). Scegliere uno di questi anni nelle impostazioni.`,
  yearDefaulted: (sheet: string, year: number, years: number[]) =>
    `Foglio "${sheet}": anno non indicato, si usano i target del ${year} (anni presenti: ${years.join(", ")}). Per un altro anno indicarlo nelle impostazioni.`,
  noActualColumn: (sheet: string, year: number) =>
    `Foglio "${sheet}": nessuna colonna "Consuntivo ${year}". Gli indicatori sono letti con i target del ${year} ma non possono essere valutati: ` +
    `aggiungere una colonna "Consuntivo ${year}" accanto agli anni per calcolare la performance.`,
  actualColumnWithoutYear: (sheet: string, cell: string, year: number) =>
    `Foglio "${sheet}", cella ${cell}: la colonna Consuntivo non indica l'anno; è attribuita al ${year}, l'anno scelto.`,
  ratioTarget: (text: string, year: number) =>
    `Target ${year} "${text}" relativo all'anno precedente: il consuntivo da inserire è il rapporto tra il valore dell'anno e quello dell'anno precedente (es. 1,05), non il valore assoluto.`,
  baselineTarget: (text: string, year: number) =>
    `Target ${year} "${text}": il ${year} è l'anno di rilevazione del valore di partenza, senza target da raggiungere. L'indicatore non entra nella media.`,
  comparisonTarget: (text: string, year: number) =>
    `Target ${year} "${text}": confronto con il valore di un anno precedente, che il foglio non riporta. L'indicatore va valutato a mano e non entra nella media.`,
  scheduleTarget: (text: string, year: number) =>
    `Target ${year} "${text}": rispetto di una tempistica descritta in un allegato. L'indicatore va valutato a mano e non entra nella media.`,
  benchmarkTarget: (text: string, year: number) =>
    `Target ${year} "${text}": confronto con un valore esterno (media del cluster, benchmark) che il foglio non riporta. L'indicatore va valutato a mano e non entra nella media.`,
  textTarget: (text: string, year: number) =>
    `Target ${year} "${text}": descrizione senza un valore numerico. L'indicatore va valutato a mano e non entra nella media.`,
  eliminated: (note: string, year: number) =>
    `Indicatore eliminato secondo la nota "${note}": non fa parte del piano ${year} e non è calcolato.`,
  indicatorOutsideGroup: (sheet: string, cell: string) =>
    `Foglio "${sheet}", cella ${cell}: l'indicatore non sta sotto nessun obiettivo (manca sopra una riga "1. Nome obiettivo" con gli anni). Non è calcolato.`,
  emptyYear: (sheet: string, year: number) =>
    `Foglio "${sheet}": nessun indicatore ha un target per il ${year}.`,
} as const;
