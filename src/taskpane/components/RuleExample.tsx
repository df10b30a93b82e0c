import { Caption1 } from "@fluentui/react-components";

/** The live example of the scoring rules chosen, one sentence a line ("con questa regola … dà 97,28%"). */
export function RuleExample(props: { lines: string[] }): JSX.Element {
  return (
    <div
      role="status"
      aria-label="Esempio con le regole scelte"
      style={{ display: "flex", flexDirection: "column", gap: 2 }}
    >
      {props.lines.map((line) => (
        <Caption1 key={line}>{line}</Caption1>
      ))}
    </div>
  );
}
