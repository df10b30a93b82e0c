import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelWorkbook } from "../excel/office-runner";
import { WorkbookOperations } from "../excel/operations";
import { App } from "./App";
import { createDemoWorkbook, loadDemoGrids } from "./demo-workbook";

/** How long to wait for Office.onReady before deciding the page is not inside Office. */
const OFFICE_TIMEOUT_MS = 5000;

function officeHost(): Promise<Office.HostType | null> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return Promise.resolve(null);
  return Promise.race([
    Office.onReady().then((info) => info.host ?? null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_TIMEOUT_MS)),
  ]);
}

function render(ops: WorkbookOperations, notice?: string): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App ops={ops} notice={notice} />
    </FluentProvider>
  );
}

async function start(): Promise<void> {
  const host = await officeHost();
  if (host !== null && host === Office.HostType.Excel) {
    render(createExcelWorkbook());
    return;
  }
  try {
    const demo = await loadDemoGrids();
    render(createDemoWorkbook(demo.grids), demo.notice);
  } catch (e) {
    render(createDemoWorkbook([]), (e as Error).message);
  }
}

void start();
