/**
 * The error a custom function hands back to its cell. Inside Office it is a real
 * `CustomFunctions.Error` (#VALUE! with an Italian message in the error indicator); in Node and jest,
 * where that global does not exist, a plain object of the same shape, so tests can read the message.
 */
export interface CellError {
  code: string;
  message?: string;
}

export const VALUE_ERROR_CODE = "#VALUE!";

/** Excel allows up to 255 characters in a custom error message. */
const MAX_MESSAGE = 255;

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => CellError;
  ErrorCode: { invalidValue: string };
}

function officeRuntime(): CustomFunctionsGlobal | null {
  const g = globalThis as { CustomFunctions?: Partial<CustomFunctionsGlobal> };
  const cf = g.CustomFunctions;
  return cf && typeof cf.Error === "function" && cf.ErrorCode ? (cf as CustomFunctionsGlobal) : null;
}

export function valueError(message: string): CellError {
  const text = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
  const cf = officeRuntime();
  if (cf) return new cf.Error(cf.ErrorCode.invalidValue, text);
  return { code: VALUE_ERROR_CODE, message: text };
}

/** An Excel error value as a custom function receives or returns it (#N/A, #VALUE!, ...). */
export function isCellError(value: unknown): value is CellError {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as { code?: unknown; type?: unknown; errorType?: unknown };
  return (typeof v.code === "string" && v.code.startsWith("#")) || v.type === "Error" || v.errorType !== undefined;
}

/** The error code to quote in a message ("#N/A"), whatever shape the error arrived in. */
export function errorCodeOf(value: CellError | object): string {
  const v = value as { code?: unknown; errorType?: unknown; basicValue?: unknown };
  if (typeof v.code === "string") return v.code;
  // An error cell as a data type: {type: "Error", basicValue: "#N/A", errorType: "NotAvailable"}.
  if (typeof v.basicValue === "string" && v.basicValue.startsWith("#")) return v.basicValue;
  if (typeof v.errorType === "string") return `#${v.errorType}`;
  return "#errore";
}
