/**
 * PERF_KPI, PERF_OBIETTIVO, ...: the LAMBDA names over PERF.* built from functions.json. The formulas
 * are parsed and evaluated here by a small interpreter of the few functions they use (LAMBDA, IF,
 * ISOMITTED), calling the real PERF functions, so a name gives what PERF.* gives.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "path";
import { serialFromYmd } from "../../src/engine";
import * as functions from "../../src/functions/functions";
import { FunctionMetadata, LambdaName, lambdaNames } from "../../src/functions/lambda-names";

type Node =
  { kind: "call"; name: string; args: Node[] } | { kind: "ref"; name: string } | { kind: "text"; value: string };

/** Formula grammar of the names: calls, parameter references, "text"; commas; [optional] parameters. */
function parse(formula: string): Node {
  expect(formula.startsWith("=")).toBe(true);
  const tokens = formula.slice(1).match(/"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_.]*|[(),[\]]|\S/g) ?? [];
  let at = 0;
  const next = () => tokens[at++];
  const expectToken = (t: string) => expect(next()).toBe(t);
  function expression(): Node {
    const token = next();
    if (token.startsWith('"')) return { kind: "text", value: token.slice(1, -1).replace(/""/g, '"') };
    if (token === "[") {
      const name = next();
      expectToken("]");
      return { kind: "ref", name: `[${name}]` };
    }
    expect(token).toMatch(/^[A-Za-z_]/);
    if (tokens[at] !== "(") return { kind: "ref", name: token };
    at++;
    const args: Node[] = [];
    if (tokens[at] === ")") at++;
    else
      for (;;) {
        args.push(expression());
        const sep = next();
        if (sep === ")") break;
        expect(sep).toBe(",");
      }
    return { kind: "call", name: token, args };
  }
  const tree = expression();
  expect(at).toBe(tokens.length);
  return tree;
}

const OMITTED = Symbol("omitted");
type PerfFunction = (...args: unknown[]) => unknown;

/** Calls a LAMBDA name as Excel would: arguments left out are OMITTED. */
function callName(formula: string, byId: Map<string, PerfFunction>, args: unknown[]): unknown {
  const lambda = parse(formula);
  if (lambda.kind !== "call" || lambda.name !== "LAMBDA") throw new Error("not a LAMBDA");
  const params = lambda.args.slice(0, -1).map((p) => (p.kind === "ref" ? p.name.replace(/^\[(.*)\]$/, "$1") : ""));
  const env = new Map(params.map((p, i) => [p, i < args.length ? args[i] : OMITTED]));
  const evaluate = (node: Node): unknown => {
    if (node.kind === "text") return node.value;
    if (node.kind === "ref") {
      const value = env.get(node.name);
      if (value === OMITTED || !env.has(node.name)) throw new Error(`${node.name} used while omitted or unknown`);
      return value;
    }
    if (node.name === "IF") return evaluate(node.args[0]) ? evaluate(node.args[1]) : evaluate(node.args[2]);
    if (node.name === "ISOMITTED") {
      const ref = node.args[0];
      return ref.kind === "ref" && env.get(ref.name) === OMITTED;
    }
    const fn = byId.get(node.name);
    if (!fn) throw new Error(`unknown function ${node.name}`);
    const values = node.args.map(evaluate);
    // Excel passes an optional argument that is not given as null.
    while (values.length < fn.length - 1) values.push(null);
    return fn(...values);
  };
  return evaluate(lambda.args[lambda.args.length - 1]);
}

describe("LAMBDA names PERF_* over the PERF functions", () => {
  let metadata: FunctionMetadata[] = [];
  let names: LambdaName[] = [];
  const byId = new Map<string, PerfFunction>();

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    metadata = (JSON.parse(result.metadataJson) as { functions: FunctionMetadata[] }).functions;
    const exported = functions as unknown as Record<string, PerfFunction>;
    for (const a of result.associate) byId.set(`PERF.${a.id}`, exported[a.functionName]);
    names = lambdaNames(metadata);
  });

  it("defines one name per exported function, PERF_ and the function's id", () => {
    expect(names.map((n) => n.name)).toEqual([
      "PERF_KPI",
      "PERF_OBIETTIVO",
      "PERF_SEMAFORO",
      "PERF_STATO",
      "PERF_PESI",
    ]);
    expect(byId.size).toBe(Object.values(functions).filter((f) => typeof f === "function").length);
  });

  it("writes formulas as names.add expects: English names, commas, balanced, every parameter covered", () => {
    for (const [i, n] of names.entries()) {
      const fn = metadata[i];
      const tree = parse(n.formula);
      expect(tree).toMatchObject({ kind: "call", name: "LAMBDA" });
      const params = (tree as { args: Node[] }).args.slice(0, -1).map((p) => (p as { name: string }).name);
      expect(params).toEqual(fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)));
      expect(n.formula).not.toMatch(/;/);
      for (const p of fn.parameters) {
        expect(n.formula).toContain(p.name);
        if (p.optional) expect(n.formula).toContain(`ISOMITTED(${p.name})`);
      }
      expect(n.formula).toContain(`PERF.${fn.id}(`);
      expect(n.comment.length).toBeGreaterThan(20);
      expect(n.comment.length).toBeLessThanOrEqual(255);
    }
  });

  it("PERF_KPI(target; consuntivo; direzione) is PERF.KPI's formula", () => {
    expect(names[0].formula).toBe(
      '=LAMBDA(target,consuntivo,direzione,[metodo],[tipo],IF(ISOMITTED(tipo),IF(ISOMITTED(metodo),PERF.KPI(target,consuntivo,direzione),PERF.KPI(target,consuntivo,direzione,metodo)),PERF.KPI(target,consuntivo,direzione,IF(ISOMITTED(metodo),"",metodo),tipo)))'
    );
  });

  const d = (day: number, month: number, year: number) => serialFromYmd(year, month, day);
  const column = (...v: unknown[]) => v.map((x) => [x]);

  // [name, arguments given (shorter = trailing ones left out; OMITTED in the middle), the same call to PERF.* with null for left out]
  it.each<[string, unknown[], unknown[]]>([
    ["PERF_KPI", [">= 400", 375, null], [">= 400", 375, null, null, null]],
    ["PERF_KPI", [20, 19, ">=", "binario"], [20, 19, ">=", "binario", null]],
    [
      "PERF_KPI",
      [d(30, 9, 2019), d(1, 10, 2019), "<=", OMITTED, "data"],
      [d(30, 9, 2019), d(1, 10, 2019), "<=", null, "data"],
    ],
    [
      "PERF_KPI",
      [d(30, 9, 2019), d(1, 10, 2019), "<=", "binario", "data"],
      [d(30, 9, 2019), d(1, 10, 2019), "<=", "binario", "data"],
    ],
    [
      "PERF_OBIETTIVO",
      [
        [
          ["50% >", 0.8772],
          ["50% >", 0.2734],
        ],
      ],
      [
        [
          ["50% >", 0.8772],
          ["50% >", 0.2734],
        ],
        null,
      ],
    ],
    ["PERF_OBIETTIVO", [column(0.5, 0.5), column(0.9, null)], [column(0.5, 0.5), column(0.9, null)]],
    ["PERF_SEMAFORO", [0.7], [0.7, null, null]],
    ["PERF_SEMAFORO", [0.75, OMITTED, 0.7], [0.75, null, 0.7]],
    ["PERF_SEMAFORO", [0.55, 0.5, 0.7], [0.55, 0.5, 0.7]],
    ["PERF_STATO", [0.7], [0.7, null]],
    ["PERF_STATO", [0.7, "kpi"], [0.7, "kpi"]],
    ["PERF_PESI", [column(0.5, 0.5)], [column(0.5, 0.5)]],
  ])("%s%p gives what PERF.* gives", (name, given, direct) => {
    const n = names.find((x) => x.name === name) as LambdaName;
    const fn = byId.get(name.replace("_", ".")) as PerfFunction;
    // OMITTED in the middle is an argument left empty in the formula: =PERF_KPI(a; b; c; ; "data").
    const viaName = callName(n.formula, byId, given);
    const expected = fn(...direct);
    expect(viaName).toEqual(expected);
    expect({ isError: typeof expected === "object" && expected !== null }).toEqual({ isError: false });
  });
});
