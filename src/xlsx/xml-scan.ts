/**
 * A minimal scanner over well-formed XML text that reports where each tag starts and ends, so a part
 * can be patched by splicing text: everything outside the replaced elements stays byte for byte.
 * ("<" never occurs inside attribute values or text of well-formed XML; ">" may, inside quotes.)
 */
export interface Tag {
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
  /** Qualified name as written ("c", "x14:cfRule"). */
  name: string;
  kind: "open" | "close" | "empty";
}

/** The next tag at or after `from`, skipping comments, CDATA, processing instructions and doctype; null at the end. */
export function nextTag(xml: string, from: number): Tag | null {
  let i = xml.indexOf("<", from);
  while (i >= 0) {
    const c = xml.charCodeAt(i + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", i)) i = skipTo(xml, i, "-->");
      else if (xml.startsWith("<![CDATA[", i)) i = skipTo(xml, i, "]]>");
      else i = skipTo(xml, i, ">");
      i = xml.indexOf("<", i);
      continue;
    }
    if (c === 0x3f /* ? */) {
      i = xml.indexOf("<", skipTo(xml, i, "?>"));
      continue;
    }
    const close = c === 0x2f;
    let j = i + (close ? 2 : 1);
    const nameStart = j;
    while (j < xml.length && !isNameEnd(xml.charCodeAt(j))) j++;
    const name = xml.slice(nameStart, j);
    let quote = 0;
    for (; j < xml.length; j++) {
      const ch = xml.charCodeAt(j);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    const end = j + 1;
    return { start: i, end, name, kind: close ? "close" : xml.charCodeAt(j - 1) === 0x2f ? "empty" : "open" };
  }
  return null;
}

function skipTo(xml: string, from: number, marker: string): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? xml.length : at + marker.length;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e || c === 0x2f;
}

/** Local name without the prefix ("x14:cfRule" → "cfRule"). */
export function localName(name: string): string {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
}

/** The end of the element whose start tag is `open` (just after its closing tag). */
export function elementEnd(xml: string, open: Tag): number {
  if (open.kind === "empty") return open.end;
  let depth = 1;
  let t = nextTag(xml, open.end);
  while (t) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
    t = nextTag(xml, t.end);
  }
  return xml.length;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };

export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Attributes of a start tag's text, values unescaped. */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=<>/"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<\/?[^\s>/]+/, "");
  for (const m of body.matchAll(re)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

const ATTRIBUTE_RES = new Map<string, RegExp>();

/** One attribute of a start tag, without parsing the others; undefined when absent. */
export function attributeOf(tag: string, name: string): string | undefined {
  let re = ATTRIBUTE_RES.get(name);
  if (!re)
    ATTRIBUTE_RES.set(name, (re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}
