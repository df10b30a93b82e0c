/**
 * The spelling users were promised, =PERF_KPI(target; consuntivo; direzione): Excel names custom
 * functions NAMESPACE.NAME, so PERF_KPI and the others are workbook names defined as LAMBDA over the
 * PERF.* functions. Built from the functions' metadata (functions.json), so the names cannot drift from
 * the functions. Formulas are in the syntax the Excel API's `names.add` expects: English function names,
 * commas between arguments.
 *
 * A LAMBDA's optional parameter ([metodo]) that the user leaves out must not reach PERF.* as an
 * argument, so the body calls PERF.* with as many arguments as the last one given (ISOMITTED); an
 * optional argument left out before a given one is passed as "", which every PERF function reads as
 * not given.
 */
export interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: { name: string; optional?: boolean }[];
}

export interface LambdaName {
  /** PERF_KPI */
  name: string;
  /** =LAMBDA(target,consuntivo,direzione,[metodo],[tipo],IF(...)) */
  formula: string;
  /** The Italian description of the function (a name's comment holds at most 255 characters). */
  comment: string;
}

const MAX_COMMENT = 255;

function callWith(fn: string, required: string[], optional: string[], count: number): string {
  const given = optional.slice(0, count).map((p, i) => (i === count - 1 ? p : `IF(ISOMITTED(${p}),"",${p})`));
  return `${fn}(${[...required, ...given].join(",")})`;
}

/** The body: one PERF.* call per number of optional arguments given, the last given one deciding. */
function body(fn: string, required: string[], optional: string[]): string {
  let expression = callWith(fn, required, optional, 0);
  for (let count = 1; count <= optional.length; count++)
    expression = `IF(ISOMITTED(${optional[count - 1]}),${expression},${callWith(fn, required, optional, count)})`;
  return expression;
}

export function lambdaName(fn: FunctionMetadata, namespace = "PERF"): LambdaName {
  const required = fn.parameters.filter((p) => !p.optional).map((p) => p.name);
  const optional = fn.parameters.filter((p) => p.optional).map((p) => p.name);
  const params = [...required, ...optional.map((p) => `[${p}]`)];
  const call = body(`${namespace}.${fn.id}`, required, optional);
  const description = fn.description ?? "";
  return {
    name: `${namespace}_${fn.id}`,
    formula: `=LAMBDA(${[...params, call].join(",")})`,
    comment: description.length > MAX_COMMENT ? `${description.slice(0, MAX_COMMENT - 1)}…` : description,
  };
}

export function lambdaNames(functions: readonly FunctionMetadata[], namespace = "PERF"): LambdaName[] {
  return functions.map((fn) => lambdaName(fn, namespace));
}
