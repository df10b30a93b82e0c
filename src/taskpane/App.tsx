import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Text,
} from "@fluentui/react-components";
import { Problem } from "../engine/problems";
import { AddInSettings } from "../pipeline/workbook-settings";
import { WorkbookOperations } from "../excel/operations";
import { RecalcOutcome, RecalcProgress, recalculateWorkbook } from "../excel/recalc-flow";
import { ExcelVersionNote } from "./components/ExcelVersionNote";
import { LambdaNamesOffer } from "./components/LambdaNamesOffer";
import { ProblemList } from "./components/ProblemList";
import { StatusBadge } from "./components/StatusBadge";
import { groupProblems } from "./problems-view";
import { countNodes, performanceText, summaryTree } from "./tree-model";

const SheetReading = React.lazy(() => import(/* webpackChunkName: "lettura" */ "./components/SheetReading"));

export interface AppProps {
  /** The workbook the pane works on: Excel, or the simulated workbook of the demo mode. */
  ops: WorkbookOperations;
  /** A note shown above everything (e.g. why the pane runs in demo mode). */
  notice?: string;
}

/**
 * Loaded when first needed (chunks taskpane.albero.js, taskpane.impostazioni.js, taskpane.formule.js):
 * the tree shown once a recalculation has finished, the settings tab and the question about cells
 * holding formulas carry most of Fluent's heavier controls (Tree, Dropdown with its positioning, Dialog
 * with its motion and focus trap), so the pane opens in Excel with about 150 KB of script.
 */
const PerformanceTree = React.lazy(() => import(/* webpackChunkName: "albero" */ "./components/PerformanceTree").then((m) => ({ default: m.PerformanceTree })));
const SettingsPanel = React.lazy(() => import(/* webpackChunkName: "impostazioni" */ "./components/SettingsPanel").then((m) => ({ default: m.SettingsPanel })));
const OverwriteDialog = React.lazy(() => import(/* webpackChunkName: "formule" */ "./components/OverwriteDialog").then((m) => ({ default: m.OverwriteDialog })));

type TabName = "albero" | "verifica" | "impostazioni";
type Message = { intent: "success" | "warning" | "error" | "info"; text: string };

function errorText(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return `Operazione non riuscita: ${msg}`;
}

export function App({ ops, notice }: AppProps): JSX.Element {
  const [settings, setSettings] = React.useState<AddInSettings | null>(null);
  const [tab, setTab] = React.useState<TabName>("albero");
  const [busy, setBusy] = React.useState(false);
  const [progress, setProgress] = React.useState<RecalcProgress | null>(null);
  const [outcome, setOutcome] = React.useState<RecalcOutcome | null>(null);
  const [problems, setProblems] = React.useState<Problem[] | null>(null);
  const [messages, setMessages] = React.useState<Message[]>([]);
  const [question, setQuestion] = React.useState<{ cells: Problem[]; answer(v: boolean): void } | null>(null);
  const [canUndo, setCanUndo] = React.useState(ops.hasUndo());
  const [reading, setReading] = React.useState(false);

  React.useEffect(() => {
    ops.loadSettings().then(
      (loaded) => {
        setSettings(loaded.settings);
        if (loaded.warnings.length > 0) setMessages(loaded.warnings.map((text) => ({ intent: "warning", text })));
      },
      (e) => setMessages([{ intent: "error", text: errorText(e) }])
    );
  }, [ops]);

  const run = async (dryRun: boolean, using = settings) => {
    if (!using) return;
    setBusy(true);
    setMessages([]);
    try {
      const out = await recalculateWorkbook(ops, using, {
        dryRun,
        onProgress: setProgress,
        confirmOverwrite: (cells) => new Promise<boolean>((resolve) => setQuestion({ cells, answer: resolve })),
      });
      setSettings(out.settings);
      setProblems(out.result.problems);
      if (dryRun) {
        const g = groupProblems(out.result.problems);
        setMessages([{ intent: g.weights.length + g.cells.length === 0 ? "success" : "warning", text: `Verifica completata: ${g.weights.length} nodi con pesi da correggere, ${g.cells.length} celle da controllare.` }]);
      } else {
        setOutcome(out);
        const errors = out.result.problems.filter((p) => p.severity === "errore").length;
        setMessages([
          {
            intent: errors > 0 ? "warning" : "success",
            text:
              `Ricalcolo completato: ${out.applied?.cellsWritten ?? 0} celle scritte, ${ops.trafficLightsAsFills ? `${out.applied?.cellsFilled ?? 0} celle colorate con il semaforo` : `${out.applied?.formatsAdded ?? 0} regole di formattazione condizionale`}.` +
              (out.result.problems.length > 0 ? ` ${out.result.problems.length} segnalazioni (vedere Verifica pesi).` : ""),
          },
        ]);
      }
    } catch (e) {
      setMessages([{ intent: "error", text: errorText(e) }]);
    } finally {
      setBusy(false);
      setProgress(null);
      setCanUndo(ops.hasUndo());
    }
  };

  const undo = async () => {
    setBusy(true);
    try {
      const report = await ops.undoLastRecalc();
      setOutcome(null);
      setMessages(
        report
          ? [
              { intent: "success", text: `Ricalcolo annullato: ripristinate ${report.cellsRestored} celle e ${report.formatsRestored} regole di formattazione precedenti; rimosse ${report.formatsRemoved} regole aggiunte.` },
              ...(report.cellsChangedSince > 0
                ? [{ intent: "warning" as const, text: `${report.cellsChangedSince} celle erano state modificate dopo il ricalcolo: anch'esse sono tornate al contenuto precedente al ricalcolo.` }]
                : []),
            ]
          : [{ intent: "info", text: "Nessun ricalcolo da annullare." }]
      );
    } catch (e) {
      setMessages([{ intent: "error", text: errorText(e) }]);
    } finally {
      setBusy(false);
      setCanUndo(ops.hasUndo());
    }
  };

  const selectCell = (sheet: string, cell: string) => {
    ops.selectCell(sheet, cell).catch((e) => setMessages([{ intent: "error", text: errorText(e) }]));
  };

  const tree = outcome ? summaryTree(outcome.result) : null;
  const detected = outcome ? Object.fromEntries(outcome.result.sheets.map((s) => [s.sheet, s.layout.columns])) : undefined;

  return (
    <main style={{ padding: 12, display: "flex", flexDirection: "column", gap: 10 }}>
      <header style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
        <Subtitle1 as="h1">Albero della performance</Subtitle1>
        {ops.mode === "dimostrativa" ? (
          <Badge appearance="tint" color="informative">
            Modalità dimostrativa
          </Badge>
        ) : null}
      </header>
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ExcelVersionNote ops={ops} />
      <LambdaNamesOffer ops={ops} />
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={busy || !settings} onClick={() => void run(false)}>
          Ricalcola albero
        </Button>
        <Button disabled={busy || !canUndo} onClick={() => void undo()}>
          Annulla ultimo ricalcolo
        </Button>
        <Button appearance="subtle" aria-expanded={reading} onClick={() => setReading(!reading)}>
          Come è stato letto il foglio
        </Button>
      </div>
      {reading && settings ? (
        <React.Suspense fallback={<Spinner size="tiny" label="Apertura…" />}>
          <SheetReading
            ops={ops}
            settings={settings}
            onSaved={(s) => {
              setSettings(s);
              void run(false, s);
            }}
          />
        </React.Suspense>
      ) : null}
      {busy && progress ? (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.fraction} aria-label={progress.label} />
        </Field>
      ) : null}
      <div aria-live="polite">
        {messages.map((m, i) => (
          <MessageBar key={i} intent={m.intent} style={{ marginBottom: 4 }}>
            <MessageBarBody>{m.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} aria-label="Sezioni">
        <Tab value="albero">Albero</Tab>
        <Tab value="verifica">Verifica pesi</Tab>
        <Tab value="impostazioni">Impostazioni</Tab>
      </TabList>
      <section role="tabpanel" aria-label={tab}>
        {tab === "albero" ? (
          tree ? (
            <div>
              <Body1 as="p">
                Ente: <StatusBadge colour={tree.colour} text={performanceText(tree.performance)} status={tree.status} /> {tree.status} — {countNodes(tree, "obiettivo")} obiettivi,{" "}
                {countNodes(tree, "kpi")} KPI. Selezionare un nodo per andare alla sua cella.
              </Body1>
              <React.Suspense fallback={<Text as="p">Caricamento dell'albero…</Text>}>
                <PerformanceTree root={tree} onSelectCell={selectCell} />
              </React.Suspense>
            </div>
          ) : (
            <Text as="p">Premere "Ricalcola albero" per calcolare la performance dei KPI, degli obiettivi, delle aree e dell'ente dai fogli del piano.</Text>
          )
        ) : null}
        {tab === "verifica" ? (
          <div>
            <Button disabled={busy || !settings} onClick={() => void run(true)}>
              Verifica pesi
            </Button>
            {problems ? <ProblemList groups={groupProblems(problems)} onSelectCell={selectCell} /> : <Text as="p">La verifica legge i fogli e controlla pesi e celle senza scrivere nulla.</Text>}
          </div>
        ) : null}
        {tab === "impostazioni" && settings ? (
          <React.Suspense fallback={<Text as="p">Caricamento delle impostazioni…</Text>}>
            <SettingsPanel ops={ops} settings={settings} detected={detected} onSaved={setSettings} />
          </React.Suspense>
        ) : null}
      </section>
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
    </main>
  );
}
