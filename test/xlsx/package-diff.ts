import { unzipSync } from "fflate";
import { PipelineSettings } from "../../src/pipeline/types";
import { recalculate } from "../../src/pipeline/recalculate";
import { readPackage } from "../../src/xlsx/read-package";
import { writePackage } from "../../src/xlsx/write-package";

/**
 * Independent of the reader and writer under test: compares two packages unzipped with fflate. Every
 * entry must be byte-identical except the patched sheet parts (identical once the owned cells and the
 * add-in's traffic-light formats are taken out) and styles.xml (the input's entries unchanged, new
 * ones appended).
 */
const decoder = new TextDecoder();

const OWN_RULE = /^AND\(ISNUMBER\(([A-Z]{1,3}\d+)\),ROUND\(\1,9\)/;

function stripOwned(xml: string, owned: ReadonlySet<string>): string {
  let out = xml.replace(
    /<(\w+:)?c\b[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/\1?c>)/g,
    (whole, _p, ref: string) => (owned.has(ref) ? "" : whole)
  );
  out = out.replace(
    /<(\w+:)?conditionalFormatting\b[^>]*>([\s\S]*?)<\/\1?conditionalFormatting>/g,
    (whole, _p, body: string) => {
      const formulas = [...body.matchAll(/<(?:\w+:)?formula>([\s\S]*?)<\/(?:\w+:)?formula>/g)].map((m) =>
        m[1].replace(/&gt;/g, ">").replace(/&lt;/g, "<")
      );
      return formulas.length > 0 && formulas.every((f) => OWN_RULE.test(f)) ? "" : whole;
    }
  );
  return out.replace(/<(\w+:)?row r="\d+"(?:><\/\1?row>|\/>)/g, "");
}

function sectionItems(xml: string, name: string): { items: string[]; rest: string } {
  const re = new RegExp(`<(\\w+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</\\1?${name}>)`);
  const m = re.exec(xml);
  if (!m) return { items: [], rest: xml };
  const items = [...(m[2] ?? "").matchAll(/<(\w+:)?(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?\2>)/g)].map((x) => x[0]);
  return { items, rest: xml.replace(m[0], `<${name}/>`) };
}

export interface PackageDiff {
  missing: string[];
  added: string[];
  changed: string[];
}

export function diffPackages(
  input: Uint8Array,
  output: Uint8Array,
  owned: ReadonlyMap<string, ReadonlySet<string>>
): PackageDiff {
  const a = unzipSync(input);
  const b = unzipSync(output);
  const diff: PackageDiff = { missing: [], added: [], changed: [] };
  for (const name of Object.keys(a)) {
    if (!(name in b)) {
      diff.missing.push(name);
      continue;
    }
    if (Buffer.from(a[name]).equals(Buffer.from(b[name]))) continue;
    const before = decoder.decode(a[name]);
    const after = decoder.decode(b[name]);
    const cells = owned.get(name);
    if (cells) {
      if (stripOwned(before, cells) !== stripOwned(after, cells)) diff.changed.push(name);
      continue;
    }
    if (/styles\.xml$/.test(name)) {
      let x = before;
      let y = after;
      let ok = true;
      for (const section of ["numFmts", "cellXfs", "dxfs"]) {
        const s1 = sectionItems(x, section);
        const s2 = sectionItems(y, section);
        ok &&= s1.items.every((item, i) => s2.items[i] === item);
        x = s1.rest;
        y = s2.rest;
      }
      if (!ok || x !== y) diff.changed.push(name);
      continue;
    }
    diff.changed.push(name);
  }
  for (const name of Object.keys(b)) if (!(name in a)) diff.added.push(name);
  return diff;
}

/** Recalculate a package with the new reader and writer; the owned cells by sheet part. */
export function recalcPackage(data: Uint8Array, settings: Partial<PipelineSettings> = {}) {
  const reading = readPackage(data);
  const result = recalculate({ grids: reading.grids, settings });
  const output = writePackage(reading.pkg, result.writes, result.conditionalFormats);
  const owned = new Map<string, Set<string>>();
  for (const s of reading.pkg.sheets)
    owned.set(s.path, new Set(result.writes.filter((w) => w.sheet === s.name).map((w) => w.address)));
  return { reading, result, output, owned };
}
