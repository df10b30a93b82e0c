import { attributesOf, localName, nextTag } from "./xml-scan";

export interface Relationship {
  id: string;
  /** The last segment of the relationship type ("worksheet", "officeDocument", "calcChain"). */
  type: string;
  /** Part name the target resolves to (no leading "/"); the raw target when external. */
  target: string;
  external: boolean;
}

/** Resolve a relationship target against the folder of its source part ("" for the package root). */
export function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseDir ? baseDir.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** The relationships of a part (`source`: the part they belong to, "" for the package). */
export function parseRelationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  for (let t = nextTag(xml, 0); t; t = nextTag(xml, t.end)) {
    if (t.kind === "close" || localName(t.name) !== "Relationship") continue;
    const a = attributesOf(xml.slice(t.start, t.end));
    const external = (a.TargetMode ?? "").toLowerCase() === "external";
    const type = (a.Type ?? "").split("/").pop() ?? "";
    const target = a.Target ?? "";
    out.push({ id: a.Id ?? "", type, external, target: external ? target : resolveTarget(dirOf(source), target) });
  }
  return out;
}
