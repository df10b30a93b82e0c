import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { WorkbookOperations } from "../../excel/operations";

export const FILLS_NOTE =
  "Questa versione di Excel non permette ai componenti aggiuntivi di creare formattazioni condizionali (ExcelApi 1.6): i semafori sono scritti come colore di riempimento delle celle e si aggiornano solo premendo «Ricalcola».";

/** Why the traffic lights are fills in an older Excel (Office 2016 with volume licence). */
export function ExcelVersionNote({ ops }: { ops: WorkbookOperations }): JSX.Element | null {
  if (!ops.trafficLightsAsFills) return null;
  return (
    <MessageBar intent="info" layout="multiline" style={{ minWidth: 0 }}>
      <MessageBarBody style={{ minWidth: 0, overflowWrap: "anywhere" }}>{FILLS_NOTE}</MessageBarBody>
    </MessageBar>
  );
}
