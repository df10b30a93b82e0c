import * as fs from "fs";
import * as path from "path";
import { IO_MSG, PackageError } from "../xlsx/messages";
import { PackageReading, readPackage } from "../xlsx/read-package";
import { fsErrorDetail } from "./io-errors";
import { CLI_MSG, InputError } from "./messages";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound file: an encrypted .xlsx (Excel wraps it) or an old binary .xls. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export interface LoadedWorkbook {
  /** The file's bytes (the add-in's settings are read from them). */
  data: Buffer;
  reading: PackageReading;
}

function open(file: string, data: Buffer): PackageReading {
  try {
    return readPackage(data);
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    throw new InputError(e.kind === "formato" ? IO_MSG.otherFormat(file, e.message) : CLI_MSG.corrupt(file, e.message));
  }
}

/** Read and open an .xlsx/.xlsm package, turning every way it can fail into an Italian InputError. */
export function loadWorkbook(file: string): LoadedWorkbook {
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
    if (ext === ".xls" || !data.includes(Buffer.from("EncryptedPackage", "utf16le")))
      throw new InputError(CLI_MSG.notXlsx(file));
    throw new InputError(CLI_MSG.encrypted(file));
  }
  const isZip = head.subarray(0, 4).equals(ZIP);
  if (ext !== ".xlsx" && ext !== ".xlsm") {
    // An .ods or .docx is named for what it is; any other file is simply not a workbook.
    if (isZip) {
      try {
        readPackage(data);
      } catch (e) {
        if (e instanceof PackageError && e.kind === "formato")
          throw new InputError(IO_MSG.otherFormat(file, e.message));
      }
    }
    throw new InputError(CLI_MSG.notXlsx(file));
  }
  if (!isZip) throw new InputError(CLI_MSG.corrupt(file, "manca l'intestazione ZIP"));
  return { data, reading: open(file, data) };
}

/** `<name>.ricalcolato.xlsx` next to the input; a macro workbook stays .xlsm (its macros are kept). */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const out = ext.toLowerCase() === ".xlsm" ? ext : ".xlsx";
  return path.join(path.dirname(input), `${path.basename(input, ext)}.ricalcolato${out}`);
}
