/** Writes applied through ExcelJS: the tests' independent model of what the product's package writer (src/xlsx) does. */
import ExcelJS from "exceljs";
import { isOwnTrafficLightFormula } from "../../src/pipeline/traffic-lights";
import { CellWrite, ConditionalFormatSpec } from "../../src/pipeline/types";

interface CfBlock {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

function conditionalFormattingsOf(ws: ExcelJS.Worksheet): CfBlock[] {
  const holder = ws as unknown as { conditionalFormattings?: CfBlock[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

function isOwnRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  if (rule.type !== "expression") return false;
  const formulae = rule.formulae ?? [];
  return formulae.length > 0 && formulae.every((f) => typeof f === "string" && isOwnTrafficLightFormula(f));
}

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/**
 * Put the pipeline's results into an ExcelJS workbook: cell values with their number format, and the
 * traffic-light conditional formats. The traffic lights of a previous run are recognised by their
 * formulas and replaced; the user's own conditional formats are kept as they are.
 */
export function applyToWorkbook(
  wb: ExcelJS.Workbook,
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[]
): void {
  for (const w of writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.address);
    cell.value = w.value;
    // ExcelJS shares one style object among the cells read with the same style: replace, never mutate.
    if (w.numberFormat !== undefined) cell.style = { ...cell.style, numFmt: w.numberFormat };
  }
  const touched = new Set(formats.map((f) => f.sheet));
  for (const name of touched) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const kept: CfBlock[] = [];
    for (const block of conditionalFormattingsOf(ws)) {
      const rules = block.rules.filter((r) => !isOwnRule(r));
      if (rules.length > 0) kept.push({ ...block, rules });
    }
    (ws as unknown as { conditionalFormattings: CfBlock[] }).conditionalFormattings = kept;
  }
  // Own rules go after the user's, with lower priority numbers first in Excel's evaluation order.
  for (const f of formats) {
    const ws = wb.getWorksheet(f.sheet);
    if (!ws) continue;
    const highest = Math.max(0, ...conditionalFormattingsOf(ws).flatMap((b) => b.rules.map((r) => r.priority ?? 0)));
    ws.addConditionalFormatting({
      ref: f.range,
      rules: f.rules.map((rule, i) => ({
        type: "expression",
        priority: highest + i + 1,
        formulae: [rule.formula],
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            bgColor: { argb: argb(rule.fill) },
            fgColor: { argb: argb(rule.fill) },
          },
          font: { color: { argb: argb(rule.font) } },
        },
      })),
    });
  }
}
