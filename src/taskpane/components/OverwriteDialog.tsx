import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { Problem } from "../../engine/problems";

/**
 * Asks whether performance cells holding a user's formula may be overwritten (the answer is saved in the
 * file). Esc or a click outside keeps the formulas, the choice that loses nothing.
 */
export function OverwriteDialog(props: { cells: Problem[] | null; onAnswer(overwrite: boolean): void }): JSX.Element {
  const cells = props.cells ?? [];
  const list =
    cells
      .slice(0, 8)
      .map((p) => `${p.sheet}!${p.cell}`)
      .join(", ") + (cells.length > 8 ? ` e altre ${cells.length - 8}` : "");
  return (
    <Dialog open={props.cells !== null} modalType="modal" onOpenChange={(_, d) => !d.open && props.onAnswer(false)}>
      <DialogSurface aria-describedby="sovrascrivi-testo">
        <DialogBody>
          <DialogTitle>Celle con formule</DialogTitle>
          <DialogContent id="sovrascrivi-testo">
            {cells.length === 1
              ? "Una cella di performance contiene"
              : `${cells.length} celle di performance contengono`}{" "}
            una formula scritta a mano ({list}). Sostituire le formule con i valori calcolati? La scelta viene ricordata
            nelle impostazioni della cartella di lavoro.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onAnswer(false)}>
              Mantieni le formule
            </Button>
            <Button onClick={() => props.onAnswer(true)}>Sovrascrivi</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
