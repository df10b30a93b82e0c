/** An error as Office.js raises it: name "RichApi.Error" and one of Excel.ErrorCodes as code. */
export class SimulatedExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}
