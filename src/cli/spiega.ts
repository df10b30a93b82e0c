import { Explained, explainAll, findExplained } from "../pipeline/explain";
import { analyse, Io } from "./commands";
import { CLI_MSG, EXIT_OK, InputError } from "./messages";
import { CliOptions } from "./setting-options";

/**
 * `perf-albero spiega <file> <codice>`: how the figure of a KPI, an objective, an area or the ente
 * ("ente") was reached, rule by rule, in Italian; with --json the same as data. Writes nothing.
 */
export async function spiega(
  file: string,
  code: string,
  options: CliOptions & { json?: boolean },
  io: Io
): Promise<number> {
  const { result } = await analyse(file, options, io);
  const found: Explained[] = findExplained(result, code);
  if (found.length === 0) throw new InputError(CLI_MSG.codeNotFound(code, file));
  io.out((options.json ? JSON.stringify(found, null, 2) : explainAll(result, found)) + "\n");
  return EXIT_OK;
}
