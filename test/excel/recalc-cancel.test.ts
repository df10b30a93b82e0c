import { RecalcCancelled, recalculateWorkbook } from "../../src/excel/recalc-flow";
import { recalculate } from "../../src/pipeline/recalculate";
import { RecalcInput } from "../../src/pipeline/types";
import { rig, sampleGrids, settings } from "./helpers";
import { snapshot } from "./sim-probe";

describe("the recalculation runs the pipeline it is given and can be stopped before writing", () => {
  it("uses the compute it is given (the pane's Web Worker) and reports each step", async () => {
    const r = rig(await sampleGrids());
    const inputs: RecalcInput[] = [];
    const steps: string[] = [];
    const out = await recalculateWorkbook(r.ops, settings(), {
      compute: async (input) => {
        inputs.push(input);
        return recalculate(input);
      },
      onProgress: (p) => steps.push(p.step),
    });
    expect(inputs).toHaveLength(1);
    expect(steps).toEqual(["lettura", "calcolo", "scrittura", "fatto"]);
    expect(out.applied?.cellsWritten).toBeGreaterThan(0);
  });

  it.each([
    ["while reading", "lettura"],
    ["while computing", "calcolo"],
  ])("stopped %s: RecalcCancelled, nothing written, nothing to undo", async (_, at) => {
    const r = rig(await sampleGrids());
    const before = snapshot(r.excel);
    const controller = new AbortController();
    const run = recalculateWorkbook(r.ops, settings(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === at) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(RecalcCancelled);
    expect(snapshot(r.excel)).toEqual(before);
    expect(r.ops.hasUndo()).toBe(false);
  });
});
