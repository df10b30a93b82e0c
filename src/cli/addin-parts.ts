import { entryText, readZip, ZipArchive } from "../xlsx/zip";

/**
 * The task pane's document settings live in the web extension parts of the package
 * (xl/webextensions/**). This module reads them; the writer copies those parts as they are.
 */

const PART_RE = /^xl\/webextensions\/webextension\d*\.xml$/i;

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
  return out;
}

/** The `<we:property name value>` pairs of one webextension part, values still JSON text. */
export function propertiesOfPart(xml: string): Map<string, string> {
  const props = new Map<string, string>();
  // Attribute by attribute: a value may hold a literal ">" (legal in XML attributes).
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?property((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const a = attributesOf(m[1]);
    if (a.name !== undefined && a.value !== undefined) props.set(a.name, a.value);
  }
  return props;
}

export type SavedSetting = { found: false } | { found: true; value: unknown } | { found: true; unreadable: true };

/**
 * The value Office.Settings saved under `key` in any web extension part. Office stores the JSON
 * serialisation of the value; a value saved as a JSON string of its own is decoded once more.
 */
export async function readSavedSetting(data: Buffer, key: string): Promise<SavedSetting> {
  let zip: ZipArchive;
  try {
    zip = readZip(data);
  } catch {
    return { found: false };
  }
  const names = zip.entries
    .map((e) => e.name)
    .filter((n) => PART_RE.test(n))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const name of names) {
    let xml: string;
    try {
      xml = entryText(zip, zip.byName.get(name)!);
    } catch {
      return { found: true, unreadable: true };
    }
    const text = propertiesOfPart(xml).get(key);
    if (text === undefined) continue;
    try {
      let value: unknown = JSON.parse(text);
      if (typeof value === "string") value = JSON.parse(value);
      return { found: true, value };
    } catch {
      return { found: true, unreadable: true };
    }
  }
  return { found: false };
}
