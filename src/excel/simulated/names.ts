import { NamedItemLike, NamesLike } from "../excel-api";
import { requireApi } from "./api-levels";
import type { SimContext } from "./context";
import { SimulatedExcelError } from "./errors";
import { Loaded } from "./loaded";

/**
 * What a name evaluates to, as NamedItem.type gives it. Without LAMBDA the function is unknown (#NAME?);
 * with it, a LAMBDA called in place, =LAMBDA(x,x)(1), gives its result, and a LAMBDA left uncalled gives
 * #CALC!: an error too, so the type of a PERF_* name itself tells nothing about LAMBDA.
 */
function typeOf(formula: string, lambda: boolean): string {
  if (!/LAMBDA\(/i.test(formula)) return "String";
  if (!lambda) return "Error";
  return /\)\(.*\)$/.test(formula) ? "Double" : "Error";
}

/** Workbook.names: add and getItemOrNullObject (ExcelApi 1.4), NamedItem.delete (1.4), type (1.1). */
export class SimNames implements NamesLike {
  constructor(private readonly ctx: SimContext) {}

  private item(name: string): NamedItemLike {
    const loaded = new Loaded();
    const ctx = this.ctx;
    return {
      load() {
        ctx.enqueue(0, () => {
          const found = ctx.excel.names.get(name.toUpperCase());
          loaded.set("isNullObject", found === undefined);
          loaded.set("type", found ? typeOf(found.formula, ctx.excel.lambda) : undefined);
          return 40;
        });
        return this;
      },
      delete() {
        ctx.enqueue(0, () => {
          if (!ctx.excel.names.delete(name.toUpperCase()))
            throw new SimulatedExcelError("ItemNotFound", `Il nome "${name}" non esiste.`);
          return 0;
        });
      },
      get isNullObject(): boolean {
        return loaded.get("isNullObject");
      },
      get type(): string {
        return loaded.get("type");
      },
    };
  }

  add(name: string, reference: string, comment?: string): NamedItemLike {
    requireApi(this.ctx, "NamedItemCollection.add");
    this.ctx.enqueue(reference.length + (comment?.length ?? 0), () => {
      const key = name.toUpperCase();
      if (this.ctx.excel.names.has(key))
        throw new SimulatedExcelError("ItemAlreadyExists", `Il nome "${name}" esiste già.`);
      this.ctx.excel.names.set(key, { formula: reference, comment: comment ?? "" });
      return 40;
    });
    return this.item(name);
  }

  getItemOrNullObject(name: string): NamedItemLike {
    requireApi(this.ctx, "NamedItemCollection.getItemOrNullObject");
    return this.item(name);
  }
}
