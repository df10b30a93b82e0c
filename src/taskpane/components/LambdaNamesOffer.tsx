import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { FunctionMetadata, lambdaNames } from "../../functions/lambda-names";
import { NamesReport, WorkbookOperations } from "../../excel/operations";

/** functions.json is published next to taskpane.html: the names are built from the functions' own metadata. */
async function loadNames(): Promise<ReturnType<typeof lambdaNames>> {
  const response = await fetch("functions.json");
  if (!response.ok) throw new Error(`descrizione delle funzioni non disponibile (HTTP ${response.status})`);
  const meta = (await response.json()) as { functions?: FunctionMetadata[] };
  if (!Array.isArray(meta.functions) || meta.functions.length === 0)
    throw new Error("descrizione delle funzioni vuota");
  return lambdaNames(meta.functions);
}

function reportText(report: NamesReport): string {
  const added = report.added.length > 0 ? `Definiti i nomi ${report.added.join(", ")}` : "Nessun nome da definire";
  const present = report.present.length > 0 ? `; già presenti e lasciati invariati: ${report.present.join(", ")}` : "";
  return `${added}${present}. Ora si può scrivere anche =PERF_KPI(target; consuntivo; direzione).`;
}

const NO_LAMBDA =
  "Questa versione di Excel non ha la funzione LAMBDA: i nomi PERF_KPI, PERF_OBIETTIVO, … non si possono definire. Usare le funzioni PERF.KPI, PERF.OBIETTIVO, … (stessi argomenti, stessi risultati).";

// The buttons inside the body, wrapping: Fluent's action column does not shrink below about 200 px.
const BODY: React.CSSProperties = { minWidth: 0, overflowWrap: "anywhere" };
const ACTIONS: React.CSSProperties = { display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4 };

/**
 * Offers, once per workbook, to define PERF_KPI, PERF_OBIETTIVO, … as LAMBDA names over PERF.*; the
 * answer is kept in the workbook's settings, so the offer does not come back.
 */
export function LambdaNamesOffer({ ops }: { ops: WorkbookOperations }): JSX.Element | null {
  const [state, setState] = React.useState<"offer" | "busy" | "done" | "hidden">(() =>
    ops.lambdaNamesAnswer() === null ? "offer" : "hidden"
  );
  const [result, setResult] = React.useState<{ intent: "success" | "info" | "error"; text: string } | null>(null);

  const define = async () => {
    setState("busy");
    try {
      const report = await ops.defineLambdaNames(await loadNames());
      await ops.saveLambdaNamesAnswer(report.lambda ? "definiti" : "senza-lambda");
      setResult(report.lambda ? { intent: "success", text: reportText(report) } : { intent: "info", text: NO_LAMBDA });
    } catch (e) {
      setResult({ intent: "error", text: `Nomi PERF_* non definiti: ${e instanceof Error ? e.message : String(e)}.` });
    }
    setState("done");
  };

  const decline = () => {
    setState("hidden");
    ops.saveLambdaNamesAnswer("rifiutati").catch(() => undefined);
  };

  if (state === "hidden") return null;
  if (state === "done" && result)
    return (
      <MessageBar intent={result.intent} layout="multiline" style={{ minWidth: 0 }}>
        <MessageBarBody style={BODY}>
          {result.text}
          <div style={ACTIONS}>
            <Button size="small" onClick={() => setState("hidden")}>
              Chiudi
            </Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <MessageBar intent="info" layout="multiline" style={{ minWidth: 0 }}>
      <MessageBarBody style={BODY}>
        Definire in questa cartella di lavoro i nomi PERF_KPI, PERF_OBIETTIVO, … per scrivere =PERF_KPI(target;
        consuntivo; direzione) oltre a =PERF.KPI(…)?
        <div style={ACTIONS}>
          <Button size="small" appearance="primary" disabled={state === "busy"} onClick={() => void define()}>
            Definisci i nomi
          </Button>
          <Button size="small" disabled={state === "busy"} onClick={decline}>
            No, grazie
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
