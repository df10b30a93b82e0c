import * as fs from "fs";
import * as path from "path";
import { PROBLEM_CODES, ruleOf } from "../../src/engine/problem-codes";
import { problem } from "../../src/engine/problems";

const SRC = path.join(__dirname, "../../src");
const REGISTRY = path.join("engine", "problem-codes.ts");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

/**
 * A code's string literal in a source file: allowed only as the first argument of `problem(...)`,
 * which builds the problem from the registry; anything else (a comparison, a set of codes) must read a
 * registry property instead.
 */
function strayCodeLiterals(text: string): string[] {
  const codes = new Set<string>(PROBLEM_CODES);
  const out: string[] = [];
  for (const m of text.matchAll(/(["'`])([a-z0-9]+(?:-[a-z0-9]+)+)\1/g)) {
    if (!codes.has(m[2])) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
    if (!/\bproblem\(\s*$/.test(before)) out.push(m[0]);
  }
  return out;
}

describe("problem codes are spelled only in the registry", () => {
  it.each([
    ['p.code === "pesi-non-100"', ['"pesi-non-100"']],
    ["new Set(['foglio-non-trovato', 'foglio-senza-piano'])", ["'foglio-non-trovato'", "'foglio-senza-piano'"]],
    ['const FORMULA_KEPT_CODE = "cella-con-formula";', ['"cella-con-formula"']],
    ['problems.push(problem("pesi-non-100", { sheet }, "A.1", 0.9));', []],
    ['return problem("piano-non-letto", where, found, missing);', []],
    ['/** Stable code, e.g. "pesi-non-100" */', ['"pesi-non-100"']],
    ['problem(\n      "direzioni-in-conflitto",\n      where)', []],
    ['const rule: LateDeadlineRule = "lineare-fine-anno";', []],
  ])("the check finds the literals of %j", (text, found) => {
    expect(strayCodeLiterals(text)).toEqual(found);
  });

  it("no file of src/ outside the registry compares or lists a code by hand", () => {
    const files = sourceFiles(SRC).filter((f) => path.relative(SRC, f) !== REGISTRY);
    expect(files.length).toBeGreaterThan(50);
    const stray = files.flatMap((f) =>
      strayCodeLiterals(fs.readFileSync(f, "utf8")).map((l) => `${path.relative(SRC, f)}: ${l}`)
    );
    expect(stray).toEqual([]);
  });
});

describe("the registry", () => {
  it.each(PROBLEM_CODES)("%s: a notice never changes the exit code, an error always does", (code) => {
    const rule = ruleOf(code);
    if (rule.severity === "avviso") expect(rule.exit).toBe("nessuno");
    else expect(rule.exit).not.toBe("nessuno");
  });

  it.each<[string, ReturnType<typeof problem>, object]>([
    [
      "severity and message from the registry",
      problem("pesi-non-100", { sheet: "Piano", cell: "D4", cells: ["D4", "D5"] }, "B.2", 0.9),
      {
        severity: "errore",
        code: "pesi-non-100",
        sheet: "Piano",
        cell: "D4",
        cells: ["D4", "D5"],
        message: "I pesi di B.2 sommano a 90,00% invece di 100%.",
      },
    ],
    ["no location when none is known", problem("nessun-piano", {}), { severity: "errore", code: "nessun-piano" }],
    [
      "an empty list of cells is left out",
      problem("consuntivo-vuoto", { sheet: "P", cell: "G7", cells: [] }, "zero"),
      {
        severity: "avviso",
        sheet: "P",
        cell: "G7",
        message: "Consuntivo vuoto: il KPI vale 0% (misurazione mancante).",
      },
    ],
  ])("problem(): %s", (_, p, expected) => {
    expect(p).toMatchObject(expected);
    expect(Object.keys(p).filter((k) => (p as unknown as Record<string, unknown>)[k] === undefined)).toEqual([]);
    if (!("cells" in expected)) expect(p.cells).toBeUndefined();
  });
});
