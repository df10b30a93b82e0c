import * as React from "react";
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { SheetInfo, WorkbookOperations } from "../../excel/operations";
import { SETTING_ENTRIES } from "../../pipeline/settings-schema";
import { AddInSettings } from "../../pipeline/workbook-settings";
import { withoutMapping } from "../mapping-summary";
import {
  isDirty,
  liveRuleExamples,
  readForm,
  rebaseSettings,
  rebaseTexts,
  textsOf,
  withEditedElsewhere,
} from "../settings-form";
import { T } from "../strings";
import { RuleExample } from "./RuleExample";
import { SettingField } from "./SettingField";

export interface SettingsPanelProps {
  ops: WorkbookOperations;
  settings: AddInSettings;
  /** Called with the settings once saved in the workbook (by the form or by removing a column mapping). */
  onSaved(settings: AddInSettings): void;
  /** Open "Come è stato letto il foglio", where the column mapping is edited, on a sheet. */
  onOpenReading: (sheet?: string) => void;
  /** Told whenever the form starts or stops holding changes not saved yet. */
  onDirty?: (dirty: boolean) => void;
}

/** The live example of the scoring rules is shown under this field, the last of the rules. */
const LAST_RULE_FIELD = "bands";

/**
 * Impostazioni: one field per entry of the settings schema, saved in the workbook so they travel with the
 * file. The settings saved last are the props' (the pane's); the form holds what the user changed over them.
 */
export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const { ops, settings: saved } = props;
  const [draft, setDraft] = React.useState<AddInSettings>(saved);
  const [texts, setTexts] = React.useState(() => textsOf(saved));
  const [sheets, setSheets] = React.useState<SheetInfo[]>([]);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);
  const [fieldError, setFieldError] = React.useState<{ key: string; message: string } | null>(null);
  const dirty = isDirty(saved, draft, texts);
  const { onDirty } = props;
  React.useEffect(() => onDirty?.(dirty), [dirty, onDirty]);

  // Settings saved elsewhere while the form is open: the fields the user has not touched follow them.
  const shownOver = React.useRef(saved);
  React.useEffect(() => {
    const before = shownOver.current;
    if (before === saved) return;
    shownOver.current = saved;
    setDraft((d) => rebaseSettings(before, saved, d));
    setTexts((t) => rebaseTexts(before, saved, t));
  }, [saved]);

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
    const next = withEditedElsewhere(read.settings, saved);
    try {
      await ops.saveSettings(next);
      setDraft(next);
      setTexts(textsOf(next));
      props.onSaved(next);
      setMessage({ intent: "success", text: T.saved });
    } catch (e) {
      setMessage({ intent: "error", text: (e as Error).message });
    }
  };

  // Saved at once, over the settings saved last: what the form holds unsaved stays in the form.
  const removeMapping = async (sheet: string) => {
    const next = { ...saved, columns: withoutMapping(saved.columns, sheet) };
    await ops.saveSettings(next);
    props.onSaved(next);
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
            value={(("editedIn" in entry ? saved : draft) as Record<string, unknown>)[entry.key]}
            onValue={(value) => setDraft((d) => ({ ...d, [entry.key]: value }))}
            texts={texts}
            onText={(key, text) => setTexts((t) => ({ ...t, [key]: text }))}
            sheets={sheets}
            onOpenReading={props.onOpenReading}
            onRemoveMapping={removeMapping}
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
