/** Italian details for the English errors of Node's file system. */

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
