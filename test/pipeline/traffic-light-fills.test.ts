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
