/**
 * An in-memory Excel that answers the Excel API subset of excel-api.ts with Office.js semantics: proxy
 * objects, commands queued until context.sync(), properties readable only after load + sync, null in a
 * written array leaving the cell alone, written text read the way Excel reads typed input (Italian
 * locale), a conditional format added at the top priority and a loaded one addressed by its id only when
 * the id was loaded (else by its position, as Office.js does), calculation left pending after writes
 * made while suspendApiCalculationUntilNextSync was in force until application.calculate, and a payload
 * limit per sync like Excel on the web's 5 MB. It backs the pane's demo mode (loaded on demand, never in
 * Excel), the tests and the bench, so the same adapter code runs there as in Excel. Counters and
 * snapshots for tests live in test/excel/sim-probe.ts, over the events the workbook emits.
 */
export { API_REQUIREMENTS, levelSupports } from "./api-levels";
export { SimulatedExcelError } from "./errors";
export { SimulatedSettings } from "./settings";
export { SimulatedExcel } from "./workbook";
export type { SimCell, SimConditionalFormat, SimEvent, SimSheet } from "./workbook";
