import { normaliseSpaces } from "../../engine/italian-number";
import { CodedName, extractCode } from "../codes";

/**
 * Objective codes of the report layout: those extractCode knows ("A.1.2", "01_03_02") plus the
 * lettered variants 003 uses for a split objective ("01_04_02a", "01_06_02a"). Codes that could be
 * an indicator's own code ("TUR_01", "OC_01") are not objective codes here: in this layout they
 * begin indicator names.
 */
const LETTERED = /^(\d{1,2}(?:_\d{1,3}[a-z]?)+)(?=$|[\s\-–—:.])[\s.\-–—:]*/;
const HIERARCHICAL = /^(\d{1,2}([._]\d{1,3}[a-z]?)*|[A-Z](\.\d{1,3})*)$/;

export function objectiveCodeOf(text: string): CodedName | null {
  const t = normaliseSpaces(text);
  const lettered = LETTERED.exec(t);
  if (lettered) return { code: lettered[1], name: t.slice(lettered[0].length).trim() };
  const coded = extractCode(t);
  return coded && HIERARCHICAL.test(coded.code) ? coded : null;
}

/** "Ambito strategico: Promozione ...", "Area strategica 02 - Semplificazione ...": the area label and what follows. */
const AREA_LABEL = /^(ambito|area)\s+strategic[oa]\s*(?:n\.?\s*)?[:\-–—]?\s*/i;

export function areaLabelOf(text: string): { code: string | null; name: string } | null {
  const t = normaliseSpaces(text);
  const m = AREA_LABEL.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const numbered = /^(\d{1,2}|[A-Z]|[IVX]{1,4})\s*[:.\-–—)]?\s+(\S.*)$/.exec(rest);
  if (numbered && /^\d/.test(numbered[1])) return { code: numbered[1], name: numbered[2] };
  return { code: null, name: rest };
}

/** The first segment of a code ("01_03_02" → "01", "A.1.2" → "A"): the area it belongs to. */
export function areaCodeOf(code: string): string {
  return code.split(/[._]/)[0];
}

/** An indicator's own code at the start of its name ("TUR_01 Capacità ...", "SOST_AMB-01 ..."), if any. */
export function kpiCodeOf(name: string): string | undefined {
  const first = normaliseSpaces(name).split(" ")[0] ?? "";
  return /^[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*_[A-Za-z0-9]+(?:[_.-][A-Za-z0-9]+)*$/.test(first)
    ? first
    : undefined;
}
