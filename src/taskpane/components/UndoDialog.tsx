import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { EditedCell } from "../../excel/operations";
import { T, count } from "../strings";

export type UndoChoice = "mantieni" | "ripristina" | "niente";

const shown = (v: EditedCell["current"]) => (v === null || v === "" ? "(vuota)" : String(v));

/** Before undoing: the cells the user changed since the recalculation, kept unless the user says otherwise. */
export function UndoDialog(props: { cells: EditedCell[]; onAnswer(choice: UndoChoice): void }): JSX.Element {
  const { cells } = props;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, d) => !d.open && props.onAnswer("niente")}>
      <DialogSurface aria-describedby="annulla-testo">
        <DialogBody>
          <DialogTitle>{T.undoDialogTitle}</DialogTitle>
          <DialogContent id="annulla-testo">
            <p>
              {count(
                cells.length,
                "cella scritta dal ricalcolo è stata modificata",
                "celle scritte dal ricalcolo sono state modificate"
              )}{" "}
              dopo il ricalcolo. Annullando, le modifiche restano come sono; le altre celle tornano al contenuto
              precedente.
            </p>
            <ul
              style={{ maxHeight: 160, overflowY: "auto", paddingLeft: 16 }}
              tabIndex={0}
              aria-label="Celle modificate"
            >
              {cells.slice(0, 50).map((c) => (
                <li key={`${c.sheet}!${c.address}`}>
                  {c.sheet}!{c.address}: {shown(c.current)}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions fluid>
            <Button appearance="primary" onClick={() => props.onAnswer("mantieni")}>
              {T.undoKeep}
            </Button>
            <Button onClick={() => props.onAnswer("ripristina")}>{T.undoRestoreAll}</Button>
            <Button appearance="subtle" onClick={() => props.onAnswer("niente")}>
              {T.undoStop}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
