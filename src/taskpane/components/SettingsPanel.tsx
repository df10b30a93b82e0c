import * as React from "react";
import { Body1Strong, Button, Checkbox, Dropdown, Field, Input, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import { formatItalianNumber, parseItalianNumber } from "../../engine/italian-number";
import { AddInSettings, validateSettings } from "../../pipeline/workbook-settings";
import { SheetInfo, WorkbookOperations } from "../../excel/operations";
import { SheetGrid } from "../../layout/grid";
import { ColumnMap } from "../../layout/types";
import { ColumnMapping } from "./ColumnMapping";

export interface SettingsPanelProps {
  ops: WorkbookOperations;
  settings: AddInSettings;
  /** Columns the reader found on each sheet at the last recalculation. */
  detected?: Record<string, ColumnMap>;
  onSaved(settings: AddInSettings): void;
}

const METHODS = { proporzionale: "Proporzionale", binario: "Binario (raggiunto / non raggiunto)" } as const;
const EMPTY_ACTUAL = {
  zero: "Vale 0% (misurazione mancante)",
  escludi: "Escluso dal calcolo",
  errore: "Errore bloccante",
  "non-calcolato": "Obiettivo non calcolato (DA VALUTARE)",
} as const;
const LATE_DEADLINE = { "lineare-fine-anno": "Riduzione lineare fino al 31/12", zero: "Vale 0%" } as const;
const LOWER_IS_BETTER = { scostamento: "1 − scostamento / target", rapporto: "Target / consuntivo" } as const;
const FORMULAS = { ask: "Chiedi ogni volta", keep: "Mantieni le formule", overwrite: "Sovrascrivi con il valore calcolato" } as const;

const pct = (fraction: number) => formatItalianNumber(fraction * 100, 2).replace(/,00$/, "");

function formulaChoice(v: boolean | null): keyof typeof FORMULAS {
  return v === null ? "ask" : v ? "overwrite" : "keep";
}

/** Impostazioni: saved in the workbook, so they travel with the file. */
export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const { ops } = props;
  const [draft, setDraft] = React.useState<AddInSettings>(props.settings);
  const [yellow, setYellow] = React.useState(pct(props.settings.thresholds.yellow));
  const [green, setGreen] = React.useState(pct(props.settings.thresholds.green));
  const [tolerance, setTolerance] = React.useState(pct(props.settings.weightTolerance));
  const [sheets, setSheets] = React.useState<SheetInfo[]>([]);
  const [mappingSheet, setMappingSheet] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<{ sheet: string; grid: SheetGrid | null } | null>(null);
  const [message, setMessage] = React.useState<{ intent: "success" | "error"; text: string } | null>(null);

  React.useEffect(() => {
    ops.listSheets().then(setSheets, (e: Error) => setMessage({ intent: "error", text: `Impossibile elencare i fogli: ${e.message}` }));
  }, [ops]);

  React.useEffect(() => {
    if (!mappingSheet) return;
    let live = true;
    setPreview(null);
    ops.previewSheet(mappingSheet, 8).then(
      (grid) => live && setPreview({ sheet: mappingSheet, grid }),
      (e: Error) => live && setMessage({ intent: "error", text: `Impossibile leggere il foglio ${mappingSheet}: ${e.message}` })
    );
    return () => {
      live = false;
    };
  }, [ops, mappingSheet]);

  const save = async () => {
    const y = parseItalianNumber(yellow);
    const g = parseItalianNumber(green);
    const t = parseItalianNumber(tolerance);
    if (y === null || g === null || t === null) {
      setMessage({ intent: "error", text: "Soglie e tolleranza devono essere numeri (es. 60, 80, 0,1)." });
      return;
    }
    const next: AddInSettings = { ...draft, thresholds: { yellow: y / 100, green: g / 100 }, weightTolerance: t / 100 };
    const invalid = validateSettings(next);
    if (invalid) {
      setMessage({ intent: "error", text: invalid });
      return;
    }
    try {
      await ops.saveSettings(next);
      setDraft(next);
      props.onSaved(next);
      setMessage({ intent: "success", text: "Impostazioni salvate nella cartella di lavoro." });
    } catch (e) {
      setMessage({ intent: "error", text: (e as Error).message });
    }
  };

  const toggleSheet = (name: string, on: boolean) =>
    setDraft((d) => ({ ...d, sheets: on ? [...d.sheets.filter((s) => s !== name), name] : d.sheets.filter((s) => s !== name) }));

  return (
    <form
      aria-label="Impostazioni"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      style={{ display: "flex", flexDirection: "column", gap: 10 }}
    >
      <Field label="Metodo di calcolo">
        <Dropdown value={METHODS[draft.method]} selectedOptions={[draft.method]} onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, method: d.optionValue as AddInSettings["method"] })}>
          {Object.entries(METHODS).map(([k, v]) => (
            <Option key={k} value={k}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Soglia gialla (%)" hint="Da questa performance l'obiettivo è parzialmente raggiunto.">
        <Input value={yellow} onChange={(_, d) => setYellow(d.value)} inputMode="decimal" />
      </Field>
      <Field label="Soglia verde (%)" hint="Da questa performance l'obiettivo è raggiunto.">
        <Input value={green} onChange={(_, d) => setGreen(d.value)} inputMode="decimal" />
      </Field>
      <Field label="Tolleranza sulla somma dei pesi (punti percentuali)">
        <Input value={tolerance} onChange={(_, d) => setTolerance(d.value)} inputMode="decimal" />
      </Field>
      <Field label="Consuntivo vuoto">
        <Dropdown value={EMPTY_ACTUAL[draft.emptyActual]} selectedOptions={[draft.emptyActual]} onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, emptyActual: d.optionValue as AddInSettings["emptyActual"] })}>
          {Object.entries(EMPTY_ACTUAL).map(([k, v]) => (
            <Option key={k} value={k}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Scadenza mancata (metodo proporzionale)">
        <Dropdown value={LATE_DEADLINE[draft.lateDeadline]} selectedOptions={[draft.lateDeadline]} onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, lateDeadline: d.optionValue as AddInSettings["lateDeadline"] })}>
          {Object.entries(LATE_DEADLINE).map(([k, v]) => (
            <Option key={k} value={k}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Più basso è meglio, consuntivo oltre il target">
        <Dropdown value={LOWER_IS_BETTER[draft.lowerIsBetter]} selectedOptions={[draft.lowerIsBetter]} onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, lowerIsBetter: d.optionValue as AddInSettings["lowerIsBetter"] })}>
          {Object.entries(LOWER_IS_BETTER).map(([k, v]) => (
            <Option key={k} value={k}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Celle di performance con formule scritte a mano">
        <Dropdown
          value={FORMULAS[formulaChoice(draft.overwriteFormulas)]}
          selectedOptions={[formulaChoice(draft.overwriteFormulas)]}
          onOptionSelect={(_, d) => setDraft({ ...draft, overwriteFormulas: d.optionValue === "ask" ? null : d.optionValue === "overwrite" })}
        >
          {Object.entries(FORMULAS).map(([k, v]) => (
            <Option key={k} value={k}>
              {v}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <fieldset style={{ border: "none", padding: 0, margin: 0 }}>
        <legend>
          <Body1Strong>Fogli da ricalcolare</Body1Strong> (nessuno selezionato = tutti i fogli con un piano)
        </legend>
        {sheets.map((s) => (
          <Checkbox key={s.name} label={s.visible ? s.name : `${s.name} (nascosto)`} checked={draft.sheets.includes(s.name)} onChange={(_, d) => toggleSheet(s.name, d.checked === true)} />
        ))}
      </fieldset>
      <Field label="Mappatura delle colonne per il foglio" hint="Per i fogli la cui intestazione non viene riconosciuta.">
        <Dropdown placeholder="Scegliere un foglio" value={mappingSheet ?? ""} selectedOptions={mappingSheet ? [mappingSheet] : []} onOptionSelect={(_, d) => setMappingSheet(d.optionValue ?? null)}>
          {sheets.map((s) => (
            <Option key={s.name} value={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {mappingSheet ? (
        <ColumnMapping
          sheet={mappingSheet}
          loading={preview === null || preview.sheet !== mappingSheet}
          preview={preview?.grid ?? null}
          value={draft.columns[mappingSheet] ?? {}}
          detected={props.detected?.[mappingSheet]}
          onChange={(map) => {
            const columns = { ...draft.columns };
            if (Object.keys(map).length === 0) delete columns[mappingSheet];
            else columns[mappingSheet] = map;
            setDraft({ ...draft, columns });
          }}
        />
      ) : null}
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
