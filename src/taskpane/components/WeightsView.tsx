import { Body1Strong, Button, Caption1, Text } from "@fluentui/react-components";
import { formatPercentIt } from "../../engine/italian-number";
import { Problem } from "../../engine/problems";
import { whereText } from "../outcome";
import { problemCells } from "../problems-view";
import { T, count } from "../strings";
import { ProblemKind, WeightRow } from "../weights-view";

export interface WeightsViewProps {
  rows: WeightRow[];
  kinds: ProblemKind[];
  onSelectCell: (sheet: string, cell: string) => void;
}

const pct = (v: number | null) => (v === null ? T.noWeight : formatPercentIt(v));
const signed = (v: number) => (Math.abs(v) < 1e-12 ? "0,00%" : `${v > 0 ? "+" : "−"}${formatPercentIt(Math.abs(v))}`);

function WeightTable(props: { row: WeightRow; onSelectCell: WeightsViewProps["onSelectCell"] }): JSX.Element {
  const { row, onSelectCell } = props;
  const title =
    row.owner === "ente"
      ? "Ente: aree"
      : `${row.owner}${row.ownerName ? ` ${row.ownerName}` : ""}: ${row.kind === "kpi" ? "indicatori" : "obiettivi"}`;
  return (
    <details className="pesi" data-owner={row.owner} open={!row.ok} style={{ marginBottom: 6 }}>
      <summary style={{ cursor: "pointer", overflowWrap: "anywhere" }}>
        <Text weight="semibold">
          {row.ok ? "✓" : "✕"} {title}
        </Text>{" "}
        <Caption1>
          — {T.weightSum} {formatPercentIt(row.sum)} (
          {row.ok ? T.weightOk : `${T.weightWrong}: ${signed(row.difference)}`})
        </Caption1>
      </summary>
      <table style={{ width: "100%", borderCollapse: "collapse", tableLayout: "fixed" }}>
        <caption
          className="sr-only"
          style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}
        >
          Pesi di {title}
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: "left" }}>
              Elemento
            </th>
            <th scope="col" style={{ textAlign: "right", width: 84 }}>
              Peso
            </th>
          </tr>
        </thead>
        <tbody>
          {row.parts.map((p, i) => (
            <tr key={`${p.code}-${i}`}>
              <td
                style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}
                title={`${p.code} ${p.name}`}
              >
                {p.code} {p.name}
              </td>
              <td style={{ textAlign: "right" }}>
                {p.cell ? (
                  <Button
                    size="small"
                    appearance="transparent"
                    onClick={() => onSelectCell(row.sheet, p.cell as string)}
                    aria-label={`${pct(p.weight)}: ${T.goToCell} ${p.cell}`}
                  >
                    {pct(p.weight)}
                  </Button>
                ) : (
                  pct(p.weight)
                )}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" style={{ textAlign: "left" }}>
              {T.weightSum} ({T.weightDiff.toLowerCase()} {signed(row.difference)})
            </th>
            <td style={{ textAlign: "right" }}>{formatPercentIt(row.sum)}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  );
}

function ProblemItem(props: { problem: Problem; onSelectCell: WeightsViewProps["onSelectCell"] }): JSX.Element {
  const { problem, onSelectCell } = props;
  const cells = problemCells(problem);
  return (
    <li className="problema" style={{ marginBottom: 6 }}>
      <Text>{problem.message}</Text> {problem.sheet ? <Caption1>({whereText(problem)})</Caption1> : null}
      {problem.sheet && cells.length > 0 ? (
        <div>
          {cells.slice(0, 4).map((cell) => (
            <Button
              key={cell}
              size="small"
              appearance="secondary"
              onClick={() => onSelectCell(problem.sheet as string, cell)}
              aria-label={`${T.goToCell} ${cell} del foglio ${problem.sheet}`}
              style={{ marginRight: 4, marginTop: 2 }}
            >
              {T.goToCell} {cell}
            </Button>
          ))}
        </div>
      ) : null}
    </li>
  );
}

/** Verifica pesi: the weights of every node first, then the other problems grouped by kind. */
export function WeightsView(props: WeightsViewProps): JSX.Element {
  const wrong = props.rows.filter((r) => !r.ok).length;
  return (
    <div>
      <Body1Strong as="h2" style={{ display: "block", margin: "8px 0 4px" }}>
        {T.weightsHeading}:{" "}
        {wrong === 0 ? T.weightsAllOk : count(wrong, "gruppo da correggere", "gruppi da correggere")}
      </Body1Strong>
      {props.rows
        .filter((r) => !r.ok)
        .map((row) => (
          <WeightTable key={`${row.sheet}|${row.owner}|${row.kind}`} row={row} onSelectCell={props.onSelectCell} />
        ))}
      {props.rows.length > wrong ? (
        <details className="pesi-corretti">
          <summary style={{ cursor: "pointer" }}>
            <Text>✓ {count(props.rows.length - wrong, "gruppo con pesi corretti", "gruppi con pesi corretti")}</Text>
          </summary>
          <div style={{ paddingLeft: 8 }}>
            {props.rows
              .filter((r) => r.ok)
              .map((row) => (
                <WeightTable
                  key={`${row.sheet}|${row.owner}|${row.kind}`}
                  row={row}
                  onSelectCell={props.onSelectCell}
                />
              ))}
          </div>
        </details>
      ) : null}
      <Body1Strong as="h2" style={{ display: "block", margin: "12px 0 4px" }}>
        {T.otherHeading}
      </Body1Strong>
      {props.kinds.length === 0 ? <Text as="p">{T.otherNone}</Text> : null}
      {props.kinds.map((k, i) => (
        <details key={i} className="tipo-segnalazione" style={{ marginBottom: 6 }}>
          <summary style={{ cursor: "pointer", overflowWrap: "anywhere" }}>
            <Text weight={k.severity === "errore" ? "semibold" : "regular"}>
              {k.severity === "errore" ? "Errore" : "Avviso"} ({k.problems.length}): {k.title}
              {k.problems.length > 1 ? " …" : ""}
            </Text>
          </summary>
          <ul style={{ paddingLeft: 16, margin: "4px 0" }}>
            {k.problems.map((p, j) => (
              <ProblemItem key={j} problem={p} onSelectCell={props.onSelectCell} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
