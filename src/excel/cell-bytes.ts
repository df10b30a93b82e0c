/**
 * Response bytes of the cells a read asks for (values, number formats and formulas), estimated before
 * the read and learnt from each block read: Excel on the web refuses a response above 5 MB, and a cell
 * count alone cannot tell a column of numbers from one of long texts.
 */
const FIRST_GUESS = 48;

export class CellBytes {
  private perCell = FIRST_GUESS;

  of(cells: number): number {
    return Math.ceil(cells * this.perCell);
  }

  /** Later blocks are sized by the most bytes per cell seen so far. */
  observe(cells: number, result: unknown): void {
    if (cells > 0) this.perCell = Math.max(this.perCell, JSON.stringify(result).length / cells);
  }
}
