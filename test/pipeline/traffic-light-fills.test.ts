import { DEFAULT_THRESHOLDS } from "../../src/engine/thresholds";
import { trafficLightOf, withTrafficLights } from "../../src/pipeline/traffic-lights";
import { CellWrite, ConditionalFormatSpec } from "../../src/pipeline/types";

const t = { yellow: 0.6, green: 0.8 };

describe("trafficLightOf: the colour the conditional-format rules give a written value", () => {
  it.each([
    [0.8, "verde"],
    [0.7999999999999999, "verde"],
    [1.2, "verde"],
    [0.6, "giallo"],
    [0.79, "giallo"],
    [0.5999, "rosso"],
    [0, "rosso"],
    ["N.V.", "grigio"],
    [null, "grigio"],
  ])("%p → %s", (value, colour) => {
    expect(trafficLightOf(value as CellWrite["value"], t)).toBe(colour);
  });
});

// Allegato A 2013: "raggiunto: superiore al 90%; parzialmente: tra il 70% e il 90%; non raggiunto: inferiore al 70%".
describe("trafficLightOf with strict thresholds: the fills agree with the rules and with the status", () => {
  it.each([
    ["verde", 0.9, "giallo"],
    ["verde", 0.9000001, "verde"],
    ["verde", 0.7, "giallo"],
    ["tutte", 0.7, "rosso"],
    ["tutte", 0.9, "giallo"],
  ] as const)("strict %s, %p → %s", (strict, value, colour) => {
    expect(trafficLightOf(value, { yellow: 0.7, green: 0.9, strict })).toBe(colour);
  });
});

describe("withTrafficLights: only cells inside a traffic-light range get a colour", () => {
  const formats: ConditionalFormatSpec[] = [{ sheet: "Piano", range: "H7:H9", rules: [] }];
  const w = (sheet: string, address: string, value: CellWrite["value"]): CellWrite => ({
    sheet,
    address,
    value,
    kind: "performance-kpi",
  });
  it.each([
    [w("Piano", "H7", 0.9), "verde"],
    [w("Piano", "H9", "N.V."), "grigio"],
    [w("Piano", "H10", 0.9), undefined],
    [w("Piano", "G8", 0.9), undefined],
    [w("Altro", "H8", 0.9), undefined],
  ])("%o → %s", (write, colour) => {
    expect(withTrafficLights([write], formats, DEFAULT_THRESHOLDS)[0].trafficLight).toBe(colour);
  });
});
