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
