import * as React from "react";
import {
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { SheetInfo } from "../../excel/operations";
import { ColumnMap } from "../../layout/types";
import { savedMappings } from "../mapping-summary";
import { T } from "../strings";

export interface ColumnsSummaryProps {
  label: string;
  help: string;
  /** The mappings saved in the workbook, per sheet. */
  value: Record<string, ColumnMap>;
  /** The workbook's sheets; empty until listed. */
  sheets: SheetInfo[];
  /** Open "Come è stato letto il foglio", on the sheet given. */
  onOpen: (sheet?: string) => void;
  /** Remove the sheet's mapping from the workbook's settings; rejects with the reason it could not. */
  onRemove: (sheet: string) => Promise<void>;
}

const LIST: React.CSSProperties = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  display: "flex",
  flexDirection: "column",
  gap: 6,
};
const ITEM: React.CSSProperties = {
  border: "1px solid var(--colorNeutralStroke2)",
  borderRadius: 4,
  padding: 6,
  minWidth: 0,
  overflowWrap: "anywhere",
};
const ACTIONS: React.CSSProperties = { display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4 };

/**
 * The column mappings saved in the workbook, read-only: each is edited in "Come è stato letto il foglio",
 * where the heading and the content of every column are shown beside its field. A mapping can be removed
 * from here, after confirmation, and the removal is saved at once.
 */
export function ColumnsSummary(props: ColumnsSummaryProps): JSX.Element {
  const { value, onRemove } = props;
  const [asked, setAsked] = React.useState<string | null>(null);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [refocus, setRefocus] = React.useState(0);
  const group = React.useRef<HTMLDivElement>(null);
  const opener = React.useRef<HTMLElement | null>(null);
  const mappings = savedMappings(
    value,
    props.sheets.map((s) => s.name)
  );

  // When the question closes the focus goes back to «Rimuovi», or, once the mapping is removed with its
  // button, to the first action left in the entry.
  React.useEffect(() => {
    if (refocus === 0) return;
    const back = opener.current?.isConnected ? opener.current : null;
    (back ?? group.current?.querySelector<HTMLElement>("button:not([disabled])"))?.focus();
  }, [refocus]);

  const close = () => {
    setAsked(null);
    setRefocus((n) => n + 1);
  };

  const remove = async (sheet: string) => {
    setAsked(null);
    try {
      await onRemove(sheet);
      setFailure(null);
    } catch (e) {
      setFailure(T.mappingRemoveFailed(sheet, (e as Error).message));
    }
    setRefocus((n) => n + 1);
  };

  return (
    <div
      ref={group}
      role="group"
      aria-labelledby="mappature-titolo"
      style={{ display: "flex", flexDirection: "column", gap: 6, minWidth: 0 }}
    >
      <Body1Strong id="mappature-titolo">{props.label}</Body1Strong>
      <Caption1>
        {props.help} {T.mappingWhere}
      </Caption1>
      {mappings.length === 0 ? (
        <Body1 as="p" style={{ margin: 0 }}>
          {T.mappingNone}
        </Body1>
      ) : (
        <ul style={LIST} aria-label={T.mappingListLabel}>
          {mappings.map((m) => (
            <li key={m.sheet} style={ITEM} data-foglio={m.sheet}>
              <Body1 as="p" style={{ margin: 0 }}>
                <Body1Strong>Foglio {m.sheet}</Body1Strong>:{" "}
                {m.pairs.map((p, i) => (
                  // A line breaks between pairs, never inside one ("Consuntivo" and "= F" stay together).
                  <React.Fragment key={p}>
                    {i > 0 ? ", " : null}
                    <span style={{ whiteSpace: "nowrap" }}>{p}</span>
                  </React.Fragment>
                ))}
              </Body1>
              {m.missing ? <Caption1 as="p">{T.mappingMissingSheet}</Caption1> : null}
              <div style={ACTIONS}>
                {m.missing ? null : (
                  <Button size="small" aria-label={T.mappingEditLabel(m.sheet)} onClick={() => props.onOpen(m.sheet)}>
                    {T.mappingEdit}
                  </Button>
                )}
                <Button
                  size="small"
                  aria-label={T.mappingRemoveLabel(m.sheet)}
                  onClick={(e) => {
                    opener.current = e.currentTarget;
                    setAsked(m.sheet);
                  }}
                >
                  {T.mappingRemove}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {failure ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div>
        <Button size="small" appearance="secondary" onClick={() => props.onOpen()}>
          {T.mappingOpenReading}
        </Button>
      </div>
      {asked !== null ? (
        <Dialog open modalType="alert" onOpenChange={(_, d) => !d.open && close()}>
          <DialogSurface aria-describedby="rimuovi-mappatura-testo">
            <DialogBody>
              <DialogTitle>{T.mappingRemoveTitle}</DialogTitle>
              <DialogContent id="rimuovi-mappatura-testo">{T.mappingRemoveText(asked)}</DialogContent>
              <DialogActions fluid>
                <Button appearance="primary" onClick={() => void remove(asked)}>
                  {T.mappingRemoveConfirm}
                </Button>
                <Button onClick={close}>{T.mappingRemoveKeep}</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      ) : null}
    </div>
  );
}
