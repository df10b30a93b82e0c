// ESLint 9 flat config. Type-aware rules (recommendedTypeChecked) for src/ only: the product code is where
// a floating promise or an unsafe `any` costs a wrong figure; tests, scripts and bench get the syntactic set,
// which keeps `npm run lint` affordable on a 2-core machine. Layering between folders is checked by
// dependency-cruiser (.dependency-cruiser.cjs); here only what imports cannot show: the Office.js globals.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeAddins from "eslint-plugin-office-addins";

/** The Node globals the plain .js files (bin, scripts, configs) use. */
const nodeGlobals = Object.fromEntries(
  [
    "require",
    "module",
    "exports",
    "__dirname",
    "__filename",
    "process",
    "console",
    "Buffer",
    "URL",
    "setTimeout",
    "clearTimeout",
  ].map((name) => [name, "readonly"])
);

/**
 * Prettier wraps code at 120; what it cannot wrap (comments, long member chains) must stay within 160. Long
 * strings, templates and regexes are left to their authors.
 */
const maxLen = [
  "error",
  { code: 160, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
];

/** Office.js namespaces that exist only inside Office: the rest of the code reaches Excel through src/excel. */
const officeGlobals = ["Office", "Excel", "OfficeExtension", "OfficeRuntime"].map((name) => ({
  name,
  message: `${name} (Office.js) belongs in src/excel: other layers get workbook operations through its interfaces.`,
}));

export default defineConfig(
  {
    ignores: ["node_modules/", "dist/", "dist-bench/", "coverage/", "test-output/", "test/fixtures/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
      ],
      "max-len": maxLen,
      // `cond ? (s.x = v) : fallback()` is the settings parsers' idiom for "take it or warn".
      "@typescript-eslint/no-unused-expressions": ["error", { allowShortCircuit: true, allowTernary: true }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    // Each JSDoc line is one paragraph of Excel's help for a PERF.* function: a line break there would show.
    files: ["src/functions/functions.ts"],
    rules: { "max-len": [maxLen[0], { ...maxLen[1], ignoreComments: true }] },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      // Methods that implement a Promise-returning interface (ExcelContext.sync, loadSettings) stay async so a
      // throw becomes a rejection, as callers expect, even when the body has nothing to await.
      "@typescript-eslint/require-await": "off",
    },
  },
  {
    // Range contents are any[][] in the Office.js typings; these structural interfaces mirror them.
    files: ["src/excel/excel-api.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The simulated range mirrors Office.js's any[][] range contents (values, formulas, valuesAsJson).
    files: ["src/excel/simulated/range.ts", "src/excel/simulated/workbook.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-base-to-string": "off",
    },
  },
  {
    files: ["test/**/*.ts", "bench/**/*.ts"],
    rules: {
      // Tests read the CLI's JSON output untyped and load fixtures and modules lazily with a typed require().
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/excel/**", "src/commands/**"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      // Types such as Excel.Range are type references, which no-restricted-globals does not see.
      "no-restricted-syntax": [
        "error",
        {
          selector: `TSQualifiedName > Identifier.left[name=/^(${officeGlobals.map((g) => g.name).join("|")})$/]`,
          message: "Office.js types belong in src/excel: other layers use the structural interfaces it exports.",
        },
      ],
    },
  },
  {
    // Excel.run batches: load before reading a proxy's properties, sync before reading loaded values. The rules
    // recognise the request context only by the name `context` (context.sync()), hence that name in src/excel.
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: nodeGlobals },
  }
);
