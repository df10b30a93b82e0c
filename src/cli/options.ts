import * as fs from "fs";
import { parseA1 } from "../layout/address";
import { ColumnMap, Field, FIELDS } from "../layout/types";
import { fsErrorDetail } from "./io-errors";
import { CLI_MSG, InputError } from "./messages";

const FIELD_BY_KEY = new Map<string, Field>(FIELDS.map((f) => [f.toLowerCase(), f]));

function fieldOf(name: string, pair: string, source: string): Field {
  // Spaces, "_" and "-" between words and accents are forgiven ("performance kpi", "unità"); nothing else.
  const key = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  const f = FIELD_BY_KEY.get(key);
  if (!f)
    throw new InputError(
      CLI_MSG.badColumns(source, `campo sconosciuto "${name}" nella coppia "${pair}"; ammessi: ${FIELDS.join(", ")}`)
    );
  return f;
}

const LAST_COLUMN = 16383; // XFD

/** Column letters only (A..XFD): "Z9" or "F4" is a cell, not a column, and is refused. */
function columnIndexOf(name: string, letters: string, source: string): number {
  const text = letters.trim().toUpperCase();
  const p = /^[A-Z]{1,3}$/.test(text) ? parseA1(`${text}1`) : null;
  if (!p || p.col > LAST_COLUMN)
    throw new InputError(
      CLI_MSG.badColumns(
        source,
        `nella coppia "${name}=${letters}" la colonna "${letters}" non è una lettera di colonna valida (da A a XFD, es. F)`
      )
    );
  return p.col;
}

/** Mapping for every sheet plus mappings for named sheets. */
export interface ColumnMapping {
  all: ColumnMap;
  bySheet: Record<string, ColumnMap>;
}

function mapFromPairs(pairs: Record<string, unknown>, source: string): ColumnMap {
  const map: ColumnMap = {};
  for (const [name, letter] of Object.entries(pairs)) {
    if (typeof letter !== "string")
      throw new InputError(CLI_MSG.badColumns(source, `la colonna di "${name}" deve essere una lettera`));
    map[fieldOf(name, `${name}=${letter}`, source)] = columnIndexOf(name, letter, source);
  }
  return map;
}

/**
 * `--colonne` values: a JSON file (`{"target": "F", "consuntivo": "G"}` for every sheet, or
 * `{"Foglio1": {"target": "F"}}` per sheet), or inline pairs `target=F,consuntivo=G`, optionally
 * prefixed by a sheet name: `Piano 2019!target=F,consuntivo=G`.
 */
export function parseColumnMappings(values: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = { all: {}, bySheet: {} };
  for (const value of values) {
    if (/\.json$/i.test(value.trim())) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fs.readFileSync(value.trim(), "utf8"));
      } catch (e) {
        // A file system error (missing file) or JSON's own English message, said in Italian.
        const detail =
          (e as { code?: unknown }).code !== undefined ? fsErrorDetail(e) : "il contenuto non è JSON valido";
        throw new InputError(CLI_MSG.badColumnsFile(value, detail));
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new InputError(CLI_MSG.badColumnsFile(value, "atteso un oggetto JSON"));
      const entries = Object.entries(parsed as Record<string, unknown>);
      if (entries.every(([, v]) => typeof v === "string"))
        Object.assign(mapping.all, mapFromPairs(parsed as Record<string, unknown>, value));
      else
        for (const [sheet, pairs] of entries) {
          if (typeof pairs !== "object" || pairs === null)
            throw new InputError(
              CLI_MSG.badColumnsFile(value, `il foglio "${sheet}" deve avere un oggetto campo → colonna`)
            );
          mapping.bySheet[sheet] = {
            ...mapping.bySheet[sheet],
            ...mapFromPairs(pairs as Record<string, unknown>, value),
          };
        }
      continue;
    }
    const bang = value.lastIndexOf("!");
    const sheet = bang >= 0 ? value.slice(0, bang).trim() : null;
    const body = bang >= 0 ? value.slice(bang + 1) : value;
    const pairs: Record<string, string> = {};
    for (const part of body
      .split(/[,;]/)
      .map((p) => p.trim())
      .filter((p) => p !== "")) {
      const m = /^([^=:]+)[=:](.+)$/.exec(part);
      if (!m) throw new InputError(CLI_MSG.badColumns(value, `atteso campo=colonna, trovato "${part}"`));
      pairs[m[1].trim()] = m[2].trim();
    }
    if (Object.keys(pairs).length === 0)
      throw new InputError(CLI_MSG.badColumns(value, "nessuna coppia campo=colonna"));
    const map = mapFromPairs(pairs, value);
    if (sheet) mapping.bySheet[sheet] = { ...mapping.bySheet[sheet], ...map };
    else Object.assign(mapping.all, map);
  }
  return mapping;
}

/** The mapping each named sheet gets: the one for every sheet under its own. */
export function columnsOfSheets(mapping: ColumnMapping, sheetNames: readonly string[]): Record<string, ColumnMap> {
  const columns: Record<string, ColumnMap> = {};
  for (const name of sheetNames) {
    const merged = { ...mapping.all, ...(mapping.bySheet[name] ?? {}) };
    if (Object.keys(merged).length > 0) columns[name] = merged;
  }
  return columns;
}
