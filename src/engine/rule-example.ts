import { pct } from "./trace";
import { ScoringOptions, scoreExplained } from "./scoring";
import { Scalar } from "./values";

const num = (value: number): Scalar => ({ kind: "number", value, percent: false });

/**
 * The live example the settings show under the rules chosen ("con questa regola 25,7 contro ≤ 25 dà
 * 97,28%"): the same two rows of DOMAIN.md §4b scored with the workbook's options and a "Metodo".
 */
export function ruleExamples(options: ScoringOptions, method = "proporzionale"): string[] {
  const rows: [string, number, number, ">=" | "<="][] = [
    ["25,7 contro ≥ 25", 25, 25.7, ">="],
    ["25,7 contro ≤ 25", 25, 25.7, "<="],
    ["97 contro ≥ 100", 100, 97, ">="],
  ];
  return rows.map(([label, target, actual, dir]) => {
    const r = scoreExplained(num(target), num(actual), dir, method, options);
    return r.ok ? `con questa regola ${label} dà ${pct(r.performance)}` : r.message;
  });
}
