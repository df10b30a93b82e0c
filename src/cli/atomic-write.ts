import * as fs from "fs";
import * as path from "path";
import { IO_MSG } from "../xlsx/messages";
import { fsErrorDetail } from "./io-errors";
import { CLI_MSG, InputError } from "./messages";

/** The file system calls the writer makes: injectable, so a full disk can be simulated in tests. */
export interface WriteFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
}

const nodeFs: WriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length) => fs.writeSync(fd, data, offset, length),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

/** Whether two paths name one file: same path, a symbolic link to it, or a hard link (same device and inode). */
export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as { code?: string }).code === "EPERM";
  }
}

const tempPrefix = (out: string, pid: number): string => `.${path.basename(out)}.${pid}.`;

/** The temporary files a killed run left next to `out`. */
function removeLeftovers(out: string, pid: number): void {
  const prefix = tempPrefix(out, pid);
  for (const name of fs.readdirSync(path.dirname(out)))
    if (name.startsWith(prefix) && name.endsWith(".tmp"))
      fs.rmSync(path.join(path.dirname(out), name), { force: true });
}

/** Take `<out>.lock`; a lock left by a process that no longer runs (killed) is taken over, with its temporary file. */
function lock(out: string): string {
  const file = `${out}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      return file;
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw new InputError(CLI_MSG.cannotWrite(out, fsErrorDetail(e)));
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8").trim();
      } catch {
        continue;
      }
      // Only a lock naming a process that has ended is stale (an empty one is being written right now).
      const owner = Number(text);
      if (!(Number.isInteger(owner) && owner > 0) || processAlive(owner)) break;
      removeLeftovers(out, owner);
      fs.rmSync(file, { force: true });
    }
  }
  throw new InputError(IO_MSG.locked(out));
}

/**
 * Write `data` to `out` so that readers only ever see the previous file or the complete new one: a
 * temporary file in the same folder, flushed to disk, then renamed over `out`. A lock file keeps two
 * runs on the same output from interleaving. On any failure the temporary file is removed and the
 * previous output is left as it was.
 */
export function writeAtomic(out: string, data: Uint8Array, io: WriteFs = nodeFs): void {
  const held = lock(out);
  const temp = path.join(path.dirname(out), `${tempPrefix(out, process.pid)}${Date.now().toString(36)}.tmp`);
  let created = false;
  // Interrupted (Ctrl+C, kill): no temporary file nor lock is left behind, the previous output stays.
  const interrupted = (signal: NodeJS.Signals): void => {
    if (created) fs.rmSync(temp, { force: true });
    fs.rmSync(held, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const fd = io.openSync(temp, "wx");
    created = true;
    try {
      for (let at = 0; at < data.length;) at += io.writeSync(fd, data, at, data.length - at);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, out);
    created = false;
  } catch (e) {
    throw new InputError(CLI_MSG.cannotWrite(out, fsErrorDetail(e)));
  } finally {
    process.removeListener("SIGINT", interrupted);
    process.removeListener("SIGTERM", interrupted);
    if (created) fs.rmSync(temp, { force: true });
    fs.rmSync(held, { force: true });
  }
}
