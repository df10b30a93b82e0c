/** Every Italian text the worksheet functions produce, in one place (engine texts stay in src/engine). */
export const FN_MSG = {
  excelError: (arg: string, code: string) =>
    `L'argomento ${arg} contiene un errore di Excel (${code}): correggere prima la cella di origine.`,
  notSingleCell: (arg: string, rows: number, cols: number) =>
    `L'argomento ${arg} deve essere una sola cella, non un intervallo di ${rows}×${cols} celle.`,
  notFinite: (arg: string) => `L'argomento ${arg} non è un numero valido.`,
  notText: (arg: string, value: string) => `L'argomento ${arg} deve essere un testo, trovato ${value}.`,
  unknownKind: (text: string) => `Tipo "${text}" non riconosciuto (ammessi: numero, data, sìno).`,
  kindExpected: (arg: string, kind: string, expected: string, value: string) =>
    `Con tipo "${kind}" l'argomento ${arg} deve essere ${expected}: trovato ${value}.`,
  invalidDateSerial: (arg: string, value: string) => `L'argomento ${arg} (${value}) non è una data valida di Excel.`,
  directionUnreadable: (value: string) =>
    `Direzione non riconosciuta: ${value} (ammesse: >=, >, ≥, <=, <, ≤, = oppure una cella peso come "50% >=").`,
  directionConflict: (fromArg: string, fromTarget: string) =>
    `Direzione in conflitto: l'argomento direzione indica ${fromArg}, il target ${fromTarget}.`,
  directionMissing: (value: string) =>
    `Direzione mancante: l'argomento direzione (${value}) non contiene >=, <= o =, e nemmeno il target.`,
  dateNumberHint: () =>
    `Se target o consuntivo sono date in celle formattate come data, indicare tipo "data" (Excel passa le date come numeri).`,
  kpiPrefix: (message: string) => `PERF.KPI: ${message}`,

  rangeEmpty: (arg: string) => `L'intervallo ${arg} è vuoto: nessun valore da calcolare.`,
  rangesMismatch: (a: string, aRows: number, aCols: number, b: string, bRows: number, bCols: number) =>
    `Gli intervalli ${a} (${aRows}×${aCols}) e ${b} (${bRows}×${bCols}) devono avere le stesse dimensioni.`,
  twoColumnsExpected: (cols: number) =>
    `Con un solo argomento l'intervallo deve avere due colonne (pesi | performance): ne ha ${cols}.`,
  excelErrorAt: (arg: string, where: string, code: string) =>
    `L'intervallo ${arg} contiene un errore di Excel (${code}) alla ${where}: correggere prima la cella di origine.`,
  unsupportedValue: (arg: string) =>
    `L'argomento ${arg} contiene un valore che non è un numero, un testo o VERO/FALSO.`,
  notARange: (arg: string) => `L'argomento ${arg} deve essere un intervallo di celle con righe della stessa lunghezza.`,
  weightUnreadable: (arg: string, where: string, value: string) =>
    `Peso non leggibile (intervallo ${arg}, ${where}): ${value} (atteso es. 50%, 0,5, 50 o "50% >=").`,
  performanceUnreadable: (arg: string, where: string, value: string) =>
    `Performance non leggibile (intervallo ${arg}, ${where}): ${value} (attesa una percentuale, es. 87,72% o 0,8772, oppure "N.V.").`,
  performanceOutOfRange: (arg: string, where: string, value: string) =>
    `Performance fuori scala (intervallo ${arg}, ${where}): ${value} (attesa tra 0% e 100%).`,
  partialWeights: (where: string[]) =>
    `Manca il peso alla ${where.join(", ")} mentre le altre righe ne hanno uno: indicare tutti i pesi o nessuno.`,
  objectivePrefix: (message: string) => `PERF.OBIETTIVO: ${message}`,
  weightsPrefix: (message: string) => `PERF.PESI: ${message}`,

  singlePerformanceUnreadable: (value: string) =>
    `Performance non leggibile: ${value} (attesa una percentuale, es. 87,72% o 0,8772, oppure "N.V.").`,
  singlePerformanceOutOfRange: (value: string) => `Performance fuori scala: ${value} (attesa tra 0% e 100%).`,
  thresholdUnreadable: (arg: string, value: string) =>
    `Soglia non leggibile (${arg}): ${value} (attesa una percentuale tra 0% e 100%, es. 60% o 0,6).`,
  lightPrefix: (message: string) => `PERF.SEMAFORO: ${message}`,
  unknownStatusKind: (value: string) => `Tipo ${value} non riconosciuto (ammessi: "obiettivo" o "kpi").`,
  statusPrefix: (message: string) => `PERF.STATO: ${message}`,

  blanksUnreadable: (fn: string, where: string) =>
    `${fn}: impossibile verificare se le celle con 0 di ${where} sono vuote (Excel non ha risposto). Ricalcolare.`,
} as const;
