import { Command, CommanderError, Option } from "commander";
import { Io, ricalcola, verifica } from "./commands";
import { CLI_MSG, EXIT_BAD_INPUT, EXIT_OK, InputError } from "./messages";

/** Commander's help headings, in Italian. */
const HELP_TITLES: Record<string, string> = {
  "Usage:": "Uso:",
  "Options:": "Opzioni:",
  "Commands:": "Comandi:",
  "Arguments:": "Argomenti:",
  "Global Options:": "Opzioni generali:",
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Commander's own error lines, in Italian. */
export function translateCommanderError(text: string): string {
  return text
    .replace(/^error: unknown option '([^']*)'(\n?\(Did you mean (.*)\?\))?/m, (_m, o, _d, s) => `Errore: opzione sconosciuta '${o}'${s ? ` (forse ${s}?)` : ""}`)
    .replace(/^error: unknown command '([^']*)'/m, "Errore: comando sconosciuto '$1' (comandi: ricalcola, verifica)")
    .replace(/^error: missing required argument '([^']*)'/m, "Errore: manca l'argomento obbligatorio '$1' (il file .xlsx)")
    .replace(/^error: option '([^']*)' argument missing/m, "Errore: manca il valore dell'opzione '$1'")
    .replace(/^error: too many arguments.*$/m, "Errore: troppi argomenti (indicare un solo file .xlsx)")
    .replace(/^error: /m, "Errore: ");
}

function addCommonOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--metodo <metodo>", "metodo di calcolo dei KPI: proporzionale (predefinito) o binario"))
    .option("--soglie <gialla,verde>", "soglie del semaforo in percentuale, es. 60,80 (predefinite)")
    .option("--foglio <nome>", "foglio da elaborare (ripetibile); predefinito: tutti i fogli con un piano", collect)
    .option("--consuntivo-vuoto <regola>", "KPI con consuntivo vuoto: zero (vale 0%, predefinito) o escludi")
    .option(
      "--colonne <mappatura>",
      'colonne da usare quando le intestazioni non sono riconosciute: "target=F,consuntivo=G", "Foglio1!target=F" o un file .json (ripetibile)',
      collect
    )
    .option("--anno <anno>", "anno del target da usare nei piani pluriennali")
    .option("--json", "stampa un solo documento JSON invece del riepilogo");
}

/** Run the command line; returns the exit code (0 done, 1 the plan has errors, 2 bad input). Never throws. */
export async function main(argv: string[], io: Io): Promise<number> {
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
      .description("calcola performance e semafori e li scrive in una copia del file (l'originale non viene modificato)")
      .argument("<file>", "cartella di lavoro .xlsx con il piano")
      .option("-o, --output <file>", "file di uscita (predefinito: <nome>.ricalcolato.xlsx accanto all'originale)")
      .option("--aggiungi-colonne", "aggiunge le colonne Performance KPI / Performance Obiettivo se mancano")
      .option("--sovrascrivi-formule", "sostituisce anche le celle di performance che contengono una formula")
  ).action(async (file: string, options) => {
    exitCode = await ricalcola(file, options, io);
  });

  addCommonOptions(
    program
      .command("verifica")
      .usage("[opzioni] <file>")
      .description("controlla il piano senza scrivere nulla: pesi che non sommano a 100%, celle non leggibili, target non calcolabili")
      .argument("<file>", "cartella di lavoro .xlsx con il piano")
  ).action(async (file: string, options) => {
    exitCode = await verifica(file, options, io);
  });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === "commander.helpDisplayed" || e.code === "commander.version" ? EXIT_OK : EXIT_BAD_INPUT;
    }
    if (e instanceof InputError) {
      io.err(e.message + "\n");
      return EXIT_BAD_INPUT;
    }
    io.err(CLI_MSG.unexpected(e instanceof Error ? e.message : String(e)) + "\n");
    return EXIT_BAD_INPUT;
  }
}

if (require.main === module) {
  // `--json | head`: the reader closed the pipe; the rest of the output is not wanted.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
  });
  main(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }).then((code) => {
    process.exitCode = code;
  });
}
