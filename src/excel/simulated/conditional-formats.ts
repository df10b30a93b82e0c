import { ConditionalFormatCollectionLike, ConditionalFormatLike, RangeLike } from "../excel-api";
import { Box, boxAddress, parseBox } from "../ranges";
import type { SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import { intersects } from "./geometry";
import { Loaded, propertyList } from "./loaded";
import { shiftFormula } from "./relative-formula";
import type { SimConditionalFormat, SimSheet } from "./workbook";

/** The formats a range's collection holds: those intersecting it, in priority order (index 0 = top). */
function formatsOver(sheet: SimSheet, box: Box | null): SimConditionalFormat[] {
  return box
    ? sheet.formats.filter((f) => {
        const fb = parseBox(f.range);
        return fb !== null && intersects(fb, box);
      })
    : [];
}

/**
 * How a conditional-format proxy finds its format when a command runs. Office.js addresses an item of a
 * loaded collection through getItem(id) when the load returned its id, and through getItemAt(index)
 * otherwise: then the index is resolved when the command runs, after earlier deletes and adds.
 */
type Resolver = () => { sheet: SimSheet; box: Box | null };

/** Builds the range a format applies to (given by SimRange, so the two modules do not import each other). */
export type FormatRangeFactory = (format: () => SimConditionalFormat) => RangeLike;

type FormatLocator =
  | { kind: "id"; id: number }
  | { kind: "index"; index: number; over: Resolver }
  | { kind: "new"; format: SimConditionalFormat };

export class SimConditionalFormatCollection implements ConditionalFormatCollectionLike {
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly resolve: Resolver,
    private readonly rangeOf: FormatRangeFactory
  ) {}

  get items(): ConditionalFormatLike[] {
    return this.loaded.get("items");
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    const withId = props.length === 0 || props.some((p) => p === "items" || p === "items/id" || p === "id");
    this.ctx.enqueue(0, () => {
      const { sheet, box } = this.resolve();
      const formats = formatsOver(sheet, box);
      this.loaded.set(
        "items",
        formats.map((f, index) => {
          const locator: FormatLocator = withId
            ? { kind: "id", id: f.id }
            : { kind: "index", index, over: this.resolve };
          const proxy = new SimConditionalFormatProxy(
            this.ctx,
            this.sheetName,
            locator,
            this.resolve,
            this.rangeOf,
            f.type
          );
          if (withId) proxy.loadedId(f.id);
          return proxy;
        })
      );
      return formats.reduce((n, f) => n + f.formula.length + 80, 0);
    });
    return this;
  }

  /** A new format goes in at the first/top priority, as ConditionalFormatCollection.add does. */
  add(type: "Custom"): ConditionalFormatLike {
    const format: SimConditionalFormat = { id: 0, range: "", type, formula: "", fill: "", font: "" };
    this.ctx.enqueue(40, () => {
      const { sheet, box: target } = this.resolve();
      if (!target) throw new SimulatedExcelError("InvalidReference", "Intervallo inesistente.");
      format.id = this.ctx.excel.newFormatId();
      format.range = boxAddress(target);
      sheet.formats.unshift(format);
      return 0;
    });
    return new SimConditionalFormatProxy(
      this.ctx,
      this.sheetName,
      { kind: "new", format },
      this.resolve,
      this.rangeOf,
      type
    );
  }

  /** ConditionalFormatCollection.getItem(id) (ExcelApi 1.6): the format seen through this range. */
  getItem(id: string): ConditionalFormatLike {
    return new SimConditionalFormatProxy(
      this.ctx,
      this.sheetName,
      { kind: "id", id: Number(id) },
      this.resolve,
      this.rangeOf,
      "Custom"
    );
  }
}

class SimConditionalFormatProxy implements ConditionalFormatLike {
  readonly custom: ConditionalFormatLike["custom"];
  private readonly loaded = new Loaded();

  constructor(
    private readonly ctx: SimContext,
    private readonly sheetName: string,
    private readonly locator: FormatLocator,
    /** The range the collection was fetched from: rule formulas read and write relative to its top-left. */
    private readonly fetchedFrom: Resolver,
    private readonly rangeOf: FormatRangeFactory,
    type: string
  ) {
    this.loaded.set("type", type);
    const loaded = this.loaded;
    const queueSet = (apply: (f: SimConditionalFormat) => void, bytes: number) =>
      ctx.enqueue(bytes, () => (apply(this.target()), 0));
    const asStored = (f: SimConditionalFormat, v: string) => this.relative(f, v, -1);
    this.custom = {
      rule: {
        get formula(): string {
          return loaded.get("custom/rule/formula");
        },
        set formula(v: string) {
          queueSet((f) => (f.formula = asStored(f, v)), v.length);
        },
      },
      format: {
        fill: {
          get color(): string {
            return loaded.get("custom/format/fill/color");
          },
          set color(v: string) {
            queueSet((f) => (f.fill = v), v.length);
          },
        },
        font: {
          get color(): string {
            return loaded.get("custom/format/font/color");
          },
          set color(v: string) {
            queueSet((f) => (f.font = v), v.length);
          },
        },
      },
    };
  }

  /** The format this proxy stands for when a command runs; ItemNotFound as Excel says when it is gone. */
  private target(): SimConditionalFormat {
    const sheet = this.ctx.sheetOrThrow(this.sheetName);
    const l = this.locator;
    let found: SimConditionalFormat | undefined;
    if (l.kind === "new") found = sheet.formats.includes(l.format) ? l.format : undefined;
    else if (l.kind === "id") found = sheet.formats.find((f) => f.id === l.id);
    else found = formatsOver(sheet, l.over().box)[l.index];
    if (!found) throw new SimulatedExcelError("ItemNotFound", "Formato condizionale non trovato.");
    return found;
  }

  get type(): string {
    return this.loaded.get("type");
  }

  get id(): string {
    return this.loaded.get("id");
  }

  loadedId(id: number): void {
    this.loaded.set("id", String(id));
  }

  /**
   * The rule formula as seen from the fetch range (direction 1) or, written through this proxy, as
   * stored for the format's own range (direction -1).
   */
  private relative(f: SimConditionalFormat, formula: string, direction: 1 | -1): string {
    const own = parseBox(f.range);
    const from = this.fetchedFrom().box;
    if (!own || !from) return formula;
    return shiftFormula(formula, direction * (from.top - own.top), direction * (from.left - own.left));
  }

  load(names?: string | string[]): this {
    const props = propertyList(names);
    this.ctx.enqueue(0, () => {
      const f = this.target();
      let bytes = 40;
      for (const p of props) {
        const value =
          p === "type"
            ? f.type
            : p === "custom/rule/formula"
              ? this.relative(f, f.formula, 1)
              : p === "id"
                ? String(f.id)
                : p === "custom/format/fill/color"
                  ? f.fill
                  : p === "custom/format/font/color"
                    ? f.font
                    : undefined;
        if (value === undefined) throw new SimulatedExcelError("InvalidArgument", `Proprietà non simulata: ${p}`);
        this.loaded.set(p, value);
        bytes += value.length + 8;
      }
      return bytes;
    });
    return this;
  }

  getRangeOrNullObject(): RangeLike {
    return this.rangeOf(() => this.target());
  }

  delete(): void {
    this.ctx.enqueue(0, () => {
      const sheet = this.ctx.sheetOrThrow(this.sheetName);
      const f = this.target();
      sheet.formats.splice(sheet.formats.indexOf(f), 1);
      return 0;
    });
  }
}
