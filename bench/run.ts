/**
 * Runs every benchmark module of bench/ in name order: each exports `async function run(): Promise<void>`
 * and prints its own figures. `npm run bench -- engine` runs only the modules whose name contains "engine".
 * Compiled to dist-bench/bench/run.js by bin/bench.js.
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";

interface BenchModule {
  run?: unknown;
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const names = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".js") && f !== "run.js")
    .map((f) => f.slice(0, -3))
    .filter((name) => filters.length === 0 || filters.some((f) => name.toLowerCase().includes(f)))
    .sort();
  console.log(`Node ${process.version}, ${process.platform} ${process.arch}`);
  let failures = 0;
  let ran = 0;
  for (const name of names) {
    const mod = require(path.join(__dirname, `${name}.js`)) as BenchModule;
    if (typeof mod.run !== "function") continue;
    ran++;
    console.log(`\n== bench/${name}.ts ==`);
    const start = performance.now();
    try {
      await (mod.run as () => Promise<void>)();
      console.log(`(bench/${name}.ts: ${((performance.now() - start) / 1000).toFixed(1)} s in tutto)`);
    } catch (err) {
      failures++;
      console.error(
        `bench/${name}.ts non è terminato: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`
      );
    }
  }
  if (ran === 0) console.log("Nessun benchmark trovato" + (filters.length ? ` per: ${filters.join(", ")}` : "") + ".");
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  }
);
