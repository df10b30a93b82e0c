import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";

export const ROOT = path.join(__dirname, "..", "..");
/** Its own output folder, so that a concurrent `npm run build` (or a stale dist/) does not interfere. */
export const DIST = path.join(ROOT, "test-output", "e2e-dist");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** The production bundle, rebuilt with webpack unless it is newer than every source file. */
export function ensureProductionBundle(): void {
  const outputs = ["taskpane.html", "taskpane.js"].map((f) => path.join(DIST, f));
  const sources = Math.max(
    newestMtime(path.join(ROOT, "src")),
    ...["webpack.config.js", "manifest.xml", "package-lock.json"].map((f) => fs.statSync(path.join(ROOT, f)).mtimeMs)
  );
  const fresh = outputs.every((f) => fs.existsSync(f) && fs.statSync(f).mtimeMs > sources);
  if (fresh) return;
  try {
    execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", DIST],
      {
        cwd: ROOT,
        stdio: "pipe",
        timeout: 180_000,
      }
    );
  } catch (e) {
    const out = e as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(
      `webpack --mode production non riuscito: ${out.message}\n${out.stdout?.toString() ?? ""}\n${out.stderr?.toString() ?? ""}`
    );
  }
}
