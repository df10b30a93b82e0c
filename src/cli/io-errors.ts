/** Italian details for the English errors of Node's file system and of the ZIP reader under ExcelJS. */

const FS_CODES: Record<string, string> = {
  EISDIR: "è una cartella, non un file",
  ENOENT: "il file o la cartella non esiste",
  ENOTDIR: "una parte del percorso non è una cartella",
  EACCES: "permesso negato",
  EPERM: "operazione non permessa",
  EROFS: "il disco è in sola lettura",
  ENOSPC: "spazio su disco esaurito",
  EBUSY: "il file è in uso da un altro programma (chiuderlo in Excel e riprovare)",
  EMFILE: "troppi file aperti",
  ENAMETOOLONG: "nome del file troppo lungo",
  EEXIST: "il file esiste già",
};

/** A file system error as an Italian phrase; the file name is said by the message that uses it. */
export function fsErrorDetail(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && FS_CODES[code]) return FS_CODES[code];
  return typeof code === "string" ? `errore del sistema (${code})` : "errore del sistema";
}

const ZIP_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/end of central directory|end of data reached|corrupted zip|unexpected end/i, "l'archivio ZIP è incompleto o troncato"],
  [/invalid signature|bad signature|not a zip/i, "l'archivio ZIP ha una struttura non valida"],
  [/encrypted/i, "l'archivio ZIP è cifrato"],
  [/compression|inflate|deflate|invalid (block|distance|code)/i, "i dati compressi nell'archivio sono danneggiati"],
  [/crc32|checksum/i, "il controllo di integrità dell'archivio non corrisponde"],
];

/** Why ExcelJS could not open a package, in Italian (its own messages are English and technical). */
export function loadErrorDetail(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  for (const [re, text] of ZIP_PATTERNS) if (re.test(message)) return text;
  const fs = (e as { code?: unknown } | null)?.code;
  if (typeof fs === "string" && FS_CODES[fs]) return FS_CODES[fs];
  return "il contenuto non è quello di una cartella di lavoro Excel valida";
}
