/**
 * The recalculation pipeline in a Web Worker (bundled by webpack as its own file): grids and settings
 * in, the result out, so the pane stays responsive however long the plan.
 */
import { recalculate } from "../pipeline/recalculate";
import { RecalcInput } from "../pipeline/types";

interface WorkerScope {
  onmessage: ((e: MessageEvent<RecalcInput>) => void) | null;
  postMessage(message: unknown): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  try {
    scope.postMessage({ result: recalculate(e.data) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
