import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import {
  AFTER_CF,
  Child,
  Edit,
  OwnedCursor,
  SharedMaster,
  cellXmlFor,
  dependentEdits,
  formatEdits,
  newRows,
  ownedCells,
  patchRow,
  sharedDependents,
  sharedMaster,
} from "./sheet-patch";
import { StylesEditor } from "./styles-patch";
import { Tag, elementEnd, localName, nextTag } from "./xml-scan";

/** Where the text consumed from the inflated part is dropped (the output keeps the pieces as `patchSheet` cuts them). */
export interface PieceSink {
  push(piece: string): void;
}

const COMPACT = 1 << 16;

/** The part's text, decoded as it is inflated; `buf` holds only what is not yet passed on. */
class TextReader {
  buf = "";
  private readonly decoder = new TextDecoder("utf-8");
  private done = false;

  constructor(private readonly nextBytes: () => Uint8Array | null) {}

  more(): boolean {
    if (this.done) return false;
    const bytes = this.nextBytes();
    if (bytes) this.buf += this.decoder.decode(bytes, { stream: true });
    else {
      this.buf += this.decoder.decode();
      this.done = true;
    }
    return true;
  }

  /** The complete tag at or after `from`, reading on as needed; null at the end of the part. */
  tag(from: number): Tag | null {
    for (;;) {
      const t = nextTag(this.buf, from);
      if (t && t.end <= this.buf.length) return t;
      if (!this.more()) return null;
    }
  }

  /** The offset of `text` at or after `from`, reading on as needed; -1 when absent. */
  find(text: string, from: number): number {
    for (;;) {
      const at = this.buf.indexOf(text, from);
      if (at >= 0) return at;
      if (!this.more()) return -1;
    }
  }
}

/**
 * The unchanged text between two edits is one piece, an edit's text another: the pieces `patchSheet`
 * gives, so the deflated output is byte for byte the same.
 */
class Emitter {
  private plain = "";

  constructor(private readonly sink: PieceSink) {}

  keep(text: string): void {
    this.plain += text;
  }

  edit(text: string): void {
    this.sink.push(this.plain);
    this.plain = "";
    this.sink.push(text);
  }

  end(): void {
    this.sink.push(this.plain);
    this.plain = "";
  }
}

/** The streamed patch met a shape only the whole-part patch handles. */
class NotStreamable extends Error {}

/**
 * `patchSheet` over the part as it is inflated: rows are patched one at a time and the text goes to
 * `sink` as it is done, so neither the whole part nor all its edits are held at once. Returns the
 * cells whose formula was replaced, or null when the part has a shape only `patchSheet` handles
 * (elements before sheetData that belong after it, a shared formula used above its master, no
 * sheetData): then nothing useful was pushed and the caller patches the whole part instead.
 */
export function streamPatchSheet(
  sheetName: string,
  nextBytes: () => Uint8Array | null,
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[],
  styles: StylesEditor | null,
  sink: PieceSink
): string[] | null {
  try {
    return stream(sheetName, new TextReader(nextBytes), writes, formats, styles, new Emitter(sink));
  } catch (e) {
    if (e instanceof NotStreamable) return null;
    throw e;
  }
}

function stream(
  sheetName: string,
  r: TextReader,
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[],
  styles: StylesEditor | null,
  out: Emitter
): string[] {
  let root = r.tag(0);
  while (root && root.kind === "close") root = r.tag(root.end);
  if (!root) throw new NotStreamable();
  const p = root.name.includes(":") ? root.name.slice(0, root.name.indexOf(":") + 1) : "";
  const { owned, ownedSet } = ownedCells(writes);
  const cellXml = cellXmlFor(p, styles);
  const cursor: OwnedCursor = { owned, next: 0 };
  const replacedFormulas: string[] = [];

  // The children before sheetData, kept as they are.
  let open: Tag | null = r.tag(root.end);
  while (open && open.kind !== "close" && localName(open.name) !== "sheetData") {
    const name = localName(open.name);
    if (name === "conditionalFormatting" || AFTER_CF.has(name)) throw new NotStreamable();
    let end = elementEnd(r.buf, open);
    while (end === r.buf.length && r.more()) end = elementEnd(r.buf, open);
    open = r.tag(end);
  }
  if (!open || open.kind === "close" || r.buf.slice(0, open.start).includes("cfRule")) throw new NotStreamable();

  let kept = 0;
  const keepTo = (at: number): void => {
    out.keep(r.buf.slice(kept, at));
    kept = at;
  };
  const edit = (e: Edit): void => {
    keepTo(e.at);
    out.edit(e.text);
    kept = Math.max(kept, e.end);
  };

  let closeAt: number;
  if (open.kind === "empty") {
    closeAt = open.end;
    if (owned.length > 0)
      edit({
        at: open.start,
        end: open.end,
        text: `${r.buf.slice(open.start, open.end).replace(/\s*\/>$/, ">")}${newRows(cursor, Infinity, p, cellXml)}</${open.name}>`,
      });
  } else {
    const masters = new Map<string, SharedMaster>();
    const dependentsSeen = new Set<string>();
    let row = -1;
    let at = open.end;
    for (;;) {
      if (at > COMPACT) {
        keepTo(at);
        r.buf = r.buf.slice(kept);
        at -= kept;
        kept = 0;
      }
      const t = r.tag(at);
      if (!t) throw new NotStreamable();
      if (t.kind === "close" && t.name === open.name) {
        closeAt = t.start;
        break;
      }
      if (t.kind === "close" || localName(t.name) !== "row") {
        at = t.end;
        continue;
      }
      const close = `</${t.name}>`;
      const closeRow = t.kind === "empty" ? t.end : r.find(close, t.end);
      if (closeRow < 0) throw new NotStreamable();
      const rowEnd = t.kind === "empty" ? t.end : closeRow + close.length;
      const rowXml = r.buf.slice(t.start, rowEnd);
      const local: Edit[] = [];
      const onFormula = (body: string, address: string): void => {
        const master = sharedMaster(body, address);
        if (master) {
          if (dependentsSeen.has(master.si)) throw new NotStreamable();
          masters.set(master.si, master);
        }
        replacedFormulas.push(address);
      };
      const rowTag = { ...t, start: 0, end: t.end - t.start };
      if (owned.length > 0) row = patchRow(rowXml, rowTag, rowXml.length, row, cursor, p, cellXml, local, onFormula);
      if (rowXml.includes("shared")) {
        for (const d of sharedDependents(rowXml)) dependentsSeen.add(d.si);
        if (masters.size > 0) dependentEdits(rowXml, masters, ownedSet, sheetName, p, local);
      }
      local.sort((a, b) => a.at - b.at || a.end - b.end);
      for (const e of local) edit({ at: e.at + t.start, end: e.end + t.start, text: e.text });
      at = rowEnd;
    }
    const after = newRows(cursor, Infinity, p, cellXml);
    if (after) edit({ at: closeAt, end: closeAt, text: after });
  }

  // The rest of the part (conditional formats, page setup...) is small: patched whole.
  while (r.more());
  keepTo(closeAt);
  const tail = r.buf.slice(kept);
  r.buf = "";
  const edits: Edit[] = [];
  if (formats.length > 0) {
    const children: Child[] = [];
    const first = nextTag(tail, 0);
    for (
      let t = first && first.start === 0 && first.kind === "close" ? nextTag(tail, first.end) : first;
      t && t.kind !== "close";
    ) {
      const end = elementEnd(tail, t);
      children.push({ name: localName(t.name), start: t.start, end, tag: t });
      t = nextTag(tail, end);
    }
    formatEdits(tail, children, formats, p, styles, edits);
  }
  edits.sort((a, b) => a.at - b.at || a.end - b.end);
  let from = 0;
  for (const e of edits) {
    out.keep(tail.slice(from, e.at));
    out.edit(e.text);
    from = Math.max(from, e.end);
  }
  out.keep(tail.slice(from));
  out.end();
  return replacedFormulas;
}
