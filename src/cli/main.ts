import { Command, CommanderError } from "commander";
import { Io, RicalcolaOptions, ricalcola, verifica } from "./commands";
import { CLI_MSG, EXIT_BAD_INPUT, EXIT_OK, InputError } from "./messages";
import { jsonErrorReport, wantsJson } from "./json-error";
import { leggi } from "./leggi";
import { addSettingOptions, CliCommand, CliOptions } from "./setting-options";
import { spiega } from "./spiega";

/** Commander's help headings, in Italian. */
const HELP_TITLES: Record<string, string> = {
  "Usage:": "Uso:",
  "Options:": "Opzioni:",
  "Commands:": "Comandi:",
  "Arguments:": "Argomenti:",
  "Global Options:": "Opzioni generali:",
};

/** Commander's own error lines, in Italian. */
export function translateCommanderError(text: string): string {
  return text
    .replace(
      /^error: unknown option '([^']*)'(\n?\(Did you mean (.*)\?\))?/m,
      (_m, o, _d, s) => `Errore: opzione sconosciuta '${o}'${s ? ` (forse ${s}?)` : ""}`
    )
    .replace(
      /^error: unknown command '([^']*)'/m,
      "Errore: comando sconosciuto '$1' (comandi: ricalcola, verifica, spiega, leggi)"
    )
    .replace(
      /^error: missing required argument '([^']*)'/m,
      "Errore: manca l'argomento obbligatorio '$1' (il file .xlsx)"
    )
    .replace(/^error: option '([^']*)' argument missing/m, "Errore: manca il valore dell'opzione '$1'")
    .replace(/^error: too many arguments.*$/m, "Errore: troppi argomenti (indicare un solo file .xlsx)")
    .replace(/^error: /m, "Errore: ");
}

/** The settings' options (from the schema) and --json, after the command's own options. */
function addCommonOptions(cmd: Command, command: CliCommand): Command {
  return addSettingOptions(cmd, command).option("--json", "stampa un solo documento JSON invece del riepilogo");
}

/** Every message on stderr ends its line, whoever writes it: two messages never run together. */
function wholeLines(io: Io): Io {
  return { out: io.out, err: (text) => io.err(text.endsWith("\n") ? text : `${text}\n`) };
}

/** Run the command line; returns the exit code (0 done, 1 the plan has errors, 2 bad input). Never throws. */
export async function main(argv: string[], stdio: Io): Promise<number> {
  // with --json, stdout always carries one document: the report, or the error that stopped the run
  let printed = false;
  const json = wantsJson(argv);
  const io = wholeLines({
    out: (t) => {
      printed = true;
      stdio.out(t);
    },
    err: stdio.err,
  });
  const failed = (message: string, code: number): number => {
    if (json && !printed) io.out(JSON.stringify(jsonErrorReport(message, code), null, 2) + "\n");
    return code;
  };
  let exitCode = EXIT_OK;
  const program = new Command();
  program
    .name("perf-albero")
    .usage("[opzioni] [comando]")
    .description("Ricalcola l'albero della performance di un piano in Excel (.xlsx): KPI, obiettivi, ente, semafori.")
    .helpOption("-h, --help", "mostra l'aiuto")
    .helpCommand("aiuto [comando]", "mostra l'aiuto di un comando")
    .exitOverride()
    .configureHelp({
      styleTitle: (title: string) => HELP_TITLES[title] ?? title,
      subcommandTerm: (cmd: Command) => `${cmd.name()} ${cmd.usage()}`.trim(),
    })
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (text, write) => write(translateCommanderError(text)),
    });

  addCommonOptions(
    program
      .command("ricalcola")
      .usage("[opzioni] <file>")
      .description(
        "calcola performance e semafori e li scrive in una copia del file (l'originale non viene modificato)"
      )
      .argument("<file>", "cartella di lavoro .xlsx con il piano")
      .option("-o, --output <file>", "file di uscita (predefinito: <nome>.ricalcolato.xlsx accanto all'originale)"),
    "ricalcola"
  ).action(async (file: string, options: RicalcolaOptions) => {
    exitCode = await ricalcola(file, options, io);
  });

  addCommonOptions(
    program
      .command("verifica")
      .usage("[opzioni] <file>")
      .description(
        "controlla il piano senza scrivere nulla: pesi che non sommano a 100%, celle non leggibili, target non calcolabili"
      )
      .argument("<file>", "cartella di lavoro .xlsx con il piano"),
    "verifica"
  ).action(async (file: string, options: CliOptions & { json?: boolean }) => {
    exitCode = await verifica(file, options, io);
  });

  addCommonOptions(
    program
      .command("spiega")
      .usage("[opzioni] <file> <codice>")
      .description(
        "spiega come è calcolata la performance di un KPI, un obiettivo, un'area o dell'ente (codice \"ente\"), regola per regola; non scrive nulla"
      )
      .argument("<file>", "cartella di lavoro .xlsx con il piano")
      .argument("<codice>", "codice del KPI o dell'obiettivo (es. KPI301, A.1.1) oppure ente"),
    "verifica"
  ).action(async (file: string, code: string, options: CliOptions & { json?: boolean }) => {
    exitCode = await spiega(file, code, options, io);
  });

  addCommonOptions(
    program
      .command("leggi")
      .usage("[opzioni] <file>")
      .description(
        "mostra come è letto ogni foglio: lettore scelto e perché, intestazione, colonne, ruolo di ogni riga (non calcola né scrive)"
      )
      .argument("<file>", "cartella di lavoro .xlsx con il piano"),
    "verifica"
  ).action(async (file: string, options: CliOptions & { json?: boolean }) => {
    exitCode = await leggi(file, options, io);
  });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return EXIT_OK;
      return failed(translateCommanderError(e.message), EXIT_BAD_INPUT);
    }
    if (e instanceof InputError) {
      io.err(e.message + "\n");
      return failed(e.message, EXIT_BAD_INPUT);
    }
    const message = CLI_MSG.unexpected(e instanceof Error ? e.message : String(e));
    io.err(message + "\n");
    return failed(message, EXIT_BAD_INPUT);
  }
}

if (require.main === module) {
  // `--json | head`: the reader closed the pipe; the rest of the output is not wanted.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  void main(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then(
    (code) => {
      process.exitCode = code;
    }
  );
}
