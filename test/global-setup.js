// Compile the command line once per jest run, exactly as `npm ci` does through "prepare", so the tests
// that spawn bin/perf-albero.js run what users run and no suite rewrites dist/ while another one is
// executing it. Skipped when dist/ is newer than every source it is built from (right after `npm ci`).
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SOURCES = ["src/engine", "src/layout", "src/pipeline", "src/cli", "tsconfig.json", "tsconfig.cli.json"];

function newestMtime(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((newest, name) => Math.max(newest, newestMtime(path.join(p, name))), stat.mtimeMs);
}

module.exports = async () => {
  const built = path.join(ROOT, "dist", "cli", "main.js");
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(ROOT, s))));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs > sources) return;
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
};
