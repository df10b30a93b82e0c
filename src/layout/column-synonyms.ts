import { CellValue } from "../engine/values";
import { editDistance, normaliseHeader } from "./header-text";
import { Field } from "./types";

/**
 * What a header cell names: a field, or "performance" for a generic Performance column whose meaning
 * (KPI or objective) is decided from the other headers (see resolvePerformance in header-detection).
 */
export type HeaderMeaning = {
  /** "nome": one column naming objectives and indicators alike ("Descrizione obiettivo / indicatore"). */
  field: Field | "performance" | "nome";
  year?: number;
  /** The day a monitoring column is "al" ("Consuntivo al 30/06" → 630, "al 31/12" → 1231): the latest is scored. */
  asOf?: number;
};

/**
 * Italian headers seen in the documents and in other offices' sheets (DOMAIN.md §2), matched on the
 * normalised text (normaliseHeader). Anchored: "Performance Obiettivo" is not "Obiettivo",
 * "Valore obiettivo" is a target, "Codice obiettivo" a code.
 */
const SYNONYMS: ReadonlyArray<[HeaderMeaning["field"], RegExp]> = [
  [
    "nome",
    /^(descrizione obiettivo indicatore|descrizione obiettivo kpi|obiettivo indicatore|obiettivi indicatori|obiettivo e indicatore|obiettivi e indicatori|obiettivo kpi|obiettivi e kpi|obiettivo indicatore kpi)$/,
  ],
  [
    "codice",
    /^(cod|codice|codici|id|cod (ob|obiettivo|indicatore|kpi|ind)|codice (obiettivo|indicatore|kpi|azione)|id (obiettivo|indicatore|kpi))$/,
  ],
  ["validazione", /^((\S+ )?(della )?validazione|validato|validazione oiv)$/],
  // the objectives' own weights in a column of their own ("Peso obiettivo" beside "Peso indicatore")
  [
    "pesoObiettivo",
    /^(peso|pesi|ponderazione|incidenza)( %| percentuale| ponderale)? (dell |del |degli |dello )?(obiettivo|obiettivi|ob|obiettivo strategico|obiettivo operativo|obiettivi strategici|obiettivi operativi)( (%|percentuale|ponderale|relativo))*$/,
  ],
  [
    "peso",
    /^(peso|pesi|ponderazione|peso ponderato|incidenza|incidenza percentuale)( (%|percentuale|ponderale|relativo|indicatore|indicatori|kpi|ind))*$/,
  ],
  [
    "direzione",
    /^(direzione|polarita|verso|tendenza|segno|andamento atteso|direzione attesa|verso atteso|polarita (indicatore|kpi)|direzione (indicatore|kpi)|operatore)$/,
  ],
  [
    "target",
    /^(target|target annuale|target atteso|valore atteso|valore obiettivo|valore target|risultato atteso|valori attesi|target anno|target( al)? 31 12( \d{4})?)$/,
  ],
  [
    "consuntivo",
    /^(consuntivo|consuntivi|valore rilevato|valore conseguito|valore raggiunto|risultato raggiunto|risultato conseguito|risultato ottenuto|valore a consuntivo|valore consuntivo|valore effettivo|valore realizzato|actual|dato rilevato|consuntivo al 31 12( \d{4})?|consuntivo al \d{1,2} \d{1,2}( \d{2,4})?|valore al 31 12( \d{4})?)$/,
  ],
  [
    "performanceKpi",
    /^((performance|perf|grado di raggiungimento|raggiungimento|% (di )?raggiungimento|percentuale (di )?raggiungimento|% (di )?realizzazione) (del |dell )?(kpi|indicatore|indicatori|ind))$/,
  ],
  [
    "performanceObiettivo",
    /^((performance|perf|grado di raggiungimento|raggiungimento|% (di )?raggiungimento|percentuale (di )?raggiungimento|% (di )?realizzazione) (dell |del |degli )?(obiettivo|obiettivi|ob|obiettivo strategico|obiettivo operativo))$/,
  ],
  [
    "performance",
    /^(performance|perf|% performance|performance %|grado avanzamento|grado di avanzamento|% (di )?avanzamento|percentuale di realizzazione|grado di raggiungimento|raggiungimento|% (di )?raggiungimento|percentuale (di )?raggiungimento|% (di )?realizzazione|grado di realizzazione)$/,
  ],
  [
    "indicatore",
    /^(indicatore|indicatori|kpi|nome indicatore|descrizione indicatore|denominazione indicatore|denominazione|denominazione kpi|nome kpi|descrizione kpi|indicatore di risultato|indicatori di risultato|indicatore di performance|indicatori di performance|indicatore kpi|kpi indicatore)$/,
  ],
  [
    "obiettivo",
    /^(obiettivo|obiettivi|obiettivo strategico|obiettivo operativo|obiettivi strategici|obiettivi operativi|descrizione obiettivo|obiettivo azione|area obiettivo|obiettivo strategico operativo|ambito obiettivo|albero della performance|nodo|area strategica|aree strategiche|area|ambito strategico|ambito|linea strategica|priorita strategica|programma)$/,
  ],
  [
    "metodo",
    /^(metodo|metodo di calcolo|metodo calcolo|regola di calcolo|metodo di valutazione|criterio di calcolo|modalita di calcolo)$/,
  ],
  ["unita", /^(un mis|u m|um|unita di misura|unita misura|unita|udm)$/],
  ["stato", /^(stato|stato kpi|stato obiettivo|esito|semaforo)$/],
];

/** Words the OCR damages ("Consistivo", "Eito"): repaired when within a small edit distance. */
const KEY_WORDS = [
  "consuntivo",
  "validazione",
  "indicatore",
  "obiettivo",
  "performance",
  "ponderazione",
  "raggiungimento",
  "realizzazione",
  "target",
  "esito",
];

function repairWord(word: string): string {
  if (word.length < 4 || KEY_WORDS.includes(word)) return word;
  const max = word.length >= 8 ? 2 : 1;
  for (const k of KEY_WORDS) if (editDistance(word, k, max) <= max) return k;
  return word;
}

/** A year written in the header ("Target 2019", "Consuntivo al 31/12/2019"). */
function yearIn(text: string): number | undefined {
  const m = /\b(20\d{2}|19\d{2})\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

const memo = new Map<string, HeaderMeaning | null>();
const MEMO_LIMIT = 5000;

/** What a header cell names, or null. */
export function matchHeader(raw: CellValue): HeaderMeaning | null {
  if (typeof raw !== "string") return null;
  const known = memo.get(raw);
  if (known !== undefined) return known;
  const meaning = matchUncached(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, meaning);
  return meaning;
}

/** "al 30 06", "al 31 12 2025", "30 06 2025": a day and month in a header, taken out before matching. */
const AS_OF = /(?:^| )(?:(?:al|a|del) (\d{1,2}) (\d{1,2})(?: (\d{2}|\d{4}))?|(\d{1,2}) (\d{1,2}) (\d{4}))(?= |$)/;

function asOfIn(text: string): { asOf: number; rest: string; year?: number } | null {
  const m = AS_OF.exec(text);
  if (!m) return null;
  const day = Number(m[1] ?? m[4]);
  const month = Number(m[2] ?? m[5]);
  const yearText = m[3] ?? m[6];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const rest = (text.slice(0, m.index) + " " + text.slice(m.index + m[0].length)).replace(/\s+/g, " ").trim();
  const year = yearText && yearText.length === 4 ? Number(yearText) : undefined;
  return year ? { asOf: month * 100 + day, rest, year } : { asOf: month * 100 + day, rest };
}

function matchUncached(raw: string): HeaderMeaning | null {
  const dated = asOfIn(normaliseHeader(raw));
  if (dated) {
    // "Valore al 31/12": a value at a date is what was measured
    const m = dated.rest === "valore" ? { field: "consuntivo" as const } : matchNormalised(dated.rest);
    if (!m) return null;
    const year = m.year ?? dated.year;
    return year ? { ...m, year, asOf: dated.asOf } : { ...m, asOf: dated.asOf };
  }
  return matchNormalised(normaliseHeader(raw));
}

function matchNormalised(text: string): HeaderMeaning | null {
  if (text === "" || text.length > 60) return null;
  const words = text.split(" ");
  // headers are short; a sentence is a value, not a header
  if (words.length > 7) return null;
  const year = yearIn(text);
  const exact = matchText(text, year);
  if (exact) return exact;
  // OCR damage is repaired on short headers only ("Consistivo", "Eito validazione")
  if (words.length > 4) return null;
  const repaired = words.map(repairWord).join(" ");
  return repaired === text ? null : matchText(repaired, year);
}

/**
 * The unit a target or consuntivo heading may carry after its words, once normalised: "Target (%)",
 * "Consuntivo %", "Valore atteso (n.)", "Target (gg)", "Target 2025 (%)" ("(€)" normalises away).
 */
const UNIT = / (%|n|nr|num|gg|euro|eur)(?=( (19|20)\d{2})?$)/;

function matchText(candidate: string, year: number | undefined): HeaderMeaning | null {
  const m = matchWords(candidate, year);
  if (m || !UNIT.test(candidate)) return m;
  const measured = matchWords(candidate.replace(UNIT, ""), year);
  return measured && (measured.field === "target" || measured.field === "consuntivo") ? measured : null;
}

function matchWords(candidate: string, year: number | undefined): HeaderMeaning | null {
  for (const [field, re] of SYNONYMS) if (re.test(candidate)) return year ? { field, year } : { field };
  // "Target 2019", "Consuntivo 2019": a per-year column
  const withoutYear = candidate.replace(/\s*\b(19|20)\d{2}\b\s*/g, " ").trim();
  if (year && withoutYear !== candidate) {
    for (const [field, re] of SYNONYMS)
      if ((field === "target" || field === "consuntivo") && re.test(withoutYear)) return { field, year };
  }
  return null;
}
