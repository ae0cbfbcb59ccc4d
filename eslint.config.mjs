import js from "@eslint/js";
import { builtinModules } from "node:module";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// Boundaries between the parts, enforced here rather than remembered (test/boundaries.test.ts shows each fires).
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const NODE = `^(node:.*|(${builtinModules.map(escape).join("|")})(/.*)?)$`;
/** The rules are one door: src/rules/index.ts. A deep import would tie its consumer to the rules' layout. */
const RULES_DEEP = {
  regex: "(^|/)rules/",
  message: 'Import the rules through src/rules/index.ts ("../rules"), not a file inside it.',
};
const OFFICE = { regex: "^@microsoft/office-js(/|$)", message: "Only src/taskpane/workbook/ talks to Office.js." };

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist-maps/",
      "dist-cli/",
      "coverage/",
      "node_modules/",
      "test-artifacts/",
      "reports/",
      ".stryker-tmp/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The rules of hooks for the task pane's components (and the React Compiler's checks that come with them).
  { files: ["src/taskpane/**/*.tsx"], ...reactHooks.configs.flat.recommended },
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        __filename: "readonly",
      },
    },
  },
  {
    // CommonJS entry points run by Node as they are.
    files: ["bin/*.js", "*.config.js", "test/support/*.js", "test/mutation/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Excel hands custom functions untyped cell values; `any[][]` is what the metadata generator
    // turns into "any" matrices, so it is the declared type there on purpose.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The rules run in Excel, in the browser and in Node: nothing from any of them, nor from their consumers.
    files: ["src/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: NODE, message: "src/rules runs everywhere: no Node modules." },
            OFFICE,
            { regex: "^react(-dom)?(/|$)", message: "src/rules runs everywhere: no React, no DOM." },
            {
              regex: "^(\\.\\./)+(taskpane|cli|functions)(/|$)|(^|/)src/(taskpane|cli|functions)(/|$)",
              message: "src/rules imports nothing from the task pane, the CLI or the functions: they import it.",
            },
          ],
        },
      ],
    },
  },
  {
    // The operations are read by Excel's functions, the pane and the CLI: like the rules, nothing of theirs.
    files: ["src/operations/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            RULES_DEEP,
            OFFICE,
            { regex: NODE, message: "src/operations runs everywhere: no Node modules." },
            { regex: "^react(-dom)?(/|$)", message: "src/operations runs everywhere: no React, no DOM." },
            {
              regex: "^(\\.\\./)+(taskpane|cli|functions)(/|$)",
              message: "src/operations imports nothing from the pane, the CLI or the functions: they import it.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts", "src/functions/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [RULES_DEEP] }] },
  },
  {
    // Components render the session and call its commands; the workbook behind them is chosen by mount.tsx.
    files: ["src/taskpane/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            RULES_DEEP,
            OFFICE,
            {
              regex: "(^|/)(workbook/(excel|memory)-workbook|preview-workbook)$",
              message: "Components receive a Workbook (or a PreviewSource); they never build or name one.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({
          name,
          message: "Only src/taskpane/workbook/ talks to Office.js.",
        })),
      ],
      // Office's types are globals too (Excel.Range): a component that names one is tied to Excel.
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension)$/]",
          message: "Office types belong to src/taskpane/workbook/: components see the Workbook interface.",
        },
      ],
    },
  },
);
