import { Caption1, Dropdown, Field, Option, Spinner, Text } from "@fluentui/react-components";
import { columnLetters } from "../../layout/address";
import { SheetGrid } from "../../layout/grid";
import { FIELD_LABELS } from "../../layout/messages";
import { ColumnMap, FIELDS } from "../../layout/types";
import { cellText } from "../cell-display";

const AUTO = "auto";

export interface ColumnMappingProps {
  sheet: string;
  preview: SheetGrid | null;
  loading: boolean;
  value: ColumnMap;
  /** Columns the reader found on this sheet at the last recalculation, if any. */
  detected?: ColumnMap;
  onChange(map: ColumnMap): void;
}

/** Pick the column of each field for a sheet whose header the reader does not recognise, seeing its first rows. */
export function ColumnMapping(props: ColumnMappingProps): JSX.Element {
  const { preview, value } = props;
  if (props.loading) return <Spinner size="tiny" label="Lettura delle prime righe…" />;
  if (!preview) return <Text>Il foglio {props.sheet} è vuoto.</Text>;
  const width = preview.values.reduce((n, r) => Math.max(n, r.length), 0);
  const columns = Array.from({ length: width }, (_, i) => preview.colOffset + i);
  const sample = (col: number) =>
    preview.values
      .map((r, i) => cellText(r[col - preview.colOffset], preview.numberFormats?.[i]?.[col - preview.colOffset]))
      .filter((t) => t !== "")
      .slice(0, 2)
      .join(" · ");
  const label = (col: number) => `${columnLetters(col)} — ${sample(col) || "(vuota)"}`;
  return (
    <div>
      {/* Focusable and named so that the keyboard can scroll the preview (axe: scrollable-region-focusable). */}
      <div
        role="region"
        tabIndex={0}
        aria-label={`Anteprima del foglio ${props.sheet}`}
        style={{ overflow: "auto", maxHeight: 180, border: "1px solid var(--colorNeutralStroke2)", marginBottom: 8 }}
      >
        <table
          aria-label={`Prime righe del foglio ${props.sheet}`}
          style={{ borderCollapse: "collapse", fontSize: 11 }}
        >
          <thead>
            <tr>
              <th scope="col">
                <span style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
                  Riga
                </span>
              </th>
              {columns.map((c) => (
                <th key={c} scope="col" style={{ padding: "2px 6px", background: "var(--colorNeutralBackground3)" }}>
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.values.map((row, i) => (
              <tr key={i}>
                <th scope="row" style={{ padding: "2px 6px", background: "var(--colorNeutralBackground3)" }}>
                  {preview.rowOffset + i + 1}
                </th>
                {columns.map((c) => (
                  <td
                    key={c}
                    style={{
                      padding: "2px 6px",
                      whiteSpace: "nowrap",
                      maxWidth: 140,
                      overflow: "hidden",
                      textOverflow: "ellipsis",
                    }}
                  >
                    {cellText(row[c - preview.colOffset], preview.numberFormats?.[i]?.[c - preview.colOffset])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1>Lasciare "rilevamento automatico" per i campi che il lettore riconosce da solo.</Caption1>
      {FIELDS.map((f) => {
        const col = value[f];
        const found = props.detected?.[f];
        const auto = props.detected
          ? `rilevamento automatico (${found === undefined ? "non trovata" : `colonna ${columnLetters(found)}`})`
          : "rilevamento automatico";
        return (
          <Field key={f} label={FIELD_LABELS[f]} size="small">
            <Dropdown
              size="small"
              value={col === undefined ? auto : label(col)}
              selectedOptions={[col === undefined ? AUTO : String(col)]}
              onOptionSelect={(_, d) => {
                const next: ColumnMap = { ...value };
                if (d.optionValue === AUTO || d.optionValue === undefined) delete next[f];
                else next[f] = Number(d.optionValue);
                props.onChange(next);
              }}
            >
              <Option value={AUTO} text={auto}>
                {auto}
              </Option>
              {columns.map((c) => (
                <Option key={c} value={String(c)} text={label(c)}>
                  {label(c)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
