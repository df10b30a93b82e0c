/**
 * The direction of a KPI: which way is better. The documents write ">" for ">=" and "<" for "<="
 * (a KPI "> 2,00" with consuntivo 2,00 scores 100% in Lecce 2019), so both collapse here.
 */
export type Direction = ">=" | "<=" | "=";

const SYMBOLS: ReadonlyArray<[RegExp, Direction]> = [
  [/^(>=|=>|≥|>)/, ">="],
  [/^(<=|=<|≤|<)/, "<="],
  [/^(=|==)/, "="],
];

// "Maggiore è meglio" / "Più alto è meglio" (and without the accent, "e' meglio"), as PIAO tables write polarity
const BETTER = String.raw`\s+(?:è|e'|e)\s+meglio`;

const WORDS: ReadonlyArray<[RegExp, Direction]> = [
  [/^(crescente|in aumento|aumento|maggiore|positiva|massimizzare|↑)$/i, ">="],
  [new RegExp(`^(?:maggiore|più alto|piu alto|più alta|piu alta)${BETTER}$`, "i"), ">="],
  [/^(decrescente|in diminuzione|diminuzione|minore|negativa|minimizzare|↓)$/i, "<="],
  [new RegExp(`^(?:minore|più basso|piu basso|più bassa|piu bassa)${BETTER}$`, "i"), "<="],
  [/^(uguale|pari a|costante)$/i, "="],
];

/** A direction written on its own: a symbol or a word (crescente / decrescente). */
export function parseDirection(text: string): Direction | null {
  const t = text.trim();
  if (t === "") return null;
  for (const [re, dir] of SYMBOLS) {
    const m = re.exec(t);
    if (m && m[0].length === t.length) return dir;
  }
  for (const [re, dir] of WORDS) if (re.test(t)) return dir;
  return null;
}

/** A direction symbol at the start of a text, and the rest of the text after it. */
export function takeLeadingDirection(text: string): { direction: Direction | null; rest: string } {
  const t = text.trimStart();
  for (const [re, dir] of SYMBOLS) {
    const m = re.exec(t);
    if (m) return { direction: dir, rest: t.slice(m[0].length).trim() };
  }
  return { direction: null, rest: text.trim() };
}

/** A direction symbol at the end of a text ("50% >="), and the text before it. */
export function takeTrailingDirection(text: string): { direction: Direction | null; rest: string } {
  const m = /(>=|=>|≥|<=|=<|≤|>|<|=)\s*$/.exec(text);
  if (!m) return { direction: null, rest: text.trim() };
  const direction = parseDirection(m[1]);
  return { direction, rest: text.slice(0, m.index).trim() };
}
