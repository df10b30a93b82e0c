import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createExcelWorkbook, isInsideExcel } from "../excel/office-runner";
import { WorkbookOperations } from "../excel/operations";
import { App } from "./App";
import { createDemoWorkbook, loadDemoGrids } from "./demo-workbook";

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
  if (await isInsideExcel()) {
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
