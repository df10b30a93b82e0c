import { isOwnTrafficLightFormula } from "../pipeline/traffic-lights";
import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { PackageError, XLSX_MSG } from "./messages";
import { shiftFormula } from "./formula-shift";
import { parseRef } from "./sheet-cells";
import { StylesEditor } from "./styles-patch";
import { Tag, attributeOf, elementEnd, escapeXml, localName, nextTag, unescapeXml } from "./xml-scan";

/** Elements that follow conditionalFormatting in a worksheet (ECMA-376 CT_Worksheet order). */
export const AFTER_CF = new Set([
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

export interface Edit {
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

export interface OwnedCell {
  row: number;
  col: number;
  write: CellWrite;
}

function numberText(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** The owned cells in sheet order, and their (row, col) keys. */
export function ownedCells(writes: readonly CellWrite[]): { owned: OwnedCell[]; ownedSet: Set<string> } {
  const owned: OwnedCell[] = [];
  for (const w of writes) {
    const rc = parseRef(w.address);
    if (rc) owned.push({ row: rc[0], col: rc[1], write: w });
  }
  owned.sort((a, b) => a.row - b.row || a.col - b.col);
  return { owned, ownedSet: new Set(owned.map((o) => `${o.row},${o.col}`)) };
}

export type CellXml = (o: OwnedCell, oldTag: string | null) => string;

/** The new `<c>` element of an owned cell (keeping the old cell's style, with the write's number format). */
export function cellXmlFor(p: string, styles: StylesEditor | null): CellXml {
  return (o, oldTag) => {
    const w = o.write;
    const oldS = oldTag ? Number(attributeOf(oldTag, "s") ?? 0) : 0;
    const s = w.numberFormat !== undefined && styles ? styles.styleWithFormat(oldS, w.numberFormat) : oldS;
    const attrs = `r="${w.address}"${s ? ` s="${s}"` : ""}`;
    if (w.value === null) return `<${p}c ${attrs}/>`;
    if (typeof w.value === "number") return `<${p}c ${attrs}><${p}v>${numberText(w.value)}</${p}v></${p}c>`;
    const space = /^\s|\s$/.test(w.value) ? ' xml:space="preserve"' : "";
    return `<${p}c ${attrs} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(w.value)}</${p}t></${p}is></${p}c>`;
  };
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

  const { owned, ownedSet } = ownedCells(writes);
  const cellXml = cellXmlFor(p, styles);

  // Top-level children of the worksheet, with their spans.
  const children: Child[] = [];
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

  if (formats.length > 0) formatEdits(xml, children, formats, p, styles, edits);
  return { pieces: applyEdits(xml, edits), replacedFormulas };
}

export interface Child {
  name: string;
  start: number;
  end: number;
  tag: Tag;
}

/**
 * The edits for the conditional formats: the add-in's previous rules (recognised by their formulas)
 * removed, the new ones added after the user's. `children` are the worksheet's top-level elements in
 * `xml` from sheetData on (none of them before it can hold or follow conditional formats).
 */
export function formatEdits(
  xml: string,
  children: readonly Child[],
  formats: readonly ConditionalFormatSpec[],
  p: string,
  styles: StylesEditor | null,
  edits: Edit[]
): void {
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

/** The owned cells still to place, in sheet order. */
export interface OwnedCursor {
  owned: OwnedCell[];
  next: number;
}

/** The `<row>` elements of new rows for the owned cells above row `beforeRow` (0-based) not placed yet. */
export function newRows(cursor: OwnedCursor, beforeRow: number, p: string, cellXml: CellXml): string {
  const { owned } = cursor;
  const parts: string[] = [];
  while (cursor.next < owned.length && owned[cursor.next].row < beforeRow) {
    const row = owned[cursor.next].row;
    const cells: string[] = [];
    while (cursor.next < owned.length && owned[cursor.next].row === row)
      cells.push(cellXml(owned[cursor.next++], null));
    parts.push(`<${p}row r="${row + 1}">${cells.join("")}</${p}row>`);
  }
  return parts.join("");
}

function patchSheetData(
  xml: string,
  open: Tag,
  end: number,
  owned: OwnedCell[],
  ownedSet: Set<string>,
  p: string,
  cellXml: CellXml,
  edits: Edit[],
  replacedFormulas: string[],
  sheetName: string
): void {
  const cursor: OwnedCursor = { owned, next: 0 };
  if (open.kind === "empty") {
    edits.push({
      at: open.start,
      end: open.end,
      text: `${xml.slice(open.start, open.end).replace(/\s*\/>$/, ">")}${newRows(cursor, Infinity, p, cellXml)}</${open.name}>`,
    });
    return;
  }
  const onFormula = (body: string, address: string): void => {
    const master = sharedMaster(body, address);
    if (master) dependentEdits(xml, new Map([[master.si, master]]), ownedSet, sheetName, p, edits);
    replacedFormulas.push(address);
  };
  const closeAt = end - `</${open.name}>`.length;
  let row = -1;
  for (let t = nextTag(xml, open.end); t && t.start < closeAt;) {
    if (t.kind === "close" || localName(t.name) !== "row") {
      t = nextTag(xml, t.end);
      continue;
    }
    const rowEnd = t.kind === "empty" ? t.end : xml.indexOf(`</${t.name}>`, t.end) + `</${t.name}>`.length;
    row = patchRow(xml, t, rowEnd, row, cursor, p, cellXml, edits, onFormula);
    t = nextTag(xml, rowEnd);
  }
  const after = newRows(cursor, Infinity, p, cellXml);
  if (after) edits.push({ at: closeAt, end: closeAt, text: after });
}

/**
 * The edits for one `<row>` element of `xml` (`t` its start tag, `previousRow` the 0-based number of
 * the row before it): new rows before it, its owned cells replaced, new cells added. `onFormula` is
 * told of each replaced cell that held a formula. Returns this row's 0-based number.
 */
export function patchRow(
  xml: string,
  t: Tag,
  rowEnd: number,
  previousRow: number,
  cursor: OwnedCursor,
  p: string,
  cellXml: CellXml,
  edits: Edit[],
  onFormula: (body: string, address: string) => void
): number {
  const { owned } = cursor;
  const rowTag = xml.slice(t.start, t.end);
  const r = attributeOf(rowTag, "r");
  const row = r ? Number(r) - 1 : previousRow + 1;
  const before = newRows(cursor, row, p, cellXml);
  if (before) edits.push({ at: t.start, end: t.start, text: before });
  if (cursor.next < owned.length && owned[cursor.next].row === row) {
    if (t.kind === "empty") {
      const cells: string[] = [];
      while (cursor.next < owned.length && owned[cursor.next].row === row)
        cells.push(cellXml(owned[cursor.next++], null));
      edits.push({ at: t.start, end: t.end, text: `${rowTag.replace(/\s*\/>$/, ">")}${cells.join("")}</${t.name}>` });
    } else patchCells(xml, t, rowEnd, row, cursor, cellXml, edits, onFormula);
  }
  return row;
}

function patchCells(
  xml: string,
  rowTag: Tag,
  rowEnd: number,
  row: number,
  cursor: OwnedCursor,
  cellXml: CellXml,
  edits: Edit[],
  onFormula: (body: string, address: string) => void
): void {
  const { owned } = cursor;
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
    while (cursor.next < owned.length && owned[cursor.next].row === row && owned[cursor.next].col < col)
      edits.push({ at: t.start, end: t.start, text: cellXml(owned[cursor.next++], null) });
    if (cursor.next < owned.length && owned[cursor.next].row === row && owned[cursor.next].col === col) {
      const body = xml.slice(t.start, cEnd);
      if (/<(?:[\w.-]+:)?f\b/.test(body)) onFormula(body, owned[cursor.next].write.address);
      edits.push({ at: t.start, end: cEnd, text: cellXml(owned[cursor.next++], tag) });
    }
    t = nextTag(xml, cEnd);
  }
  const rest: string[] = [];
  while (cursor.next < owned.length && owned[cursor.next].row === row) rest.push(cellXml(owned[cursor.next++], null));
  if (rest.length > 0) edits.push({ at: closeRow, end: closeRow, text: rest.join("") });
}

/** A shared formula's master cell being replaced: its group, formula text and place. */
export interface SharedMaster {
  si: string;
  text: string;
  address: string;
  origin: [number, number] | null;
}

/** The shared formula whose master is the cell `body` (at `address`), or null when it is no master. */
export function sharedMaster(body: string, address: string): SharedMaster | null {
  const fTag = /<(?:[\w.-]+:)?f\b[^>]*>/.exec(body)?.[0] ?? "";
  const si = attributeOf(fTag, "si");
  if (attributeOf(fTag, "t") !== "shared" || si === undefined || attributeOf(fTag, "ref") === undefined) return null;
  const text = unescapeXml(/<(?:[\w.-]+:)?f\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?f>/.exec(body)?.[1] ?? "");
  return { si, text, address, origin: parseRef(address) };
}

/** The shared-formula dependents in `xml` (`<f t="shared" si="…">` without ref), with their group. */
export function* sharedDependents(xml: string): Generator<{ at: number; end: number; prefix: string; si: string }> {
  const re = /<((?:[\w.-]+:)?)f\b([^>]*?)(?:\/>|>[^<]*<\/\1f>)/g;
  for (const m of xml.matchAll(re)) {
    const tag = `<f${m[2]}>`;
    const si = attributeOf(tag, "si");
    if (si === undefined || attributeOf(tag, "t") !== "shared" || attributeOf(tag, "ref") !== undefined) continue;
    yield { at: m.index, end: m.index + m[0].length, prefix: m[1], si };
  }
}

/**
 * Shared formulas whose master is being replaced: the cells of `xml` that share their formula (and are
 * not replaced themselves) only point at the master's text, so each gets its own formula, the master's
 * shifted to its place. A dependent cell without an address cannot be placed: then the replacement is refused.
 */
export function dependentEdits(
  xml: string,
  masters: ReadonlyMap<string, SharedMaster>,
  ownedSet: Set<string>,
  sheetName: string,
  p: string,
  edits: Edit[]
): void {
  const unplaced = new Map<SharedMaster, string[]>();
  for (const d of sharedDependents(xml)) {
    const master = masters.get(d.si);
    if (!master) continue;
    const cStart = xml.lastIndexOf(`<${d.prefix}c`, d.at);
    const ref = attributeOf(xml.slice(cStart, xml.indexOf(">", cStart) + 1), "r");
    const rc = ref ? parseRef(ref) : null;
    if (!rc || !master.origin) {
      unplaced.set(master, [...(unplaced.get(master) ?? []), ref ?? "?"]);
      continue;
    }
    if (ownedSet.has(`${rc[0]},${rc[1]}`)) continue;
    const formula = shiftFormula(master.text, rc[0] - master.origin[0], rc[1] - master.origin[1]);
    edits.push({ at: d.at, end: d.end, text: `<${p}f>${escapeXml(formula)}</${p}f>` });
  }
  for (const [master, refs] of unplaced)
    throw new PackageError(XLSX_MSG.sharedFormulaMaster(sheetName, master.address, refs.slice(0, 5).join(", ")));
}
