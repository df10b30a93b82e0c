import { Command, Option } from "commander";
import { AnySetting, wordOf } from "../pipeline/settings-kinds";
import { headerRowFromText, percentText, valueFromText, valueText } from "../pipeline/settings-values";
import { SETTINGS_MSG } from "../pipeline/settings-messages";
import { SETTING_ENTRIES } from "../pipeline/settings-schema";
import { PipelineSettings } from "../pipeline/types";
import { pipelineValue } from "../pipeline/workbook-settings";
import { InputError } from "./messages";
import { FIELDS } from "../layout/types";
import { columnsOfSheets, parseColumnMappings } from "./options";

/** The settings' options as commander hands them over (`--consuntivo-vuoto` → consuntivoVuoto). */
export type CliOptions = Record<string, unknown>;

export type CliCommand = "ricalcola" | "verifica";

const repeatable = (e: AnySetting): boolean => e.kind === "sheets" || e.kind === "columns" || e.kind === "headerRows";

/** The entries the command offers: the settings about writing only on `ricalcola`. */
export function settingsOf(command: CliCommand): AnySetting[] {
  return SETTING_ENTRIES.filter((e) => e.cli.only === undefined || e.cli.only === command);
}

const byDefault = (text: string): string => ` (predefinito: ${text})`;

/** How the value is written after the option, by kind. */
function syntaxOf(e: AnySetting): string {
  if (e.cli.arg === undefined) {
    if (e.kind !== "choice") return "";
    const o = e.options.find((x) => x.value === e.cli.sets);
    return o ? `: ${o.label.toLowerCase()}` : "";
  }
  switch (e.kind) {
    case "choice":
      return `: ${e.options.map(wordOf).join(" o ")}${byDefault(valueText(e, e.default))}`;
    case "percent":
      return `: un numero, es. 0,1${byDefault(percentText(e.default))}`;
    case "thresholds":
      return `: gialla e verde in percentuale, es. 60,80${byDefault(`${percentText(e.default.yellow)},${percentText(e.default.green)}`)}`;
    case "year":
      return ": es. 2019";
    case "sheets":
      return " (ripetibile)";
    case "columns":
      return `: "target=F,consuntivo=G", "Foglio1!target=F" o un file .json (ripetibile; campi: ${FIELDS.join(", ")})`;
    case "headerRows":
      return ': "4" per ogni foglio o "Foglio1!4" (ripetibile)';
    default:
      return "";
  }
}

/** The option's Italian help: the pane's label, the syntax, the pane's help. */
export function cliHelp(e: AnySetting): string {
  return `${e.label}${syntaxOf(e)}. ${e.help}`;
}

function optionOf(e: AnySetting): Option {
  return new Option(e.cli.arg === undefined ? e.cli.flag : `${e.cli.flag} ${e.cli.arg}`, cliHelp(e));
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Every setting's option for the command, in the schema's order. */
export function addSettingOptions(cmd: Command, command: CliCommand): Command {
  for (const e of settingsOf(command)) {
    const option = optionOf(e);
    cmd.addOption(repeatable(e) ? option.argParser(collect) : option);
  }
  return cmd;
}

/** The attribute commander stores the option under. */
export const attributeOf = (e: AnySetting): string => optionOf(e).attributeName();

function valueOf(e: AnySetting, given: unknown, sheetNames: readonly string[]): unknown {
  if (e.cli.arg === undefined) return e.kind === "boolean" ? true : e.cli.sets;
  if (e.kind === "sheets") return [...(given as string[])];
  if (e.kind === "columns") return columnsOfSheets(parseColumnMappings(given as string[]), sheetNames);
  if (e.kind === "headerRows") return headerRowsOfSheets(e, given as string[], sheetNames);
  const text = String(given);
  const read = valueFromText(e, text);
  if (!read.ok) throw new InputError(SETTINGS_MSG.invalidOption(e.cli.flag, text, read.detail));
  return read.value;
}

/** `--intestazione 4` (every sheet) and `--intestazione "Piano!4"` (one sheet, wins) → row per sheet. */
function headerRowsOfSheets(
  e: AnySetting,
  given: readonly string[],
  sheetNames: readonly string[]
): Record<string, number> {
  const all: number[] = [];
  const bySheet: Record<string, number> = {};
  for (const text of given) {
    const parsed = headerRowFromText(text);
    if (!parsed) throw new InputError(SETTINGS_MSG.invalidOption(e.cli.flag, text, SETTINGS_MSG.headerRows()));
    if (parsed.sheet === null) all.push(parsed.row);
    else bySheet[parsed.sheet] = parsed.row;
  }
  const rows: Record<string, number> = {};
  for (const name of sheetNames) {
    const row = bySheet[name] ?? all[all.length - 1];
    if (row !== undefined) rows[name] = row;
  }
  return rows;
}

/** Pipeline settings from the options given; the sheet names resolve the mapping meant for every sheet. */
export function settingsFromOptions(o: CliOptions, sheetNames: readonly string[]): Partial<PipelineSettings> {
  const s: Record<string, unknown> = {};
  for (const e of SETTING_ENTRIES) {
    const given = o[attributeOf(e)];
    if (given === undefined || given === false) continue;
    const value = pipelineValue(e, valueOf(e, given, sheetNames));
    if (value !== undefined) s[e.key] = value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- typescript-eslint false positive: tsc needs it
  return s as Partial<PipelineSettings>;
}
