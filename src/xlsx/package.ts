import { PackageError, XLSX_MSG } from "./messages";
import { Relationship, parseRelationships, relsPathOf } from "./relationships";
import { readSharedStrings } from "./shared-strings";
import { StyleTable, readStyles } from "./styles";
import { attributesOf, localName, nextTag } from "./xml-scan";
import { ZipArchive, entryText, readEntry, readZip, verifyZip } from "./zip";

export interface SheetPart {
  name: string;
  /** The workbook's sheetId (calcChain's `i`). */
  sheetId: number;
  path: string;
  rels: Relationship[];
}

export interface WorkbookPackage {
  zip: ZipArchive;
  workbookPath: string;
  workbookRels: Relationship[];
  /** Worksheets in workbook order (chart and dialog sheets have no cells and are not listed). */
  sheets: SheetPart[];
  date1904: boolean;
  styles: StyleTable;
  stylesPath: string | null;
}

/** Whether an xsd:boolean attribute is set, in every spelling files carry ("1", "true", "on"). */
export function isTrue(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|on)$/i.test(value.trim());
}

export function partText(zip: ZipArchive, path: string): string | null {
  const entry = zip.byName.get(path);
  return entry ? entryText(zip, entry) : null;
}

export function relationshipsOf(zip: ZipArchive, part: string): Relationship[] {
  const xml = partText(zip, part === "" ? "_rels/.rels" : relsPathOf(part));
  return xml === null ? [] : parseRelationships(xml, part);
}

/** Name what a ZIP that holds no workbook is (an OpenDocument file, a Word document...). */
function notAWorkbook(zip: ZipArchive): PackageError {
  const mimetype = zip.byName.get("mimetype");
  if (mimetype && /opendocument\.spreadsheet/.test(entryText(zip, mimetype)))
    return new PackageError(XLSX_MSG.ods(), "formato");
  if (mimetype && /opendocument/.test(entryText(zip, mimetype)))
    return new PackageError(XLSX_MSG.notWorkbookZip(), "formato");
  if (zip.byName.has("word/document.xml")) return new PackageError(XLSX_MSG.docx(), "formato");
  if (zip.byName.has("ppt/presentation.xml")) return new PackageError(XLSX_MSG.pptx(), "formato");
  return new PackageError(XLSX_MSG.notWorkbookZip(), "formato");
}

/**
 * An opened package and its shared string table: the table is needed only to read the sheets, so it is
 * not part of the package kept for writing.
 */
export interface PackageOpening {
  pkg: WorkbookPackage;
  sharedStrings: string[];
}

/**
 * Open an .xlsx/.xlsm package: directory, every entry's CRC, the workbook part, its sheets, date
 * system, shared strings and number formats. Throws PackageError with the Italian reason.
 */
export function openPackage(data: Uint8Array): PackageOpening {
  const zip = readZip(data);
  const office = relationshipsOf(zip, "").find((r) => r.type === "officeDocument" && !r.external);
  const workbookPath = office?.target ?? "xl/workbook.xml";
  const workbookXml = partText(zip, workbookPath);
  if (workbookXml === null) throw notAWorkbook(zip);
  const workbookRels = relationshipsOf(zip, workbookPath);
  const byId = new Map(workbookRels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  let date1904 = false;
  let position = 0;
  for (let t = nextTag(workbookXml, 0); t; t = nextTag(workbookXml, t.end)) {
    if (t.kind === "close") continue;
    const name = localName(t.name);
    if (name === "workbookPr") date1904 = isTrue(attributesOf(workbookXml.slice(t.start, t.end)).date1904);
    if (name !== "sheet") continue;
    position++;
    const a = attributesOf(workbookXml.slice(t.start, t.end));
    const rid = Object.entries(a).find(([k]) => k !== "id" && localName(k) === "id")?.[1] ?? "";
    const rel = byId.get(rid);
    if (!rel || rel.type !== "worksheet") continue;
    if (!zip.byName.has(rel.target)) throw new PackageError(XLSX_MSG.missingSheet(a.name ?? "", rel.target));
    sheets.push({
      name: a.name ?? "",
      sheetId: Number(a.sheetId ?? position),
      path: rel.target,
      rels: relationshipsOf(zip, rel.target),
    });
  }
  const stringsRel = workbookRels.find((r) => r.type === "sharedStrings" && !r.external);
  const stylesRel = workbookRels.find((r) => r.type === "styles" && !r.external);
  const stringsEntry = stringsRel ? zip.byName.get(stringsRel.target) : undefined;
  const stylesXml = stylesRel ? partText(zip, stylesRel.target) : null;
  if (stringsRel && !stringsEntry) throw new PackageError(XLSX_MSG.missingPart(stringsRel.target));
  // The parts read here and the sheets (read next) are checked as they are inflated.
  const read = [
    workbookPath,
    relsPathOf(workbookPath),
    "_rels/.rels",
    ...sheets.map((s) => s.path),
    stringsRel?.target,
    stylesRel?.target,
  ];
  verifyZip(zip, new Set(read.filter((n): n is string => n !== undefined)));
  // Streamed: the table can be megabytes of XML, of which only the strings are kept.
  const sharedStrings = stringsEntry
    ? readEntry(zip, stringsEntry, (pieces) => readSharedStrings(pieces, stringsEntry.name))
    : [];
  const pkg: WorkbookPackage = {
    zip,
    workbookPath,
    workbookRels,
    sheets,
    date1904,
    styles: readStyles(stylesXml ?? ""),
    stylesPath: stylesRel && stylesXml !== null ? stylesRel.target : null,
  };
  return { pkg, sharedStrings };
}
