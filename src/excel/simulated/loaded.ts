import { SimulatedExcelError } from "./errors";

/** Guards reads of proxy properties that were not loaded and synced, like Office.js does. */
export class Loaded {
  private readonly props = new Map<string, unknown>();
  set(name: string, value: unknown): void {
    this.props.set(name, value);
  }
  get<T>(name: string): T {
    if (!this.props.has(name))
      throw new SimulatedExcelError("PropertyNotLoaded", `La proprietà "${name}" non è stata caricata.`);
    return this.props.get(name) as T;
  }
}

/** load("a,b") and load(["a", "b"]) alike. */
export function propertyList(names?: string | string[]): string[] {
  const list = Array.isArray(names) ? names : (names ?? "").split(",");
  return list.map((n) => n.trim()).filter((n) => n !== "");
}
