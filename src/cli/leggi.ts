import { localDaySerial } from "../engine/dates";
import { SheetReading } from "../layout/reading";
import { pipelineDefaults, readSheets } from "../pipeline/recalculate";
import { Io } from "./commands";
import { loadWorkbook } from "./load-workbook";
import { EXIT_OK } from "./messages";
import { combineSettings, savedSettingsOf } from "./saved-settings";
import { CliOptions, settingsFromOptions } from "./setting-options";

/** Words of the reading's roles and sources, as `leggi` prints them. */
const ROLE_WORDS = { area: "area", obiettivo: "obiettivo", kpi: "KPI", nota: "nota", ignorata: "ignorata" } as const;
const SOURCE_WORDS = {
  mappatura: "dalla mappatura",
  intestazione: "dall'intestazione",
  contenuto: "dal contenuto",
} as const;

const clip = (text: string, max = 70): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One sheet's reading as lines a person checks at a glance. */
export function readingLines(r: SheetReading): string[] {
  const lines = [`Foglio "${r.sheet}": ${r.reader ? `letto come ${r.reason}` : `non letto (${r.reason})`}.`];
  if (!r.reader) return lines;
  lines.push(r.headerRow === null ? "Nessuna riga d'intestazione." : `Intestazione alla riga ${r.headerRow}.`);
  lines.push("Colonne:");
  for (const c of r.columns) {
    const heading = c.heading === "" ? "(senza intestazione)" : `"${clip(c.heading, 40)}"`;
    const field = c.decidedBy ? `${c.labels.join(" e ")} (${SOURCE_WORDS[c.decidedBy]})` : "non usata";
    lines.push(`  ${c.letter.padEnd(3)} ${heading} → ${field}`);
  }
  lines.push("Righe:");
  for (const row of r.rows) {
    const code = row.code ? `${row.code} ` : "";
    const parent = row.parent ? (row.role === "kpi" ? ` [di ${row.parent}]` : ` [sotto ${row.parent}]`) : "";
    const indent = row.byIndent ? " (dal rientro)" : "";
    lines.push(
      `  ${String(row.row).padStart(4)}  ${ROLE_WORDS[row.role].padEnd(9)} ${clip(`${code}${row.name}`)}${parent}${indent}`
    );
  }
  return lines;
}

/**
 * `perf-albero leggi <file> [--json]`: how each sheet is read — the reader chosen and why, the header
 * row, each column's field and what decided it, each row's role and parent — without computing or
 * writing anything. The same settings as `ricalcola` (saved in the file, --colonne, --intestazione).
 */
export async function leggi(file: string, options: CliOptions & { json?: boolean }, io: Io): Promise<number> {
  const { data, reading } = loadWorkbook(file);
  const grids = reading.grids;
  const saved = await savedSettingsOf(data);
  const { settings } = combineSettings(
    saved.settings,
    settingsFromOptions(
      options,
      grids.map((g) => g.name)
    )
  );
  const reads = readSheets(grids, pipelineDefaults(settings), localDaySerial(new Date()));
  const readings = reads.map((r) => r.result.reading).filter((r): r is SheetReading => r !== undefined);
  const problems = [...reading.problems, ...reads.flatMap((r) => r.result.problems)].map((p) => ({
    severity: p.severity,
    code: p.code,
    sheet: p.sheet ?? null,
    cell: p.cell ?? null,
    message: p.message,
  }));
  if (options.json) io.out(JSON.stringify({ sheets: readings, problems }, null, 2) + "\n");
  else {
    const blocks = readings.map((r) => readingLines(r).join("\n"));
    const notes = problems.map(
      (p) =>
        `${p.severity === "errore" ? "Errore" : "Avviso"}${p.sheet ? ` ${p.sheet}${p.cell ? `!${p.cell}` : ""}` : ""}: ${p.message}`
    );
    io.out([...blocks, ...(notes.length > 0 ? [notes.join("\n")] : [])].join("\n\n") + "\n");
  }
  return EXIT_OK;
}
