/** Every Italian text the layout readers produce, in one place. */

/** "Obiettivo (A3), Target (F3)" — header cells named with their address. */
export type NamedCell = { label: string; cell: string };
const list = (cells: readonly NamedCell[]): string => cells.map((c) => `${c.label} (${c.cell})`).join(", ");
const fieldList = (labels: readonly string[]): string =>
  labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} e ${labels[labels.length - 1]}`;

export const LAYOUT_MSG = {
  mappingIncomplete: (sheet: string, missing: string[]) =>
    `Foglio "${sheet}": l'intestazione non è riconosciuta e la mappatura delle colonne non basta. Indicare anche: ${missing.join(", ")}.`,
  missingColumns: (sheet: string, headerRow: number, missing: string[], found: NamedCell[]) =>
    `Nel foglio "${sheet}" l'intestazione alla riga ${headerRow} non ha ${missing.length === 1 ? "la colonna" : "le colonne"} ${fieldList(missing)}` +
    (found.length > 0 ? ` (colonne riconosciute: ${list(found)})` : "") +
    `: il piano non può essere letto. Rinominare le intestazioni o indicare le colonne nella mappatura.`,
  looksLikePlan: (sheet: string, found: NamedCell[], missing: string[]) =>
    `Il foglio "${sheet}" sembra contenere un piano (${list(found)}) ma non è stato letto: ` +
    `${missing.length === 1 ? "manca la colonna" : "mancano le colonne"} ${fieldList(missing)}. Indicare le colonne nella mappatura.`,
  performanceColumnsMissing: (sheet: string, missing: string[], where: string) =>
    `Nel foglio "${sheet}" ${missing.length === 1 ? "manca la colonna" : "mancano le colonne"} ${fieldList(missing)} ` +
    `(${where}): i risultati possono essere scritti in nuove colonne a destra della tabella.`,
  weightUnreadable: (text: string) =>
    `Peso non leggibile: "${text}". Atteso un valore come 50%, 0,5, 50 oppure "50% >=".`,
  directionUnreadable: (text: string) =>
    `Direzione non leggibile: "${text}". Ammessi >=, <=, =, crescente, decrescente.`,
  directionConflict: (chosen: string, chosenCell: string, other: string, otherCell: string) =>
    `Direzioni in conflitto: ${chosen} in ${chosenCell} e ${other} in ${otherCell}. Il KPI non è calcolato: correggere una delle due celle.`,
  kpiBeforeObjective: (name: string) =>
    `Il KPI "${name}" precede il primo obiettivo del foglio: non appartiene a nessun obiettivo e non è calcolato.`,
  objectiveWithoutCode: (text: string, owner: string) =>
    `L'obiettivo "${text}" non ha un codice (es. "A.1.2 ..."): il KPI della riga è attribuito a ${owner}, l'obiettivo precedente. ` +
    `Aggiungere il codice per farne un obiettivo a sé.`,
  noObjectiveAtAll: (sheet: string, count: number) =>
    `Nel foglio "${sheet}" ci sono ${count} KPI ma nessun obiettivo con codice (es. "A.1 ..." nella colonna Obiettivo): i KPI non sono calcolati.`,
  emptyPlan: (sheet: string, headerRow: number) =>
    `Nel foglio "${sheet}" l'intestazione alla riga ${headerRow} non è seguita da obiettivi né da KPI.`,
  readerFailed: (sheet: string, detail: string) =>
    `Errore imprevisto nella lettura del foglio "${sheet}" (${detail}): il foglio non è stato letto. Segnalare il problema allo sviluppo.`,
  objectiveFiguresIgnored: (code: string, cells: string) =>
    `La riga dell'obiettivo ${code} ha valori in ${cells} ma nessun indicatore: i valori sono ignorati. ` +
    `Scrivere il nome dell'indicatore nella colonna Indicatore per farne un KPI.`,
  unclassifiedRow: (row: number, cells: string) =>
    `La riga ${row} contiene valori (${cells}) ma né un obiettivo con codice né un indicatore: la riga è ignorata.`,
  parentMissing: (code: string, declared: string, used: string | null) =>
    used
      ? `L'obiettivo ${code} dovrebbe stare sotto ${declared}, che non compare nel foglio: è collegato a ${used}.`
      : `L'obiettivo ${code} dovrebbe stare sotto ${declared}, che non compare nel foglio: è trattato come area di primo livello.`,
  hiddenRowsRead: (sheet: string, rows: number[]) =>
    `Nel foglio "${sheet}" ${rows.length === 1 ? "la riga nascosta" : "le righe nascoste"} ` +
    `${rows.length > 10 ? `${rows.slice(0, 10).join(", ")} e altre ${rows.length - 10}` : rows.join(", ")} ` +
    `${rows.length === 1 ? "fa" : "fanno"} parte del piano e ${rows.length === 1 ? "è stata letta" : "sono state lette"}.`,
  targetYearMissing: (year: number, used: string) =>
    `Nessuna colonna Target per l'anno ${year}: si usa la colonna ${used}.`,
  generatedCodes: (sheet: string, codes: readonly { code: string; cell: string }[]) =>
    `Nel foglio "${sheet}" programmi e obiettivi operativi non hanno un codice: il codice è generato dalla posizione nel foglio ` +
    `(codice del livello superiore e numero d'ordine, es. 1.1 = primo programma dell'obiettivo 1, 1.1.2 = secondo obiettivo operativo del programma 1.1): ` +
    `${codes.map((c) => `${c.code} = ${c.cell}`).join(", ")}. Spostare o inserire righe cambia i codici generati.`,
  noActualColumn: (sheet: string, targetCell: string) =>
    `Nel foglio "${sheet}" non c'è una colonna Consuntivo (intestazione Target in ${targetCell}): gli indicatori sono letti con i loro target ` +
    `ma non possono essere valutati. Aggiungere una colonna "Consuntivo" accanto al Target per calcolare la performance.`,
  nodesWithoutIndicators: (sheet: string, nodes: readonly { code: string; cell: string }[]) =>
    `Nel foglio "${sheet}" ${nodes.length === 1 ? "questo elemento non ha indicatori e non è valutato" : "questi elementi non hanno indicatori e non sono valutati"}: ` +
    `${nodes.map((n) => `${n.code} (${n.cell})`).join(", ")}.`,
  targetMissing: (name: string) => `L'indicatore "${name}" non ha un target: non può essere valutato.`,
  targetUnreadable: (text: string) =>
    `Target non leggibile: "${text}". Atteso un valore come 100%, 15,00%, 1.587,10, 31/12/2019, ">= 6", "<= 40gg", "si".`,
  levelYearUnknown: (sheet: string, year: number) =>
    `Nel foglio "${sheet}" l'anno del piano non è indicato (né nelle impostazioni, né nel nome del foglio, né nelle scadenze dei target): ` +
    `si considera il ${year} per le note "Eliminato ..." e per i messaggi sui target. Indicare l'anno nelle impostazioni.`,
  levelIndicatorOutsideObjective: (name: string) =>
    `L'indicatore "${name}" non sta sotto nessun obiettivo (colonne degli obiettivi vuote sopra di esso): non è calcolato.`,
} as const;

/** Field names as users read them in headers (for messages). */
export const FIELD_LABELS = {
  obiettivo: "Obiettivo",
  codice: "Codice",
  indicatore: "Indicatore",
  validazione: "Esito validazione",
  peso: "Peso",
  direzione: "Direzione",
  target: "Target",
  consuntivo: "Consuntivo",
  performanceKpi: "Performance KPI",
  performanceObiettivo: "Performance Obiettivo",
  metodo: "Metodo",
  unita: "Unità di misura",
  stato: "Stato",
} as const;

/** A required column in messages: the objectives may come from the Obiettivo or the Codice column. */
export function requiredLabel(field: keyof typeof FIELD_LABELS): string {
  return field === "obiettivo" ? "Obiettivo (o Codice)" : FIELD_LABELS[field];
}
