import { Thresholds } from "../engine/settings";
import { COLOUR_STYLE, Colour, colourOf } from "../engine/thresholds";
import { parseA1 } from "../layout/address";
import { CellWrite, ConditionalFormatSpec, ConditionalRule } from "./types";

/**
 * Traffic-light rules (DOMAIN.md §7) as Excel "expression" conditional formats that colour numbers only,
 * so "N.V." and empty cells stay uncoloured. The value is rounded to 9 decimals before comparing, as
 * colourOf does with its tolerance: an objective computed as 0,7999999999999999 is green in the cell
 * as it is RAGGIUNTO in the report.
 */
export function trafficLightRules(topLeft: string, t: Thresholds): ConditionalRule[] {
  const v = `ROUND(${topLeft},9)`;
  const isNumber = `ISNUMBER(${topLeft})`;
  // A strict threshold ("superiore al 90%") is passed only above it: exactly 90% stays below.
  const strict = t.strict ?? "nessuna";
  const [aboveGreen, belowGreen] = strict === "nessuna" ? [">=", "<"] : [">", "<="];
  const [aboveYellow, belowYellow] = strict === "tutte" ? [">", "<="] : [">=", "<"];
  return [
    { colour: "verde", formula: `AND(${isNumber},${v}${aboveGreen}${t.green})`, ...COLOUR_STYLE.verde },
    {
      colour: "giallo",
      formula: `AND(${isNumber},${v}${aboveYellow}${t.yellow},${v}${belowGreen}${t.green})`,
      ...COLOUR_STYLE.giallo,
    },
    { colour: "rosso", formula: `AND(${isNumber},${v}${belowYellow}${t.yellow})`, ...COLOUR_STYLE.rosso },
  ];
}

const NUM = String.raw`-?\d+(?:\.\d+)?(?:E-?\d+)?`;
const OWN_RULE = new RegExp(
  String.raw`^=?AND\(ISNUMBER\(([A-Z]{1,3}\d+)\),ROUND\(\1,9\)(?:>=?${NUM}(?:,ROUND\(\1,9\)<=?${NUM})?|<=?${NUM})\)$`,
  "i"
);

/**
 * True when a conditional-format formula is one of the traffic lights this add-in writes. Writers use it
 * to replace the rules of a previous run and never touch the user's own.
 */
export function isOwnTrafficLightFormula(formula: string): boolean {
  return OWN_RULE.test(formula.replace(/\s+/g, ""));
}

/**
 * The colour the rules above give a value: numbers only (text such as "N.V." gets none), coloured by
 * the engine's own thresholds, strict ones included, so a fill always agrees with the status.
 */
export function trafficLightOf(value: CellWrite["value"], t: Thresholds): Colour {
  return typeof value === "number" ? colourOf(value, t) : "grigio";
}

/**
 * Each write that lands inside a traffic-light range, with the colour its rules give the written value:
 * where Excel has no conditional formats for add-ins (ExcelApi 1.6) the adapter paints these as fills.
 */
export function withTrafficLights(
  writes: readonly CellWrite[],
  formats: readonly ConditionalFormatSpec[],
  t: Thresholds
): CellWrite[] {
  const boxes = formats.flatMap((f) => {
    const [from, to] = f.range.split(":").map((a) => parseA1(a));
    return from && (to ?? from) ? [{ sheet: f.sheet, from, to: to ?? from }] : [];
  });
  return writes.map((w) => {
    const at = parseA1(w.address);
    const inside =
      at !== null &&
      boxes.some(
        (b) =>
          b.sheet === w.sheet &&
          at.row >= b.from.row &&
          at.row <= b.to.row &&
          at.col >= b.from.col &&
          at.col <= b.to.col
      );
    return inside ? withColour(w, trafficLightOf(w.value, t)) : w;
  });
}

/**
 * The write with its colour, as a literal of fixed shape: a spread copy ({ ...w, trafficLight }) gets
 * a hidden class of its own in V8, about 300 bytes more per cell (15 MB over a 50.000-KPI plan).
 */
function withColour(w: CellWrite, trafficLight: Colour): CellWrite {
  const { sheet, address, value, numberFormat, kind } = w;
  return numberFormat === undefined
    ? { sheet, address, value, kind, trafficLight }
    : { sheet, address, value, numberFormat, kind, trafficLight };
}
