/**
 * The layering rules of .dependency-cruiser.cjs (run by `npm run lint`) keep failing on misplaced imports.
 * One small project tree holds every misplaced import below and the imports the architecture allows;
 * depcruise runs once over it with the project's config and must report exactly the misplaced ones.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { spawnSync } from "child_process";

const ROOT = path.join(__dirname, "../..");
const DEPCRUISE = path.join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** [rule, importing file, import line]: each must be reported as a violation of that rule. */
const MISPLACED: [string, string, string][] = [
  ["engine-depends-on-nothing", "src/engine/bad-pipeline.ts", 'import { run } from "../pipeline/run";'],
  ["engine-depends-on-nothing", "src/engine/bad-layout-type.ts", 'import type { Grid } from "../layout/grid";'],
  ["engine-no-packages", "src/engine/bad-package.ts", 'import * as fs from "fs";'],
  ["layout-reads-grids-only", "src/layout/bad-pipeline.ts", 'import { run } from "../pipeline/run";'],
  ["layout-reads-grids-only", "src/layout/bad-excel.ts", 'import { book } from "../excel/book";'],
  ["layout-reads-grids-only", "src/layout/bad-cli.ts", 'import { main } from "../cli/main";'],
  ["layout-reads-grids-only", "src/layout/bad-taskpane.ts", 'import { pane } from "../taskpane/pane";'],
  ["pipeline-below-the-edges", "src/pipeline/bad-excel.ts", 'import { book } from "../excel/book";'],
  ["pipeline-below-the-edges", "src/pipeline/bad-cli.ts", 'import { main } from "../cli/main";'],
  ["pipeline-below-the-edges", "src/pipeline/bad-taskpane.ts", 'import { pane } from "../taskpane/pane";'],
  ["functions-wrap-the-engine", "src/functions/bad-layout.ts", 'import { Grid } from "../layout/grid";'],
  ["functions-wrap-the-engine", "src/functions/bad-pipeline.ts", 'import { run } from "../pipeline/run";'],
  ["office-js-only-in-excel", "src/taskpane/bad-office.ts", 'import "@microsoft/office-js";'],
  ["office-js-only-in-excel", "src/pipeline/bad-office-types.ts", '/// <reference types="office-js" />'],
  ["no-tests-in-product", "src/cli/bad-test.ts", 'import { helper } from "../../test/helper";'],
  ["no-circular", "src/layout/cycle-a.ts", 'import "./cycle-b";'],
];

/** The allowed direction of every edge: none of these may be reported. */
const ALLOWED: [string, string][] = [
  ["src/engine/score.ts", 'import { n } from "./number";\nexport const score = n;'],
  ["src/engine/number.ts", "export const n = 1;"],
  ["src/layout/grid.ts", 'import { n } from "../engine/number";\nexport type Grid = number[];\nexport const g = n;'],
  [
    "src/pipeline/run.ts",
    'import { Grid } from "../layout/grid";\nimport { score } from "../engine/score";\nexport const run = (g: Grid) => g.length + score;',
  ],
  [
    "src/excel/book.ts",
    'import "@microsoft/office-js";\nimport { run } from "../pipeline/run";\nexport const book = run;',
  ],
  ["src/commands/commands.ts", '/// <reference types="office-js" />\nexport {};'],
  [
    "src/cli/main.ts",
    'import * as fs from "fs";\nimport { run } from "../pipeline/run";\nexport const main = () => [fs, run];',
  ],
  ["src/taskpane/pane.ts", 'import { book } from "../excel/book";\nexport const pane = book;'],
  ["src/functions/kpi.ts", 'import { score } from "../engine/score";\nexport const kpi = score;'],
  ["src/layout/cycle-b.ts", 'import "./cycle-a";'],
  ["test/helper.ts", "export const helper = 1;"],
];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

let violations: Violation[];

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "layering-"));
  try {
    const files = [...MISPLACED.map(([, file, line]): [string, string] => [file, line]), ...ALLOWED];
    for (const [file, text] of files) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text + "\n");
    }
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true } }));
    const config = path.join(ROOT, ".dependency-cruiser.cjs");
    const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", config, "--output-type", "json"], {
      cwd: dir,
      encoding: "utf8",
    });
    if (!r.stdout) throw new Error(`depcruise did not run: ${r.stderr}`);
    violations = (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30000);

describe("the layering rules", () => {
  it.each(MISPLACED)("%s: %s (%s) is reported", (rule, file) => {
    expect(violations.filter((v) => v.rule.name === rule && v.from === file)).not.toEqual([]);
  });

  it("report nothing else: the allowed directions pass", () => {
    const misplaced = new Set(MISPLACED.map(([rule, file]) => `${rule} ${file}`));
    const cycle = (v: Violation) => v.rule.name === "no-circular" && v.from.startsWith("src/layout/cycle-");
    expect(violations.filter((v) => !misplaced.has(`${v.rule.name} ${v.from}`) && !cycle(v))).toEqual([]);
  });
});
