import { ExcelContextLike } from "../excel-api";
import { DAYS_1904, serialFromYmd } from "../../engine/dates";
import { requireApi } from "./api-levels";
import { SimulatedExcelError } from "./errors";
import { Loaded } from "./loaded";
import { SimNames } from "./names";
import type { SimSheet, SimulatedExcel } from "./workbook";
import { SimWorksheetCollection } from "./worksheet";

/** Request bytes of a command besides its data (the JSON describing the call). */
const COMMAND_BYTES = 150;

type Command = { requestBytes: number; run: () => number };

/**
 * One Excel.run batch: commands are queued and applied at sync(), all or none when the request passes
 * the payload limit; each command returns the bytes it adds to the response.
 */
export class SimContext implements ExcelContextLike {
  private queue: Command[] = [];
  /** suspendApiCalculationUntilNextSync ran earlier in the sync being applied. */
  calculationSuspended = false;
  readonly workbook: ExcelContextLike["workbook"];
  readonly application: ExcelContextLike["application"];

  constructor(readonly excel: SimulatedExcel) {
    const loadedDate = (year: number, month: number, day: number) => {
      requireApi(this, "Workbook.functions");
      const loaded = new Loaded();
      return {
        load: () => {
          this.enqueue(0, () => {
            loaded.set("value", serialFromYmd(year, month, day) - (excel.date1904 ? DAYS_1904 : 0));
            return 20;
          });
        },
        get value(): number {
          return loaded.get("value");
        },
      };
    };
    this.workbook = {
      worksheets: new SimWorksheetCollection(this),
      functions: { date: loadedDate },
      names: new SimNames(this),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        requireApi(this, "Application.suspendApiCalculationUntilNextSync");
        this.enqueue(0, () => {
          excel.emit({ kind: "suspendCalculation" });
          this.calculationSuspended = true;
          return 0;
        });
      },
      suspendScreenUpdatingUntilNextSync: () => {
        requireApi(this, "Application.suspendScreenUpdatingUntilNextSync");
        this.enqueue(0, () => (excel.emit({ kind: "suspendScreenUpdating" }), 0));
      },
      calculate: (calculationType) =>
        this.enqueue(0, () => {
          if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
            throw new SimulatedExcelError("InvalidArgument", `Tipo di calcolo non valido: ${calculationType}`);
          excel.emit({ kind: "calculate" });
          excel.calculationPending = false;
          return 0;
        }),
    };
  }

  enqueue(requestBytes: number, run: () => number): void {
    this.queue.push({ requestBytes: requestBytes + COMMAND_BYTES, run });
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    this.queue = [];
    const limit = this.excel.payloadLimit;
    const request = commands.reduce((s, c) => s + c.requestBytes, 0);
    if (request > limit) {
      this.excel.emit({ kind: "sync", requestBytes: 0, responseBytes: 0, refused: true });
      throw this.oversize(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${request} bytes) has exceeded the limit.`
      );
    }
    let response = 0;
    try {
      for (const c of commands) response += c.run();
    } finally {
      this.calculationSuspended = false;
    }
    if (response > limit) {
      this.excel.emit({ kind: "sync", requestBytes: 0, responseBytes: 0, refused: true });
      throw this.oversize(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${response} bytes) has exceeded the limit.`
      );
    }
    this.excel.emit({ kind: "sync", requestBytes: request, responseBytes: response, refused: false });
  }

  private oversize(code: string, message: string): SimulatedExcelError {
    if (this.excel.oversizeAnswer === "internal-error")
      return new SimulatedExcelError("GeneralException", "An internal error has occurred.");
    return new SimulatedExcelError(code, message);
  }

  sheetOrThrow(name: string): SimSheet {
    const s = this.excel.sheet(name);
    if (!s) throw new SimulatedExcelError("ItemNotFound", `Il foglio "${name}" non esiste.`);
    return s;
  }
}
