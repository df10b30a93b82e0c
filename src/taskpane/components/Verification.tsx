import { RecalcResult } from "../../pipeline/types";
import { otherProblemKinds, weightRows } from "../weights-view";
import { WeightsView } from "./WeightsView";

/** The Verifica pesi tab over a recalculation's (or a verification's) result. */
export function Verification(props: {
  result: RecalcResult;
  tolerance: number;
  onSelectCell: (sheet: string, cell: string) => void;
}): JSX.Element {
  return (
    <WeightsView
      rows={weightRows(props.result, props.tolerance)}
      kinds={otherProblemKinds(props.result.problems)}
      onSelectCell={props.onSelectCell}
    />
  );
}
