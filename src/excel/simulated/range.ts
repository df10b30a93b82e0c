import { CellInput, ConditionalFormatCollectionLike, Loadable, RangeLike } from "../excel-api";
import { Box, boxAddress, parseBox } from "../ranges";
import { requireApi } from "./api-levels";
import { SimConditionalFormatCollection } from "./conditional-formats";
import type { SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import { WHOLE_SHEET, cellCount, intersects, quoteSheet } from "./geometry";
import { Loaded, propertyList } from "./loaded";
import { typedInput } from "./typed-input";
import type { SimCell, SimConditionalFormat, SimSheet } from "./workbook";

/** What a range proxy stands for, resolved each time a command runs. */
export type RangeTarget =
  | { kind: "box"; box: Box }
  | { kind: "used"; valuesOnly: boolean; orNull: boolean }
  | { kind: "format"; format: () => SimConditionalFormat };

/** valuesAsJson of a cell holding a plain value. */
function basicJson(v: CellInput): { type: string; basicValue?: CellInput } {
  if (v === null) return { type: "Empty", basicValue: "" };
  if (typeof v === "number") return { type: "Double", basicValue: v };
  if (typeof v === "boolean") return { type: "Boolean", basicValue: v };
  return { type: /^#[A-Z0-9/!?.]+$/.test(v) ? "Error" : "String", basicValue: v };
}

/** The most merged areas Range.getMergedAreasOrNullObject returns. */
export const MAX_MERGED_AREAS = 512;

export class SimRange implements RangeLike {
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly target: RangeTarget
  ) {}

  private resolve(): { sheet: SimSheet; box: Box | null } {
    const sheet = this.ctx.sheetOrThrow(this.sheetName);
    const t = this.target;
    if (t.kind === "box") return { sheet, box: t.box };
    if (t.kind === "format") return { sheet, box: parseBox(t.format().range) };
    // getUsedRange on a blank sheet gives its top-left cell; getUsedRangeOrNullObject a null object.
    return {
      sheet,
      box: this.ctx.excel.usedBox(sheet, t.valuesOnly) ?? (t.orNull ? null : { top: 0, left: 0, bottom: 0, right: 0 }),
    };
  }

  getVisibleView(): Loadable & { readonly cellAddresses: any[][] } {
    requireApi(this.ctx, "Range.getVisibleView");
    const loaded = new Loaded();
    const ctx = this.ctx;
    const resolve = () => this.resolve();
    return {
      load() {
        ctx.enqueue(0, () => {
          const { sheet, box } = resolve();
          if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
          const addresses: string[][] = [];
          for (let r = box.top; r <= box.bottom; r++) {
            if (sheet.hiddenRows.has(r)) continue;
            const line: string[] = [];
            for (let c = box.left; c <= box.right; c++)
              if (!sheet.hiddenColumns.has(c))
                line.push(`${quoteSheet(sheet.name)}!${boxAddress({ top: r, left: c, bottom: r, right: c })}`);
            if (line.length > 0) addresses.push(line);
          }
          loaded.set("cellAddresses", addresses);
          return JSON.stringify(addresses).length;
        });
        return this;
      },
      get cellAddresses(): any[][] {
        return loaded.get("cellAddresses");
      },
    };
  }

  get isNullObject(): boolean {
    return this.loaded.get("isNullObject");
  }
  get address(): string {
    return this.loaded.get("address");
  }
  get rowIndex(): number {
    return this.loaded.get("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded.get("columnIndex");
  }
  get rowCount(): number {
    return this.loaded.get("rowCount");
  }
  get columnCount(): number {
    return this.loaded.get("columnCount");
  }
  get values(): any[][] {
    return this.loaded.get("values");
  }
  set values(v: any[][]) {
    this.write("values", v);
  }
  get numberFormat(): any[][] {
    return this.loaded.get("numberFormat");
  }
  set numberFormat(v: any[][]) {
    this.write("numberFormat", v);
  }
  get formulas(): any[][] {
    return this.loaded.get("formulas");
  }
  set formulas(v: any[][]) {
    this.write("formulas", v);
  }

  get valuesAsJson(): any[][] {
    return this.loaded.get("valuesAsJson");
  }

  get conditionalFormats(): ConditionalFormatCollectionLike {
    requireApi(this.ctx, "Range.conditionalFormats");
    return new SimConditionalFormatCollection(
      this.ctx,
      this.sheetName,
      () => this.resolve(),
      (format) => new SimRange(this.ctx, this.sheetName, { kind: "format", format })
    );
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    if (props.includes("valuesAsJson")) requireApi(this.ctx, "Range.valuesAsJson");
    if (props.includes("format/indentLevel")) requireApi(this.ctx, "RangeFormat.indentLevel");
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      this.loaded.set("isNullObject", box === null);
      if (box === null) return 20;
      if (this.target.kind === "box" && box !== WHOLE_SHEET && cellCount(box) > 5_000_000)
        throw new SimulatedExcelError("InvalidOperation", "Intervallo troppo grande da caricare.");
      let bytes = 40;
      for (const p of props) {
        const value = this.property(p, sheet, box);
        this.loaded.set(p, value);
        bytes += typeof value === "object" ? JSON.stringify(value).length : String(value).length + 8;
      }
      return bytes;
    });
    return this;
  }

  private property(p: string, sheet: SimSheet, box: Box): unknown {
    switch (p) {
      case "address":
        return `${quoteSheet(sheet.name)}!${boxAddress(box)}`;
      case "rowIndex":
        return box.top;
      case "columnIndex":
        return box.left;
      case "rowCount":
        return box.bottom - box.top + 1;
      case "columnCount":
        return box.right - box.left + 1;
      case "values":
        return this.grid(sheet, box, (c) => c?.value ?? "");
      case "numberFormat":
        return this.grid(sheet, box, (c) => c?.numberFormat ?? "General");
      case "formulas":
        return this.grid(sheet, box, (c) => c?.formula ?? c?.value ?? "");
      case "format/fill/color":
        return this.fillColour(sheet, box);
      case "format/indentLevel": {
        const levels = new Set(this.grid(sheet, box, (c) => c?.indent ?? 0).flat());
        return levels.size === 1 ? [...levels][0] : null;
      }
      case "valuesAsJson":
        return this.grid(sheet, box, (c) => c?.json ?? basicJson(c?.value ?? null));
      default:
        throw new SimulatedExcelError("InvalidArgument", `Proprietà non simulata: ${p}`);
    }
  }

  /**
   * Range.format.fill (ExcelApi 1.1). A cell without fill reads "#FFFFFF", the same as a white fill
   * (office-js issues 4900, 6218: only RangeFill.tintAndShade, ExcelApi 1.9, tells them apart); a range
   * whose cells differ reads null.
   */
  get format(): RangeLike["format"] {
    const ctx = this.ctx;
    const resolve = () => this.resolve();
    const paint = (fill: string | undefined) =>
      ctx.enqueue(40, () => {
        const { sheet, box } = resolve();
        if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
        for (let r = box.top; r <= box.bottom; r++)
          for (let c = box.left; c <= box.right; c++) {
            const old = ctx.excel.cell(sheet.name, r, c) ?? { value: null, formula: null, numberFormat: "General" };
            ctx.excel.setCell(sheet, r, c, { ...old, fill });
          }
        return 0;
      });
    const loaded = this.loaded;
    return {
      get indentLevel(): number | null {
        return loaded.get("format/indentLevel");
      },
      fill: {
        get color(): string {
          return loaded.get("format/fill/color");
        },
        set color(colour: string) {
          paint(colour.toUpperCase());
        },
        clear: () => paint(undefined),
      },
    };
  }

  /**
   * Range.getCellProperties (ExcelApi 1.9), for the one property the adapter asks: each cell's
   * format.indentLevel. The result's value is readable after sync only; other properties are refused.
   */
  getCellProperties(options: { format: { indentLevel: true } }): {
    readonly value: { format?: { indentLevel?: number } }[][];
  } {
    requireApi(this.ctx, "Range.getCellProperties");
    const loaded = new Loaded();
    const asked = JSON.stringify(options);
    this.ctx.enqueue(asked.length, () => {
      if (asked !== JSON.stringify({ format: { indentLevel: true } }))
        throw new SimulatedExcelError("InvalidArgument", `Proprietà non simulate: ${asked}`);
      const { sheet, box } = this.resolve();
      if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      const value = this.grid(sheet, box, (c) => ({ format: { indentLevel: c?.indent ?? 0 } }));
      loaded.set("value", value);
      return JSON.stringify(value).length;
    });
    return {
      get value() {
        return loaded.get<{ format?: { indentLevel?: number } }[][]>("value");
      },
    };
  }

  private fillColour(sheet: SimSheet, box: Box): string | null {
    const colours = new Set(this.grid(sheet, box, (c) => c?.fill ?? "#FFFFFF").flat());
    return colours.size === 1 ? [...colours][0] : null;
  }

  private grid<T>(sheet: SimSheet, box: Box, pick: (c: SimCell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row = sheet.cells.get(r);
      const line: T[] = [];
      for (let c = box.left; c <= box.right; c++) line.push(pick(row?.get(c)));
      out.push(line);
    }
    return out;
  }

  private write(kind: "values" | "numberFormat" | "formulas", input: any[][]): void {
    const copy = input.map((row) => [...row]);
    this.ctx.enqueue(JSON.stringify(copy).length, () => {
      const { sheet, box } = this.resolve();
      if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (copy.length !== rows || copy.some((r) => r.length !== cols))
        throw new SimulatedExcelError(
          "InvalidArgument",
          `Le dimensioni dei dati (${copy.length} righe) non corrispondono all'intervallo ${boxAddress(box)}.`
        );
      const excel = this.ctx.excel;
      excel.emit({ kind: "rangeWrite" });
      if (this.ctx.calculationSuspended && kind !== "numberFormat") excel.calculationPending = true;
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const v = copy[r][c];
          if (v === null || v === undefined) continue;
          const row = box.top + r;
          const col = box.left + c;
          const old = excel.cell(sheet.name, row, col) ?? { value: null, formula: null, numberFormat: "General" };
          if (kind === "numberFormat") excel.setCell(sheet, row, col, { ...old, numberFormat: String(v) });
          else
            excel.setCell(sheet, row, col, {
              ...typedInput(v, excel, sheet, row, col),
              numberFormat: old.numberFormat,
              fill: old.fill,
              ...(old.indent === undefined ? {} : { indent: old.indent }),
            });
        }
      }
      return 0;
    });
  }

  getMergedAreasOrNullObject(): Loadable & { readonly isNullObject: boolean; readonly address: string } {
    requireApi(this.ctx, "Range.getMergedAreasOrNullObject");
    const loaded = new Loaded();
    const ctx = this.ctx;
    const resolve = () => this.resolve();
    return {
      load() {
        ctx.enqueue(0, () => {
          const { sheet, box } = resolve();
          const inside = box
            ? sheet.merges.filter((m) => {
                const mb = parseBox(m);
                return mb !== null && intersects(mb, box);
              })
            : [];
          // "If the merged areas count in this range is more than 512, then this method will fail to
          // return the result" (Range.getMergedAreasOrNullObject); the error itself is not documented.
          if (inside.length > MAX_MERGED_AREAS)
            throw new SimulatedExcelError("GeneralException", "Troppe aree unite nell'intervallo.");
          loaded.set("isNullObject", inside.length === 0);
          const address = inside.map((m) => `${quoteSheet(sheet.name)}!${m}`).join(", ");
          loaded.set("address", address);
          return address.length + 20;
        });
        return this;
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get address(): string {
        return loaded.get("address");
      },
    };
  }

  select(): void {
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      if (!box) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      this.ctx.excel.activeSheet = sheet.name;
      this.ctx.excel.selection = { sheet: sheet.name, address: boxAddress(box) };
      return 0;
    });
  }
}
