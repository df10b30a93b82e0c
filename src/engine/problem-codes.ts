/**
 * Every problem the product reports, declared once: its code (the stable name in the JSON report),
 * severity, Italian message (from messages.ts), group and what it does to the command line's exit
 * code. Every layer builds problems from here and reads their properties from here; no other module
 * spells a code to compare it.
 */
import { MSG } from "./messages";

export type Severity = "errore" | "avviso";

/** Where a problem arises, as the task pane groups them and the JSON report carries them. */
export type ProblemGroup = "lettura" | "pesi" | "calcolo" | "impostazioni" | "scrittura";

/**
 * How the command line's exit code treats a problem:
 * - "opzione": a sheet named on the command line is missing or holds no plan: exit 2 in every command;
 * - "dato": a cell holds what cannot be read: `ricalcola` exits 2, `verifica` counts it as an error (1);
 * - "foglio": a sheet that looks like a plan is refused (its figures are absent from the results): `ricalcola`
 *   writes its copy with the other sheets and exits 2, `verifica` counts it as an error (1);
 * - "errore": `verifica` exits 1, `ricalcola` writes its copy and exits 0;
 * - "nessuno": a notice, exit 0.
 */
export type ExitRule = "opzione" | "dato" | "foglio" | "errore" | "nessuno";

/** The KPI cell a scoring failure points to. */
export type KpiField = "target" | "consuntivo" | "direzione" | "metodo";

interface ProblemDef {
  severity: Severity;
  group: ProblemGroup;
  exit: ExitRule;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  message: (...args: any[]) => string;
  field?: KpiField;
  /** The cell holds a user's formula the recalculation kept: the task pane asks once whether to overwrite. */
  keptFormula?: true;
  /**
   * The cell was chosen by the column mapping: when the mapping comes from the settings saved in the
   * workbook, the command line says so (the user did not type it).
   */
  mappedCell?: true;
}

const error = (group: ProblemGroup, exit: ExitRule = "errore") => ({ severity: "errore", group, exit }) as const;
const notice = (group: ProblemGroup) => ({ severity: "avviso", group, exit: "nessuno" }) as const;

export const PROBLEMS = {
  // scoring a KPI
  "target-mancante": { ...error("calcolo"), field: "target", message: MSG.targetMissing },
  "target-non-leggibile": { ...error("lettura", "dato"), field: "target", message: MSG.targetUnreadable },
  "target-non-calcolabile": { ...notice("calcolo"), field: "target", message: MSG.targetUnscorable },
  "target-relativo": { ...notice("calcolo"), message: MSG.ratioTarget },
  "consuntivo-non-leggibile": { ...error("lettura", "dato"), field: "consuntivo", message: MSG.actualUnreadable },
  "consuntivo-non-disponibile": { ...notice("calcolo"), message: MSG.actualUnavailable },
  "consuntivo-vuoto": { ...notice("calcolo"), message: MSG.actualEmpty },
  "direzione-mancante": { ...error("calcolo"), field: "direzione", message: MSG.directionMissing },
  "tipi-incompatibili": { ...error("calcolo", "dato"), field: "consuntivo", message: MSG.kindMismatch },
  "consuntivo-vuoto-bloccante": { ...error("calcolo"), field: "consuntivo", message: MSG.actualEmptyBlocking },
  "metodo-sconosciuto": { ...error("impostazioni"), field: "metodo", message: MSG.unknownMethod },
  "regole-in-conflitto": { ...error("impostazioni"), field: "metodo", message: MSG.conflictingRules },
  "tetto-non-valido": { ...error("impostazioni"), field: "metodo", message: MSG.capInvalid },
  "soglia-non-valida": { ...error("impostazioni"), field: "metodo", message: MSG.thresholdInvalid },
  "fasce-sconosciute": { ...error("impostazioni"), field: "metodo", message: MSG.unknownBandTable },
  "punteggio-non-definito": { ...error("calcolo"), field: "consuntivo", message: MSG.unboundedRatio },
  "fasce-non-valide": { ...error("calcolo"), field: "metodo", message: MSG.bandTableUnusable },
  "fuori-fasce": { ...error("calcolo"), field: "consuntivo", message: MSG.outsideBands },

  // band tables and rating letters (settings)
  "fasce-non-definite": { ...error("impostazioni"), message: MSG.unknownDefaultBands },
  "fasce-foglio-mancante": { ...error("impostazioni"), message: MSG.bandSheetMissing },
  "fascia-non-leggibile": { ...error("impostazioni"), message: MSG.bandCellUnreadable },
  "fasce-vuote": { ...error("impostazioni"), message: MSG.bandsEmpty },
  "fascia-non-valida": { ...error("impostazioni"), message: MSG.bandInvalid },
  "fascia-decrescente": { ...error("impostazioni"), message: MSG.bandDecreasing },
  "fasce-sovrapposte": { ...error("impostazioni"), message: MSG.bandsOverlap },
  "fasce-scoperte": { ...error("impostazioni"), message: MSG.bandsUncovered },
  "fasce-non-monotone": { ...error("impostazioni"), message: MSG.bandsNotMonotone },
  "livelli-non-validi": { ...error("impostazioni"), message: MSG.ratingInvalid },

  // weights and the tree
  "pesi-non-100": { ...error("pesi"), message: MSG.weightsNot100 },
  "pesi-parziali": { ...error("pesi"), message: MSG.weightsPartial },
  "pesi-riproporzionati": { ...notice("pesi"), message: MSG.weightsReproportioned },
  "collegamento-sconosciuto": { ...error("calcolo"), message: MSG.linkUnknownCode },
  "collegamento-circolare": { ...error("calcolo"), message: MSG.linkCycle },
  "collegamento-senza-figli": { ...error("calcolo"), message: MSG.linkNoChildren },
  "padre-sconosciuto": { ...notice("lettura"), message: MSG.parentUnknown },
  "codice-duplicato": { ...notice("lettura"), message: MSG.duplicateCode },
  "nessun-kpi-disponibile": { ...notice("calcolo"), message: MSG.noAvailableKpi },
  "obiettivo-non-calcolato": { ...error("calcolo"), message: MSG.blockedByError },
  "ente-non-calcolato": { ...error("calcolo"), message: MSG.enteBlocked },

  // reading a sheet
  "mappatura-incompleta": { ...error("impostazioni", "foglio"), message: MSG.mappingIncomplete },
  "colonne-mancanti": { ...error("lettura", "foglio"), message: MSG.missingColumns },
  "piano-non-letto": { ...notice("lettura"), message: MSG.looksLikePlan },
  "peso-non-leggibile": { ...error("lettura", "dato"), message: MSG.weightUnreadable },
  "direzione-non-leggibile": { ...notice("lettura"), message: MSG.directionUnreadable },
  "direzioni-in-conflitto": { ...error("lettura"), message: MSG.directionConflict },
  "kpi-senza-obiettivo": { ...error("lettura"), message: MSG.kpiWithoutObjective },
  "kpi-fuori-obiettivo": { ...error("lettura"), message: MSG.kpiOutsideObjective },
  "obiettivo-senza-codice": { ...notice("lettura"), message: MSG.objectiveWithoutCode },
  "obiettivo-non-riconosciuto": { ...error("lettura"), message: MSG.objectiveNotRecognised },
  "kpi-segnaposto": { ...notice("lettura"), message: MSG.placeholderKpis },
  "foglio-istruzioni": { ...notice("lettura"), message: MSG.instructionSheet },
  "fogli-collegati": { ...notice("lettura"), message: MSG.linkedSheets },
  "elenco-di-kpi": { ...notice("lettura"), message: MSG.kpiList },
  "mappatura-incoerente": { ...notice("impostazioni"), message: MSG.mappingContradicted },
  "valori-senza-indicatore": { ...notice("lettura"), message: MSG.objectiveFiguresIgnored },
  "riga-non-classificata": { ...notice("lettura"), message: MSG.unclassifiedRow },
  "padre-mancante": { ...notice("lettura"), message: MSG.parentMissing },
  "righe-nascoste-lette": { ...notice("lettura"), message: MSG.hiddenRowsRead },
  "anno-target-mancante": { ...notice("impostazioni"), message: MSG.targetYearMissing },
  "colonna-piu-recente": { ...notice("lettura"), message: MSG.datedColumnChosen },
  "colonne-peso-ambigue": { ...error("lettura"), message: MSG.weightColumnsUnclear },
  "codici-generati": { ...notice("lettura"), message: MSG.generatedCodes },
  "livelli-dal-rientro": { ...notice("lettura"), message: MSG.levelsFromIndent },
  "rientro-incoerente": { ...error("lettura"), message: MSG.indentInconsistent },
  "consuntivo-assente": { ...notice("lettura"), message: MSG.noActualColumn },
  "obiettivi-senza-indicatori": { ...notice("lettura"), message: MSG.nodesWithoutIndicators },
  "anno-non-indicato": { ...notice("impostazioni"), message: MSG.levelYearUnknown },
  "piano-vuoto": { ...notice("lettura"), message: MSG.emptyPlan },
  "lettura-fallita": { ...error("lettura", "foglio"), message: MSG.readerFailed },
  "anno-assente": { ...error("impostazioni"), message: MSG.yearNotInSheet },
  "anno-predefinito": { ...notice("impostazioni"), message: MSG.yearDefaulted },
  "anno-senza-indicatori": { ...error("impostazioni"), message: MSG.emptyYear },
  "anno-senza-target": { ...notice("lettura"), message: MSG.cardYearMissing },
  "consuntivo-senza-anno": { ...notice("lettura"), message: MSG.actualColumnWithoutYear },
  "indicatore-eliminato": { ...notice("lettura"), message: MSG.eliminated },
  "kpi-nome-da-algoritmo": { ...notice("lettura"), message: MSG.nameFromAlgorithm },
  "kpi-senza-nome": { ...error("lettura"), message: MSG.kpiWithoutName },
  "target-con-nota": { ...notice("lettura"), message: MSG.targetNote },
  "riga-ambigua": { ...error("lettura"), message: MSG.ambiguousRow },
  "ambito-senza-codice": { ...error("lettura"), message: MSG.areaWithoutCode },
  "ambito-diverso": { ...notice("lettura"), message: MSG.areaCodeMismatch },

  // recalculating and writing
  "nessun-piano": { ...error("lettura"), message: MSG.noPlan },
  "foglio-non-trovato": { ...error("impostazioni", "opzione"), message: MSG.sheetNotFound },
  "foglio-senza-piano": { ...error("impostazioni", "opzione"), message: MSG.sheetWithoutPlan },
  "colonna-mancante": { ...notice("scrittura"), message: MSG.columnMissing },
  "colonna-aggiunta": { ...notice("scrittura"), message: MSG.columnAdded },
  "cella-con-formula": { ...notice("scrittura"), keptFormula: true, message: MSG.formulaKept },
  "cella-unita": { ...notice("scrittura"), message: MSG.mergedCell },
  "cella-con-testo": { ...notice("scrittura"), mappedCell: true, message: MSG.userText },

  // reading a workbook file (command line)
  "formula-senza-valore": { ...error("lettura", "dato"), message: MSG.formulaWithoutValue },
  "celle-lontane": { ...notice("lettura"), message: MSG.farCells },
} as const satisfies Record<string, ProblemDef>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The arguments of a code's message, so `problem("pesi-non-100", where, "B.2", 0.9)` is checked. */
export type MessageArgs<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]["message"]>;

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];

/** The registry entry of a code, with the optional properties visible whatever the code. */
export function ruleOf(code: ProblemCode): ProblemDef {
  return PROBLEMS[code];
}
