import { ObjectiveInput } from "../engine/plan";
import { Problem, problem } from "../engine/problems";
import { codeDepth, declaredParentOf, levelOfDepth, parentCodeOf } from "./codes";

/**
 * Parents and levels from the codes found on the sheet: "A.1.2" sits under "A.1" (or the nearest
 * ancestor that exists, reported when the direct parent is missing below the plan's top level); the
 * level follows the depth.
 */
export function linkParents(objectives: ObjectiveInput[]): Problem[] {
  const known = new Set(objectives.map((o) => o.code));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  // a plan may start at any level (no area rows): only a gap below the top level is worth a warning
  const topDepth = Math.min(...objectives.map((o) => codeDepth(o.code)));
  for (const o of objectives) {
    o.level = levelOfDepth(codeDepth(o.code));
    o.parentCode = parentCodeOf(o.code, known);
    const declared = declaredParentOf(o.code);
    const gap = o.parentCode !== null ? o.parentCode !== declared : codeDepth(o.code) > topDepth;
    if (declared && gap && !reported.has(o.code)) {
      reported.add(o.code);
      problems.push(problem("padre-mancante", { sheet: o.sheet, cell: o.cells.name }, o.code, declared, o.parentCode));
    }
  }
  return problems;
}
