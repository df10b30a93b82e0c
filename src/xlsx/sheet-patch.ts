import { isOwnTrafficLightFormula } from "../pipeline/traffic-lights";
import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { PackageError, XLSX_MSG } from "./messages";
import { shiftFormula } from "./formula-shift";
import { parseRef } from "./sheet-cells";
import { StylesEditor } from "./styles-patch";
import { Tag, attributeOf, elementEnd, escapeXml, localName, nextTag, unescapeXml } from "./xml-scan";

/** Elements that follow conditionalFormatting in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_CF = new Set([
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

interface Edit {
  at: number;
  end: number;
  text: string;
}

export interface SheetPatch {
  /** The patched part in pieces, in order (joined, they are the part's text). */
  pieces: string[];
  /** Cells whose formula was replaced by a value (their calculation chain entries are stale). */
  replacedFormulas: string[];
}

interface OwnedCell {
  row: number;
  col: number;
  write: CellWrite;
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/**
 * Patch one worksheet part: the owned cells get their new value (and number format, as a style
 * appended to styles.xml), the add-in's previous traffic-light formats are removed and the new ones
 * added. Every other byte of the part is kept as it was.
 */
export function patchSheet(
  sheetName: string,
  xml: string,
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[],
  styles: StylesEditor | null
): SheetPatch {
  const root = firstOpen(xml, 0);
  if (!root) return { pieces: [xml], replacedFormulas: [] };
  const p = root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
  const edits: Edit[] = [];
  const replacedFormulas: string[] = [];

  const owned: OwnedCell[] = [];
  for (const w of writes) {
    const rc = parseRef(w.address);
    if (rc) owned.push({ row: rc[0], col: rc[1], write: w });
  }
  owned.sort((a, b) => a.row - b.row || a.col - b.col);
  const ownedSet = new Set(owned.map((o) => `${o.row},${o.col}`));

  const cellXml = (o: OwnedCell, oldTag: string | null): string => {
    const w = o.write;
    const oldS = oldTag ? Number(attributeOf(oldTag, "s") ?? 0) : 0;
    const s = w.numberFormat !== undefined && styles ? styles.styleWithFormat(oldS, w.numberFormat) : oldS;
    const attrs = `r="${w.address}"${s ? ` s="${s}"` : ""}`;
    if (w.value === null) return `<${p}c ${attrs}/>`;
    if (typeof w.value === "number") return `<${p}c ${attrs}><${p}v>${numberText(w.value)}</${p}v></${p}c>`;
    const space = /^\s|\s$/.test(w.value) ? ' xml:space="preserve"' : "";
    return `<${p}c ${attrs} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(w.value)}</${p}t></${p}is></${p}c>`;
  };

  // Top-level children of the worksheet, with their spans.
  const children: { name: string; start: number; end: number; tag: Tag }[] = [];
  for (let t = nextTag(xml, root.end); t && t.kind !== "close";) {
    const name = localName(t.name);
    const end =
      t.kind === "empty"
        ? t.end
        : name === "sheetData"
          ? xml.indexOf(`</${t.name}>`, t.end) + `</${t.name}>`.length
          : elementEnd(xml, t);
    children.push({ name, start: t.start, end, tag: t });
    t = nextTag(xml, end);
  }

  const sheetData = children.find((c) => c.name === "sheetData");
  if (sheetData && owned.length > 0)
    patchSheetData(xml, sheetData.tag, sheetData.end, owned, ownedSet, p, cellXml, edits, replacedFormulas, sheetName);

  if (formats.length > 0) {
    let firstRemoved = -1;
    let lastEnd = -1;
    for (const c of children.filter((c) => c.name === "conditionalFormatting")) {
      const rules: { start: number; end: number; own: boolean }[] = [];
      for (let t = nextTag(xml, c.tag.end); t && t.start < c.end;) {
        const end = t.kind === "close" ? t.end : elementEnd(xml, t);
        if (t.kind !== "close" && localName(t.name) === "cfRule") {
          const body = xml.slice(t.start, end);
          const formulas = [...body.matchAll(/<(?:[\w.-]+:)?formula>([\s\S]*?)<\/(?:[\w.-]+:)?formula>/g)].map((m) =>
            unescapeXml(m[1])
          );
          const own =
            attributeOf(xml.slice(t.start, t.end), "type") === "expression" &&
            formulas.length > 0 &&
            formulas.every(isOwnTrafficLightFormula);
          rules.push({ start: t.start, end, own });
        }
        t = nextTag(xml, end);
      }
      lastEnd = c.end;
      if (rules.length > 0 && rules.every((r) => r.own)) {
        edits.push({ at: c.start, end: c.end, text: "" });
        if (firstRemoved < 0) firstRemoved = c.start;
      } else for (const r of rules.filter((r) => r.own)) edits.push({ at: r.start, end: r.end, text: "" });
    }
    // New rules come after the user's (priorities of the add-in's previous rules are free again).
    const removed = edits.filter((e) => e.end > e.at);
    let maxPriority = 0;
    for (const m of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g))
      if (!removed.some((e) => m.index >= e.at && m.index < e.end)) maxPriority = Math.max(maxPriority, Number(m[1]));
    const insertAt =
      firstRemoved >= 0
        ? firstRemoved
        : lastEnd >= 0
          ? lastEnd
          : (children.find((c) => AFTER_CF.has(c.name))?.start ?? xml.lastIndexOf("</"));
    const blocks = formats.map((f) => {
      const rules = f.rules.map((r) => {
        const dxf = styles ? ` dxfId="${styles.dxf(r.fill, r.font)}"` : "";
        return `<${p}cfRule type="expression"${dxf} priority="${++maxPriority}"><${p}formula>${escapeXml(r.formula)}</${p}formula></${p}cfRule>`;
      });
      return `<${p}conditionalFormatting sqref="${f.range}">${rules.join("")}</${p}conditionalFormatting>`;
    });
    edits.push({ at: insertAt, end: insertAt, text: blocks.join("") });
  }
  return { pieces: applyEdits(xml, edits), replacedFormulas };
}

function firstOpen(xml: string, from: number): Tag | null {
  for (let t = nextTag(xml, from); t; t = nextTag(xml, t.end)) if (t.kind !== "close") return t;
  return null;
}

function applyEdits(xml: string, edits: Edit[]): string[] {
  edits.sort((a, b) => a.at - b.at || a.end - b.end);
  const out: string[] = [];
  let at = 0;
  for (const e of edits) {
    out.push(xml.slice(at, e.at), e.text);
    at = Math.max(at, e.end);
  }
  out.push(xml.slice(at));
  return out;
}

function patchSheetData(
  xml: string,
  open: Tag,
  end: number,
  owned: OwnedCell[],
  ownedSet: Set<string>,
  p: string,
  cellXml: (o: OwnedCell, oldTag: string | null) => string,
  edits: Edit[],
  replacedFormulas: string[],
  sheetName: string
): void {
  let next = 0;
  const newRows = (beforeRow: number): string => {
    const parts: string[] = [];
    while (next < owned.length && owned[next].row < beforeRow) {
      const row = owned[next].row;
      const cells: string[] = [];
      while (next < owned.length && owned[next].row === row) cells.push(cellXml(owned[next++], null));
      parts.push(`<${p}row r="${row + 1}">${cells.join("")}</${p}row>`);
    }
    return parts.join("");
  };
  if (open.kind === "empty") {
    edits.push({
      at: open.start,
      end: open.end,
      text: `${xml.slice(open.start, open.end).replace(/\s*\/>$/, ">")}${newRows(Infinity)}</${open.name}>`,
    });
    return;
  }
  const closeAt = end - `</${open.name}>`.length;
  let row = -1;
  for (let t = nextTag(xml, open.end); t && t.start < closeAt;) {
    if (t.kind === "close" || localName(t.name) !== "row") {
      t = nextTag(xml, t.end);
      continue;
    }
    const rowTag = xml.slice(t.start, t.end);
    const r = attributeOf(rowTag, "r");
    row = r ? Number(r) - 1 : row + 1;
    const rowEnd = t.kind === "empty" ? t.end : xml.indexOf(`</${t.name}>`, t.end) + `</${t.name}>`.length;
    const before = newRows(row);
    if (before) edits.push({ at: t.start, end: t.start, text: before });
    if (next < owned.length && owned[next].row === row) {
      if (t.kind === "empty") {
        const cells: string[] = [];
        while (next < owned.length && owned[next].row === row) cells.push(cellXml(owned[next++], null));
        edits.push({ at: t.start, end: t.end, text: `${rowTag.replace(/\s*\/>$/, ">")}${cells.join("")}</${t.name}>` });
      } else patchRow(xml, t, rowEnd, row);
    }
    t = nextTag(xml, rowEnd);
  }
  const after = newRows(Infinity);
  if (after) edits.push({ at: closeAt, end: closeAt, text: after });

  function patchRow(xml: string, rowTag: Tag, rowEnd: number, row: number): void {
    const closeRow = rowEnd - `</${rowTag.name}>`.length;
    let col = -1;
    for (let t = nextTag(xml, rowTag.end); t && t.start < closeRow;) {
      if (t.kind === "close" || localName(t.name) !== "c") {
        t = nextTag(xml, t.end);
        continue;
      }
      const tag = xml.slice(t.start, t.end);
      const ref = attributeOf(tag, "r");
      const rc = ref ? parseRef(ref) : null;
      col = rc ? rc[1] : col + 1;
      const cEnd = elementEnd(xml, t);
      while (next < owned.length && owned[next].row === row && owned[next].col < col)
        edits.push({ at: t.start, end: t.start, text: cellXml(owned[next++], null) });
      if (next < owned.length && owned[next].row === row && owned[next].col === col) {
        const body = xml.slice(t.start, cEnd);
        if (/<(?:[\w.-]+:)?f\b/.test(body)) {
          const addr = owned[next].write.address;
          convertSharedDependents(xml, body, addr, ownedSet, sheetName, p, edits);
          replacedFormulas.push(addr);
        }
        edits.push({ at: t.start, end: cEnd, text: cellXml(owned[next++], tag) });
      }
      t = nextTag(xml, cEnd);
    }
    const rest: string[] = [];
    while (next < owned.length && owned[next].row === row) rest.push(cellXml(owned[next++], null));
    if (rest.length > 0) edits.push({ at: closeRow, end: closeRow, text: rest.join("") });
  }
}

/**
 * A shared formula's master is being replaced: the cells that share its formula (and are not replaced
 * themselves) only point at the master's text, so each gets its own formula, the master's shifted to
 * its place. A dependent cell without an address cannot be placed: then the replacement is refused.
 */
function convertSharedDependents(
  xml: string,
  master: string,
  address: string,
  ownedSet: Set<string>,
  sheetName: string,
  p: string,
  edits: Edit[]
): void {
  const fTag = /<(?:[\w.-]+:)?f\b[^>]*>/.exec(master)?.[0] ?? "";
  const si = attributeOf(fTag, "si");
  if (attributeOf(fTag, "t") !== "shared" || si === undefined || attributeOf(fTag, "ref") === undefined) return;
  const text = unescapeXml(/<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/.exec(master)?.[1] ?? "");
  const origin = parseRef(address);
  const unplaced: string[] = [];
  const re = /<((?:[\w.-]+:)?)f\b([^>]*?)(?:\/>|>[^<]*<\/\1f>)/g;
  for (const m of xml.matchAll(re)) {
    const tag = `<f${m[2]}>`;
    if (attributeOf(tag, "si") !== si || attributeOf(tag, "t") !== "shared" || attributeOf(tag, "ref") !== undefined)
      continue;
    const cStart = xml.lastIndexOf(`<${m[1]}c`, m.index);
    const ref = attributeOf(xml.slice(cStart, xml.indexOf(">", cStart) + 1), "r");
    const rc = ref ? parseRef(ref) : null;
    if (!rc || !origin) {
      unplaced.push(ref ?? "?");
      continue;
    }
    if (ownedSet.has(`${rc[0]},${rc[1]}`)) continue;
    const formula = shiftFormula(text, rc[0] - origin[0], rc[1] - origin[1]);
    edits.push({ at: m.index, end: m.index + m[0].length, text: `<${p}f>${escapeXml(formula)}</${p}f>` });
  }
  if (unplaced.length > 0)
    throw new PackageError(XLSX_MSG.sharedFormulaMaster(sheetName, address, unplaced.slice(0, 5).join(", ")));
}
