/** Every Italian text the engine produces, in one place (as HyperFormula keeps error-message.ts). */
import { formatPercentIt } from "./italian-number";

export const MSG = {
  targetMissing: () => "Target mancante: la performance non può essere calcolata.",
  targetUnreadable: (text: string) => `Target non leggibile: ${text}.`,
  targetUnscorable: (text: string) =>
    `Target non calcolabile automaticamente: "${text}" (nessuna regola lo converte in un numero; va valutato a mano).`,
  actualUnreadable: (text: string) => `Consuntivo non leggibile: ${text}. Atteso un numero, una percentuale, una data o sì/no.`,
  actualUnavailable: (text: string) =>
    `Consuntivo non disponibile ("${text}"): il KPI è escluso dalla media dell'obiettivo e i pesi degli altri sono riproporzionati.`,
  actualEmpty: () => "Consuntivo vuoto: il KPI vale 0% (misurazione mancante).",
  actualEmptyExcluded: () => "Consuntivo vuoto: il KPI è escluso dal calcolo per impostazione.",
  directionMissing: () =>
    "Direzione mancante (>=, <=, =): indicarla nel Peso, nel Target o in una colonna Direzione.",
  kindMismatch: (target: string, actual: string) =>
    `Target e consuntivo non sono confrontabili: target ${target}, consuntivo ${actual}.`,
  percentMismatch: () =>
    "Target in percentuale e consuntivo come numero (o viceversa): verificare l'unità di misura.",
  unknownMethod: (name: string) => `Metodo di calcolo sconosciuto: "${name}" (ammessi: proporzionale, binario).`,
  weightsNot100: (code: string, sum: number) =>
    `I pesi di ${code} sommano a ${formatPercentIt(sum)} invece di 100%.`,
  weightsPartial: (code: string) =>
    `Solo alcuni elementi di ${code} hanno un peso: la performance non è calcolata, perché un peso mancante non viene indovinato. Indicare il peso di tutti gli elementi o di nessuno.`,
  linkUnknownCode: (code: string) => `Il KPI di collegamento rimanda a "${code}", che non esiste nel piano.`,
  linkCycle: (path: string[]) => `Collegamento circolare tra obiettivi: ${path.join(" → ")}.`,
  linkNoChildren: (code: string) => `Il KPI di collegamento di ${code} non ha obiettivi figli da cui prendere la media.`,
  parentUnknown: (code: string, parent: string) =>
    `L'obiettivo ${code} dovrebbe stare sotto ${parent}, che non esiste nel piano: trattato come area di primo livello.`,
  duplicateCode: (code: string) => `Il codice ${code} compare in più righe: le righe successive sono unite alla prima.`,
  noAvailableKpi: (code: string) => `Nessun KPI disponibile per ${code}: performance da valutare.`,
  blockedByError: (code: string) =>
    `La performance di ${code} non è calcolata: correggere prima gli errori dei suoi KPI o dei suoi figli.`,
  enteBlocked: () =>
    "La performance dell'ente non è calcolata: un'area o un obiettivo ha errori da correggere (vedere gli errori sopra).",
  unscorableExcluded: (text: string) =>
    `Target non calcolabile automaticamente: "${text}". Il KPI è escluso dalla media e va valutato a mano.`,
} as const;
