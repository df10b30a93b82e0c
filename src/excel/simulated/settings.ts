import { SettingsStoreLike } from "../excel-api";

/** Document settings kept with the simulated workbook (Office.context.document.settings stand-in). */
export class SimulatedSettings implements SettingsStoreLike {
  private readonly saved = new Map<string, string>();
  private readonly pending = new Map<string, string>();

  get(name: string): unknown {
    const raw = this.pending.get(name) ?? this.saved.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }

  set(name: string, value: unknown): void {
    this.pending.set(name, JSON.stringify(value));
  }

  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    for (const [k, v] of this.pending) this.saved.set(k, v);
    this.pending.clear();
    callback?.({ status: "succeeded" });
  }

  /** What a reopened file would hold. */
  persisted(name: string): unknown {
    const raw = this.saved.get(name);
    return raw === undefined ? null : JSON.parse(raw);
  }
}
