import { RatingScale, parseRatingScale } from "../engine/rating";
import { RULE_NAMES, checkRuleSpec } from "../engine/rules";
import { parseA1 } from "../layout/address";
import { TextRead } from "./settings-kinds";
import { percentFromText, percentText } from "./settings-values";
import { SETTINGS_MSG } from "./settings-messages";
import { BandTableRef } from "./types";

/** How the scoring rules' settings are typed (command line, task pane) and checked: one reader per setting. */

const clause = (sentence: string): string => sentence.replace(/\.$/, "");
const isFraction = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const none = (text: string, ...words: string[]): boolean => text === "" || words.includes(text.toLowerCase());

export const methodText = {
  parse(text: string): TextRead<string> {
    const bad = checkRuleSpec(text);
    return bad === null
      ? { ok: true, value: text.trim().replace(/\s+/g, " ").toLowerCase() }
      : { ok: false, detail: clause(bad.message) };
  },
  show: (v: string): string => v,
  check: (v: unknown): string | null =>
    typeof v === "string" && checkRuleSpec(v) === null ? null : SETTINGS_MSG.method(RULE_NAMES),
};

const MAX_CAP = 10;

export const capText = {
  parse(text: string): TextRead<number | null> {
    if (none(text, "senza", "senza tetto", "nessuno"))
      return text === "" ? { ok: false, detail: SETTINGS_MSG.cap() } : { ok: true, value: null };
    const v = percentFromText(text);
    return v !== null && v >= 1 && v <= MAX_CAP ? { ok: true, value: v } : { ok: false, detail: SETTINGS_MSG.cap() };
  },
  show: (v: number | null): string => (v === null ? "senza tetto" : `${percentText(v)}%`),
  check: (v: unknown): string | null =>
    v === null || (isFraction(v) && v >= 1 && v <= MAX_CAP) ? null : SETTINGS_MSG.cap(),
};

export const minimumThresholdText = {
  parse(text: string): TextRead<number | null> {
    if (none(text, "nessuna", "senza soglia")) return { ok: true, value: null };
    const v = percentFromText(text);
    return v !== null && v > 0 && v <= 1
      ? { ok: true, value: v }
      : { ok: false, detail: SETTINGS_MSG.minimumThreshold() };
  },
  show: (v: number | null): string => (v === null ? "" : `${percentText(v)}%`),
  check: (v: unknown): string | null =>
    v === null || (isFraction(v) && v > 0 && v <= 1) ? null : SETTINGS_MSG.minimumThreshold(),
};

export const bandsText = {
  parse: (text: string): TextRead<string | null> => ({ ok: true, value: none(text, "nessuna") ? null : text }),
  show: (v: string | null): string => v ?? "",
  check: (v: unknown): string | null =>
    v === null || (typeof v === "string" && v.trim() !== "") ? null : SETTINGS_MSG.bandsName(),
};

const quoteSheet = (sheet: string): string => (/^[\p{L}\d_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);
const RANGE = /^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+$/i;

function isRef(v: unknown): v is BandTableRef {
  const r = v as BandTableRef;
  return (
    typeof r === "object" &&
    r !== null &&
    [r.name, r.sheet, r.range].every((x) => typeof x === "string" && x.trim() !== "") &&
    RANGE.test(r.range)
  );
}

/** "AdE = Fasce!A1:D5", "Decreto = 'Tabella fasce'!B3:E9". */
function refOf(line: string): BandTableRef | null {
  const m = /^(.+?)\s*=\s*(?:'((?:[^']|'')+)'|([^!]+))!(\S+)$/.exec(line.trim());
  if (!m || !RANGE.test(m[4])) return null;
  const [from, to] = m[4].replace(/\$/g, "").toUpperCase().split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b || a.row > b.row || a.col > b.col) return null;
  return { name: m[1].trim(), sheet: (m[2] ?? m[3]).replace(/''/g, "'").trim(), range: `${from}:${to}` };
}

export const bandTablesText = {
  parse(text: string): TextRead<BandTableRef[]> {
    const refs: BandTableRef[] = [];
    // A ";" inside a quoted sheet name ('Fasce; 2019'!A1:D5) does not separate two tables.
    for (const line of text
      .split(/\n|;(?=(?:[^']*'[^']*')*[^']*$)/)
      .map((l) => l.trim())
      .filter((l) => l !== "")) {
      const ref = refOf(line);
      if (!ref) return { ok: false, detail: SETTINGS_MSG.bandTable(line) };
      if (refs.some((r) => r.name.toLowerCase() === ref.name.toLowerCase()))
        return { ok: false, detail: SETTINGS_MSG.bandTableTwice(ref.name) };
      refs.push(ref);
    }
    return { ok: true, value: refs };
  },
  show: (v: BandTableRef[]): string => v.map((r) => `${r.name} = ${quoteSheet(r.sheet)}!${r.range}`).join("; "),
  check: (v: unknown): string | null => (Array.isArray(v) && v.every(isRef) ? null : SETTINGS_MSG.bandTable("")),
};

export const ratingText = {
  parse(text: string): TextRead<RatingScale | null> {
    if (none(text, "nessuno", "nessuna")) return { ok: true, value: null };
    const read = parseRatingScale(text);
    return read.ok ? { ok: true, value: read.scale } : { ok: false, detail: clause(read.message) };
  },
  show: (v: RatingScale | null): string =>
    v === null ? "" : v.map((l) => `${l.letter} ${percentText(l.min)}%`).join("; "),
  check(v: unknown): string | null {
    if (v === null) return null;
    const levels = v as { letter?: unknown; min?: unknown }[];
    if (!Array.isArray(v) || !levels.every((l) => typeof l?.letter === "string" && isFraction(l?.min)))
      return SETTINGS_MSG.rating();
    const read = parseRatingScale(ratingText.show(v as RatingScale));
    return read.ok ? null : clause(read.message);
  },
};
