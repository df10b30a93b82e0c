import { parseXml } from "./sax";

/** The shared string table: each `<si>`'s text, rich runs joined, phonetic runs left out. */
export function readSharedStrings(xml: string, part: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, part, {
    open(name, _a, selfClosing) {
      if (name === "si") {
        current = [];
        if (selfClosing) {
          out.push("");
          current = null;
        }
      } else if (name === "rPh") phonetic++;
      else if (name === "t" && !selfClosing) inText = true;
    },
    close(name) {
      if (name === "si" && current) {
        out.push(current.join(""));
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && phonetic === 0 && current) current.push(text);
    },
  });
  return out;
}
