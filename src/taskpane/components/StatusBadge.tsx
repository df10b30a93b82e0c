import { Badge } from "@fluentui/react-components";
import { Colour } from "../../engine/thresholds";
import { statusMark } from "../tree-model";

const BADGE_COLOUR: Record<Colour, "success" | "warning" | "danger" | "informative"> = {
  verde: "success",
  giallo: "warning",
  rosso: "danger",
  grigio: "informative",
};

/**
 * Performance with its status as a symbol and a short word beside the traffic-light colour, so the
 * status reads without colour (high contrast, colour blindness); the full status is spoken and shown on hover.
 */
export function StatusBadge(props: { colour: Colour; text: string; status: string }): JSX.Element {
  const mark = statusMark(props.colour);
  return (
    <span
      style={{ display: "inline-flex", alignItems: "center", gap: 4, whiteSpace: "nowrap" }}
      title={props.status}
      data-colour={props.colour}
      role="img"
      aria-label={`${props.text}, ${props.status}`}
    >
      <span style={{ fontVariantNumeric: "tabular-nums" }}>{props.text}</span>
      <Badge appearance="tint" color={BADGE_COLOUR[props.colour]} size="small" style={{ minWidth: 44 }}>
        {mark.symbol} {mark.word}
      </Badge>
    </span>
  );
}
