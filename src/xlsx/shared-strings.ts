import { parseXml } from "./sax";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");

/**
 * The text as a string of its own. The parser hands over slices of the text it decoded: kept as they
 * are, the strings of a table would each hold on to the whole slice (or part) they were cut from
 * (V8 copies texts shorter than 13 characters instead of slicing them).
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : decoder.decode(encoder.encode(text));
}

/** The shared string table: each `<si>`'s text, rich runs joined, phonetic runs left out. */
export function readSharedStrings(xml: Parameters<typeof parseXml>[0], part: string): string[] {
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
        out.push(ownCopy(current.join("")));
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
