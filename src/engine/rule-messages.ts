/**
 * Italian texts of the scoring rules that are not problems: what each named rule does (settings, the
 * "Metodo" column help, the README) and the trace's own wording. Problem texts live in messages.ts.
 */

export const RULE_TEXT = {
  placeholderRow:
    "riga segnaposto (peso 0% e nessun target, come «Kpi non definito»): non è un KPI ed è esclusa dal calcolo",
  objectiveVoided:
    "consuntivo vuoto: per impostazione l'obiettivo di questo KPI non è calcolato (DA VALUTARE) ed è escluso dalla media del livello superiore",
} as const;

/** What each named rule does, as the settings, the "Metodo" column help and the README show it. */
export const RULE_DESCRIPTIONS = {
  proporzionale:
    "Metodo predefinito: consuntivo / target (più alto è meglio), 2 − consuntivo / target o target / consuntivo (più basso è meglio), 1 − scostamento / target (uguale); scadenze e sì/no come nel README.",
  binario: "100% se il target è raggiunto nella sua direzione, altrimenti 0%.",
  "senza tetto": "Il rapporto non è limitato a 100%: 25,7 contro 25 dà 102,80%, e l'obiettivo può superare 100%.",
  "tetto N%":
    "Il rapporto è limitato al tetto scelto invece che a 100%: con «tetto 120%», 32 contro 25 dà 120% (non 128%).",
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
