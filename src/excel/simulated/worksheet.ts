import { ChangeEventLike, RangeLike, TableLike, WorksheetLike } from "../excel-api";
import { Box, parseBox } from "../ranges";
import type { SimContext } from "./context";
import { requireApi } from "./api-levels";
import { SimulatedExcelError } from "./errors";
import { WHOLE_SHEET } from "./geometry";
import { Loaded } from "./loaded";
import { SimRange } from "./range";
import type { SimSheet } from "./workbook";

export class SimWorksheetCollection {
  private readonly loaded = new Loaded();
  constructor(private readonly ctx: SimContext) {}

  get items(): WorksheetLike[] {
    return this.loaded.get("items");
  }

  load(): this {
    this.ctx.enqueue(0, () => {
      const sheets = this.ctx.excel.sheets;
      const items = sheets.map((s) => {
        const ws = new SimWorksheet(this.ctx, s.name);
        ws.fill(s);
        return ws;
      });
      this.loaded.set("items", items);
      return sheets.reduce((n, s) => n + s.name.length + 40, 0);
    });
    return this;
  }

  getItem(name: string): WorksheetLike {
    return new SimWorksheet(this.ctx, name);
  }
}

export class SimWorksheet implements WorksheetLike {
  private readonly loaded = new Loaded();
  readonly tables: WorksheetLike["tables"];
  readonly onChanged: WorksheetLike["onChanged"] = {
    add: (handler: (event: ChangeEventLike) => Promise<unknown>) => {
      this.ctx.enqueue(0, () => {
        this.ctx.excel.addChangeHandler(this.ctx.sheetOrThrow(this.sheetName).name, handler);
        return 0;
      });
      return {};
    },
  };

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string
  ) {
    const loaded = new Loaded();
    this.tables = {
      load: () => {
        ctx.enqueue(0, () => {
          const s = ctx.sheetOrThrow(sheetName);
          loaded.set(
            "items",
            s.tables.map((t): TableLike => ({
              name: t.name,
              getRange: () => new SimRange(ctx, sheetName, { kind: "box", box: parseBox(t.range) as Box }),
            }))
          );
          return s.tables.length * 60;
        });
        return this.tables;
      },
      get items(): TableLike[] {
        return loaded.get("items");
      },
    };
  }

  fill(s: SimSheet): void {
    this.loaded.set("name", s.name);
    this.loaded.set("visibility", s.visibility);
  }

  get name(): string {
    return this.loaded.get("name");
  }

  get visibility(): string {
    return this.loaded.get("visibility");
  }

  load(): this {
    this.ctx.enqueue(0, () => {
      this.fill(this.ctx.sheetOrThrow(this.sheetName));
      return 60;
    });
    return this;
  }

  getRange(address?: string): RangeLike {
    if (address === undefined || address === "")
      return new SimRange(this.ctx, this.sheetName, { kind: "box", box: WHOLE_SHEET });
    const box = parseBox(address);
    if (!box) throw new SimulatedExcelError("InvalidArgument", `Indirizzo non valido: ${address}`);
    return new SimRange(this.ctx, this.sheetName, { kind: "box", box });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike {
    requireApi(this.ctx, "Worksheet.getUsedRangeOrNullObject");
    return new SimRange(this.ctx, this.sheetName, { kind: "used", valuesOnly: valuesOnly === true, orNull: true });
  }

  getUsedRange(valuesOnly?: boolean): RangeLike {
    if (valuesOnly !== undefined) requireApi(this.ctx, "Worksheet.getUsedRange(valuesOnly)");
    return new SimRange(this.ctx, this.sheetName, { kind: "used", valuesOnly: valuesOnly === true, orNull: false });
  }

  activate(): void {
    this.ctx.enqueue(0, () => {
      this.ctx.sheetOrThrow(this.sheetName);
      this.ctx.excel.activeSheet = this.sheetName;
      return 0;
    });
  }
}
