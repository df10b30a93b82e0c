import { attributesOf, localName, nextTag } from "./xml-scan";

/** Built-in number formats (ECMA-376 §18.8.30) the reader must recognise. */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface StyleTable {
  /** Number format code of each cell style (`s` index); undefined for General. */
  formats: (string | undefined)[];
  /** Custom number formats by id. */
  numFmts: Map<number, string>;
  /** Alignment indent of each cell style (`<alignment indent="n"/>`), only the non-zero ones. */
  indents: Map<number, number>;
}

/** Number format and alignment indent of every cellXfs entry. */
export function readStyles(xml: string): StyleTable {
  const numFmts = new Map<number, string>();
  const formats: (string | undefined)[] = [];
  const indents = new Map<number, number>();
  let inCellXfs = false;
  let inXf = false;
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    const name = localName(t.name);
    if (name === "cellXfs") inCellXfs = t.kind === "open";
    if (name === "xf") inXf = inCellXfs && t.kind === "open";
    if (t.kind === "close") continue;
    if (name === "alignment" && inXf) {
      // the alignment of the cellXfs entry just pushed (Excel writes indent="0" or leaves it out)
      const n = Number(attributesOf(xml.slice(t.start, t.end)).indent ?? 0);
      if (Number.isInteger(n) && n > 0) indents.set(formats.length - 1, n);
    }
    if (name === "numFmt") {
      const a = attributesOf(xml.slice(t.start, t.end));
      numFmts.set(Number(a.numFmtId), a.formatCode ?? "");
    } else if (name === "xf" && inCellXfs) {
      const id = Number(attributesOf(xml.slice(t.start, t.end)).numFmtId ?? 0);
      const code = numFmts.get(id) ?? BUILTIN_FORMATS[id];
      formats.push(code === undefined || code === "General" ? undefined : code);
    }
  }
  return { formats, numFmts, indents };
}
