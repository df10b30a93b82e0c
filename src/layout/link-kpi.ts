import { LinkSpec } from "../engine/plan";
import { normaliseSpaces } from "../engine/italian-number";

/**
 * Link KPIs take their consuntivo from the children of an objective (DOMAIN.md §5):
 * "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.2",
 * "... delle azioni associate all'obiettivo operativo A.1.2",
 * "Performance della azione associata all'obiettivo operativo C.1.1".
 * Without a code in the name, the link means the objective the KPI belongs to.
 */
const LINK_PATTERNS: readonly RegExp[] = [
  /^media\s+(?:ponderata\s+|semplice\s+|aritmetica\s+)?(?:di\s+|della\s+|delle\s+)?performance\s+(?:degli|delle|dei)\s+(?:obiettivi|azioni|attività)\b.*?associat[aeio](?:\s+|$)(?:all['’`]\s*|al\s+|alla\s+)?(?:obiettivo\s+(?:strategico|operativo)|area\s+strategica|ambito\s+strategico)?\s*(.*)$/i,
  /^performance\s+(?:della|dell['’`]|delle)\s*(?:azione|azioni|obiettivo\s+operativo|obiettivi\s+operativi)\b.*?associat[aeio](?:\s+|$)(?:all['’`]\s*|al\s+|alla\s+)?(?:obiettivo\s+(?:strategico|operativo))?\s*(.*)$/i,
];

const CODE_IN_TAIL = /^([A-Z](?:\.\d{1,3})*|\d{1,2}(?:[._]\d{1,3})+|[A-Za-z]{1,4}_\d{1,3}(?:_\d{1,3})*)\b/;

export function parseLinkKpi(name: string): LinkSpec | null {
  const t = normaliseSpaces(name);
  for (const re of LINK_PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const tail = (m[1] ?? "").trim();
    const code = CODE_IN_TAIL.exec(tail);
    return { code: code ? code[1] : null };
  }
  return null;
}
