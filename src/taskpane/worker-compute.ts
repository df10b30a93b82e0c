import { RecalcCancelled } from "../excel/recalc-flow";
import { RecalcInput, RecalcResult } from "../pipeline/types";

function startWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    // @ts-expect-error import.meta is what webpack 5 needs to bundle the worker; the bundle is compiled
    // as ES2020 modules, while tsc checks this file as CommonJS, where import.meta is refused.
    return new Worker(new URL("./recalc-worker.ts", import.meta.url));
  } catch {
    return null;
  }
}

/**
 * The pipeline in a Web Worker, one per recalculation, ended when the result arrives or the signal
 * aborts; on this thread when the page cannot start a worker.
 */
export function workerCompute(signal?: AbortSignal): (input: RecalcInput) => Promise<RecalcResult> {
  return (input) =>
    new Promise<RecalcResult>((resolve, reject) => {
      const worker = startWorker();
      if (!worker) {
        // No worker in this page: compute here, loading the readers and the engine on first use.
        import(/* webpackChunkName: "calcolo" */ "../pipeline/recalculate")
          .then((m) => resolve(m.recalculate(input)))
          .catch(reject);
        return;
      }
      const stop = () => {
        worker.terminate();
        reject(new RecalcCancelled());
      };
      if (signal?.aborted) return stop();
      signal?.addEventListener("abort", stop, { once: true });
      const done = () => {
        worker.terminate();
        signal?.removeEventListener("abort", stop);
      };
      worker.onmessage = (e: MessageEvent<{ result?: RecalcResult; error?: string }>) => {
        performance.mark("ricalcolo:risultato");
        done();
        if (e.data.result) resolve(e.data.result);
        else reject(new Error(e.data.error ?? "errore sconosciuto nel calcolo"));
      };
      worker.onerror = (e) => {
        done();
        reject(new Error(e.message || "errore nel calcolo"));
      };
      worker.postMessage(input);
    });
}
