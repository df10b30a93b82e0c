import { BlankResolver, registerBlankResolver } from "../../src/functions/blanks";
import { CellError, VALUE_ERROR_CODE } from "../../src/functions/errors";

/** Assert a #VALUE! error whose Italian message contains every fragment, and return the message. */
export function expectValueError(result: unknown, ...fragments: string[]): string {
  expect(result).toMatchObject({ code: VALUE_ERROR_CODE });
  const message = (result as CellError).message ?? "";
  for (const f of fragments) expect(message).toContain(f);
  expect(message.length).toBeLessThanOrEqual(255);
  return message;
}

/** A column range as Excel hands it to a custom function: one row array per cell, blanks as null. */
export const column = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/**
 * How Excel hands an empty cell to a custom function: "web" (and newer desktop builds) as null,
 * "desktop" (older builds) as 0 (office-js issues 4702, 5262, 1951).
 */
export type Convention = "web" | "desktop";
export const CONVENTIONS: readonly Convention[] = ["web", "desktop"];

/** The cells behind the arguments of one call: address → which cells are empty. */
export class FakeCells implements BlankResolver {
  readonly cells = new Map<string, boolean[][]>();
  readonly reads: string[][] = [];

  emptyCells(addresses: string[]): Promise<boolean[][][]> {
    this.reads.push(addresses);
    return Promise.resolve(
      addresses.map((a) => {
        const empty = this.cells.get(a);
        if (!empty) throw new Error(`no cell behind ${a}`);
        return empty;
      })
    );
  }
}

const isBlankValue = (v: unknown) => v === null || v === undefined;
const isMatrix = (raw: unknown): raw is unknown[][] =>
  Array.isArray(raw) && raw.length > 0 && raw.every((row) => Array.isArray(row));

/** The arguments as Excel passes them under a convention, each taken from cells of a sheet. */
export function asExcelPasses(
  convention: Convention,
  args: unknown[],
  arity: number
): { args: unknown[]; cells: FakeCells; addresses: string[] } {
  const cells = new Map<string, boolean[][]>();
  const addresses: string[] = [];
  const passed: unknown[] = [];
  const blank = (v: unknown) => (isBlankValue(v) ? (convention === "desktop" ? 0 : null) : v);
  for (let i = 0; i < arity; i++) {
    const raw = args[i];
    const address = `Piano!A${i + 1}`;
    if (isMatrix(raw)) {
      cells.set(
        address,
        raw.map((row) => row.map(isBlankValue))
      );
      passed.push(raw.map((row) => row.map(blank)));
      addresses.push(address);
    } else if (Array.isArray(raw)) {
      // Not a shape Excel passes: handed over as it is, without an address.
      passed.push(raw);
      addresses.push("");
    } else {
      cells.set(address, [[isBlankValue(raw)]]);
      passed.push(blank(raw));
      addresses.push(address);
    }
  }
  const fake = new FakeCells();
  for (const [a, e] of cells) fake.cells.set(a, e);
  return { args: passed, cells: fake, addresses };
}

type PerfFunction = (...args: any[]) => unknown;

/** Calls a PERF function as Excel would under a convention (parameterAddresses given) and awaits its answer. */
export async function callAs(convention: Convention, fn: PerfFunction, ...args: unknown[]): Promise<unknown> {
  const arity = fn.length - 1; // the last parameter is Excel's invocation
  const excel = asExcelPasses(convention, args, arity);
  registerBlankResolver(excel.cells);
  try {
    return await fn(...excel.args, { parameterAddresses: excel.addresses });
  } finally {
    registerBlankResolver(null);
  }
}

/** Calls a PERF function under both conventions, expects the same answer, and returns it. */
export async function excel(fn: PerfFunction, ...args: unknown[]): Promise<unknown> {
  const web = await callAs("web", fn, ...args);
  const desktop = await callAs("desktop", fn, ...args);
  expect({ desktop }).toEqual({ desktop: web });
  return web;
}
