import * as fs from "fs";
import * as path from "path";
import { PipelineSettings } from "../../src/pipeline/types";
import {
  CliRun,
  JsonReport,
  MESSY,
  ROOT,
  Recalculated,
  readWorkbook,
  runCli,
  sha256,
  tempDir,
  xlsxUnder,
  removeDir,
} from "./helpers/cli";
import { illegitimateWrites, ownedCells } from "./helpers/owned";
import { diffWorkbooks } from "./helpers/workbook-diff";

/**
 * "No data loss, proved": for every workbook the project keeps (test/fixtures/**, assets/), after
 * `perf-albero ricalcola` every cell the add-in does not own is identical to the input — value, rich
 * text, formula and result, date, number format, style, note — and so are merges, column widths,
 * hidden rows and columns, tables, filters, the user's conditional formats; the input file's bytes
 * do not change. The owned cells are the pipeline's own list of writes (performance KPI / obiettivo
 * cells, the consuntivo of link KPIs, headers of added columns), and each of them is checked to lie
 * where the add-in may write.
 */

interface Case {
  label: string;
  file: string;
  args: string[];
  settings: Partial<PipelineSettings>;
}

const files = [...xlsxUnder(path.join(ROOT, "test", "fixtures")), ...xlsxUnder(path.join(ROOT, "assets"))];

const cases: Case[] = files.map((file) => ({ label: path.relative(ROOT, file), file, args: [], settings: {} }));
// The same files again with the options that change what is written.
cases.push(
  {
    label: "test/fixtures/messy/07-senza-colonne-performance.xlsx --aggiungi-colonne",
    file: path.join(MESSY, "07-senza-colonne-performance.xlsx"),
    args: ["--aggiungi-colonne"],
    settings: { addMissingColumns: true },
  },
  {
    label: "test/fixtures/messy/albero-valdisieve-2024.xlsx --metodo binario",
    file: path.join(MESSY, "albero-valdisieve-2024.xlsx"),
    args: ["--metodo", "binario"],
    settings: { method: "binario" },
  }
);

let dir: string;
beforeAll(() => {
  dir = tempDir();
}, 180_000);
afterAll(() => removeDir(dir));

it("covers the workbooks of every seed, the messy ones and the sample", () => {
  const names = files.map((f) => path.relative(ROOT, f));
  expect(names).toEqual(
    expect.arrayContaining([
      "assets/piano-performance-2019-lecce.xlsx",
      "test/fixtures/messy/01-titolo-celle-unite.xlsx",
    ])
  );
  expect(names.filter((n) => n.startsWith("test/fixtures/messy/")).length).toBeGreaterThanOrEqual(8);
  expect(names.some((n) => /\/00[234]-/.test(n))).toBe(true);
});

describe.each(cases)("$label", ({ file, args, settings }) => {
  const name =
    path.basename(file).replace(/\.xlsx$/i, "") +
    (args.length > 0 ? "-" + args.join("").replace(/[^a-z]/gi, "") : "") +
    ".xlsx";
  let recalculated: Recalculated;
  // A workbook in which no plan is found (some office arrangements of test/fixtures/offices/ today) is
  // refused with exit 2 and nothing is written: nothing can be lost, and the input must stay as it was.
  let refused: { run: CliRun; output: string; hashBefore: string; hashAfter: string } | null = null;

  beforeAll(async () => {
    const output = path.join(dir, name);
    const hashBefore = sha256(file);
    const run = await runCli(["ricalcola", file, "-o", output, "--json", ...args]);
    if (run.code === 2 && run.stdout.trim() === "" && /non è stato trovato un piano/.test(run.stderr))
      refused = { run, output, hashBefore, hashAfter: sha256(file) };
    else
      recalculated = {
        run,
        json: JSON.parse(run.stdout) as JsonReport,
        output,
        inputHashBefore: hashBefore,
        inputHashAfter: sha256(file),
      };
  });

  it("writes an output, leaves the input's bytes unchanged and prints no stack trace", () => {
    if (refused) {
      expect({ stderr: refused.run.stderr, output: fs.existsSync(refused.output), hash: refused.hashAfter }).toEqual({
        stderr: expect.not.stringMatching(/\n\s+at .+:\d+:\d+|TypeError|ReferenceError/),
        output: false,
        hash: refused.hashBefore,
      });
      return;
    }
    const { run, output, inputHashBefore, inputHashAfter } = recalculated;
    expect({ exit: run.code, stderr: run.stderr }).toEqual({
      exit: expect.any(Number),
      stderr: expect.not.stringMatching(/\n\s+at .+:\d+:\d+|TypeError|ReferenceError/),
    });
    expect([0, 2]).toContain(run.code);
    expect(fs.existsSync(output)).toBe(true);
    expect(inputHashAfter).toBe(inputHashBefore);
  });

  it("keeps every cell the add-in does not own identical, and sheets, merges, widths, tables as they were", async () => {
    if (refused) return; // nothing written (asserted above)
    const owned = await ownedCells(file, settings);
    const diffs = diffWorkbooks(await readWorkbook(file), await readWorkbook(recalculated.output), owned.cells);
    expect(diffs).toEqual([]);
  });

  it("owns only performance cells, link KPIs' consuntivi and added headers, and writes exactly the pipeline's values there", async () => {
    if (refused) return; // nothing written (asserted above)
    const owned = await ownedCells(file, settings);
    expect(illegitimateWrites(owned)).toEqual([]);
    const out = await readWorkbook(recalculated.output);
    const wrong: string[] = [];
    for (const w of owned.writes) {
      const cell = out.getWorksheet(w.sheet)!.getCell(w.address);
      const ok =
        typeof w.value === "number"
          ? typeof cell.value === "number" && Math.abs(cell.value - w.value) < 1e-12
          : cell.value === w.value;
      if (!ok || (w.numberFormat !== undefined && cell.numFmt !== w.numberFormat))
        wrong.push(
          `${w.sheet}!${w.address}: atteso ${JSON.stringify(w.value)} (${w.numberFormat ?? "-"}), trovato ${JSON.stringify(cell.value)} (${cell.numFmt})`
        );
    }
    expect(wrong).toEqual([]);
  });
});
