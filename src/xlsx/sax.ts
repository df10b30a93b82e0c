import { SaxesParser } from "saxes";
import { PackageError, XLSX_MSG } from "./messages";
import { localName } from "./xml-scan";
import { PieceSource } from "./zip";

export interface SaxHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

const SLICE = 1 << 20;

/**
 * Stream one part through saxes with local element names; a malformed part is a PackageError. Bytes
 * are decoded a slice at a time, so a large sheet never exists as one string: a slice may end inside a
 * tag, an entity or a multi-byte character.
 */
export function parseXml(xml: string | Uint8Array | PieceSource, part: string, h: SaxHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("opentag", (tag) =>
    h.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing)
  );
  parser.on("closetag", (tag) => h.close(localName(tag.name)));
  parser.on("text", (text) => h.text(text));
  parser.on("cdata", (text) => h.text(text));
  try {
    if (typeof xml === "string") parser.write(xml);
    else if (typeof xml === "function") {
      const decoder = new TextDecoder("utf-8");
      xml((bytes) => parser.write(decoder.decode(bytes, { stream: true })));
      parser.write(decoder.decode());
    } else {
      const decoder = new TextDecoder("utf-8");
      for (let at = 0; at < xml.length; at += SLICE)
        parser.write(decoder.decode(xml.subarray(at, at + SLICE), { stream: at + SLICE < xml.length }));
    }
    parser.close();
  } catch (e) {
    // The bytes' own failure (damaged data, CRC) reaches the caller as it is.
    if (e instanceof PackageError) throw e;
    throw new PackageError(XLSX_MSG.badXml(part, e instanceof Error ? e.message.split("\n")[0] : String(e)));
  }
}
