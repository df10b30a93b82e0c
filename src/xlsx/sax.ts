import { SaxesParser } from "saxes";
import { PackageError, XLSX_MSG } from "./messages";
import { localName } from "./xml-scan";

export interface SaxHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

/** Stream one part through saxes with local element names; a malformed part is a PackageError. */
export function parseXml(xml: string, part: string, h: SaxHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) => h.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on("closetag", (tag) => h.close(localName(tag.name)));
  parser.on("text", h.text);
  parser.on("cdata", h.text);
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new PackageError(XLSX_MSG.badXml(part, e instanceof Error ? e.message.split("\n")[0] : String(e)));
  }
}
