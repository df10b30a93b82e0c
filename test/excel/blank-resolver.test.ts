import { BlankContextLike, createBlankResolver, splitAddress } from "../../src/excel/blank-resolver";
import { registerBlankResolver } from "../../src/functions/blanks";
import { kpi, obiettivo } from "../../src/functions/functions";

/** A hand fake of Excel.RequestContext: sheets of cell types; valueTypes readable only after sync(). */
function fakeExcel(sheets: Record<string, Record<string, string[][]>>) {
  const log = { batches: 0, syncs: 0, loads: [] as string[] };
  const context: BlankContextLike = {
    workbook: {
      worksheets: {
        getItem: (name) => {
          const sheet = sheets[name];
          if (!sheet) throw new Error(`ItemNotFound: ${name}`);
          return {
            getRange: (address) => {
              let loadedAt = -1;
              const range = {
                load: (p: string) => {
                  log.loads.push(`${name}!${address}:${p}`);
                  loadedAt = log.syncs;
                },
                get valueTypes(): string[][] {
                  if (loadedAt < 0 || log.syncs <= loadedAt) throw new Error("PropertyNotLoaded");
                  const types = sheet[address];
                  if (!types) throw new Error(`InvalidArgument: ${address}`);
                  return types;
                },
              };
              return range;
            },
          };
        },
      },
    },
    sync: async () => {
      log.syncs++;
    },
  };
  const run = <T>(batch: (c: BlankContextLike) => Promise<T>) => {
    log.batches++;
    return batch(context);
  };
  return { run, log };
}

describe("splitAddress", () => {
  it.each<[string, { sheet: string; cells: string } | null]>([
    ["Piano!B3", { sheet: "Piano", cells: "B3" }],
    ["'Piano 2024'!B3:C9", { sheet: "Piano 2024", cells: "B3:C9" }],
    ["'L''anno'!$A$1", { sheet: "L'anno", cells: "A1" }],
    ["Piano!B3:B3", { sheet: "Piano", cells: "B3:B3" }],
    ["Piano 2024!D:E", { sheet: "Piano 2024", cells: "D:E" }],
    ["Piano!$5:$9", { sheet: "Piano", cells: "5:9" }],
    ["[Libro1.xlsx]Piano!B3", null],
    ["B3", null],
    ["", null],
    ["Piano!Totale", null],
  ])("%p", (address, expected) => {
    expect(splitAddress(address)).toEqual(expected);
  });
});

describe("the Excel blank resolver", () => {
  afterEach(() => registerBlankResolver(null));

  it("reads every address in one batch and one sync", async () => {
    const { run, log } = fakeExcel({
      Piano: { G3: [["Empty"]], "E2:E4": [["Double"], ["Empty"], ["Double"]] },
      "Piano 2024": { B3: [["Double"]] },
    });
    const empties = await createBlankResolver(run).emptyCells(["Piano!G3", "Piano!E2:E4", "'Piano 2024'!B3"]);
    expect(empties).toEqual([[[true]], [[false], [true], [false]], [[false]]]);
    expect(log).toEqual({
      batches: 1,
      syncs: 1,
      loads: ["Piano!G3:valueTypes", "Piano!E2:E4:valueTypes", "Piano 2024!B3:valueTypes"],
    });
  });

  it("rejects an address it cannot read, so the function reports it", async () => {
    const { run } = fakeExcel({ Piano: {} });
    await expect(createBlankResolver(run).emptyCells(["[Altro.xlsx]Piano!B3"])).rejects.toThrow(
      "Indirizzo non leggibile"
    );
  });

  it("gives PERF.KPI and PERF.OBIETTIVO their web answers on a desktop build that passes empty cells as 0", async () => {
    const { run } = fakeExcel({
      Piano: { G3: [["Empty"]], E3: [["Empty"]], "D2:D3": [["Empty"], ["Empty"]], "E2:E3": [["Double"], ["Double"]] },
    });
    registerBlankResolver(createBlankResolver(run));
    expect(
      await kpi(">= 400", 0, 0, null, null, { parameterAddresses: ["Piano!F3", "Piano!G3", "Piano!E3", "", ""] })
    ).toBe("N.V.");
    expect(
      await obiettivo([[0], [0]], [[0.9], [0.7]], { parameterAddresses: ["Piano!D2:D3", "Piano!E2:E3"] })
    ).toBeCloseTo(0.8, 12);
  });
});
