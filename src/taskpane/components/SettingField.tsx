import { Body1Strong, Caption1, Checkbox, Dropdown, Field, Input, Option, Textarea } from "@fluentui/react-components";
import { SheetInfo } from "../../excel/operations";
import { ColumnMap } from "../../layout/types";
import { AnySetting, ChoiceSetting, ChoiceValue, SettingKey, wordOf } from "../../pipeline/settings-kinds";
import { FormTexts } from "../settings-form";
import { ColumnsSummary } from "./ColumnsSummary";

export interface SettingFieldProps {
  entry: AnySetting;
  value: unknown;
  onValue: (value: unknown) => void;
  texts: FormTexts;
  onText: (key: string, text: string) => void;
  /** The workbook's sheets, for the kinds that name sheets. */
  sheets: SheetInfo[];
  /** Open "Come è stato letto il foglio" on a sheet: where the settings `editedIn: "lettura"` are edited. */
  onOpenReading: (sheet?: string) => void;
  /** Remove a sheet's saved column mapping (saved at once). */
  onRemoveMapping: (sheet: string) => Promise<void>;
  /** Why the value typed cannot be used: shown under the field, which is marked invalid. */
  error?: string;
}

const groupStyle = { border: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: 6 } as const;

function ChoiceField(props: {
  entry: ChoiceSetting<SettingKey, ChoiceValue>;
  value: unknown;
  onValue(value: unknown): void;
}): JSX.Element {
  const { entry } = props;
  const selected = entry.options.find((o) => o.value === props.value) ?? entry.options[0];
  return (
    <Field label={entry.label} hint={entry.help}>
      <Dropdown
        value={selected.label}
        selectedOptions={[wordOf(selected)]}
        onOptionSelect={(_, d) => {
          const o = entry.options.find((x) => wordOf(x) === d.optionValue);
          if (o) props.onValue(o.value);
        }}
      >
        {entry.options.map((o) => (
          <Option key={wordOf(o)} value={wordOf(o)}>
            {o.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** One setting of the Impostazioni, drawn by its kind with the schema's label and help. */
export function SettingField(props: SettingFieldProps): JSX.Element {
  const { entry, texts, onText, error } = props;
  const invalid = error ? ({ validationState: "error", validationMessage: error } as const) : {};
  switch (entry.kind) {
    case "choice":
      return <ChoiceField entry={entry} value={props.value} onValue={props.onValue} />;
    case "percent":
      return (
        <Field label={entry.label} hint={entry.help} {...invalid}>
          <Input value={texts[entry.key] ?? ""} onChange={(_, d) => onText(entry.key, d.value)} inputMode="decimal" />
        </Field>
      );
    case "year":
      return (
        <Field label={entry.label} hint={entry.help} {...invalid}>
          <Input
            value={texts[entry.key] ?? ""}
            onChange={(_, d) => onText(entry.key, d.value)}
            inputMode="numeric"
            placeholder="es. 2019"
          />
        </Field>
      );
    case "thresholds":
      return (
        <fieldset style={groupStyle}>
          <legend>
            <Body1Strong>{entry.label}</Body1Strong>
          </legend>
          <Caption1>{entry.help}</Caption1>
          <Field label="Soglia gialla (%)" {...(error ? { validationState: "error" as const } : {})}>
            <Input
              value={texts[`${entry.key}.yellow`] ?? ""}
              onChange={(_, d) => onText(`${entry.key}.yellow`, d.value)}
              inputMode="decimal"
            />
          </Field>
          <Field label="Soglia verde (%)" {...invalid}>
            <Input
              value={texts[`${entry.key}.green`] ?? ""}
              onChange={(_, d) => onText(`${entry.key}.green`, d.value)}
              inputMode="decimal"
            />
          </Field>
        </fieldset>
      );
    case "boolean":
      return (
        <Field hint={entry.help}>
          <Checkbox
            label={entry.label}
            checked={props.value === true}
            onChange={(_, d) => props.onValue(d.checked === true)}
          />
        </Field>
      );
    case "sheets": {
      const chosen = props.value as string[];
      const toggle = (name: string, on: boolean) =>
        props.onValue(on ? [...chosen.filter((s) => s !== name), name] : chosen.filter((s) => s !== name));
      return (
        <fieldset style={groupStyle}>
          <legend>
            <Body1Strong>{entry.label}</Body1Strong>
          </legend>
          <Caption1>{entry.help}</Caption1>
          {props.sheets.map((s) => (
            <Checkbox
              key={s.name}
              label={s.visible ? s.name : `${s.name} (nascosto)`}
              checked={chosen.includes(s.name)}
              onChange={(_, d) => toggle(s.name, d.checked === true)}
            />
          ))}
        </fieldset>
      );
    }
    case "text":
      return (
        <Field label={entry.label} hint={entry.help}>
          {entry.multiline ? (
            <Textarea
              value={texts[entry.key] ?? ""}
              onChange={(_, d) => onText(entry.key, d.value)}
              placeholder={entry.placeholder}
              resize="vertical"
            />
          ) : (
            <Input
              value={texts[entry.key] ?? ""}
              onChange={(_, d) => onText(entry.key, d.value)}
              placeholder={entry.placeholder}
            />
          )}
        </Field>
      );
    case "headerRows": {
      const rows = props.value as Record<string, number>;
      const setRow = (sheet: string, text: string) => {
        const next = { ...rows };
        const n = Number(text.trim());
        if (text.trim() !== "" && Number.isInteger(n) && n >= 1) next[sheet] = n;
        else delete next[sheet];
        props.onValue(next);
      };
      return (
        <fieldset style={groupStyle}>
          <legend>
            <Body1Strong>{entry.label}</Body1Strong>
          </legend>
          <Caption1>{entry.help}</Caption1>
          {props.sheets.map((s) => (
            <Field key={s.name} label={s.name}>
              <Input
                value={rows[s.name] === undefined ? "" : String(rows[s.name])}
                onChange={(_, d) => setRow(s.name, d.value)}
                inputMode="numeric"
                placeholder="trovata da sola"
              />
            </Field>
          ))}
        </fieldset>
      );
    }
    case "columns":
      return (
        <ColumnsSummary
          label={entry.label}
          help={entry.help}
          sheets={props.sheets}
          value={props.value as Record<string, ColumnMap>}
          onOpen={props.onOpenReading}
          onRemove={props.onRemoveMapping}
        />
      );
  }
}
