import { Body1Strong, Button, Caption1, Text } from "@fluentui/react-components";
import { Problem } from "../../engine/problems";
import { ProblemGroups, problemCells } from "../problems-view";

export interface ProblemListProps {
  groups: ProblemGroups;
  onSelectCell: (sheet: string, cell: string) => void;
}

/** Beyond this many cells a problem lists them in its text only. */
const MAX_BUTTONS = 6;

function ProblemItem(props: { problem: Problem; onSelectCell: ProblemListProps["onSelectCell"] }): JSX.Element {
  const { problem, onSelectCell } = props;
  const cells = problemCells(problem);
  return (
    <li className="problema" data-code={problem.code} style={{ marginBottom: 10 }}>
      <Text weight={problem.severity === "errore" ? "semibold" : "regular"}>
        {problem.severity === "errore" ? "Errore: " : "Avviso: "}
        {problem.message}
      </Text>
      <br />
      {problem.sheet ? <Caption1>Foglio {problem.sheet}{cells.length > 0 ? ` — celle ${cells.join(", ")}` : ""}</Caption1> : null}
      {problem.sheet && cells.length > 0 ? (
        <div style={{ display: "flex", flexWrap: "wrap" }}>
          {cells.slice(0, MAX_BUTTONS).map((cell) => (
            <Button key={cell} size="small" appearance="subtle" onClick={() => onSelectCell(problem.sheet as string, cell)} aria-label={`Vai alla cella ${cell} del foglio ${problem.sheet}`}>
              Vai alla cella {cell}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

function Section(props: { title: string; empty: string; problems: Problem[]; onSelectCell: ProblemListProps["onSelectCell"]; id: string }): JSX.Element {
  return (
    <section aria-labelledby={props.id} style={{ marginTop: 12 }}>
      <Body1Strong id={props.id} as="h3">
        {props.title} ({props.problems.length})
      </Body1Strong>
      {props.problems.length === 0 ? (
        <Text as="p">{props.empty}</Text>
      ) : (
        <ul style={{ paddingLeft: 16 }}>
          {props.problems.map((p, i) => (
            <ProblemItem key={`${p.code}-${p.sheet}-${p.cell}-${i}`} problem={p} onSelectCell={props.onSelectCell} />
          ))}
        </ul>
      )}
    </section>
  );
}

export function ProblemList(props: ProblemListProps): JSX.Element {
  const { groups, onSelectCell } = props;
  return (
    <div>
      <Section id="sez-pesi" title="Pesi da correggere" empty="Tutti i pesi sommano a 100%." problems={groups.weights} onSelectCell={onSelectCell} />
      <Section id="sez-celle" title="Celle da controllare: valori non leggibili, target non calcolabili e altri avvisi" empty="Nessuna cella da controllare." problems={groups.cells} onSelectCell={onSelectCell} />
      {groups.other.length > 0 ? <Section id="sez-altro" title="Altri avvisi" empty="" problems={groups.other} onSelectCell={onSelectCell} /> : null}
    </div>
  );
}
