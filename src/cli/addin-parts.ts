import JSZip from "jszip";

/**
 * The task pane's document settings and its association with the workbook live in the web extension
 * parts of the package (xl/webextensions/**), which ExcelJS neither reads nor writes. This module reads
 * the settings out of them and carries the parts over into the copy ExcelJS writes.
 */

const WEBEXT_DIR = "xl/webextensions/";
const ROOT_RELS = ["_rels/.rels", "xl/_rels/workbook.xml.rels"];
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
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3] ?? "");
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
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return { found: false };
  }
  const names = Object.keys(zip.files)
    .filter((n) => PART_RE.test(n))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  for (const name of names) {
    const text = propertiesOfPart(await zip.files[name].async("string")).get(key);
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

interface Relationship {
  xml: string;
  id: string;
  target: string;
}

function relationshipsOf(relsXml: string): Relationship[] {
  return [...relsXml.matchAll(/<Relationship\b[^>]*?\/>/g)].map((m) => {
    const a = attributesOf(m[0]);
    return { xml: m[0], id: a.Id ?? "", target: a.Target ?? "" };
  });
}

/** Resolve a relationship target against the folder of its source part ("" for the package root). */
function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseDir ? baseDir.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Folder of the part a .rels file describes: "_rels/.rels" → "", "xl/_rels/workbook.xml.rels" → "xl". */
function sourceDirOfRels(relsPath: string): string {
  return relsPath.replace(/(^|\/)_rels\/[^/]*$/, "");
}

/** The parts under xl/webextensions/ that can be copied as they are, or null when there are none or they point elsewhere. */
async function carriedParts(input: JSZip): Promise<string[] | null> {
  const names = Object.keys(input.files).filter((n) => n.startsWith(WEBEXT_DIR) && !input.files[n].dir);
  if (names.length === 0) return null;
  // A content add-in in a sheet is referenced from a drawing, which ExcelJS rewrites: not carried.
  for (const rels of Object.keys(input.files).filter((n) => n.endsWith(".rels") && !n.startsWith(WEBEXT_DIR) && !ROOT_RELS.includes(n))) {
    const base = sourceDirOfRels(rels);
    const xml = await input.files[rels].async("string");
    if (relationshipsOf(xml).some((r) => resolveTarget(base, r.target).startsWith(WEBEXT_DIR))) return null;
  }
  for (const rels of names.filter((n) => n.endsWith(".rels"))) {
    const base = sourceDirOfRels(rels);
    const xml = await input.files[rels].async("string");
    for (const r of relationshipsOf(xml)) {
      if (/TargetMode\s*=\s*"External"/i.test(r.xml)) continue;
      // A snapshot image or any other part outside the folder is not carried: the copy would point at nothing.
      if (!resolveTarget(base, r.target).startsWith(WEBEXT_DIR)) return null;
    }
  }
  return names;
}

/** Whether the input's web extension parts can be carried into the copy (false: none, or not safely). */
export async function canCarryAddinParts(data: Buffer): Promise<boolean | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return null;
  }
  const names = Object.keys(zip.files).filter((n) => n.startsWith(WEBEXT_DIR) && !zip.files[n].dir);
  if (names.length === 0) return null;
  return (await carriedParts(zip)) !== null;
}

function freeId(taken: Set<string>): string {
  let i = 1;
  while (taken.has(`rIdWebExt${i}`)) i++;
  return `rIdWebExt${i}`;
}

/**
 * Copy the input's xl/webextensions parts into the package ExcelJS wrote, with their content-type
 * overrides and the package/workbook relationships that point at them (Excel puts the task panes
 * relationship in _rels/.rels). Returns the output unchanged when the input has none.
 */
export async function carryAddinParts(inputData: Buffer, outputData: Buffer): Promise<Buffer> {
  const input = await JSZip.loadAsync(inputData);
  const parts = await carriedParts(input);
  if (!parts) return outputData;
  const output = await JSZip.loadAsync(outputData);
  for (const name of parts) output.file(name, await input.files[name].async("uint8array"));

  const inTypes = await input.file("[Content_Types].xml")?.async("string");
  let outTypes = await output.file("[Content_Types].xml")?.async("string");
  if (inTypes && outTypes) {
    const overrides = [...inTypes.matchAll(/<Override\b[^>]*?\/>/g)]
      .map((m) => m[0])
      .filter((o) => (attributesOf(o).PartName ?? "").toLowerCase().startsWith("/" + WEBEXT_DIR));
    const missing = overrides.filter((o) => !outTypes!.includes(`PartName="${attributesOf(o).PartName}"`));
    if (missing.length > 0) outTypes = outTypes.replace("</Types>", `${missing.join("")}</Types>`);
    output.file("[Content_Types].xml", outTypes);
  }

  for (const relsPath of ROOT_RELS) {
    const inRels = await input.file(relsPath)?.async("string");
    let outRels = await output.file(relsPath)?.async("string");
    if (!inRels || !outRels) continue;
    const base = sourceDirOfRels(relsPath);
    const wanted = relationshipsOf(inRels).filter((r) => resolveTarget(base, r.target).startsWith(WEBEXT_DIR));
    if (wanted.length === 0) continue;
    const existing = relationshipsOf(outRels);
    const taken = new Set(existing.map((r) => r.id));
    const present = new Set(existing.map((r) => resolveTarget(base, r.target)));
    const added: string[] = [];
    for (const r of wanted) {
      if (present.has(resolveTarget(base, r.target))) continue;
      // Nothing in the package refers to these relationship ids, so a clashing one can be renamed.
      const id = taken.has(r.id) ? freeId(taken) : r.id;
      taken.add(id);
      added.push(r.xml.replace(/\bId\s*=\s*"[^"]*"/, `Id="${id}"`));
    }
    if (added.length > 0) outRels = outRels.replace("</Relationships>", `${added.join("")}</Relationships>`);
    output.file(relsPath, outRels);
  }
  return output.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
