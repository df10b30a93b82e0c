/**
 * The layering of README's architecture, checked on every `npm run lint` (depcruise src). Data flows one way:
 * src/engine (pure) ← src/layout (grid readers) ← src/pipeline ← src/excel | src/cli | src/taskpane;
 * src/xlsx (the .xlsx file reader and writer) sits beside the pipeline and serves src/cli only;
 * src/functions are thin wrappers over the engine. Office.js stays in src/excel (the ribbon command file
 * aside); its globals (Excel.run, Office.onReady), which no import shows, are checked by ESLint.
 */
// Resolved (node_modules/...) or not (a package without an entry point, a typings-only name).
const OFFICE_JS = "(^|/node_modules/)(@microsoft/office-js|@types/office-js|@types/office-runtime|office-js)(/|$)";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "engine-depends-on-nothing",
      comment: "src/engine is pure: it imports nothing of the project outside src/engine.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { dependencyTypes: ["local"], pathNot: "^src/engine/" },
    },
    {
      name: "engine-no-packages",
      comment: "src/engine is pure: no npm package and no Node module, so it runs in Excel, the CLI and tests alike.",
      severity: "error",
      from: { path: "^src/engine/" },
      to: { dependencyTypesNot: ["local"] },
    },
    {
      name: "layout-reads-grids-only",
      comment: "src/layout (grid readers) builds on the engine only: not on pipeline, excel, cli, taskpane, functions.",
      severity: "error",
      from: { path: "^src/layout/" },
      to: { path: "^src/", pathNot: "^src/(engine|layout)/" },
    },
    {
      name: "pipeline-below-the-edges",
      comment: "src/pipeline turns grids and settings into results: it never imports excel, cli, taskpane, functions.",
      severity: "error",
      from: { path: "^src/pipeline/" },
      to: { path: "^src/", pathNot: "^src/(engine|layout|pipeline)/" },
    },
    {
      name: "xlsx-is-a-file-layer",
      comment:
        "src/xlsx (the .xlsx package reader and surgical writer) turns files into grids and writes into files: " +
        "it builds on engine, layout and pipeline types, never on excel, cli, taskpane, functions.",
      severity: "error",
      from: { path: "^src/xlsx/" },
      to: { path: "^src/", pathNot: "^src/(engine|layout|pipeline|xlsx)/" },
    },
    {
      name: "xlsx-only-for-the-cli",
      comment:
        "Only the command line reads and writes files: src/excel, src/taskpane and src/functions never import src/xlsx.",
      severity: "error",
      from: { path: "^src/(excel|taskpane|functions|commands)/" },
      to: { path: "^src/xlsx/" },
    },
    {
      name: "no-exceljs-in-product",
      comment:
        "The product reads and writes packages with src/xlsx (lossless); ExcelJS is the tests' independent oracle only.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "(^|/node_modules/)exceljs(/|$)" },
    },
    {
      name: "functions-wrap-the-engine",
      comment: "Custom functions are thin wrappers over the engine: they import src/engine and nothing else of src.",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: "^src/", pathNot: "^src/(engine|functions)/" },
    },
    {
      name: "office-js-only-in-excel",
      comment: "Office.js (package and typings) is used only in src/excel and the ribbon command file.",
      severity: "error",
      from: { pathNot: "^src/(excel/|commands/commands\\.ts$)" },
      to: { path: OFFICE_JS },
    },
    {
      name: "no-tests-in-product",
      comment: "Product code never imports test helpers or fixtures.",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^test/" },
    },
    {
      name: "no-circular",
      comment: "No runtime import cycles in src/ (a cycle closed only by `import type` is erased at build time).",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true, dependencyTypesNot: ["type-only"], viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // Type-only imports count too: an engine that imports a pipeline type depends on the pipeline.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
