import { Badge } from "@fluentui/react-components";
import { Colour } from "../../engine/thresholds";

const BADGE_COLOUR: Record<Colour, "success" | "warning" | "danger" | "informative"> = {
  verde: "success",
  giallo: "warning",
  rosso: "danger",
  grigio: "informative",
};

/** Performance with its traffic-light colour; the status is spoken to screen readers. */
export function StatusBadge(props: { colour: Colour; text: string; status: string }): JSX.Element {
  return (
    <Badge appearance="filled" color={BADGE_COLOUR[props.colour]} aria-label={`${props.text}, ${props.status}`} data-colour={props.colour} title={props.status}>
      {props.text}
    </Badge>
  );
}
