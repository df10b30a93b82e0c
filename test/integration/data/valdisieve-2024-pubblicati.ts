/**
 * The figures the (imaginary) Camera di Commercio di Val di Sieve publishes in its Relazione sulla
 * performance 2024 for the plan in test/fixtures/messy/albero-valdisieve-2024.xlsx, as the document
 * prints them (two decimals, "N.V." for a KPI not evaluated). They were worked out by hand from the
 * workbook's targets and consuntivi with the rules of DOMAIN.md:
 *
 * - §4 method "binario": a KPI scores 100% when its target is reached in its direction, else 0%.
 *   ">" counts as ">=", "<" as "<="; a date target is a deadline (on or before → 100%); "si"/"no"
 *   targets are met by "si"; a target of 0 with "<=" is reached by any value ≤ 0.
 * - §5 an objective is the weighted mean of its available KPIs (a KPI "N.V." is left out and the
 *   weights of the others renormalised); an objective without KPIs is the weighted mean of its
 *   children (their weights are on the objective rows); the ente is the weighted mean of the areas.
 *   A link KPI ("Media ponderata di performance degli obiettivi operativi associati ...") is never
 *   binary: its consuntivo and performance are the weighted mean of the children.
 *
 * Reasoning for some of them:
 * - "Self-assessment digitali (SELFIE 4.0)": 74 against ">= 80" → not reached → 0,00% (the
 *   proportional rule would give 92,50%). A.1.1 = 30%·100 + 30%·0 + 20%·100 + 20%·100 = 70,00%.
 * - "Tempo medio di liquidazione dei voucher (gg)": 52 against "<= 45" → 0,00%. A.1.2 = 50%·100 +
 *   50%·0 = 50,00%. A.1 = 60%·70 + 40%·50 = 62,00%.
 * - A.2.2: missions 3 vs >= 4 → 0 (30%); fairs "N.V." → out; report 27/09 vs deadline 30/09 → 100
 *   (25%); B2B 25 vs ">= 25" (the direction written in the target) → 100 (20%). Renormalised over
 *   30+25+20 = 75: (25+20)/75 = 60,00%. A.2 = 50%·100 + 50%·60 = 80,00%. A = 50%·62 + 50%·80 = 71,00%.
 * - "Tempo medio di evasione (gg)": 3,6 against "<= 4 gg" (direction and unit in the target) → 100%.
 *   "Pratiche sospese sul totale": 8% against "<= 8%" → reached exactly → 100%. B.1.1 = 100,00%.
 * - B.1.2: 280 vs >= 300 → 0 (40%); deadline 31/03 met on the day → 100 (30%); 1.612 vs >= 1.500 →
 *   100 (30%) → 60,00%. B.1 = 50%·100 + 50%·60 = 80,00%.
 * - B.2 has KPIs of its own: the link KPI (70%) takes the mean of B.2.1 (50,00%: survey "no" → 0,
 *   rating 4,2 vs >= 4 → 100) and B.2.2 (100,00%) weighted 50/50 = 75,00%, and stays 75,00% under
 *   the binario method; the transparency KPI "si" → 100 (30%). B.2 = 70%·75 + 30%·100 = 82,50%.
 *   B = 60%·80 + 40%·82,5 = 81,00%.
 * - C.1.1: 70,15% vs >= 72% → 0; 162.480 vs >= 150.000 → 100; sanctions issued 12/12 after the
 *   30/11 deadline → 0; 66,8% vs >= 65% → 100; four KPIs at 25% → 50,00%. C.1 (one child, 100%) = 50,00%.
 * - C.2.1: tempestività −12,4 gg vs "<= 0" → 100 (40%); 93% vs >= 95% → 0 (30%); residual debt 0 vs
 *   "<= 0" → 100 (30%) → 70,00%. C.2.2: 24 h vs >= 20 → 100 (40%); 85% vs >= 90% → 0 (30%); plan
 *   approved 20/02 "entro il 28/02/2024" → 100 (30%) → 70,00%. C.2.3: costs 2.398.112,50 vs
 *   <= 2.450.000 → 100 (40%); 315.200 kWh vs <= 310.000 → 0 (30%); Consip "si" → 100 (30%) → 70,00%.
 *   C.2 = 40%·70 + 30%·70 + 30%·70 = 70,00%. C = 50%·50 + 50%·70 = 60,00%.
 * - Ente = 40%·71 + 35%·81 + 25%·60 = 28,40 + 28,35 + 15,00 = 71,75%.
 */

/** KPI name (unique in the plan) → published performance. */
export const PUBLISHED_KPIS: ReadonlyArray<[string, string]> = [
  ["Imprese assistite dal PID", "100,00%"],
  ["Self-assessment digitali (SELFIE 4.0)", "0,00%"],
  ["Eventi di formazione digitale", "100,00%"],
  ["Imprese partecipanti agli eventi", "100,00%"],
  ["Domande di voucher istruite entro 60 gg", "100,00%"],
  ["Tempo medio di liquidazione dei voucher (gg)", "0,00%"],
  ["Imprese avviate all'export", "100,00%"],
  ["Grado di soddisfazione dei partecipanti", "100,00%"],
  ["Webinar paese realizzati", "100,00%"],
  ["Missioni all'estero organizzate", "0,00%"],
  ["Imprese partecipanti alle fiere", "N.V."],
  ["Pubblicazione del report sui mercati esteri", "100,00%"],
  ["Incontri B2B con buyer esteri", "100,00%"],
  ["Pratiche evase entro 5 giorni", "100,00%"],
  ["Tempo medio di evasione (gg)", "100,00%"],
  ["Pratiche sospese sul totale", "100,00%"],
  ["Pratiche telematiche sul totale", "100,00%"],
  ["Cancellazioni d'ufficio avviate", "0,00%"],
  ["Approvazione del programma annuale di cancellazione", "100,00%"],
  ["PEC inattive verificate", "100,00%"],
  ["Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico B.2", "75,00%"],
  ["Aggiornamento della sezione Amministrazione trasparente", "100,00%"],
  ["Indagine di customer satisfaction realizzata", "0,00%"],
  ["Giudizio medio degli utenti (scala 1-5)", "100,00%"],
  ["Richieste di accesso evase nei termini", "100,00%"],
  ["Tempo medio di risposta (gg)", "100,00%"],
  ["Registro degli accessi pubblicato", "100,00%"],
  ["Tasso di riscossione del diritto annuale", "0,00%"],
  ["Incasso da ravvedimento operoso (€)", "100,00%"],
  ["Atti di irrogazione delle sanzioni emessi", "0,00%"],
  ["Imprese in regola con il versamento", "100,00%"],
  ["Indicatore di tempestività dei pagamenti (gg)", "100,00%"],
  ["Fatture pagate entro 30 giorni", "0,00%"],
  ["Debito commerciale residuo scaduto (€)", "100,00%"],
  ["Ore di formazione pro capite", "100,00%"],
  ["Dipendenti formati sul totale", "0,00%"],
  ["Piano della formazione approvato", "100,00%"],
  ["Costi di funzionamento (€)", "100,00%"],
  ["Consumi energetici (kWh)", "0,00%"],
  ["Acquisti tramite convenzioni Consip", "100,00%"],
];

/** Objective code → [parent, weight in the parent, published performance]. */
export const PUBLISHED_OBJECTIVES: ReadonlyArray<[string, string | null, string, string]> = [
  ["A", null, "40%", "71,00%"],
  ["A.1", "A", "50%", "62,00%"],
  ["A.1.1", "A.1", "60%", "70,00%"],
  ["A.1.2", "A.1", "40%", "50,00%"],
  ["A.2", "A", "50%", "80,00%"],
  ["A.2.1", "A.2", "50%", "100,00%"],
  ["A.2.2", "A.2", "50%", "60,00%"],
  ["B", null, "35%", "81,00%"],
  ["B.1", "B", "60%", "80,00%"],
  ["B.1.1", "B.1", "50%", "100,00%"],
  ["B.1.2", "B.1", "50%", "60,00%"],
  ["B.2", "B", "40%", "82,50%"],
  ["B.2.1", "B.2", "50%", "50,00%"],
  ["B.2.2", "B.2", "50%", "100,00%"],
  ["C", null, "25%", "60,00%"],
  ["C.1", "C", "50%", "50,00%"],
  ["C.1.1", "C.1", "100%", "50,00%"],
  ["C.2", "C", "50%", "70,00%"],
  ["C.2.1", "C.2", "40%", "70,00%"],
  ["C.2.2", "C.2", "30%", "70,00%"],
  ["C.2.3", "C.2", "30%", "70,00%"],
];

export const PUBLISHED_ENTE = "71,75%";

/** "62,00%" → 0.62; "N.V." → null. */
export function percentOf(text: string): number | null {
  if (text === "N.V.") return null;
  const m = /^(\d+),(\d{2})%$/.exec(text) ?? /^(\d+)%$/.exec(text);
  if (!m) throw new Error(`percentuale non valida: ${text}`);
  return Number(`${m[1]}.${m[2] ?? "00"}`) / 100;
}
