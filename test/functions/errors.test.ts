import { valueError } from "../../src/functions/errors";
import { kpi } from "../../src/functions/functions";

describe("the #VALUE! factory", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("outside Office gives a plain object with the code and the message", () => {
    expect(valueError("Target mancante")).toEqual({ code: "#VALUE!", message: "Target mancante" });
  });

  it("inside Office builds a CustomFunctions.Error(invalidValue, message)", () => {
    class FakeError {
      constructor(
        public code: string,
        public message?: string
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      Error: FakeError,
      ErrorCode: { invalidValue: "#VALUE!" },
    };
    const result = kpi("quindici", 10, ">=");
    expect(result).toBeInstanceOf(FakeError);
    expect(result).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^PERF\.KPI: Target non leggibile: "quindici"\. Atteso un valore come 100%/),
    });
  });

  it("keeps messages within Excel's 255 characters", () => {
    const message = valueError("x".repeat(400)).message as string;
    expect(message).toHaveLength(255);
    expect(message.endsWith("…")).toBe(true);
  });
});
