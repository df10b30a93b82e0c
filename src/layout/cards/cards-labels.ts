import { CellValue } from "../../engine/values";
import { matchHeader } from "../column-synonyms";
import { normaliseHeader } from "../header-text";

/** What a label cell of a card says (004). */
export type CardLabel =
  | "area"
  | "missione"
  | "strategico"
  | "operativo"
  | "programma"
  | "kpi"
  | "tabella-kpi"
  | "nome"
  | "algoritmo"
  | "target"
  | "peso"
  | "unita"
  | "consuntivo"
  | "monitoraggio"
  | "altro";

const LABELS: ReadonlyArray<[CardLabel, RegExp]> = [
  ["area", /^area strategica$/],
  ["missione", /^(obiettivo strategico missione?|missione?)$/],
  ["strategico", /^obiettivo strategico$/],
  ["operativo", /^obiettivo operativo( \d+)?$/],
  ["programma", /^programma( operativo)?$/],
  ["kpi", /^kpi operativ[oi]( \d+)*$/],
  ["tabella-kpi", /^kpi associati$/],
  ["nome", /^nome (dell )?indicatore$/],
  ["algoritmo", /^(algoritmo( di calcolo)?|alg)$/],
  ["target", /^target( annuale)?$/],
  ["peso", /^peso( indicatore)?( %)?$/],
  ["unita", /^(un mis|unita di misura)$/],
  ["monitoraggio", /^monitoraggio semestrale$/],
  [
    "altro",
    /^(tipologia( dell indicatore| kpi)?|fonte( dati)?|responsabile della rilevazione|frequenza( della rilevazione)?|descrizione( del progetto)?|risultati attesi|benefici attesi|impatto organizzativo.*|soggetti coinvolti.*|centro di costo|budget.*|area organizzativa)$/,
  ],
];

export function labelOf(text: string): CardLabel | null {
  const t = normaliseHeader(text);
  if (t === "") return null;
  for (const [label, re] of LABELS) if (re.test(t)) return label;
  // Only texts that can name a consuntivo go through the (slower, OCR-tolerant) header matcher.
  if (t.length > 40 || !/^(cons|valore|risultato|dato)/.test(t)) return null;
  const header = matchHeader(text);
  if (header?.field === "consuntivo") return "consuntivo";
  return null;
}

/** A row of a card: its label and value, whether written "Label: value" in one cell or label | value. */
export interface CardRow {
  label: CardLabel;
  /** 0-based sheet column of the label. */
  labelCol: number;
  value: CellValue;
  /** 0-based sheet column of the value (the label's own column for "Label: value"). */
  valueCol: number;
}

export function cardRowOf(cells: readonly { col: number; value: CellValue }[]): CardRow | null {
  const first = cells[0];
  if (!first || typeof first.value !== "string") return null;
  const text = first.value.trim();
  const whole = labelOf(text);
  const next = cells[1];
  if (whole)
    return {
      label: whole,
      labelCol: first.col,
      value: next ? next.value : null,
      valueCol: next ? next.col : first.col + 1,
    };
  const colon = text.indexOf(":");
  if (colon > 0) {
    const label = labelOf(text.slice(0, colon));
    if (label) return { label, labelCol: first.col, value: text.slice(colon + 1).trim(), valueCol: first.col };
  }
  return null;
}
