import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { WorkbookOperations } from "../../excel/operations";
import { SheetGrid } from "../../layout/grid";
import { Field as PlanField } from "../../layout/types";
import { readWorkbookLayout } from "../../pipeline/workbook-reading";
import { AddInSettings, toPipelineSettings, validateSettings } from "../../pipeline/workbook-settings";
import {
  AUTOMATIC,
  FIELD_OPTIONS,
  columnChoices,
  headerRowOptions,
  headerRowText,
  previewRows,
  SheetCorrection,
  withColumnField,
  withCorrections,
} from "../reading-view";

export interface SheetReadingProps {
  ops: WorkbookOperations;
  settings: AddInSettings;
  /** Called with the settings once saved in the workbook; the pane recalculates with them. */
  onSaved: (settings: AddInSettings) => void;
  /**
   * Asked by the pane (Impostazioni's summary of the mappings, a problem's action): show this sheet and
   * move the focus to the view's title; `request` tells one ask from the next.
   */
  focus?: { sheet?: string; request: number };
}

const TITLE_ID = "lettura-titolo";
const FULL_WIDTH: React.CSSProperties = { width: "100%", minWidth: 0 };
const CELL: React.CSSProperties = { padding: "2px 6px", textAlign: "left", verticalAlign: "top", whiteSpace: "nowrap" };
const HEAD: React.CSSProperties = { ...CELL, background: "#f3f3f3", position: "sticky", top: 0 };

/**
 * "Come è stato letto il foglio": for each plan sheet the reader chosen and why, the header row, each
 * column's field and what decided it, the first rows with their role and parent. The user corrects a
 * column's field or the header row; the reading is redone at once, and "Salva e ricalcola" saves the
 * correction in the workbook's settings (the `columns` and `headerRows` the command line reads too).
 */
export default function SheetReading({ ops, settings, onSaved, focus }: SheetReadingProps): JSX.Element {
  const [grids, setGrids] = React.useState<SheetGrid[] | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [corrections, setCorrections] = React.useState<Record<string, SheetCorrection>>({});
  const [sheet, setSheet] = React.useState<string | null>(null);
  const [saveError, setSaveError] = React.useState<string | null>(null);
  const focused = React.useRef<number | null>(null);
  const draft = React.useMemo(() => withCorrections(settings, corrections), [settings, corrections]);

  React.useEffect(() => {
    let live = true;
    ops.readSheets(settings.sheets.length > 0 ? settings.sheets : undefined).then(
      (read) => live && setGrids(read),
      (e: Error) => live && setFailure(`Impossibile leggere i fogli: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [ops, settings.sheets]);

  const readings = React.useMemo(
    () => (grids ? readWorkbookLayout(grids, toPipelineSettings(draft)) : []),
    [grids, draft]
  );

  React.useEffect(() => {
    if (!focus || !grids || focused.current === focus.request) return;
    focused.current = focus.request;
    if (focus.sheet) setSheet(focus.sheet);
    document.getElementById(TITLE_ID)?.focus();
  }, [focus, grids]);

  if (failure)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{failure}</MessageBarBody>
      </MessageBar>
    );
  if (!grids) return <Spinner size="tiny" label="Lettura dei fogli…" />;
  if (readings.length === 0) return <Body1 as="p">Nessun foglio da leggere.</Body1>;

  const shown = readings.find((r) => r.sheet === sheet) ?? readings.find((r) => r.reader !== null) ?? readings[0];
  const grid = grids.find((g) => g.name === shown.sheet) as SheetGrid;
  const mapping = draft.columns[shown.sheet] ?? {};
  const headerRow = draft.headerRows[shown.sheet];
  const correct = (nextMapping: typeof mapping, nextHeader: number | undefined) => {
    setSaveError(null);
    setCorrections((c) => ({ ...c, [shown.sheet]: { mapping: nextMapping, headerRow: nextHeader } }));
  };
  const changed =
    JSON.stringify([draft.columns, draft.headerRows]) !== JSON.stringify([settings.columns, settings.headerRows]);
  const headerOptions = headerRowOptions(grid);
  const rows = previewRows(shown);
  const choices = columnChoices(shown, mapping, grid, headerRow);

  const save = async () => {
    const invalid = validateSettings(draft);
    if (invalid) {
      setSaveError(invalid);
      return;
    }
    try {
      await ops.saveSettings(draft);
      setCorrections({});
      onSaved(draft);
    } catch (e) {
      setSaveError(`Impossibile salvare le impostazioni: ${(e as Error).message}`);
    }
  };

  return (
    <section
      aria-labelledby={TITLE_ID}
      style={{
        display: "flex",
        flexDirection: "column",
        gap: 8,
        minWidth: 0,
        border: "1px solid #e0e0e0",
        borderRadius: 4,
        padding: 8,
      }}
    >
      <Subtitle2 as="h2" id={TITLE_ID} tabIndex={-1}>
        Come è stato letto il foglio
      </Subtitle2>
      {readings.length > 1 ? (
        <Field label="Foglio">
          <Dropdown
            style={FULL_WIDTH}
            value={shown.sheet}
            selectedOptions={[shown.sheet]}
            onOptionSelect={(_, d) => setSheet(d.optionValue ?? null)}
          >
            {readings.map((r) => (
              <Option key={r.sheet} value={r.sheet}>
                {r.sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <Body1 as="p" style={{ margin: 0, overflowWrap: "anywhere" }}>
        {shown.reader
          ? `Foglio "${shown.sheet}" letto come ${shown.reason}.`
          : `Foglio "${shown.sheet}" non letto: ${shown.reason}.`}
      </Body1>
      <Field label="Riga d'intestazione" hint="Da indicare se la riga con i nomi delle colonne non è quella trovata.">
        <Dropdown
          style={FULL_WIDTH}
          value={headerRowText(shown, headerRow)}
          selectedOptions={[headerRow === undefined ? AUTOMATIC : String(headerRow)]}
          onOptionSelect={(_, d) =>
            correct(
              mapping,
              d.optionValue === AUTOMATIC || d.optionValue === undefined ? undefined : Number(d.optionValue)
            )
          }
        >
          <Option value={AUTOMATIC} text="Automatica">
            Automatica
          </Option>
          {headerOptions.map((o) => (
            <Option key={o.row} value={String(o.row)} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {choices.length > 0 ? (
        <fieldset
          style={{
            border: "none",
            margin: 0,
            padding: 0,
            display: "flex",
            flexDirection: "column",
            gap: 6,
            minWidth: 0,
          }}
        >
          <legend style={{ padding: 0, marginBottom: 4, fontWeight: 600 }}>Colonne</legend>
          {choices.map((c) => {
            const label = `Colonna ${c.letter}${c.heading ? ` «${c.heading}»` : ""}`;
            return (
              <Field
                key={c.col}
                label={label}
                hint={c.decidedBy ?? undefined}
                size="small"
                style={{ overflowWrap: "anywhere" }}
              >
                <Dropdown
                  size="small"
                  style={FULL_WIDTH}
                  value={c.text}
                  selectedOptions={[c.value]}
                  onOptionSelect={(_, d) =>
                    correct(
                      withColumnField(mapping, c.col, (d.optionValue ?? AUTOMATIC) as PlanField | typeof AUTOMATIC),
                      headerRow
                    )
                  }
                >
                  <Option value={AUTOMATIC} text="Automatico">
                    Automatico
                  </Option>
                  {FIELD_OPTIONS.map((f) => (
                    <Option key={f.value} value={f.value}>
                      {f.label}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            );
          })}
        </fieldset>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Caption1>Prime righe lette: il ruolo di ciascuna e il codice sotto cui sta.</Caption1>
          <div
            role="region"
            tabIndex={0}
            aria-label={`Anteprima delle righe lette del foglio ${shown.sheet}`}
            style={{ overflow: "auto", maxHeight: 260, maxWidth: "100%", border: "1px solid #e0e0e0" }}
          >
            <table style={{ borderCollapse: "collapse", fontSize: 12 }}>
              <thead>
                <tr>
                  {["Riga", "Ruolo", "Codice", "Nome", "Sotto"].map((h) => (
                    <th key={h} scope="col" style={HEAD}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={`${r.row}-${i}`} data-ruolo={r.role}>
                    <td style={CELL}>{r.row}</td>
                    <td style={CELL}>{r.role}</td>
                    <td style={CELL}>{r.code}</td>
                    <td style={{ ...CELL, maxWidth: 220, overflow: "hidden", textOverflow: "ellipsis" }} title={r.name}>
                      {r.name}
                    </td>
                    <td style={CELL}>{r.parent}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {saveError ? (
        <MessageBar intent="error">
          <MessageBarBody>{saveError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button appearance="primary" disabled={!changed} onClick={() => void save()}>
          Salva e ricalcola
        </Button>
      </div>
    </section>
  );
}
