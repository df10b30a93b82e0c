import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SheetInfo, WorkbookOperations } from "../../excel/operations";
import { ColumnMap } from "../../layout/types";
import { SETTING_ENTRIES } from "../../pipeline/settings-schema";
import { AddInSettings } from "../../pipeline/workbook-settings";
import { isDirty, liveRuleExamples, readForm, textsOf } from "../settings-form";
import { T } from "../strings";
import { RuleExample } from "./RuleExample";
import { SettingField } from "./SettingField";

export interface SettingsPanelProps {
  ops: WorkbookOperations;
  settings: AddInSettings;
  /** Columns the reader found on each sheet at the last recalculation. */
  detected?: Record<string, ColumnMap>;
  onSaved(settings: AddInSettings): void;
  /** Told whenever the form starts or stops holding changes not saved yet. */
  onDirty?: (dirty: boolean) => void;
}

/** The live example of the scoring rules is shown under this field, the last of the rules. */
const LAST_RULE_FIELD = "bands";

/** Impostazioni: one field per entry of the settings schema, saved in the workbook so they travel with the file. */
export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const { ops } = props;
  const [draft, setDraft] = React.useState<AddInSettings>(props.settings);
  const [texts, setTexts] = React.useState(() => textsOf(props.settings));
  const [sheets, setSheets] = React.useState<SheetInfo[]>([]);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [fieldError, setFieldError] = React.useState<{ key: string; message: string } | null>(null);
  const [saved, setSaved] = React.useState<AddInSettings>(props.settings);
  const dirty = isDirty(saved, draft, texts);
  const { onDirty } = props;
  React.useEffect(() => onDirty?.(dirty), [dirty, onDirty]);

  React.useEffect(() => {
    ops
      .listSheets()
      .then(setSheets, (e: Error) =>
        setMessage({ intent: "error", text: `Impossibile elencare i fogli: ${e.message}` })
      );
  }, [ops]);

  const save = async () => {
    const read = readForm(draft, texts);
    if (!read.ok) {
      setFieldError({ key: read.key, message: read.message });
      setMessage(null);
      document.querySelector<HTMLElement>(`[data-setting="${read.key}"] input`)?.focus();
      return;
    }
    setFieldError(null);
    try {
      await ops.saveSettings(read.settings);
      setDraft(read.settings);
      setTexts(textsOf(read.settings));
      setSaved(read.settings);
      props.onSaved(read.settings);
      setMessage({ intent: "success", text: T.saved });
    } catch (e) {
      setMessage({ intent: "error", text: (e as Error).message });
    }
  };

  return (
    <form
      aria-label="Impostazioni"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ display: "flex", flexDirection: "column", gap: 10 }}
    >
      {SETTING_ENTRIES.map((entry) => (
        <div key={entry.key} data-setting={entry.key}>
          <SettingField
            entry={entry}
            value={(draft as Record<string, unknown>)[entry.key]}
            onValue={(value) => setDraft((d) => ({ ...d, [entry.key]: value }))}
            texts={texts}
            onText={(key, text) => setTexts((t) => ({ ...t, [key]: text }))}
            sheets={sheets}
            ops={ops}
            detected={props.detected}
            error={fieldError?.key === entry.key ? fieldError.message : undefined}
          />
          {entry.key === LAST_RULE_FIELD ? <RuleExample lines={liveRuleExamples(draft, texts)} /> : null}
        </div>
      ))}
      {message ? (
        <MessageBar intent={message.intent} role={message.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Button appearance="primary" type="submit">
        Salva impostazioni
      </Button>
    </form>
  );
}
