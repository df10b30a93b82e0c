import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { canCarryAddinParts } from "./addin-parts";
import { fsErrorDetail, loadErrorDetail } from "./io-errors";
import { CLI_MSG, InputError } from "./messages";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an encrypted .xlsx (Excel wraps it) or an old binary .xls. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Parts of a package ExcelJS does not write back: found by their names in the ZIP directory. */
const UNKEPT_PARTS: ReadonlyArray<[string, string]> = [
  ["xl/charts/", "grafici"],
  ["xl/pivotTables/", "tabelle pivot"],
  ["xl/slicers/", "filtri dei dati (slicer)"],
  ["xl/vbaProject.bin", "macro"],
];

/** What the command line's copy will not keep of this workbook (the original stays as it is). */
export function unkeptParts(data: Buffer): string[] {
  return UNKEPT_PARTS.filter(([name]) => data.includes(Buffer.from(name, "latin1"))).map(([, label]) => label);
}

export interface LoadedWorkbook {
  wb: ExcelJS.Workbook;
  /** The file's bytes, for the parts ExcelJS does not read (the add-in's settings). */
  data: Buffer;
  unkept: string[];
}

/** Read and open an .xlsx, turning every way it can fail into an Italian InputError. */
export async function loadWorkbook(file: string): Promise<LoadedWorkbook> {
  if (!fs.existsSync(file)) throw new InputError(CLI_MSG.fileMissing(file));
  if (!fs.statSync(file).isFile()) throw new InputError(CLI_MSG.notAFile(file));
  const ext = path.extname(file).toLowerCase();
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(CLI_MSG.unreadable(file, fsErrorDetail(e)));
  }
  const head = data.subarray(0, 8);
  if (head.length >= 8 && head.equals(OLE)) {
    // An encrypted .xlsx is an OLE container holding "EncryptedPackage"; an .xls is OLE as well.
    if (ext === ".xls" || !data.includes(Buffer.from("EncryptedPackage", "utf16le"))) throw new InputError(CLI_MSG.notXlsx(file));
    throw new InputError(CLI_MSG.encrypted(file));
  }
  if (ext !== ".xlsx" && ext !== ".xlsm") throw new InputError(CLI_MSG.notXlsx(file));
  if (!head.subarray(0, 4).equals(ZIP)) throw new InputError(CLI_MSG.corrupt(file, "manca l'intestazione ZIP"));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new InputError(CLI_MSG.corrupt(file, loadErrorDetail(e)));
  }
  const unkept = unkeptParts(data);
  // Carried over into the copy when they stand alone (see addin-parts.ts); said otherwise.
  if ((await canCarryAddinParts(data)) === false) unkept.push("impostazioni e collegamento del componente aggiuntivo");
  return { wb, data, unkept };
}

/** `<name>.ricalcolato.xlsx` next to the input (always .xlsx: the copy carries no macros). */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  return path.join(path.dirname(input), `${path.basename(input, ext)}.ricalcolato.xlsx`);
}
