/**
 * The worksheet functions PERF.* (the manifest's namespace is PERF). Each JSDoc block is the Italian
 * help Excel's formula builder shows: custom-functions-metadata-plugin turns it into functions.json at
 * build time and appends CustomFunctions.associate(...) to this file in the bundle, so the functions
 * stay plain exports that tests import. An empty cell means the same on every Excel: when an argument
 * holds a 0 that may be an empty cell of an older desktop build, Excel's parameterAddresses tell which
 * cells to check (blanks.ts); otherwise the functions answer synchronously and never call Excel.
 */
import { withBlanksResolved } from "./blanks";
import { kpiPerformance } from "./kpi";
import { objectivePerformance, weightsSumTo100 } from "./objective";
import { statusLabel, trafficLight } from "./status";

/**
 * Calcola la performance di un indicatore (KPI): quanto del target è stato raggiunto, da 0 a 1 (formattare la cella come %). Restituisce "N.V." se il consuntivo non è disponibile.
 * @customfunction KPI
 * @param target Valore atteso: numero, percentuale, data, sì/no, anche come testo ("1.587,10", "15,00%", "30/09/2019", ">= 400", "Entro 31/12/2022"). Una cella vuota non vale 0: dà #VALORE! (target mancante).
 * @param consuntivo Valore rilevato, nello stesso formato del target. "N.V.", "N/D" o cella vuota: risultato "N.V.".
 * @param direzione Quale verso è migliore: ">=", ">", "≥", "<=", "<", "≤", "=", oppure la cella del peso con la direzione ("50% >="). Può restare vuota se il target la contiene.
 * @param metodo Facoltativo: "proporzionale" (predefinito, anche se la cella è vuota) o "binario" (100% se il target è raggiunto, altrimenti 0%).
 * @param tipo Facoltativo (cella vuota: non indicato): "numero", "data" o "sìno". Indicare "data" quando target e consuntivo sono celle data (Excel le passa come numeri).
 * @param invocation Dati della chiamata passati da Excel (indirizzi degli argomenti).
 * @returns La performance del KPI (0..1), "N.V." o #VALORE! con il motivo.
 * @requiresParameterAddresses
 */
export function kpi(
  target: unknown,
  consuntivo: unknown,
  direzione: unknown,
  metodo?: unknown,
  tipo?: unknown,
  invocation?: CustomFunctions.Invocation
) {
  return withBlanksResolved("PERF.KPI", [target, consuntivo, direzione, metodo, tipo], invocation, ([t, c, d, m, k]) =>
    kpiPerformance(t, c, d, m, k)
  );
}

/**
 * Calcola la performance di un obiettivo: media ponderata delle performance dei suoi KPI. I KPI non disponibili ("N.V.") sono esclusi e i pesi rimanenti ricalcolati su 100%.
 * @customfunction OBIETTIVO
 * @param pesi Intervallo dei pesi (50%, 0,5, 50 o "50% >="); oppure, da solo, un intervallo di due colonne: pesi | performance. Le celle vuote non sono pesi 0: se nessun peso è indicato, media semplice.
 * @param performance Facoltativo: intervallo delle performance dei KPI, della stessa dimensione dei pesi. Una cella vuota è un KPI non disponibile, escluso dalla media.
 * @param invocation Dati della chiamata passati da Excel (indirizzi degli argomenti).
 * @returns La performance dell'obiettivo (0..1), "N.V." se nessun KPI è disponibile, o #VALORE! con il motivo.
 * @requiresParameterAddresses
 */
export function obiettivo(pesi: unknown[][], performance?: unknown[][], invocation?: CustomFunctions.Invocation) {
  return withBlanksResolved("PERF.OBIETTIVO", [pesi, performance], invocation, ([w, p]) => objectivePerformance(w, p));
}

/**
 * Restituisce il colore del semaforo di una performance: "VERDE", "GIALLO" o "ROSSO" ("N.V." se non disponibile).
 * @customfunction SEMAFORO
 * @param performance La performance (es. 87,72% o 0,8772) o "N.V."; una cella vuota dà "N.V.", non "ROSSO".
 * @param soglia_gialla Facoltativo: da questa soglia in su il semaforo è giallo (predefinita 60%, anche se la cella è vuota).
 * @param soglia_verde Facoltativo: da questa soglia in su il semaforo è verde (predefinita 80%, anche se la cella è vuota).
 * @param invocation Dati della chiamata passati da Excel (indirizzi degli argomenti).
 * @returns "VERDE", "GIALLO", "ROSSO" o "N.V.".
 * @requiresParameterAddresses
 */
export function semaforo(
  performance: unknown,
  soglia_gialla?: unknown,
  soglia_verde?: unknown,
  invocation?: CustomFunctions.Invocation
) {
  return withBlanksResolved("PERF.SEMAFORO", [performance, soglia_gialla, soglia_verde], invocation, ([p, y, g]) =>
    trafficLight(p, y, g)
  );
}

/**
 * Restituisce lo stato di una performance: "RAGGIUNTO" (da 80%), "PARZIALMENTE RAGGIUNTO" (da 60%), "NON RAGGIUNTO"; "DA VALUTARE" se non disponibile.
 * @customfunction STATO
 * @param performance La performance (es. 87,72% o 0,8772) o "N.V."; una cella vuota dà "DA VALUTARE".
 * @param tipo Facoltativo: "obiettivo" (predefinito, anche se la cella è vuota) oppure "kpi" per le etichette "IN LINEA" / "FUORI TARGET".
 * @param invocation Dati della chiamata passati da Excel (indirizzi degli argomenti).
 * @returns Lo stato come testo.
 * @requiresParameterAddresses
 */
export function stato(performance: unknown, tipo?: unknown, invocation?: CustomFunctions.Invocation) {
  return withBlanksResolved("PERF.STATO", [performance, tipo], invocation, ([p, k]) => statusLabel(p, k));
}

/**
 * Verifica che i pesi sommino a 100% (tolleranza di 0,1 punti percentuali per gli arrotondamenti).
 * @customfunction PESI
 * @param pesi Intervallo dei pesi (50%, 0,5, 50 o "50% >="); le celle vuote sono ignorate.
 * @param invocation Dati della chiamata passati da Excel (indirizzi degli argomenti).
 * @returns VERO se la somma è 100%, altrimenti FALSO.
 * @requiresParameterAddresses
 */
export function pesiOk(pesi: unknown[][], invocation?: CustomFunctions.Invocation) {
  return withBlanksResolved("PERF.PESI", [pesi], invocation, ([w]) => weightsSumTo100(w));
}
