import { CellWrite, ConditionalFormatSpec } from "../pipeline/types";
import { WorkbookPackage, partText } from "./package";
import { relsPathOf } from "./relationships";
import { patchSheet } from "./sheet-patch";
import { streamPatchSheet } from "./sheet-patch-stream";
import { StylesEditor } from "./styles-patch";
import { attributeOf, localName, nextTag } from "./xml-scan";
import { DeflateSink, EntryContent, entryChunks, writeZip } from "./zip";

const encoder = new TextEncoder();

/** Remove the elements of `xml` matching `drop` (by their start tag), keeping every other byte. */
function withoutElements(xml: string, drop: (tag: string, name: string) => boolean): string {
  let out = "";
  let at = 0;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close") continue;
    const tag = xml.slice(t.start, t.end);
    if (!drop(tag, localName(t.name))) continue;
    out += xml.slice(at, t.start);
    at = t.kind === "empty" ? t.end : xml.indexOf(">", xml.indexOf(`</${t.name}`, t.end)) + 1;
  }
  return out + xml.slice(at);
}

/**
 * The output package: the input's bytes with only the owned cells, the add-in's conditional formats
 * and the style entries they need changed. When a formula was replaced by a value, the calculation
 * chain (a cache Excel rebuilds) is removed with its relationship and content type, so Excel does not
 * find an entry pointing at a cell without formula and report the file as damaged. A sheet is patched
 * as it is inflated and deflated as it is patched, so it is never whole in memory.
 */
export function writePackage(
  pkg: WorkbookPackage,
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[]
): Uint8Array {
  const replace = new Map<string, EntryContent | null>();
  const stylesXml = pkg.stylesPath ? partText(pkg.zip, pkg.stylesPath) : null;
  const styles = stylesXml !== null ? new StylesEditor(stylesXml) : null;
  let replacedFormulas = false;
  for (const sheet of pkg.sheets) {
    const w = writes.filter((x) => x.sheet === sheet.name);
    const f = formats.filter((x) => x.sheet === sheet.name);
    if (w.length === 0 && f.length === 0) continue;
    const entry = pkg.zip.byName.get(sheet.path);
    const sink = new DeflateSink();
    const streamed = entry ? streamPatchSheet(sheet.name, entryChunks(pkg.zip, entry), w, f, styles, sink) : null;
    if (streamed) {
      if (streamed.length > 0) replacedFormulas = true;
      replace.set(sheet.path, sink.finish());
      continue;
    }
    const patch = patchSheet(sheet.name, partText(pkg.zip, sheet.path) ?? "", w, f, styles);
    if (patch.replacedFormulas.length > 0) replacedFormulas = true;
    replace.set(sheet.path, patch.pieces);
  }
  if (styles && pkg.stylesPath && styles.changed) replace.set(pkg.stylesPath, encoder.encode(styles.toXml()));
  const calcChain = pkg.workbookRels.find((r) => r.type === "calcChain" && !r.external);
  if (replacedFormulas && calcChain && pkg.zip.byName.has(calcChain.target)) {
    replace.set(calcChain.target, null);
    const relsPath = relsPathOf(pkg.workbookPath);
    const rels = partText(pkg.zip, relsPath);
    if (rels !== null)
      replace.set(
        relsPath,
        encoder.encode(
          withoutElements(rels, (tag, name) => name === "Relationship" && attributeOf(tag, "Id") === calcChain.id)
        )
      );
    const types = partText(pkg.zip, "[Content_Types].xml");
    if (types !== null)
      replace.set(
        "[Content_Types].xml",
        encoder.encode(
          withoutElements(
            types,
            (tag, name) =>
              name === "Override" &&
              (attributeOf(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase() === calcChain.target.toLowerCase()
          )
        )
      );
  }
  return writeZip(pkg.zip, replace);
}
