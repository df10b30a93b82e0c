import { Level } from "../engine/plan";
import { normaliseSpaces } from "../engine/italian-number";

/**
 * Letters some plans put before an objective's numbers, each the initials of a level of the tree or of
 * the words LEVEL_WORDS accepts: Obiettivo (OB), Obiettivo di Ente (OE), generale (OG), operativo (OO),
 * programmatico (OP), strategico / specifico (OS), trasversale (OT), Area strategica (AS). Only these: a
 * word in capitals ("SI", "ND") or a KPI's code ("KPI301", "IND.1") is no objective code.
 */
const OBJECTIVE_PREFIXES = "(?:OB|OE|OG|OO|OP|OS|OT|AS)";

/** "OE.1", "OS1", "OO 1.1", "OS.1.2": a prefix of OBJECTIVE_PREFIXES and its numbers. */
const PREFIXED_CODE = `${OBJECTIVE_PREFIXES}(?:\\.\\d{1,3}|\\s?\\d{1,3})(?:\\.\\d{1,3})*`;

/** A prefix alone or with its numbers, the whole of a code cell ("OE", "OE.1"). */
const PREFIXED_CELL = new RegExp(`^(?:${PREFIXED_CODE}|${OBJECTIVE_PREFIXES})$`);

/**
 * Objective codes written at the start of the objective cell: "A", "A.1", "A.1.2.1" (letter and dotted
 * numbers), "01", "01_03", "01_03_02", "OC_01" (underscored), "1.2" (dotted numbers), "01:02:03" (colons); a bare number is a
 * code only before a capitalised name or a dash ("01 Competitività", "1 - Competitività"). The separator
 * before the name may be a space, " - ", " – ", "." or ":" ("A.1 - Attrattività", "A.1. Attrattività"). A dotted
 * code in brackets is the code ("(A.3) Sostegno"); "a.2" and "A4" are not codes (the rows say so).
 * PIAO-style prefixes of a few letters ("OE", "OE.1", "OS1", "OO 1.1") are codes when the prefix is one of
 * OBJECTIVE_PREFIXES.
 */
const CODE_PATTERNS: readonly RegExp[] = [
  /^\(([A-Z](?:\.\d{1,3})+|\d{1,2}(?:\.\d{1,3})+)\)(?=$|[\s\-–—:])/,
  /^([A-Z](?:\.\d{1,3})+)\.?(?=$|[\s\-–—:])/,
  new RegExp(`^(${PREFIXED_CODE})\\.?(?=$|[\\s\\-–—:])`),
  /^([A-Z])(?=\s+[-–—:]\s+\S|\s*:\s*\S|\s+[A-ZÀ-Ý][a-zà-ýA-ZÀ-Ý])/,
  /^(\d{1,2}(?:_\d{1,3})+|[A-Za-z]{1,4}_\d{1,3}(?:_\d{1,3})*)(?=$|[\s\-–—:.])/,
  /^(\d{1,2}(?:\.\d{1,3})+)\.?(?=$|[\s\-–—:])/,
  /^(\d{1,2}(?::\d{1,3})+)(?=$|[\s\-–—])/,
  /^(\d{1,2})[.)](?=\s+[A-ZÀ-Ýa-zà-ý])/,
  /^(\d{1,2})(?=\s+[-–—:]\s+\S|\s+[A-ZÀ-Ý][a-zà-ýA-ZÀ-Ý])/,
];

export interface CodedName {
  code: string;
  name: string;
}

/** A word some offices write before the code: "Obiettivo operativo A.1.2 - ...", "Area strategica A ...". */
const LEVEL_WORDS =
  /^(?:obiettivo(?:\s+(?:strategico|operativo))?|ob\.|area(?:\s+strategica)?|ambito(?:\s+strategico)?|azione)\s*:?\s+(?=[A-Z0-9])/i;

/** Split "A.1.2 Sviluppo e qualificazione ..." into code and name; null when the text has no code. */
export function extractCode(text: string): CodedName | null {
  const t = normaliseSpaces(withoutInvisible(text));
  const direct = codeAtStart(t);
  if (direct) return direct;
  const word = LEVEL_WORDS.exec(t);
  return word ? codeAtStart(t.slice(word[0].length)) : null;
}

function codeAtStart(t: string): CodedName | null {
  for (const re of CODE_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const name = t
      .slice(m[0].length)
      .replace(/^[\s.\-–—:]+/, "")
      .trim();
    return { code: normaliseCode(m[1]), name };
  }
  return null;
}

/** Zero-width spaces and joiners pasted inside a code ("B.\u200b2") are invisible to the user. */
function withoutInvisible(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, "");
}

/**
 * A text that starts like an objective code the reader does not recognise: "a.2", "A4", "A-2", "(A.2",
 * "1-2", "I.3". Such a row is reported, never read as a label of the objective above.
 */
export function looksLikeCode(text: string): boolean {
  const t = normaliseSpaces(withoutInvisible(text));
  return /^[([]?\s*(?:[A-Za-z]{1,3}\s?[.\-_:/]?\s?\d{1,3}|\d{1,2}\s?[-/]\s?\d{1,3})(?:[.\-_:/]\d{1,3})*[)\]]?\.?(?=$|[\s\-–—:)])/.test(
    t
  );
}

/** A bare code cell ("A.1", "A.1.", "01_03 ") in a code column. */
export function parseCodeCell(text: string): string | null {
  const t = normaliseSpaces(withoutInvisible(text)).replace(/[\s.\-–—:]+$/, "");
  if (t === "") return null;
  return /^([A-Z](\.\d{1,3})*|\d{1,2}([._]\d{1,3})*|\d{1,2}(:\d{1,3})+|[A-Za-z]{1,4}_\d{1,3}(_\d{1,3})*)$/.test(t) ||
    PREFIXED_CELL.test(t)
    ? normaliseCode(t)
    : null;
}

export function normaliseCode(code: string): string {
  return code.trim().replace(/\.$/, "");
}

function segments(code: string): string[] {
  return code.split(/[._:]/);
}

function separator(code: string): string {
  return code.includes("_") ? "_" : code.includes(":") ? ":" : ".";
}

/** Number of levels in a code: "A" → 1, "A.1.2" → 3, "01_03_02" → 3, "OC_01" → 2. */
export function codeDepth(code: string): number {
  return segments(code).length;
}

/** The nearest ancestor code among the known ones ("A.1.2.1" → "A.1.2", else "A.1", else "A"). */
export function parentCodeOf(code: string, known: ReadonlySet<string>): string | null {
  const parts = segments(code);
  const sep = separator(code);
  for (let n = parts.length - 1; n >= 1; n--) {
    const candidate = parts.slice(0, n).join(sep);
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** The direct parent a code names, whether or not it exists ("A.1.2" → "A.1"). */
export function declaredParentOf(code: string): string | null {
  const parts = segments(code);
  return parts.length > 1 ? parts.slice(0, -1).join(separator(code)) : null;
}

export function levelOfDepth(depth: number): Level {
  switch (depth) {
    case 1:
      return "area";
    case 2:
      return "strategico";
    case 3:
      return "operativo";
    default:
      return "azione";
  }
}
