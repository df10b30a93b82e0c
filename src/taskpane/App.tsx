import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  Text,
} from "@fluentui/react-components";
import { Problem } from "../engine/problems";
import { AddInSettings } from "../pipeline/workbook-settings";
import { EditedCell, WorkbookOperations } from "../excel/operations";
import { RecalcCancelled, RecalcOutcome, RecalcProgress, recalculateWorkbook } from "../excel/recalc-flow";
import { workerCompute } from "./worker-compute";
import { lastRunText } from "./last-run";
import { isPlanChange, writtenCells } from "./fresh";
import { FixAction, PaneMessage, recalcMessage, undoMessages, wroteSomething } from "./outcome";
import { T, count } from "./strings";
import { countNodes, summaryTree } from "./tree-model";
import type { UndoChoice } from "./components/UndoDialog";
import { ExcelVersionNote } from "./components/ExcelVersionNote";

const SheetReading = React.lazy(() => import(/* webpackChunkName: "lettura" */ "./components/SheetReading"));

export interface AppProps {
  /** The workbook the pane works on: Excel, or the simulated workbook of the demo mode. */
  ops: WorkbookOperations;
  /** A note shown above everything (why the pane runs in demo mode, or why its workbook did not load). */
  notice?: { intent: "info" | "error"; text: string };
}

/**
 * Loaded when first needed: the tree shown once a recalculation has finished, the verification lists,
 * the settings tab and the dialogs carry most of Fluent's heavier controls (Tree, Dropdown with its
 * positioning, Dialog with its motion and focus trap), so the pane opens in Excel with about 150 KB of script.
 */
const PerformanceTree = React.lazy(() =>
  import(/* webpackChunkName: "albero" */ "./components/PerformanceTree").then((m) => ({ default: m.PerformanceTree }))
);
const SettingsPanel = React.lazy(() =>
  import(/* webpackChunkName: "impostazioni" */ "./components/SettingsPanel").then((m) => ({
    default: m.SettingsPanel,
  }))
);
const OverwriteDialog = React.lazy(() =>
  import(/* webpackChunkName: "formule" */ "./components/OverwriteDialog").then((m) => ({ default: m.OverwriteDialog }))
);
const UndoDialog = React.lazy(() =>
  import(/* webpackChunkName: "annulla" */ "./components/UndoDialog").then((m) => ({ default: m.UndoDialog }))
);
/** The offer of the PERF_* names (it builds LAMBDA formulas from functions.json): shown below the pane's content. */
const LambdaNamesOffer = React.lazy(() =>
  import(/* webpackChunkName: "nomi" */ "./components/LambdaNamesOffer").then((m) => ({ default: m.LambdaNamesOffer }))
);
const Verification = React.lazy(() =>
  import(/* webpackChunkName: "verifica" */ "./components/Verification").then((m) => ({ default: m.Verification }))
);

type TabName = "albero" | "verifica" | "impostazioni";
type Shown = PaneMessage & { id: number };

let nextId = 1;
const shownOf = (list: PaneMessage[]): Shown[] => list.map((m) => ({ ...m, id: nextId++ }));

function errorMessage(e: unknown): PaneMessage {
  const msg = e instanceof Error ? e.message : String(e);
  return { intent: "error", title: "Operazione non riuscita", text: msg, actions: [] };
}

const TAB_LABEL: Record<TabName, string> = { albero: T.tabTree, verifica: T.tabWeights, impostazioni: T.tabSettings };

export function App({ ops, notice }: AppProps): JSX.Element {
  const [settings, setSettings] = React.useState<AddInSettings | null>(null);
  const [tab, setTab] = React.useState<TabName>("albero");
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<RecalcProgress | null>(null);
  const [outcome, setOutcome] = React.useState<(RecalcOutcome & { at: Date }) | null>(null);
  const [checked, setChecked] = React.useState<RecalcOutcome | null>(null);
  const [messages, setMessages] = React.useState<Shown[]>(() => (notice ? shownOf([{ ...notice, actions: [] }]) : []));
  const [question, setQuestion] = React.useState<{ cells: Problem[]; answer(v: boolean): void } | null>(null);
  const [undoQuestion, setUndoQuestion] = React.useState<{ cells: EditedCell[]; answer(c: UndoChoice): void } | null>(
    null
  );
  const [canUndo, setCanUndo] = React.useState(ops.hasUndo());
  const [settingsDirty, setSettingsDirty] = React.useState(false);
  const [pendingTab, setPendingTab] = React.useState<TabName | null>(null);
  const [settingsKey, setSettingsKey] = React.useState(0);

  const show = (list: PaneMessage[]) => setMessages(shownOf(list));
  const running = React.useRef<AbortController | null>(null);
  const written = React.useRef<Set<string> | null>(null);
  const busyRef = React.useRef(false);
  busyRef.current = busy;
  const [stale, setStale] = React.useState(false);
  const [reading, setReading] = React.useState(false);
  const [readingFocus, setReadingFocus] = React.useState<{ sheet?: string; request: number } | undefined>();

  React.useEffect(() => {
    ops.loadSettings().then(
      (loaded) => {
        setSettings(loaded.settings);
        if (loaded.warnings.length > 0)
          setMessages((m) => [
            ...m,
            ...shownOf(loaded.warnings.map((text) => ({ intent: "warning" as const, text, actions: [] }))),
          ]);
      },
      (e) => show([errorMessage(e)])
    );
  }, [ops]);

  const run = async (dryRun: boolean, using = settings) => {
    if (!using) return;
    setBusy(true);
    setMessages([]);
    const controller = new AbortController();
    running.current = controller;
    try {
      const out = await recalculateWorkbook(ops, using, {
        dryRun,
        onProgress: setProgress,
        compute: workerCompute(controller.signal),
        signal: controller.signal,
        confirmOverwrite: (cells) => new Promise<boolean>((resolve) => setQuestion({ cells, answer: resolve })),
      });
      setSettings(out.settings);
      setChecked(out);
      if (!dryRun) {
        setOutcome(out.result.sheets.length > 0 ? { ...out, at: new Date() } : null);
        written.current = writtenCells(out.result.writes);
        setStale(false);
        // Figures go out of date when a plan cell changes afterwards (the pane's own writes do not count).
        ops
          .watchChanges(
            out.result.sheets.map((s) => s.sheet),
            (sheet, address) => {
              if (!busyRef.current && written.current && isPlanChange(sheet, address, written.current)) setStale(true);
            }
          )
          .catch(() => undefined);
      }
      show([recalcMessage(out.result, out.applied)]);
      setCanUndo(ops.hasUndo() && (dryRun ? canUndo : wroteSomething(out.applied)));
    } catch (e) {
      show([e instanceof RecalcCancelled ? { intent: "info", text: e.message, actions: [] } : errorMessage(e)]);
    } finally {
      running.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      const edited = await ops.editedSinceRecalc();
      let choice: UndoChoice = "mantieni";
      if (edited.length > 0)
        choice = await new Promise<UndoChoice>((resolve) => setUndoQuestion({ cells: edited, answer: resolve }));
      setUndoQuestion(null);
      if (choice === "niente") return;
      const report = await ops.undoLastRecalc({ restoreEdited: choice === "ripristina" });
      setOutcome(null);
      written.current = null;
      setStale(false);
      setChecked(null);
      show(undoMessages(report));
      setCanUndo(ops.hasUndo());
    } catch (e) {
      show([errorMessage(e)]);
    } finally {
      setBusy(false);
    }
  };

  const selectCell = (sheet: string, cell: string) => {
    ops.selectCell(sheet, cell).catch((e) => show([errorMessage(e)]));
  };

  const goTab = (next: TabName) => {
    if (tab === "impostazioni" && next !== tab && settingsDirty) setPendingTab(next);
    else setTab(next);
  };

  /** "Come è stato letto il foglio", where the column mapping is edited, opened on a sheet with the focus in it. */
  const openReading = (sheet?: string) => {
    setReading(true);
    setReadingFocus((f) => ({ sheet, request: (f?.request ?? 0) + 1 }));
  };

  const act = (a: FixAction) => {
    if (a.kind === "cella") selectCell(a.sheet, a.cell);
    else if (a.kind === "verifica") goTab("verifica");
    else if (a.kind === "ricalcola") void run(false);
    else if (a.kind === "mappatura") openReading(a.sheet);
    else goTab("impostazioni");
  };

  const saved = (s: AddInSettings) => {
    setSettings(s);
    if (outcome)
      show([{ intent: "info", text: T.savedRecalc, actions: [{ label: T.recalc, action: { kind: "ricalcola" } }] }]);
  };

  const tree = outcome ? summaryTree(outcome.result) : null;
  const tabId = (t: TabName) => `scheda-${t}`;

  return (
    <main style={{ padding: "8px 10px", display: "flex", flexDirection: "column", gap: 8, minWidth: 0 }}>
      <header style={{ display: "flex", alignItems: "center", gap: 6, flexWrap: "wrap" }}>
        <Subtitle2 as="h1" style={{ margin: 0 }}>
          {T.title}
        </Subtitle2>
        {ops.mode === "dimostrativa" ? (
          <Badge appearance="tint" color="informative" size="small">
            {T.demoBadge}
          </Badge>
        ) : null}
      </header>
      <ExcelVersionNote ops={ops} />
      <div role="toolbar" aria-label="Comandi" style={{ display: "flex", gap: 6, flexWrap: "wrap" }}>
        <Button
          appearance="primary"
          size="small"
          disabled={busy || !settings}
          onClick={() => void run(false)}
          title={T.recalcLong}
        >
          {T.recalc}
        </Button>
        <Button size="small" disabled={busy || !canUndo} onClick={() => void undo()} title={T.undoLong}>
          {T.undo}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          disabled={busy || !settings}
          onClick={() => void run(true).then(() => setTab("verifica"))}
        >
          {T.verify}
        </Button>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={reading}
          onClick={() => {
            setReading(!reading);
            setReadingFocus(undefined);
          }}
        >
          {T.reading}
        </Button>
      </div>
      {reading && settings ? (
        <React.Suspense fallback={<Spinner size="tiny" label={T.loading} />}>
          <SheetReading
            ops={ops}
            settings={settings}
            focus={readingFocus}
            onSaved={(s) => {
              setSettings(s);
              void run(false, s);
            }}
          />
        </React.Suspense>
      ) : null}
      {busy && progress ? (
        <div style={{ display: "flex", alignItems: "center", gap: 6 }}>
          <div style={{ flex: "1 1 auto", minWidth: 0 }}>
            <ProgressBar value={progress.fraction} aria-label={progress.label} />
            <Caption1 role="status">{progress.label}</Caption1>
          </div>
          {progress.step === "lettura" || progress.step === "calcolo" ? (
            <Button size="small" onClick={() => running.current?.abort()}>
              {T.cancel}
            </Button>
          ) : null}
        </div>
      ) : null}
      <div aria-live="polite" style={{ display: "flex", flexDirection: "column", gap: 4 }}>
        {stale && outcome ? (
          <MessageBar intent="warning" layout="multiline" className="messaggio" data-intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{T.staleTitle}</MessageBarTitle> {T.staleText}
              <div style={{ marginTop: 4 }}>
                <Button size="small" onClick={() => void run(false)}>
                  {T.recalc}
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {pendingTab ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{T.unsavedTitle}</MessageBarTitle> {T.unsavedText}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => setPendingTab(null)}>
                {T.unsavedStay}
              </Button>
              <Button
                size="small"
                onClick={() => {
                  setSettingsKey((k) => k + 1);
                  setSettingsDirty(false);
                  setTab(pendingTab);
                  setPendingTab(null);
                }}
              >
                {T.unsavedDiscard}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {messages.map((m) => (
          <MessageBar
            key={m.id}
            intent={m.intent}
            layout="multiline"
            className="messaggio"
            data-intent={m.intent}
            style={{ minWidth: 0 }}
          >
            {/* Actions and the close button inside the body: Fluent's action columns do not shrink below about 200 px. */}
            <MessageBarBody style={{ minWidth: 0, overflowWrap: "anywhere" }}>
              <div style={{ display: "flex", alignItems: "flex-start", gap: 4 }}>
                <div style={{ flex: "1 1 auto", minWidth: 0 }}>
                  {m.title ? <MessageBarTitle>{m.title}</MessageBarTitle> : null} {m.text}
                </div>
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={T.dismiss}
                  title={T.dismiss}
                  style={{ minWidth: 24, flex: "0 0 auto" }}
                  onClick={() => setMessages((list) => list.filter((x) => x.id !== m.id))}
                >
                  ✕
                </Button>
              </div>
              {m.actions.length > 0 ? (
                <div style={{ display: "flex", flexWrap: "wrap", gap: 4, marginTop: 4 }}>
                  {m.actions.map((a) => (
                    <Button
                      key={a.label}
                      size="small"
                      style={{ maxWidth: "100%", whiteSpace: "normal", height: "auto" }}
                      onClick={() => act(a.action)}
                    >
                      {a.label}
                    </Button>
                  ))}
                </div>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ))}
      </div>
      <TabList
        size="small"
        style={{ flexWrap: "wrap" }}
        selectedValue={tab}
        onTabSelect={(_, d) => goTab(d.value as TabName)}
        aria-label={T.tabsLabel}
      >
        {(Object.keys(TAB_LABEL) as TabName[]).map((t) => (
          <Tab key={t} value={t} id={tabId(t)} aria-controls={`pannello-${t}`}>
            {TAB_LABEL[t]}
          </Tab>
        ))}
      </TabList>
      <section role="tabpanel" id={`pannello-${tab}`} aria-labelledby={tabId(tab)} style={{ minWidth: 0 }}>
        {tab === "albero" ? (
          tree && outcome ? (
            <div>
              <React.Suspense fallback={<Text as="p">{T.loading}</Text>}>
                <PerformanceTree root={tree} onSelectCell={selectCell} />
              </React.Suspense>
              <Caption1 as="p">
                {count(countNodes(tree, "obiettivo"), "obiettivo", "obiettivi")},{" "}
                {count(countNodes(tree, "kpi"), "indicatore", "indicatori")}.{" "}
                {lastRunText(outcome.at, outcome.settings)}
              </Caption1>
            </div>
          ) : (
            <Text as="p">{T.emptyTree}</Text>
          )
        ) : null}
        {tab === "verifica" ? (
          checked ? (
            <React.Suspense fallback={<Text as="p">{T.loading}</Text>}>
              <Verification
                result={checked.result}
                tolerance={checked.settings.weightTolerance}
                onSelectCell={selectCell}
              />
            </React.Suspense>
          ) : (
            <Text as="p">{T.verifyIntro}</Text>
          )
        ) : null}
        {tab === "impostazioni" && settings ? (
          <React.Suspense fallback={<Text as="p">{T.loading}</Text>}>
            <SettingsPanel
              key={settingsKey}
              ops={ops}
              settings={settings}
              onSaved={saved}
              onOpenReading={openReading}
              onDirty={setSettingsDirty}
            />
          </React.Suspense>
        ) : null}
      </section>
      {/* A one-time offer, below the work so that it never pushes the tree out of the first screen. */}
      <React.Suspense fallback={null}>
        <LambdaNamesOffer ops={ops} />
      </React.Suspense>
      {question ? (
        <React.Suspense fallback={null}>
          <OverwriteDialog
            cells={question.cells}
            onAnswer={(v) => {
              question.answer(v);
              setQuestion(null);
            }}
          />
        </React.Suspense>
      ) : null}
      {undoQuestion ? (
        <React.Suspense fallback={null}>
          <UndoDialog cells={undoQuestion.cells} onAnswer={(c) => undoQuestion.answer(c)} />
        </React.Suspense>
      ) : null}
    </main>
  );
}
