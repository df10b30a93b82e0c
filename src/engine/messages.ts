/**
 * Every Italian text of a problem, whichever layer finds it (engine, layout readers, pipeline), in one
 * place as HyperFormula keeps error-message.ts; src/engine/problem-codes.ts ties each text to its code.
 * A text never names the sheet or the cell the problem carries: the CLI line and the task pane item
 * print the location once, in front of it.
 */
import { formatItalianNumber, formatPercentIt } from "./italian-number";

/** The settings a message sends the user to, named as the task pane's Impostazioni and the command line name them. */
export const SETTING_LABELS = {
  year: "Anno dei piani pluriennali",
  addColumns: "Aggiungi le colonne di performance mancanti",
  formulas: "Celle di performance con formule scritte a mano",
} as const;

const SET_YEAR = `Impostazioni → «${SETTING_LABELS.year}» (riga di comando: --anno)`;
const SET_ADD_COLUMNS = `Impostazioni → «${SETTING_LABELS.addColumns}» (riga di comando: --aggiungi-colonne)`;
const SET_OVERWRITE = `Impostazioni → «${SETTING_LABELS.formulas}», «Sovrascrivi con il valore calcolato» (riga di comando: --sovrascrivi-formule)`;

/** "Obiettivo (A3), Target (F3)" — header cells named with their address. */
export type NamedCell = { label: string; cell: string };
const list = (cells: readonly NamedCell[]): string => cells.map((c) => `${c.label} (${c.cell})`).join(", ");
const fieldList = (labels: readonly string[]): string =>
  labels.length <= 1 ? labels.join("") : `${labels.slice(0, -1).join(", ")} e ${labels[labels.length - 1]}`;
const columns = (labels: readonly string[]): string =>
  `${labels.length === 1 ? "la colonna" : "le colonne"} ${fieldList(labels)}`;

/** Why a target is one no rule scores: the engine's own words, or what a dashboard reader recognised (layout 002). */
export type UnscorableReason =
  | "nessuna-regola"
  | "escluso"
  | { nature: "rilevazione" | "confronto" | "tempistica" | "benchmark" | "testo"; year: number };

/** The layouts whose readers report a KPI outside any objective, each with its own hint. */
export type OrphanLayout = "schede" | "cruscotto" | "relazione";

/** The notices of an empty consuntivo; the blocking mode is its own error code. */
export type EmptyActualNotice = "zero" | "escludi" | "non-calcolato";

/** Why one band of a table cannot be used. */
export type BandFault = "punteggio" | "invertita" | "vuota" | "aperta";
const BAND_FAULTS: Record<BandFault, string> = {
  punteggio: "il punteggio deve essere una percentuale non negativa.",
  invertita: "il limite inferiore è maggiore di quello superiore.",
  vuota: "i due limiti coincidono e almeno uno è escluso: la fascia non contiene alcun valore.",
  aperta: "un punteggio proporzionale («dal 60% all'80%») richiede entrambi i limiti della fascia.",
};

/** Which results a band table leaves without a score (bounds already formatted, "90%"). */
export type BandGap =
  | { kind: "tra"; from: string; to: string }
  | { kind: "punto"; at: string }
  | { kind: "sotto"; from: string }
  | { kind: "sopra"; to: string; cap: string | null };

/** Why a scale of rating letters cannot be used. */
export type RatingFault = "vuota" | "ordine" | "fondo" | { part: string };
const RATING_FAULTS: Record<Exclude<RatingFault, object>, string> = {
  vuota: "indicare almeno un livello (es. «A 95%; B 90%; C 80%; D 70%; E 0%»).",
  ordine: "le soglie devono scendere strettamente dal primo all'ultimo livello.",
  fondo: "l'ultimo livello deve partire da 0%, altrimenti i risultati più bassi non hanno livello.",
};

export const MSG = {
  // scoring a KPI (engine)
  targetMissing: () => "Target mancante: la performance non può essere calcolata.",
  targetUnreadable: (text: string) =>
    `Target non leggibile: ${text}. Atteso un valore come 100%, 15,00%, 1.587,10, 31/12/2019, ">= 6", "<= 40gg", "si".`,
  targetUnscorable: (text: string, reason: UnscorableReason) => {
    if (reason === "nessuna-regola")
      return `Target non calcolabile automaticamente: "${text}" (nessuna regola lo converte in un numero; va valutato a mano).`;
    if (reason === "escluso")
      return `Target non calcolabile automaticamente: "${text}". Il KPI è escluso dalla media e va valutato a mano.`;
    const y = reason.year;
    switch (reason.nature) {
      case "rilevazione":
        return `Target ${y} "${text}": il ${y} è l'anno di rilevazione del valore di partenza, senza target da raggiungere. L'indicatore non entra nella media.`;
      case "confronto":
        return `Target ${y} "${text}": confronto con il valore di un anno precedente, che il foglio non riporta. L'indicatore va valutato a mano e non entra nella media.`;
      case "tempistica":
        return `Target ${y} "${text}": rispetto di una tempistica descritta in un allegato. L'indicatore va valutato a mano e non entra nella media.`;
      case "benchmark":
        return `Target ${y} "${text}": confronto con un valore esterno (media del cluster, benchmark) che il foglio non riporta. L'indicatore va valutato a mano e non entra nella media.`;
      case "testo":
        return `Target ${y} "${text}": descrizione senza un valore numerico. L'indicatore va valutato a mano e non entra nella media.`;
    }
  },
  ratioTarget: (text: string, year: number) =>
    `Target ${year} "${text}" relativo all'anno precedente: il consuntivo da inserire è il rapporto tra il valore dell'anno e quello dell'anno precedente (es. 1,05), non il valore assoluto.`,
  actualUnreadable: (text: string) =>
    `Consuntivo non leggibile: ${text}. Atteso un numero, una percentuale, una data o sì/no.`,
  actualUnavailable: (text: string) =>
    `Consuntivo non disponibile ("${text}"): il KPI è escluso dalla media dell'obiettivo e i pesi degli altri sono riproporzionati.`,
  actualEmpty: (mode: EmptyActualNotice) =>
    mode === "escludi"
      ? "Consuntivo vuoto: il KPI è escluso dal calcolo per impostazione."
      : mode === "non-calcolato"
        ? "Consuntivo vuoto: per impostazione l'obiettivo di questo KPI non è calcolato (DA VALUTARE) ed è escluso dalla media del livello superiore."
        : "Consuntivo vuoto: il KPI vale 0% (misurazione mancante).",
  actualEmptyBlocking: () =>
    "Consuntivo vuoto: per impostazione è un errore bloccante; l'obiettivo non è calcolato finché il consuntivo non è inserito.",
  directionMissing: () => "Direzione mancante (>=, <=, =): indicarla nel Peso, nel Target o in una colonna Direzione.",
  kindMismatch: (mismatch: "percentuale" | { target: string; actual: string }) =>
    mismatch === "percentuale"
      ? "Target in percentuale e consuntivo come numero (o viceversa): verificare l'unità di misura."
      : `Target e consuntivo non sono confrontabili: target ${mismatch.target}, consuntivo ${mismatch.actual}.`,
  unknownMethod: (text: string, allowed: string) =>
    `Metodo di calcolo sconosciuto: "${text}" (ammessi: ${allowed}; si possono combinare con «+», es. «proporzionale + senza tetto + rapporto»).`,
  conflictingRules: (a: string, b: string) =>
    `Regole in conflitto nello stesso metodo: «${a}» e «${b}». Indicarne una sola.`,
  capInvalid: (text: string) =>
    `Tetto non valido: "${text}". Il tetto è il punteggio massimo e non può essere sotto 100% (es. «tetto 120%»).`,
  thresholdInvalid: (text: string) =>
    `Soglia minima non valida: "${text}". Indicare una percentuale tra 0% e 100% (es. «soglia minima 90%»).`,
  unknownBandTable: (name: string, known: string[]) =>
    known.length === 0
      ? `Tabella delle fasce "${name}" sconosciuta: nessuna tabella delle fasce è definita nelle impostazioni.`
      : `Tabella delle fasce "${name}" sconosciuta (definite: ${known.join(", ")}).`,
  unboundedRatio: () =>
    "Con la regola target / consuntivo e senza tetto, un consuntivo pari a 0 (o negativo) darebbe un punteggio infinito: indicare un tetto (es. «tetto 120%») o usare «scostamento».",
  bandTableUnusable: (name: string, first: string) =>
    `La tabella delle fasce ${name} ha errori e non può essere usata: ${first}`,
  outsideBands: (name: string, value: string) =>
    `Il valore ${value} non ricade in nessuna fascia della tabella ${name}.`,

  // band tables and rating letters (settings)
  unknownDefaultBands: (name: string, known: string[]) =>
    `Le impostazioni applicano la tabella delle fasce "${name}", che non è definita${known.length > 0 ? ` (definite: ${known.join(", ")})` : ""}: nessun KPI è calcolato con le fasce finché non viene definita.`,
  bandCellUnreadable: (name: string, what: string, text: string) =>
    `Tabella delle fasce ${name}: ${what} non leggibile ("${text}"). Scrivere un numero o una percentuale, con un operatore se serve (es. «< 90», «>= 131», «60%»).`,
  bandSheetMissing: (name: string, available: string[]) =>
    `La tabella delle fasce ${name} rimanda a un foglio che non esiste nella cartella di lavoro (fogli presenti: ${available.map((n) => `"${n}"`).join(", ")}). Correggere Impostazioni → «Tabelle delle fasce» (riga di comando: --tabelle-fasce).`,
  bandsEmpty: (name: string) =>
    `La tabella delle fasce ${name} è vuota: indicare almeno una fascia (da, a, punteggio).`,
  bandInvalid: (name: string, band: string, fault: BandFault) =>
    `Fascia «${band}» della tabella ${name} non valida: ${BAND_FAULTS[fault]}`,
  bandDecreasing: (name: string, band: string) =>
    `Fascia «${band}» della tabella ${name}: il punteggio diminuisce dentro la fascia; deve crescere con il risultato.`,
  bandsOverlap: (name: string, a: string, b: string) =>
    `Le fasce «${a}» e «${b}» della tabella ${name} si sovrappongono: un risultato in comune avrebbe due punteggi.`,
  bandsUncovered: (name: string, gap: BandGap) => {
    switch (gap.kind) {
      case "tra":
        return `La tabella delle fasce ${name} non copre i risultati tra ${gap.from} e ${gap.to}: aggiungere una fascia o estendere quelle vicine.`;
      case "punto":
        return `La tabella delle fasce ${name} non copre il risultato ${gap.at}: entrambe le fasce lo escludono.`;
      case "sotto":
        return `La tabella delle fasce ${name} non copre i risultati sotto ${gap.from} (da 0% in su).`;
      case "sopra":
        return gap.cap === null
          ? `La tabella delle fasce ${name} non copre i risultati oltre ${gap.to}, possibili perché non c'è un tetto.`
          : `La tabella delle fasce ${name} non copre i risultati tra ${gap.to} e il tetto di ${gap.cap}.`;
    }
  },
  bandsNotMonotone: (name: string, a: string, b: string) =>
    `Le fasce «${a}» e «${b}» della tabella ${name} non sono in ordine: il punteggio della seconda parte più in basso di dove finisce la prima (un risultato migliore avrebbe un punteggio minore).`,
  ratingInvalid: (fault: RatingFault) =>
    `Scala dei livelli non valida: ${typeof fault === "object" ? `"${fault.part}" non è un livello: scrivere la lettera e la soglia minima, es. «B 90%».` : RATING_FAULTS[fault]}`,

  // weights and the tree (engine)
  weightsNot100: (code: string, sum: number) => `I pesi di ${code} sommano a ${formatPercentIt(sum)} invece di 100%.`,
  weightsPartial: (code: string) =>
    `Solo alcuni elementi di ${code} hanno un peso: la performance non è calcolata, perché un peso mancante non viene indovinato. Indicare il peso di tutti gli elementi o di nessuno.`,
  weightsReproportioned: (code: string, sum: number, factor: number) =>
    `I pesi di ${code} sommano a ${formatPercentIt(sum)}: riproporzionati a 100% con fattore di conversione ${formatItalianNumber(factor, 4)}.`,
  linkUnknownCode: (code: string) => `Il KPI di collegamento rimanda a "${code}", che non esiste nel piano.`,
  linkCycle: (path: string[]) => `Collegamento circolare tra obiettivi: ${path.join(" → ")}.`,
  linkNoChildren: (code: string) =>
    `Il KPI di collegamento di ${code} non ha obiettivi figli da cui prendere la media.`,
  parentUnknown: (code: string, parent: string) =>
    `L'obiettivo ${code} dovrebbe stare sotto ${parent}, che non esiste nel piano: trattato come area di primo livello.`,
  duplicateCode: (code: string) => `Il codice ${code} compare in più righe: le righe successive sono unite alla prima.`,
  noAvailableKpi: (code: string) => `Nessun KPI disponibile per ${code}: performance da valutare.`,
  blockedByError: (code: string) =>
    `La performance di ${code} non è calcolata: correggere prima gli errori dei suoi KPI o dei suoi figli.`,
  enteBlocked: () =>
    "La performance dell'ente non è calcolata: un'area o un obiettivo ha errori da correggere (vedere gli errori sopra).",

  // reading a sheet (layout)
  mappingIncomplete: (missing: string[]) =>
    `L'intestazione non è riconosciuta e la mappatura delle colonne non basta. Indicare anche: ${missing.join(", ")}.`,
  missingColumns: (headerRow: number, missing: string[], found: NamedCell[]) =>
    `L'intestazione alla riga ${headerRow} non ha ${columns(missing)}` +
    (found.length > 0 ? ` (colonne riconosciute: ${list(found)})` : "") +
    `: il piano non può essere letto. Rinominare le intestazioni o indicare le colonne nella mappatura.`,
  looksLikePlan: (found: NamedCell[], missing: string[]) =>
    `Il foglio sembra contenere un piano (${list(found)}) ma non è stato letto: ` +
    `${missing.length === 1 ? "manca la colonna" : "mancano le colonne"} ${fieldList(missing)}. Indicare le colonne nella mappatura.`,
  weightUnreadable: (text: string) =>
    `Peso non leggibile: "${text}". Atteso un valore come 50%, 0,5, 50 oppure "50% >=".`,
  directionUnreadable: (text: string) =>
    `Direzione non leggibile: "${text}". Ammessi >=, <=, =, ↑, ↓, crescente, decrescente, massimizzare, minimizzare, "maggiore è meglio", "minore è meglio".`,
  directionConflict: (chosen: string, chosenCell: string, other: string, otherCell: string) =>
    `Direzioni in conflitto: ${chosen} in ${chosenCell} e ${other} in ${otherCell}. Il KPI non è calcolato: correggere una delle due celle.`,
  kpiWithoutObjective: (v: { count: number } | { name: string; before: boolean }) =>
    "count" in v
      ? `Ci sono ${v.count} KPI ma nessun obiettivo con codice (es. "A.1 ..." nella colonna Obiettivo): i KPI non sono calcolati.`
      : v.before
        ? `Il KPI "${v.name}" precede il primo obiettivo del foglio: non appartiene a nessun obiettivo e non è calcolato.`
        : `L'indicatore "${v.name}" non sta sotto nessun obiettivo (colonne degli obiettivi vuote sopra di esso): non è calcolato.`,
  kpiOutsideObjective: (layout: OrphanLayout) => {
    switch (layout) {
      case "schede":
        return `La scheda KPI non sta sotto nessun "Obiettivo strategico" o "Obiettivo operativo". Non è calcolata.`;
      case "cruscotto":
        return `L'indicatore non sta sotto nessun obiettivo (manca sopra una riga "1. Nome obiettivo" con gli anni). Non è calcolato.`;
      case "relazione":
        return `L'indicatore non sta sotto nessun obiettivo (manca sopra di esso una riga con codice e nome dell'obiettivo). Non è calcolato.`;
    }
  },
  linkedSheets: (objectivesSheet: string, count: number) =>
    `I ${count} obiettivi del foglio "${objectivesSheet}" (codici, nomi e pesi) sono collegati ai KPI di questo foglio tramite i codici.`,
  kpiList: (count: number) =>
    `Il foglio non ha una colonna Obiettivo (o Codice): ${count === 1 ? "il KPI è letto" : `i ${count} KPI sono letti`} come un solo obiettivo, con il nome del foglio. ` +
    `Se i KPI appartengono a obiettivi diversi, aggiungere la colonna Obiettivo o indicarla nella mappatura.`,
  mappingContradicted: (letter: string, label: string, count: number, others: string[]) =>
    `La colonna ${letter}, indicata nella mappatura come «${label}», ha ${count} celle che non possono esserlo (questa${others.length > 0 ? `, ${others.join(", ")}` : ""}${count > others.length + 1 ? " e altre" : ""}): ` +
    `controllare la mappatura, forse spostata di una colonna.`,
  instructionSheet: () =>
    `Il foglio contiene istruzioni e una tabella di esempio: non è letto come piano. Per leggerlo, indicarne le colonne nella mappatura.`,
  placeholderKpis: (rows: number[]) =>
    `${rows.length === 1 ? `La riga ${rows[0]} è un segnaposto` : `Le righe ${rows.slice(0, 10).join(", ")}${rows.length > 10 ? ` e altre ${rows.length - 10}` : ""} sono segnaposto`} ` +
    `(KPI "non definito" o con peso 0 e senza target né consuntivo): ${rows.length === 1 ? "è esclusa" : "sono escluse"} dal calcolo.`,
  objectiveNotRecognised: (text: string, kpis: number) =>
    `"${text}" sembra un obiettivo, ma il codice non è riconosciuto (es. "A.2 …", "01.02 …"): ` +
    `${kpis === 1 ? "il KPI sotto questa riga non è calcolato" : `i ${kpis} KPI sotto questa riga non sono calcolati`}, e nemmeno l'obiettivo precedente, a cui non vanno attribuiti. ` +
    `Correggere il codice o indicare la riga d'intestazione e le colonne nella mappatura.`,
  objectiveWithoutCode: (text: string, owner: string) =>
    `L'obiettivo "${text}" non ha un codice (es. "A.1.2 ..."): il KPI della riga è attribuito a ${owner}, l'obiettivo precedente. ` +
    `Aggiungere il codice per farne un obiettivo a sé.`,
  objectiveFiguresIgnored: (code: string, cells: string) =>
    `La riga dell'obiettivo ${code} ha valori in ${cells} ma nessun indicatore: i valori sono ignorati. ` +
    `Scrivere il nome dell'indicatore nella colonna Indicatore per farne un KPI.`,
  unclassifiedRow: (cells: string) =>
    `La riga contiene valori (${cells}) ma né un obiettivo con codice né un indicatore: la riga è ignorata.`,
  parentMissing: (code: string, declared: string, used: string | null) =>
    used
      ? `L'obiettivo ${code} dovrebbe stare sotto ${declared}, che non compare nel foglio: è collegato a ${used}.`
      : `L'obiettivo ${code} dovrebbe stare sotto ${declared}, che non compare nel foglio: è trattato come area di primo livello.`,
  hiddenRowsRead: (rows: number[]) =>
    `${rows.length === 1 ? "La riga nascosta" : "Le righe nascoste"} ` +
    `${rows.length > 10 ? `${rows.slice(0, 10).join(", ")} e altre ${rows.length - 10}` : rows.join(", ")} ` +
    `${rows.length === 1 ? "fa" : "fanno"} parte del piano e ${rows.length === 1 ? "è stata letta" : "sono state lette"}.`,
  datedColumnChosen: (used: string, others: NamedCell[]) =>
    `Si valuta la colonna "${used}", la rilevazione più recente (fine anno); ${others.length === 1 ? "la colonna" : "le colonne"} ${list(others)} ${others.length === 1 ? "è ignorata" : "sono ignorate"}.`,
  weightColumnsUnclear: (used: NamedCell, others: NamedCell[]) =>
    `Più colonne di peso che non si distinguono: si legge ${list([used])}, ${others.length === 1 ? "non si legge" : "non si leggono"} ${list(others)}. ` +
    `Se una ha i pesi degli obiettivi e l'altra quelli dei KPI, indicarlo nella mappatura delle colonne (pesoObiettivo e peso).`,
  targetYearMissing: (year: number) =>
    `Nessuna colonna Target per l'anno ${year}: si usa la colonna di questa intestazione.`,
  generatedCodes: (codes: readonly { code: string; cell: string }[]) =>
    `Programmi e obiettivi operativi non hanno un codice: il codice è generato dalla posizione nel foglio ` +
    `(codice del livello superiore e numero d'ordine, es. 1.1 = primo programma dell'obiettivo 1, 1.1.2 = secondo obiettivo operativo del programma 1.1): ` +
    `${codes.map((c) => `${c.code} = ${c.cell}`).join(", ")}. Spostare o inserire righe cambia i codici generati.`,
  levelsFromIndent: (
    by: { source: "rientro" | "spazi"; step: number; column: string },
    codes: readonly { code: string; cell: string }[]
  ) =>
    `Gli obiettivi non hanno un codice: aree e obiettivi sono letti dal rientro dei nomi nella colonna ${by.column} ` +
    (by.source === "rientro"
      ? `(il rientro della cella, "Aumenta rientro")`
      : `(gli spazi all'inizio del nome, un livello ogni ${by.step} spazi)`) +
    `: primo livello = area, poi obiettivo strategico, obiettivo operativo; le righe con target o consuntivo sono KPI. ` +
    `Il codice è generato dalla posizione (codice del livello superiore e numero d'ordine): ` +
    `${codes.map((c) => `${c.code} = ${c.cell}`).join(", ")}. Spostare o inserire righe cambia i codici generati.`,
  indentInconsistent: (
    why: "salto" | "kpi-in-cima" | "sotto-kpi" | "passo",
    name: string,
    by: { source: "rientro" | "spazi"; step: number }
  ) => {
    const what = `La riga "${name}" `;
    const after = ": la riga non è attribuita a nessun obiettivo e non è calcolata. Correggere il rientro.";
    switch (why) {
      case "salto":
        return `${what}rientra di due o più livelli rispetto alla riga sopra, senza un livello intermedio${after}`;
      case "kpi-in-cima":
        return `${what}ha target o consuntivo (è un KPI) ma sta al livello delle aree, senza un obiettivo sopra di essa${after}`;
      case "sotto-kpi":
        return `${what}rientra sotto un KPI: un KPI non ha righe sotto di sé${after}`;
      case "passo":
        return `${what}inizia con un numero di spazi che non è un multiplo di ${by.step} (il passo del foglio)${after}`;
    }
  },
  noActualColumn: (layout: { kind: "tabella" } | { kind: "schede" } | { kind: "cruscotto"; year: number }) => {
    switch (layout.kind) {
      case "tabella":
        return (
          `Non c'è una colonna Consuntivo accanto a questa intestazione Target: gli indicatori sono letti con i loro target ` +
          `ma non possono essere valutati. Aggiungere una colonna "Consuntivo" accanto al Target per calcolare la performance.`
        );
      case "schede":
        return (
          `Nelle schede non c'è nessun valore "Consuntivo" (né una riga "consuntivo" nelle schede KPI né una colonna Consuntivo nelle tabelle "KPI associati"). ` +
          `Gli indicatori sono letti ma non possono essere valutati.`
        );
      case "cruscotto":
        return (
          `Nessuna colonna "Consuntivo ${layout.year}". Gli indicatori sono letti con i target del ${layout.year} ma non possono essere valutati: ` +
          `aggiungere una colonna "Consuntivo ${layout.year}" accanto agli anni per calcolare la performance.`
        );
    }
  },
  nodesWithoutIndicators: (nodes: readonly { code: string; cell: string }[]) =>
    `${nodes.length === 1 ? "Questo elemento non ha indicatori e non è valutato" : "Questi elementi non hanno indicatori e non sono valutati"}: ` +
    `${nodes.map((n) => `${n.code} (${n.cell})`).join(", ")}.`,
  levelYearUnknown: (year: number | null) =>
    `L'anno del piano non è indicato: non è stato scelto, il nome del foglio non lo contiene e i target non hanno scadenze. ` +
    (year === null
      ? "Il foglio non è letto. "
      : `Si considera il ${year} per le note "Eliminato ..." e per i messaggi sui target. `) +
    `Indicare l'anno in ${SET_YEAR}.`,
  emptyPlan: (headerRow: number) => `L'intestazione alla riga ${headerRow} non è seguita da obiettivi né da KPI.`,
  readerFailed: (detail: string) =>
    `Errore imprevisto nella lettura del foglio (${detail}): il foglio non è stato letto. Segnalare il problema allo sviluppo.`,
  yearNotInSheet: (year: number, years: number[]) =>
    `L'anno ${year} non è tra gli anni del piano (${years.join(", ")}). Scegliere uno di questi anni in ${SET_YEAR}.`,
  yearDefaulted: (year: number, years: number[]) =>
    `Anno non indicato, si usano i target del ${year} (anni presenti: ${years.join(", ")}). Per un altro anno indicarlo in ${SET_YEAR}.`,
  actualColumnWithoutYear: (year: number) =>
    `La colonna Consuntivo non indica l'anno; è attribuita al ${year}, l'anno scelto.`,
  eliminated: (note: string, year: number) =>
    `Indicatore eliminato secondo la nota "${note}": non fa parte del piano ${year} e non è calcolato.`,
  emptyYear: (year: number) => `Nessun indicatore ha un target per il ${year}: il foglio non è letto.`,
  kpiWithoutName: () => `La scheda KPI non ha il "nome indicatore". L'indicatore non è letto.`,
  nameFromAlgorithm: (text: string) =>
    `La scheda KPI non ha il "nome indicatore"; l'indicatore è chiamato con il suo algoritmo di calcolo "${text}".`,
  cardYearMissing: (year: number, text: string) =>
    `Il target "${text}" non indica il ${year}. L'indicatore non fa parte del piano ${year} e non è calcolato.`,
  targetNote: (text: string, read: string) =>
    `Target "${text}": letto ${read}; il testo tra parentesi è considerato una nota.`,
  ambiguousRow: (weightCell: string) =>
    `C'è un peso (${weightCell}) ma né target né consuntivo, e il nome non inizia con un codice obiettivo. ` +
    `Non si capisce se sia un obiettivo o un indicatore: aggiungere il codice (es. "01_02 ...") o il target. Gli indicatori che seguono non sono calcolati fino al prossimo obiettivo con codice.`,
  areaWithoutCode: () =>
    `L'ambito strategico non ha codice e gli obiettivi sotto di esso non lo indicano (es. "01_02" sta sotto "01"). Aggiungere il codice all'ambito.`,
  areaCodeMismatch: (code: string, area: string) =>
    `L'obiettivo ${code} sta sotto l'ambito ${area} ma il suo codice indica un altro ambito: è collegato all'ambito che il codice indica.`,

  // recalculating and writing (pipeline)
  noPlan: () =>
    "Nessun piano della performance trovato: nessun foglio ha una tabella con le colonne Obiettivo (o Codice), Indicatore, Target e Consuntivo.",
  sheetNotFound: (available: string[]) =>
    `Il foglio indicato non esiste nella cartella di lavoro. Fogli presenti: ${available.map((n) => `"${n}"`).join(", ")}.`,
  sheetWithoutPlan: () => "Nel foglio indicato non è stato trovato un piano della performance.",
  formulaKept: (formula: string) =>
    `La cella contiene una formula (${formula}): non è stata sovrascritta. Per sostituirla con il valore calcolato scegliere ${SET_OVERWRITE}.`,
  columnMissing: (headers: string[], hasHeader: boolean) =>
    hasHeader
      ? `${headers.length === 1 ? "Manca" : "Mancano"} ${columns(headers.map((h) => `"${h}"`))}: i risultati non sono scritti nel foglio. ` +
        `Aggiungere ${headers.length === 1 ? "la colonna" : "le colonne"} alla tabella oppure attivare ${SET_ADD_COLUMNS}.`
      : `Il foglio non ha ${columns(headers.map((h) => `"${h}"`))} (layout senza intestazione, per esempio a schede): i risultati sono nel riepilogo e nel JSON, non nel foglio.`,
  columnAdded: (header: string, column: string) =>
    `Aggiunta la colonna "${header}" in ${column}, a destra della tabella.`,
  mergedCell: (merge: string, topLeft: string) =>
    `La cella fa parte dell'area unita ${merge}: il risultato non è stato scritto, perché finirebbe nella cella ${topLeft}. ` +
    `Separare le celle unite (Home > Unisci e allinea al centro) o spostare la colonna di performance.`,
  userText: (text: string) =>
    `La cella contiene un testo ("${text}"): il risultato non è stato scritto, per non cancellarlo. ` +
    `Controllare che la colonna di performance sia quella giusta (intestazione o mappatura delle colonne) oppure svuotare la cella.`,

  // reading a workbook file (command line)
  formulaWithoutValue: (others: number) =>
    `${others > 0 ? `Questa cella e altre ${others} contengono` : "La cella contiene"} una formula senza valore calcolato: ` +
    "valore della formula non disponibile: aprire e salvare il file in Excel, poi ricalcolare.",
  farCells: (others: string[], more: number) =>
    others.length === 0
      ? "Cella lontana dalla tabella non letta: se fa parte del piano, avvicinarla alla tabella."
      : `Celle lontane dalla tabella non lette (questa, ${others.join(", ")}${more > 0 ? ` e altre ${more}` : ""}): se fanno parte del piano, avvicinarle alla tabella.`,
} as const;
