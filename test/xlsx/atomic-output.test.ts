import { spawn } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { isSameFile, writeAtomic, WriteFs } from "../../src/cli/atomic-write";
import { ricalcola } from "../../src/cli/commands";
import { InputError } from "../../src/cli/messages";
import { readPackage } from "../../src/xlsx/read-package";

const ROOT = path.resolve(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "perf-albero.js");
const SAMPLE = path.join(ROOT, "assets", "piano-performance-2019-lecce.xlsx");
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-uscita-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const quiet = { out: () => undefined, err: () => undefined };

async function ricalcolaError(input: string, output: string): Promise<string> {
  try {
    await ricalcola(input, { output }, quiet);
  } catch (e) {
    if (e instanceof InputError) return e.message;
    throw e;
  }
  return "";
}

function child(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    p.stdout.on("data", (d) => (stdout += d));
    p.stderr.on("data", (d) => (stderr += d));
    p.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("the output is never the input", () => {
  it.each([
    ["a hard link to the input (same device and inode)", (input: string, out: string) => fs.linkSync(input, out)],
    ["a symbolic link to the input", (input: string, out: string) => fs.symlinkSync(input, out)],
  ])("%s is refused and the input is not modified", async (_case, link) => {
    const input = path.join(dir, "piano.xlsx");
    fs.copyFileSync(SAMPLE, input);
    const out = path.join(dir, "collegamento.xlsx");
    link(input, out);
    expect(isSameFile(input, out)).toBe(true);
    const before = sha(input);
    expect(await ricalcolaError(input, out)).toBe(
      `Il file di uscita "${out}" è lo stesso file di "${input}" (un collegamento): il file originale non viene mai modificato. Indicare un altro nome con -o.`
    );
    expect(sha(input)).toBe(before);
  });
});

describe("a failed write leaves the previous output as it was, and no partial file", () => {
  it("disk full (ENOSPC) halfway through: Italian message, previous output intact, no temporary file or lock", () => {
    const out = path.join(dir, "uscita.xlsx");
    fs.writeFileSync(out, "versione precedente");
    let written = 0;
    const full: WriteFs = {
      openSync: fs.openSync,
      writeSync: (fd, data, offset, length) => {
        if (written > 1000)
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        const n = fs.writeSync(fd, data, offset, Math.min(length, 1000));
        written += n;
        return n;
      },
      fsyncSync: fs.fsyncSync,
      closeSync: fs.closeSync,
      renameSync: fs.renameSync,
      unlinkSync: fs.unlinkSync,
    };
    expect(() => writeAtomic(out, new Uint8Array(100_000), full)).toThrow(
      `Impossibile salvare "${out}": spazio su disco esaurito.`
    );
    expect(fs.readFileSync(out, "utf8")).toBe("versione precedente");
    expect(fs.readdirSync(dir)).toEqual(["uscita.xlsx"]);
  });

  it("a run killed while writing: the previous output is intact and the next run takes over the stale lock", async () => {
    const out = path.join(dir, "uscita.xlsx");
    fs.writeFileSync(out, "versione precedente");
    // A child that writes the first kilobyte and then hangs, until it is killed with SIGKILL.
    const script =
      `const fs = require("fs"); const { writeAtomic } = require(${JSON.stringify(path.join(ROOT, "dist", "cli", "atomic-write.js"))});` +
      `writeAtomic(${JSON.stringify(out)}, new Uint8Array(1 << 20), { ...fs, writeSync: (fd, d, o, l) => { if (o > 0) { process.stdout.write("metà\\n"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); } return fs.writeSync(fd, d, o, Math.min(l, 1024)); } });`;
    const p = spawn(process.execPath, ["-e", script]);
    await new Promise<void>((resolve) => p.stdout.once("data", () => resolve()));
    expect(fs.readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(true);
    p.kill("SIGKILL");
    await new Promise((resolve) => p.once("close", resolve));
    expect(fs.readFileSync(out, "utf8")).toBe("versione precedente");
    expect(fs.existsSync(`${out}.lock`)).toBe(true);
    writeAtomic(out, new TextEncoder().encode("versione nuova"));
    expect(fs.readFileSync(out, "utf8")).toBe("versione nuova");
    expect(fs.readdirSync(dir)).toEqual(["uscita.xlsx"]);
  });
});

describe("concurrent runs on the same output", () => {
  it("never interleave: each run saves a whole file or says another run is saving; the result is one complete copy", async () => {
    const out = path.join(dir, "comune.xlsx");
    const runs = await Promise.all([1, 2, 3, 4].map(() => child([BIN, "ricalcola", SAMPLE, "-o", out])));
    for (const r of runs) {
      if (r.code === 0) expect(r.stdout).toContain(`Risultati salvati in "${out}"`);
      else expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("Un altro ricalcolo sta salvando")]);
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const reference = path.join(dir, "riferimento.xlsx");
    expect((await child([BIN, "ricalcola", SAMPLE, "-o", reference])).code).toBe(0);
    expect(sha(out)).toBe(sha(reference));
    expect(readPackage(fs.readFileSync(out)).grids.length).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["comune.xlsx", "riferimento.xlsx"]);
  });

  it("a lock held by a running process is respected", () => {
    const out = path.join(dir, "bloccato.xlsx");
    fs.writeFileSync(`${out}.lock`, String(process.ppid));
    expect(() => writeAtomic(out, new Uint8Array(10))).toThrow("Un altro ricalcolo sta salvando");
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("the command line's edges", () => {
  it("`--json | head` ends quietly (no EPIPE stack trace)", async () => {
    const r = await new Promise<{ stderr: string }>((resolve) => {
      const p = spawn("sh", ["-c", `"${process.execPath}" "${BIN}" verifica "${SAMPLE}" --json | head -c 20`], {
        cwd: ROOT,
      });
      let stderr = "";
      p.stderr.on("data", (d) => (stderr += d));
      p.on("close", () => resolve({ stderr }));
    });
    expect(r.stderr).toBe("");
  });

  it("a missing --colonne JSON file is said in Italian", async () => {
    const r = await child([BIN, "verifica", SAMPLE, "--colonne", path.join(dir, "mappa.json")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `Il file di mappatura delle colonne "${path.join(dir, "mappa.json")}" non è valido: il file o la cartella non esiste.\n`
    );
  });
});
