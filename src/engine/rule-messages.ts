/**
 * Italian texts of the scoring rules of DOMAIN.md §4b: problems about rules, band tables, rating
 * scales, missing consuntivi and re-proportioned weights. Kept apart from messages.ts, which is being
 * merged into one registry; these move there as they are.
 */
import { formatItalianNumber, formatPercentIt } from "./italian-number";

export const RULE_MSG = {
  unknownRule: (text: string, allowed: string) =>
    `Metodo di calcolo sconosciuto: "${text}" (ammessi: ${allowed}; si possono combinare con «+», es. «proporzionale + senza tetto + rapporto»).`,
  conflictingRules: (a: string, b: string) => `Regole in conflitto nello stesso metodo: «${a}» e «${b}». Indicarne una sola.`,
  unboundedRatio: () =>
    "Con la regola target / consuntivo e senza tetto, un consuntivo pari a 0 (o negativo) darebbe un punteggio infinito: indicare un tetto (es. «tetto 120%») o usare «scostamento».",
  capTooLow: (text: string) => `Tetto non valido: "${text}". Il tetto è il punteggio massimo e non può essere sotto 100% (es. «tetto 120%»).`,
  thresholdInvalid: (text: string) => `Soglia minima non valida: "${text}". Indicare una percentuale tra 0% e 100% (es. «soglia minima 90%»).`,
  unknownBandTable: (name: string, known: string[]) =>
    known.length === 0
      ? `Tabella delle fasce "${name}" sconosciuta: nessuna tabella delle fasce è definita nelle impostazioni.`
      : `Tabella delle fasce "${name}" sconosciuta (definite: ${known.join(", ")}).`,
  bandTableHasErrors: (name: string, first: string) =>
    `La tabella delle fasce ${name} ha errori e non può essere usata: ${first}`,
  outsideBands: (name: string, value: string) => `Il valore ${value} non ricade in nessuna fascia della tabella ${name}.`,
  bandCellUnreadable: (name: string, what: string, text: string) =>
    `Tabella delle fasce ${name}: ${what} non leggibile ("${text}"). Scrivere un numero o una percentuale, con un operatore se serve (es. «< 90», «>= 131», «60%»).`,
  bandsEmpty: (name: string) => `La tabella delle fasce ${name} è vuota: indicare almeno una fascia (da, a, punteggio).`,
  bandInvalid: (name: string, band: string, why: string) => `Fascia «${band}» della tabella ${name} non valida: ${why}`,
  bandWhyScore: () => "il punteggio deve essere una percentuale non negativa.",
  bandWhyReversed: () => "il limite inferiore è maggiore di quello superiore.",
  bandWhyEmpty: () => "i due limiti coincidono e almeno uno è escluso: la fascia non contiene alcun valore.",
  bandWhyOpenProportional: () =>
    "un punteggio proporzionale («dal 60% all'80%») richiede entrambi i limiti della fascia.",
  bandDecreasing: (name: string, band: string) =>
    `Fascia «${band}» della tabella ${name}: il punteggio diminuisce dentro la fascia; deve crescere con il risultato.`,
  bandsOverlap: (name: string, a: string, b: string) =>
    `Le fasce «${a}» e «${b}» della tabella ${name} si sovrappongono: un risultato in comune avrebbe due punteggi.`,
  bandsGap: (name: string, from: string, to: string) =>
    `La tabella delle fasce ${name} non copre i risultati tra ${from} e ${to}: aggiungere una fascia o estendere quelle vicine.`,
  bandsPointGap: (name: string, at: string) =>
    `La tabella delle fasce ${name} non copre il risultato ${at}: entrambe le fasce lo escludono.`,
  bandsBelow: (name: string, from: string) => `La tabella delle fasce ${name} non copre i risultati sotto ${from} (da 0% in su).`,
  bandsAbove: (name: string, to: string, cap: string | null) =>
    cap === null
      ? `La tabella delle fasce ${name} non copre i risultati oltre ${to}, possibili perché non c'è un tetto.`
      : `La tabella delle fasce ${name} non copre i risultati tra ${to} e il tetto di ${cap}.`,
  bandsNotMonotone: (name: string, a: string, b: string) =>
    `Le fasce «${a}» e «${b}» della tabella ${name} non sono in ordine: il punteggio della seconda parte più in basso di dove finisce la prima (un risultato migliore avrebbe un punteggio minore).`,
  ratingInvalid: (why: string) => `Scala dei livelli non valida: ${why}`,
  ratingWhyEmpty: () => "indicare almeno un livello (es. «A 95%; B 90%; C 80%; D 70%; E 0%»).",
  ratingWhyUnreadable: (part: string) => `"${part}" non è un livello: scrivere la lettera e la soglia minima, es. «B 90%».`,
  ratingWhyOrder: () => "le soglie devono scendere strettamente dal primo all'ultimo livello.",
  ratingWhyBottom: () => "l'ultimo livello deve partire da 0%, altrimenti i risultati più bassi non hanno livello.",
  actualEmptyBlocking: () =>
    "Consuntivo vuoto: per impostazione è un errore bloccante; l'obiettivo non è calcolato finché il consuntivo non è inserito.",
  actualEmptyNotComputed: () =>
    "Consuntivo vuoto: per impostazione l'obiettivo di questo KPI non è calcolato (DA VALUTARE) ed è escluso dalla media del livello superiore.",
  unknownDefaultBands: (name: string, known: string[]) =>
    `Le impostazioni applicano la tabella delle fasce "${name}", che non è definita${known.length > 0 ? ` (definite: ${known.join(", ")})` : ""}: nessun KPI è calcolato con le fasce finché non viene definita.`,
  placeholderRow: () =>
    "riga segnaposto (peso 0% e nessun target, come «Kpi non definito»): non è un KPI ed è esclusa dal calcolo",
  weightsReproportioned: (code: string, sum: number, factor: number) =>
    `I pesi di ${code} sommano a ${formatPercentIt(sum)}: riproporzionati a 100% con fattore di conversione ${formatItalianNumber(factor, 4)}.`,
} as const;

/** What each named rule does, as the settings, the "Metodo" column help and the README show it. */
export const RULE_DESCRIPTIONS = {
  proporzionale:
    "Metodo predefinito: consuntivo / target (più alto è meglio), 2 − consuntivo / target o target / consuntivo (più basso è meglio), 1 − scostamento / target (uguale); scadenze e sì/no come nel README.",
  binario: "100% se il target è raggiunto nella sua direzione, altrimenti 0%.",
  "senza tetto": "Il rapporto non è limitato a 100%: 25,7 contro 25 dà 102,80%, e l'obiettivo può superare 100%.",
  "tetto N%": "Il rapporto è limitato al tetto scelto invece che a 100%: con «tetto 120%», 32 contro 25 dà 120% (non 128%).",
  rapporto: "Più basso è meglio come target / consuntivo: 25,7 contro ≤ 25 dà 97,28%.",
  scostamento: "Più basso è meglio come 2 − consuntivo / target (predefinito): 25,7 contro ≤ 25 dà 97,20%.",
  "soglia minima N%":
    "Sotto la soglia il punteggio è 0% («valorizzato quando il risultato raggiunge o supera la soglia minima»): con «soglia minima 90%», 87,73% dà 0%, 90% resta 90%.",
  "fasce NOME":
    "Il risultato (dopo tetto e soglia) è convertito con la tabella delle fasce NOME: punteggio fisso per fascia o proporzionale dentro la fascia (da 90 a 110 dal 60% all'80%: 97 dà 67%).",
  "senza fasce": "Nessuna tabella delle fasce per questo KPI, anche se la cartella ne usa una.",
  "senza soglia": "Nessuna soglia minima per questo KPI, anche se la cartella ne usa una.",
  "scadenza lineare":
    "Scadenza mancata (predefinito): 1 − giorni di ritardo / giorni dalla scadenza al 31/12; dopo il 31/12 o non realizzato 0%.",
  "scadenza zero": "Scadenza mancata: 0% anche per un solo giorno di ritardo.",
} as const;
