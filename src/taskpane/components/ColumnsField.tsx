import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { SheetInfo, WorkbookOperations } from "../../excel/operations";
import { SheetGrid } from "../../layout/grid";
import { ColumnMap } from "../../layout/types";
import { ColumnMapping } from "./ColumnMapping";

export interface ColumnsFieldProps {
  label: string;
  help: string;
  ops: WorkbookOperations;
  sheets: SheetInfo[];
  /** The mapping of every sheet. */
  value: Record<string, ColumnMap>;
  /** Columns the reader found on each sheet at the last recalculation. */
  detected?: Record<string, ColumnMap>;
  onValue(value: Record<string, ColumnMap>): void;
}

/** The column mapping of one sheet at a time, chosen in a list, with a preview of its first rows. */
export function ColumnsField(props: ColumnsFieldProps): JSX.Element {
  const { ops, value } = props;
  const [sheet, setSheet] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<{ sheet: string; grid: SheetGrid | null } | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);

  React.useEffect(() => {
    if (!sheet) return;
    let live = true;
    setPreview(null);
    setFailure(null);
    ops.previewSheet(sheet, 8).then(
      (grid) => live && setPreview({ sheet, grid }),
      (e: Error) => live && setFailure(`Impossibile leggere il foglio ${sheet}: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [ops, sheet]);

  return (
    <>
      <Field
        label={props.label}
        hint={props.help}
        validationMessage={failure ?? undefined}
        validationState={failure ? "error" : "none"}
      >
        <Dropdown
          placeholder="Scegliere un foglio"
          value={sheet ?? ""}
          selectedOptions={sheet ? [sheet] : []}
          onOptionSelect={(_, d) => setSheet(d.optionValue ?? null)}
        >
          {props.sheets.map((s) => (
            <Option key={s.name} value={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {sheet && !failure ? (
        <ColumnMapping
          sheet={sheet}
          loading={preview === null || preview.sheet !== sheet}
          preview={preview?.grid ?? null}
          value={value[sheet] ?? {}}
          detected={props.detected?.[sheet]}
          onChange={(map) => {
            const next = { ...value };
            if (Object.keys(map).length === 0) delete next[sheet];
            else next[sheet] = map;
            props.onValue(next);
          }}
        />
      ) : null}
    </>
  );
}
