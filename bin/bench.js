#!/usr/bin/env node
/**
 * `npm run bench [-- name...]`: compiles src and bench with tsconfig.bench.json into dist-bench/
 * and runs dist-bench/bench/run.js, which runs every bench/*.ts module exporting `run()`.
 */
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.resolve(__dirname, "..");
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });

const compile = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.bench.json")], {
  cwd: root,
  stdio: "inherit",
});
if (compile.status !== 0) {
  console.error("Compilazione dei benchmark non riuscita (tsc -p tsconfig.bench.json).");
  process.exit(compile.status ?? 1);
}

const bench = spawnSync(
  process.execPath,
  ["--expose-gc", path.join(root, "dist-bench", "bench", "run.js"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  }
);
process.exit(bench.status ?? 1);
