import { execFileSync } from "node:child_process";
import { join } from "node:path";

// The boundaries between the parts are lint rules (eslint.config.mjs): each snippet below, put where it must not
// be, is refused by the project's own config; the same import from where it belongs passes.
const SNIPPETS = {
  rulesNode: ["src/rules/annex/probe.ts", 'import "node:fs";'],
  rulesNodeBare: ["src/rules/probe.ts", 'import "path";'],
  rulesFs: ["src/rules/probe.ts", 'import "fs/promises";'],
  rulesOffice: ["src/rules/probe.ts", 'import "@microsoft/office-js";'],
  rulesReact: ["src/rules/probe.ts", 'import "react";'],
  rulesReactDom: ["src/rules/probe.ts", 'import "react-dom/client";'],
  rulesTaskpane: ["src/rules/annex/probe.ts", 'import "../../taskpane/annex-actions";'],
  rulesCli: ["src/rules/probe.ts", 'import "../cli/main";'],
  rulesFunctions: ["src/rules/import/probe.ts", 'import "../../functions/workbook-rules";'],
  rulesPure: ["src/rules/probe.ts", 'import "zod";\nimport "./money/cents";'],
  componentExcel: ["src/taskpane/components/Probe.tsx", 'import "../workbook/excel-workbook";'],
  componentMemory: ["src/taskpane/components/Probe.tsx", 'import "../workbook/memory-workbook";'],
  componentPreview: ["src/taskpane/components/Probe.tsx", 'import "../preview-workbook";'],
  componentOffice: ["src/taskpane/components/Probe.tsx", 'import "@microsoft/office-js";'],
  componentGlobal: ["src/taskpane/components/Probe.tsx", "export const host = () => Office.context.host;"],
  componentOfficeType: ["src/taskpane/components/Probe.tsx", "export const cells = (range: Excel.Range) => range;"],
  workbookOfficeType: ["src/taskpane/workbook/probe.ts", "export const cells = (range: Excel.Range) => range;"],
  componentInterfaces: [
    "src/taskpane/components/Probe.tsx",
    'import "../workbook/workbook";\nimport "../workbook/preview-source";\nimport "../session/commands";',
  ],
  mountMemory: ["src/taskpane/mount.tsx", 'import "./workbook/memory-workbook";\nimport "./workbook/excel-workbook";'],
  cliDeep: ["src/cli/readers/probe.ts", 'import "../../rules/import/xlsx-limits";'],
  functionsDeep: ["src/functions/probe.ts", 'import "../rules/porte";'],
  taskpaneDeep: ["src/taskpane/probe.ts", 'import "../rules/money/format";'],
  cliIndex: ["src/cli/probe.ts", 'import "../rules";\nimport "node:fs";'],
} as const;

const NO_NODE =
  "no-restricted-imports: '%s' import is restricted from being used by a pattern. src/rules runs everywhere: no Node modules.";
const restricted = (name: string, message: string) =>
  `no-restricted-imports: '${name}' import is restricted from being used by a pattern. ${message}`;
const ONLY_WORKBOOK = "Only src/taskpane/workbook/ talks to Office.js.";
const NO_RUNTIME = "src/rules runs everywhere: no React, no DOM.";
const NOT_CONSUMERS = "src/rules imports nothing from the task pane, the CLI or the functions: they import it.";
const NO_IMPLEMENTATION = "Components receive a Workbook (or a PreviewSource); they never build or name one.";
const THROUGH_INDEX = 'Import the rules through src/rules/index.ts ("../rules"), not a file inside it.';

let messages: Record<keyof typeof SNIPPETS, string[]>;

beforeAll(() => {
  const names = Object.keys(SNIPPETS) as (keyof typeof SNIPPETS)[];
  const input = JSON.stringify(names.map((name) => ({ filePath: SNIPPETS[name][0], code: `${SNIPPETS[name][1]}\n` })));
  const output = execFileSync(process.execPath, [join(__dirname, "support", "lint-snippets.mjs")], { input });
  const results = JSON.parse(output.toString("utf8")) as string[][];
  messages = Object.fromEntries(names.map((name, i) => [name, results[i]])) as typeof messages;
});

test("src/rules imports no Node module, Office.js, React or DOM", () => {
  expect(messages.rulesNode).toEqual([NO_NODE.replace("%s", "node:fs")]);
  expect(messages.rulesNodeBare).toEqual([NO_NODE.replace("%s", "path")]);
  expect(messages.rulesFs).toEqual([NO_NODE.replace("%s", "fs/promises")]);
  expect(messages.rulesOffice).toEqual([restricted("@microsoft/office-js", ONLY_WORKBOOK)]);
  expect(messages.rulesReact).toEqual([restricted("react", NO_RUNTIME)]);
  expect(messages.rulesReactDom).toEqual([restricted("react-dom/client", NO_RUNTIME)]);
});

test("src/rules imports nothing from the task pane, the CLI or the functions; itself and pure libraries it may", () => {
  expect(messages.rulesTaskpane).toEqual([restricted("../../taskpane/annex-actions", NOT_CONSUMERS)]);
  expect(messages.rulesCli).toEqual([restricted("../cli/main", NOT_CONSUMERS)]);
  expect(messages.rulesFunctions).toEqual([restricted("../../functions/workbook-rules", NOT_CONSUMERS)]);
  expect(messages.rulesPure).toEqual([]);
});

test("components import no workbook implementation and no Office.js, and use no Office global", () => {
  expect(messages.componentExcel).toEqual([restricted("../workbook/excel-workbook", NO_IMPLEMENTATION)]);
  expect(messages.componentMemory).toEqual([restricted("../workbook/memory-workbook", NO_IMPLEMENTATION)]);
  expect(messages.componentPreview).toEqual([restricted("../preview-workbook", NO_IMPLEMENTATION)]);
  expect(messages.componentOffice).toEqual([restricted("@microsoft/office-js", ONLY_WORKBOOK)]);
  expect(messages.componentGlobal).toEqual([`no-restricted-globals: Unexpected use of 'Office'. ${ONLY_WORKBOOK}`]);
  expect(messages.componentOfficeType).toEqual([
    "no-restricted-syntax: Office types belong to src/taskpane/workbook/: components see the Workbook interface.",
  ]);
  expect(messages.workbookOfficeType).toEqual([]);
  // The interfaces and the session are theirs to use; mount.tsx, outside components/, picks the implementation.
  expect(messages.componentInterfaces).toEqual([]);
  expect(messages.mountMemory).toEqual([]);
});

test("the CLI, the functions and the pane import the rules only through src/rules/index.ts", () => {
  expect(messages.cliDeep).toEqual([restricted("../../rules/import/xlsx-limits", THROUGH_INDEX)]);
  expect(messages.functionsDeep).toEqual([restricted("../rules/porte", THROUGH_INDEX)]);
  expect(messages.taskpaneDeep).toEqual([restricted("../rules/money/format", THROUGH_INDEX)]);
  expect(messages.cliIndex).toEqual([]);
});
