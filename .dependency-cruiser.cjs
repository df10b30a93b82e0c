/**
 * The layering of README's architecture, checked on every `npm run lint` (depcruise src). Data flows one way:
 * src/engine (pure) ← src/layout (grid readers) ← src/pipeline ← src/excel | src/cli | src/taskpane;
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
      comment: "No import cycles in src/.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
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
