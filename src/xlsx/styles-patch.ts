import { BUILTIN_FORMATS } from "./styles";
import { Tag, attributeOf, elementEnd, escapeXml, localName, nextTag } from "./xml-scan";

interface Section {
  open: Tag;
  /** Offset of the closing tag (or of the empty tag's end, when self-closing). */
  close: number;
  items: string[];
}

const BUILTIN_IDS = new Map(Object.entries(BUILTIN_FORMATS).map(([id, code]) => [code, Number(id)]));

/**
 * Appends the style entries the owned cells and the add-in's formats need to styles.xml: a copy of a
 * cell's xf with another number format, a number format, a differential format. Existing entries are
 * never renumbered or changed; identical entries are reused.
 */
export class StylesEditor {
  private readonly sections = new Map<string, Section>();
  private readonly added = { numFmts: [] as string[], cellXfs: [] as string[], dxfs: [] as string[] };
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly xfCache = new Map<string, number>();
  private readonly prefix: string;

  constructor(private readonly xml: string) {
    const root = nextTagNamed(xml, 0, "styleSheet");
    this.prefix = root && root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
    for (const name of ["numFmts", "cellXfs", "dxfs"]) {
      const open = nextTagNamed(xml, 0, name);
      if (!open) continue;
      const close = open.kind === "empty" ? open.end : elementEnd(xml, open) - `</${open.name}>`.length;
      const items: string[] = [];
      for (let t = nextTag(xml, open.end); t && t.start < close; t = nextTag(xml, elementEnd(xml, t))) {
        if (t.kind !== "close") items.push(xml.slice(t.start, elementEnd(xml, t)));
      }
      this.sections.set(name, { open, close, items });
    }
    for (const item of this.sections.get("numFmts")?.items ?? []) {
      const id = Number(attributeOf(item, "numFmtId"));
      const code = attributeOf(item, "formatCode");
      if (code !== undefined && !this.numFmtIds.has(code)) this.numFmtIds.set(code, id);
      if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
    }
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    const known = this.numFmtIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmtId++;
    this.numFmtIds.set(code, id);
    this.added.numFmts.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The cell style index like `s` but with number format `code`. */
  styleWithFormat(s: number, code: string): number {
    const key = `${s}\u0000${code}`;
    const cached = this.xfCache.get(key);
    if (cached !== undefined) return cached;
    const xfs = this.sections.get("cellXfs");
    const id = this.numFmtId(code);
    const base = xfs?.items[s] ?? xfs?.items[0];
    let result: number;
    if (!xfs || !base) result = s;
    else if (Number(attributeOf(base, "numFmtId") ?? 0) === id) result = s;
    else {
      let xf = base
        .replace(/\snumFmtId\s*=\s*("[^"]*"|'[^']*')/, "")
        .replace(/\sapplyNumberFormat\s*=\s*("[^"]*"|'[^']*')/, "");
      xf = xf.replace(/^<([^\s/>]+)/, `<$1 numFmtId="${id}" applyNumberFormat="1"`);
      const existing = [...xfs.items, ...this.added.cellXfs].indexOf(xf);
      if (existing >= 0) result = existing;
      else {
        this.added.cellXfs.push(xf);
        result = xfs.items.length + this.added.cellXfs.length - 1;
      }
    }
    this.xfCache.set(key, result);
    return result;
  }

  /** Index of a differential format with this font colour and fill ("#RRGGBB"). */
  dxf(fill: string, font: string): number {
    const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;
    const p = this.prefix;
    const xml =
      `<${p}dxf><${p}font><${p}color rgb="${argb(font)}"/></${p}font>` +
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(fill)}"/><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;
    const all = [...(this.sections.get("dxfs")?.items ?? []), ...this.added.dxfs];
    const at = all.indexOf(xml);
    if (at >= 0) return at;
    this.added.dxfs.push(xml);
    return all.length;
  }

  get changed(): boolean {
    return this.added.numFmts.length + this.added.cellXfs.length + this.added.dxfs.length > 0;
  }

  /** styles.xml with the added entries (and their counts); the rest as it was. */
  toXml(): string {
    const edits: { at: number; end: number; text: string }[] = [];
    const p = this.prefix;
    for (const name of ["numFmts", "cellXfs", "dxfs"] as const) {
      const added = this.added[name];
      if (added.length === 0) continue;
      const section = this.sections.get(name);
      if (section) {
        const count = section.items.length + added.length;
        let open = this.xml.slice(section.open.start, section.open.end);
        open = /\scount\s*=/.test(open)
          ? open.replace(/(\scount\s*=\s*)("[^"]*"|'[^']*')/, `$1"${count}"`)
          : open.replace(/^<([^\s/>]+)/, `<$1 count="${count}"`);
        if (section.open.kind === "empty")
          edits.push({
            at: section.open.start,
            end: section.open.end,
            text: `${open.replace(/\s*\/>$/, ">")}${added.join("")}</${section.open.name}>`,
          });
        else {
          edits.push({ at: section.open.start, end: section.open.end, text: open });
          edits.push({ at: section.close, end: section.close, text: added.join("") });
        }
        continue;
      }
      const text = `<${p}${name} count="${added.length}">${added.join("")}</${p}${name}>`;
      edits.push({ at: this.insertionPoint(name), end: this.insertionPoint(name), text });
    }
    edits.sort((a, b) => b.at - a.at);
    let out = this.xml;
    for (const e of edits) out = out.slice(0, e.at) + e.text + out.slice(e.end);
    return out;
  }

  /** Where a missing section goes in the styleSheet's fixed element order. */
  private insertionPoint(name: "numFmts" | "cellXfs" | "dxfs"): number {
    const after =
      name === "numFmts"
        ? [
            "fonts",
            "fills",
            "borders",
            "cellStyleXfs",
            "cellXfs",
            "cellStyles",
            "dxfs",
            "tableStyles",
            "colors",
            "extLst",
          ]
        : ["tableStyles", "colors", "extLst"];
    for (const n of after) {
      const t = nextTagNamed(this.xml, 0, n);
      if (t) return t.start;
    }
    return this.xml.lastIndexOf("</");
  }
}

function nextTagNamed(xml: string, from: number, name: string): Tag | null {
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end))
    if (t.kind !== "close" && localName(t.name) === name) return t;
  return null;
}
