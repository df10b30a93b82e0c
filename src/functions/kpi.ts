import {
  CellValue,
  Direction,
  MAX_EXCEL_DATE_SERIAL,
  NOT_AVAILABLE_TEXT,
  ParsedTarget,
  Scalar,
  isValidYmd,
  parseCell,
  parseDirection,
  parseTarget,
  parseWeight,
  ruleOf,
  scoreValue,
  ymdFromSerial,
} from "../engine";
import { Checked, bad, cellArg, ok, optionArg, showValue } from "./args";
import { CellError, valueError } from "./errors";
import { FN_MSG } from "./messages";

/** The `tipo` argument: how to read bare numbers (Excel passes a date cell as its serial). */
export type ValueKind = "numero" | "data" | "sìno";

const KINDS: ReadonlyArray<[RegExp, ValueKind]> = [
  [/^(numero|numerico|num\.?)$/i, "numero"],
  [/^(data|date|scadenza)$/i, "data"],
  [/^(s[iì]\s*\/?\s*no|s[iì]no)$/i, "sìno"],
];

export function parseKind(text: string): ValueKind | null {
  const t = text.trim();
  for (const [re, kind] of KINDS) if (re.test(t)) return kind;
  return null;
}

function dateFromNumber(arg: string, n: number): Checked<Scalar> {
  const { year, month, day } = ymdFromSerial(n);
  if (n < 1 || n > MAX_EXCEL_DATE_SERIAL || !isValidYmd(year, month, day))
    return bad(FN_MSG.invalidDateSerial(arg, showValue(n)));
  return ok({ kind: "date", serial: n });
}

const KIND_EXPECTED: Readonly<Record<ValueKind, string>> = {
  numero: "un numero o una percentuale",
  data: "una data",
  sìno: "sì o no",
};

function matchesKind(s: Scalar, kind: ValueKind): boolean {
  if (s.kind === "empty" || s.kind === "unavailable" || s.kind === "unscorable" || s.kind === "invalid") return true;
  if (kind === "numero") return s.kind === "number";
  if (kind === "data") return s.kind === "date";
  return s.kind === "yesno";
}

function readTarget(raw: CellValue, kind: ValueKind | null): Checked<ParsedTarget> {
  if (kind === "data" && typeof raw === "number") {
    const d = dateFromNumber("target", raw);
    return d.ok ? ok({ value: d.value, direction: null }) : d;
  }
  const parsed = parseTarget(raw);
  if (kind && !matchesKind(parsed.value, kind))
    return bad(FN_MSG.kindExpected("target", kind, KIND_EXPECTED[kind], showValue(raw)));
  return ok(parsed);
}

function readActual(raw: CellValue, kind: ValueKind | null): Checked<Scalar> {
  if (kind === "data" && typeof raw === "number") return dateFromNumber("consuntivo", raw);
  const parsed = parseCell(raw);
  // A deadline not delivered may be written "no": the engine scores it 0%.
  const deliveredNo = kind === "data" && parsed.kind === "yesno" && !parsed.value;
  if (kind && !deliveredNo && !matchesKind(parsed, kind))
    return bad(FN_MSG.kindExpected("consuntivo", kind, KIND_EXPECTED[kind], showValue(raw)));
  return ok(parsed);
}

/** The direzione argument: a symbol, a word (crescente), or a weight cell that may carry one ("50% >="). */
function readDirection(raw: CellValue): Checked<Direction | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw === "number") return ok(null);
  if (typeof raw === "boolean") return bad(FN_MSG.directionUnreadable(showValue(raw)));
  if (raw.trim() === "") return ok(null);
  const symbol = parseDirection(raw);
  if (symbol) return ok(symbol);
  const weight = parseWeight(raw);
  if (weight.invalid) return bad(FN_MSG.directionUnreadable(showValue(raw)));
  return ok(weight.direction);
}

export type KpiResult = number | string | CellError;

/**
 * PERF.KPI: the engine's scoreValue on the cell values Excel passes. A consuntivo that is not
 * available (N.V., N/D, empty) gives "N.V."; anything that cannot be scored gives #VALUE! with the
 * reason.
 */
export function kpiPerformance(
  target: unknown,
  actual: unknown,
  direction: unknown,
  method?: unknown,
  kind?: unknown
): KpiResult {
  const t = cellArg("target", target);
  if (!t.ok) return fail(t.message);
  const a = cellArg("consuntivo", actual);
  if (!a.ok) return fail(a.message);
  const d = cellArg("direzione", direction);
  if (!d.ok) return fail(d.message);
  const m = optionArg("metodo", method);
  if (!m.ok) return fail(m.message);
  const k = optionArg("tipo", kind);
  if (!k.ok) return fail(k.message);
  const valueKind = k.value === null ? null : parseKind(k.value);
  if (k.value !== null && valueKind === null) return fail(FN_MSG.unknownKind(k.value));

  const actualValue = readActual(a.value, valueKind);
  if (!actualValue.ok) return fail(actualValue.message);
  if (actualValue.value.kind === "empty" || actualValue.value.kind === "unavailable") return NOT_AVAILABLE_TEXT;

  const targetValue = readTarget(t.value, valueKind);
  if (!targetValue.ok) return fail(targetValue.message);
  const argDirection = readDirection(d.value);
  if (!argDirection.ok) return fail(argDirection.message);
  const fromTarget = targetValue.value.direction;
  if (argDirection.value && fromTarget && argDirection.value !== fromTarget)
    return fail(FN_MSG.directionConflict(argDirection.value, fromTarget));

  const result = scoreValue(
    targetValue.value.value,
    actualValue.value,
    argDirection.value ?? fromTarget,
    m.value ?? undefined
  );
  if (result.ok) return result.performance;
  const field = ruleOf(result.code).field;
  if (field === "direzione" && d.value !== null && d.value !== "")
    return fail(FN_MSG.directionMissing(showValue(d.value)));
  // A date cell reaches the function as its serial: a date beside a plain number is the likely cause.
  if (field === "consuntivo" && valueKind === null && mixesDateAndNumber(targetValue.value.value, actualValue.value))
    return fail(`${result.message} ${FN_MSG.dateNumberHint()}`);
  return fail(result.message);
}

function mixesDateAndNumber(a: Scalar, b: Scalar): boolean {
  return (a.kind === "date" && b.kind === "number") || (a.kind === "number" && b.kind === "date");
}

function fail(message: string): CellError {
  return valueError(FN_MSG.kpiPrefix(message));
}
