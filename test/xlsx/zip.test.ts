import { strToU8, zipSync } from "fflate";
import { PackageError } from "../../src/xlsx/messages";
import { readPackage } from "../../src/xlsx/read-package";
import { entryBytes, entryChunks, readEntry, readZip } from "../../src/xlsx/zip";
import { Parts, build } from "./feature-corpus";

const TEXT = "Obiettivo è «più» 📈 & ".repeat(2000);

function chunksOf(next: () => Uint8Array | null): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let c = next(); c !== null; c = next()) parts.push(c);
  return Buffer.concat(parts);
}

const refusal = (data: Uint8Array): string => {
  try {
    readPackage(data);
  } catch (e) {
    if (e instanceof PackageError) return e.message;
    throw e;
  }
  return "letto";
};

/**
 * The stored package with `from` replaced by `to` (same length) in its bytes, behind the CRC's back;
 * the sheet is padded (a comment after its cells) so that it is read in several slices.
 */
function tampered(from: string, to: string): Uint8Array {
  expect(to.length).toBe(from.length);
  const padding = (p: Parts) => (p.afterSheetData = `<!-- ${"riempimento ".repeat(5000)}-->`);
  const data = Buffer.from(build([padding], { stored: true }));
  const at = data.indexOf(from);
  expect(at).toBeGreaterThan(0);
  data.write(to, at, "latin1");
  return data;
}

describe("entries inflated a slice at a time", () => {
  it.each([
    ["deflated", 6],
    ["stored", 0],
  ] as const)("a %s entry gives its bytes at every slice size", (_kind, level) => {
    const zip = readZip(zipSync({ "a.xml": strToU8(TEXT) }, { level }));
    const entry = zip.byName.get("a.xml")!;
    for (const slice of [1, 7, 100, 1 << 13, 1 << 20])
      expect(Buffer.from(chunksOf(entryChunks(zip, entry, slice))).equals(Buffer.from(entryBytes(zip, entry)))).toBe(
        true
      );
  });

  it("damaged compressed data is refused, and keeps being refused when asked again", () => {
    const data = zipSync({ "a.xml": strToU8(TEXT) }, { level: 6 });
    const zip = readZip(data);
    const entry = zip.byName.get("a.xml")!;
    data.fill(0xff, entry.dataOffset + 10, entry.dataOffset + 40);
    const next = entryChunks(zip, entry, 16);
    const message = 'i dati compressi della parte "a.xml" sono danneggiati';
    expect(() => chunksOf(next)).toThrow(message);
    expect(() => next()).toThrow(message);
  });

  it("a consumer's error on a damaged entry gives way to the damage", () => {
    const data = zipSync({ "a.xml": strToU8(TEXT) }, { level: 0 });
    const zip = readZip(data);
    const entry = zip.byName.get("a.xml")!;
    data[entry.dataOffset + entry.size - 1] ^= 1;
    expect(() =>
      readEntry(zip, entry, (pieces) =>
        pieces(() => {
          throw new PackageError("sintomo");
        })
      )
    ).toThrow('il controllo di integrità (CRC) della parte "a.xml" non corrisponde');
  });

  it("a consumer's error on a sound entry is the reason given", () => {
    const zip = readZip(zipSync({ "a.xml": strToU8(TEXT) }, { level: 6 }));
    expect(() =>
      readEntry(zip, zip.byName.get("a.xml")!, (pieces) =>
        pieces(() => {
          throw new PackageError("sintomo");
        })
      )
    ).toThrow("sintomo");
  });
});

describe("a damaged part read as it is inflated is refused for the damage, not its symptom", () => {
  it.each([
    ["a sheet's value altered", '<c r="E3"><v>80</v>', '<c r="E3"><v>90</v>', "xl/worksheets/sheet1.xml"],
    ["a sheet's tag broken (malformed XML)", '<c r="E3"><v>80</v>', '<c r="E3"><v>80<xv>', "xl/worksheets/sheet1.xml"],
    ["a shared string's tag broken", "<si><t>", "<si><x>", "xl/sharedStrings.xml"],
  ])("%s", (_case, from, to, part) => {
    expect(refusal(tampered(from, to))).toBe(
      `il controllo di integrità (CRC) della parte "${part}" non corrisponde: il contenuto è stato alterato o danneggiato`
    );
  });

  it("a sound package with a malformed sheet is refused as malformed", () => {
    const data = build([
      (p) => {
        p.extraCells[2] = '<c r="Z2"><v>1</w></c>';
      },
    ]);
    expect(refusal(data)).toMatch(/^la parte "xl\/worksheets\/sheet1.xml" non è XML valido/);
  });
});
