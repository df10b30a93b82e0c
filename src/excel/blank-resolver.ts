/**
 * The BlankResolver of the PERF functions (src/functions/blanks.ts): which cells behind a function's
 * arguments are empty, read in one Excel batch through Range.valueTypes ("Empty"; ExcelApi 1.1, so
 * every Excel that runs custom functions has it). Addresses come from Excel's parameterAddresses:
 * "Piano!B3", "'Piano 2024'!B3:C9".
 */
import { BlankResolver } from "../functions/blanks";

export interface BlankRangeLike {
  readonly valueTypes: string[][];
  load(propertyNames: string): unknown;
}

export interface BlankContextLike {
  readonly workbook: {
    readonly worksheets: { getItem(name: string): { getRange(address: string): BlankRangeLike } };
  };
  sync(): Promise<unknown>;
}

/** B3, B3:C9, whole columns D:E, whole rows 5:9. */
const CELLS = /^([A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?|[A-Z]{1,3}:[A-Z]{1,3}|\d+:\d+)$/i;

export type BlankRunner = <T>(batch: (context: BlankContextLike) => Promise<T>) => Promise<T>;

/** "'L''anno 2024'!B3:C9" → sheet "L'anno 2024", cells "B3:C9"; null for an address of another workbook or without a sheet. */
export function splitAddress(address: string): { sheet: string; cells: string } | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  const cells = address.slice(bang + 1).replace(/\$/g, "");
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  if (sheet === "" || sheet.includes("[") || !CELLS.test(cells)) return null;
  return { sheet, cells };
}

export function createBlankResolver(run: BlankRunner): BlankResolver {
  return {
    emptyCells: (addresses) =>
      run(async (context) => {
        const ranges = addresses.map((address) => {
          const parts = splitAddress(address);
          if (!parts) throw new Error(`Indirizzo non leggibile: ${address}`);
          const range = context.workbook.worksheets.getItem(parts.sheet).getRange(parts.cells);
          range.load("valueTypes");
          return range;
        });
        await context.sync();
        return ranges.map((range) => range.valueTypes.map((row) => row.map((type) => type === "Empty")));
      }),
  };
}
