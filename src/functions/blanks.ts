/**
 * One meaning for an empty cell, whatever the Excel build. Excel on the web and newer desktop builds
 * pass an empty cell to a custom function as null; older desktop builds pass 0 (office-js issues 4702,
 * 5262, 1951; Microsoft's answer in 4702: the change was a bug fix and no requirement set tells the
 * two apart). So a 0 may be an empty cell. When an argument holds a 0 and Excel gave its address
 * (@requiresParameterAddresses, CustomFunctionsRuntime 1.3), a BlankResolver reads those cells in one
 * Excel batch and the 0s of empty cells become null. Without a 0 nothing is asked: the function answers
 * synchronously. A 0 without an address (typed in the formula, or a build without parameterAddresses)
 * is taken as the number 0.
 *
 * The resolver lives in src/excel (the only code that calls Excel) and is registered at start-up; this module
 * only knows its interface.
 */
import { CellError, valueError } from "./errors";
import { FN_MSG } from "./messages";

export interface BlankResolver {
  /**
   * For each address ("Piano!B3", "'Piano 2024'!B3:C9"), one row of booleans per row of the range:
   * true where the cell is empty. Resolves in the order of the addresses.
   */
  emptyCells(addresses: string[]): Promise<boolean[][][]>;
}

let registered: BlankResolver | null = null;

export function registerBlankResolver(resolver: BlankResolver | null): void {
  registered = resolver;
}

/** What Excel passes as the last argument: only parameterAddresses is read here. */
export interface InvocationLike {
  parameterAddresses?: (string | null | undefined)[];
}

const holdsZero = (raw: unknown): boolean =>
  raw === 0 || (Array.isArray(raw) && raw.some((row) => (Array.isArray(row) ? row.some((v) => v === 0) : row === 0)));

/** The argument with the 0s of empty cells replaced by null; null when the shapes disagree. */
function clearEmpty(raw: unknown, empty: boolean[][]): unknown {
  if (!Array.isArray(raw)) {
    if (empty.length !== 1 || empty[0]?.length !== 1) return undefined;
    return empty[0][0] ? null : raw;
  }
  const rows: unknown[][] = raw.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
  if (rows.length !== empty.length || rows.some((row, r) => row.length !== empty[r].length)) return undefined;
  return rows.map((row, r) => row.map((v, c) => (v === 0 && empty[r][c] ? null : v)));
}

/**
 * Runs `compute` on the arguments as Excel meant them: synchronously when no argument holds a 0 that
 * Excel gave an address for, otherwise after one read of those cells. A failed read gives #VALUE!:
 * an empty cell read as 0 would be a wrong figure.
 */
export function withBlanksResolved<T>(
  fn: string,
  args: unknown[],
  invocation: InvocationLike | undefined,
  compute: (args: unknown[]) => T
): T | CellError | Promise<T | CellError> {
  const addresses = invocation?.parameterAddresses ?? [];
  const resolver = registered;
  const ambiguous = args
    .map((raw, i) => ({ i, raw, address: addresses[i] }))
    .filter((a) => typeof a.address === "string" && a.address !== "" && holdsZero(a.raw));
  if (ambiguous.length === 0 || resolver === null) return compute(args);
  return resolver.emptyCells(ambiguous.map((a) => a.address as string)).then(
    (empties) => {
      const resolved = [...args];
      for (let k = 0; k < ambiguous.length; k++) {
        const cleared = empties[k] ? clearEmpty(ambiguous[k].raw, empties[k]) : undefined;
        if (cleared === undefined) return valueError(FN_MSG.blanksUnreadable(fn, ambiguous[k].address as string));
        resolved[ambiguous[k].i] = cleared;
      }
      return compute(resolved);
    },
    () => valueError(FN_MSG.blanksUnreadable(fn, ambiguous.map((a) => a.address).join(", ")))
  );
}
