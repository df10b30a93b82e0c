import * as React from "react";
import { Body1Strong, Button, Caption1, Text } from "@fluentui/react-components";
import { TreeNode } from "../tree-model";
import { T } from "../strings";
import { whyFacts, whyText } from "../why";

/** "Perché?": the node's figure explained by the engine's own steps, with a copy for the OIV. */
export function WhyPanel(props: { node: TreeNode; onSelectCell(sheet: string, cell: string): void }): JSX.Element {
  const { node } = props;
  const [copied, setCopied] = React.useState<string | null>(null);
  React.useEffect(() => setCopied(null), [node.id]);
  const copy = () => {
    navigator.clipboard.writeText(whyText(node)).then(
      () => setCopied(T.copied),
      () => setCopied(T.copyFailed)
    );
  };
  const trace = node.trace ?? [];
  return (
    <section
      aria-labelledby="perche-titolo"
      className="perche"
      style={{ borderTop: "1px solid", borderColor: "var(--colorNeutralStroke2)", paddingTop: 8, marginTop: 8 }}
    >
      <Body1Strong as="h2" id="perche-titolo" style={{ margin: 0 }}>
        {T.why} {node.kind === "ente" ? "Ente" : node.code || node.label}
      </Body1Strong>
      <ul style={{ margin: "4px 0", paddingLeft: 16 }}>
        {whyFacts(node).map((f) => (
          <li key={f}>
            <Text>{f}</Text>
          </li>
        ))}
      </ul>
      {trace.length > 0 ? (
        <ol className="perche-passi" style={{ margin: "4px 0", paddingLeft: 20 }}>
          {trace.map((t, i) => (
            <li key={i}>
              <Text>{t.text}</Text>
            </li>
          ))}
        </ol>
      ) : node.kind === "ente" ? (
        <Caption1 as="p">{T.noTraceEnte}</Caption1>
      ) : null}
      <div style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
        <Button size="small" onClick={copy}>
          {T.copyForOiv}
        </Button>
        {node.sheet && node.cell ? (
          <Button
            size="small"
            appearance="subtle"
            onClick={() => props.onSelectCell(node.sheet as string, node.cell as string)}
          >
            {T.goToCell} {node.cell}
          </Button>
        ) : null}
      </div>
      <div aria-live="polite">{copied ? <Caption1>{copied}</Caption1> : null}</div>
    </section>
  );
}
