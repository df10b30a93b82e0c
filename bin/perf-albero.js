#!/usr/bin/env node
"use strict";
// The command line is compiled by `npm run prepare` (tsc -p tsconfig.cli.json) into dist/.
const { main } = require("../dist/cli/main.js");

// `perf-albero ... --json | head`: the reader closed the pipe; the rest of the output is not wanted.
process.stdout.on("error", (e) => {
  if (e.code !== "EPIPE") throw e;
});

main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
