import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import * as functions from "../src/functions/functions";
import { USAGE } from "../src/cli/main";
import { exampleArgv, formula, OPERATIONS, synopsis, type Operation } from "../src/operations";
import { FunctionsHelp } from "../src/taskpane/components/FunctionsHelp";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";
import { functionDrift, readJsDoc, readmeDrift } from "./support/operation-drift";
import { runCli } from "./support/run-cli";

beforeAll(installCustomFunctionsStub);

const root = join(__dirname, "..");
const functionsSource = readFileSync(join(root, "src", "functions", "functions.ts"), "utf8");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** An operation no surface knows, to show that each check notices it. */
const FAKE: Operation = {
  function: "DOBRO",
  command: "dobro",
  summary: "o dobro do valor",
  article: "nenhum",
  description: "O dobro do valor.",
  returns: "O dobro.",
  params: [{ name: "valor", cli: "VALOR", kind: "value", description: "Valor em reais." }],
  examples: [{ inputs: ["1,00"], cli: "R$ 2,00", excel: 2 }],
  compute: () => ({ cents: 200 }),
};

/** Calls the Excel function with an example's inputs: ranges as one cell, flags as they are. */
function callExcel(operation: Operation, inputs: ReadonlyArray<string | boolean>): unknown {
  const excel = (functions as unknown as Record<string, (...args: unknown[]) => unknown>)[
    operation.function.toLowerCase()
  ];
  const params = operation.params.filter(({ kind }) => kind !== "rule");
  const args = inputs.map((input, i) => (params[i].kind === "value" ? [[input]] : input));
  const result = excel(...args);
  return Array.isArray(result) ? result[0][0] : result;
}

describe("src/operations, the one description of each operation", () => {
  test("ten operations, each with a distinct function and command", () => {
    expect(OPERATIONS.map((operation) => `${operation.function} ${operation.command}`)).toEqual([
      "PORTE porte",
      "INCENTIVO incentivo",
      "RECOMPOSICAO recomposicao",
      "EXTENSO extenso",
      "PARCELA parcela",
      "PREFIXADO prefixado",
      "POSFIXADO posfixado",
      "PRAZOASSINATURA prazo-assinatura",
      "FIMTRANSICAO fim-transicao",
      "PROPORCIONAL2021 proporcional-2021",
    ]);
  });

  test("each example gives its literal result through the CLI", async () => {
    for (const operation of OPERATIONS) {
      for (const { inputs, cli } of operation.examples) {
        const argv = exampleArgv(operation, inputs);
        expect([argv, await runCli(...argv)]).toEqual([argv, { code: 0, stdout: cli, stderr: "" }]);
      }
    }
  });

  test("each example gives its literal result through the Excel function", () => {
    for (const operation of OPERATIONS) {
      for (const { inputs, excel } of operation.examples) {
        expect([operation.function, inputs, callExcel(operation, inputs)]).toEqual([operation.function, inputs, excel]);
      }
    }
  });

  test("the formulas and command lines as the surfaces show them", () => {
    expect(OPERATIONS.map(formula)).toContain("=SES.PRAZOASSINATURA(disponibilizacao; [prorrogado]; [diaUtil])");
    expect(OPERATIONS.map(synopsis)).toContain("prazo-assinatura DATA [--prorrogado] [--dia-util]");
    expect(exampleArgv(OPERATIONS[7], ["16/11/2021", true, false])).toEqual([
      "prazo-assinatura",
      "16/11/2021",
      "--prorrogado",
    ]);
  });
});

describe("every surface agrees with src/operations", () => {
  test("functions.ts's JSDoc (what Excel's functions.json is made of): names, parameters, descriptions", () => {
    expect(readJsDoc(functionsSource).map(({ id }) => id)).toHaveLength(OPERATIONS.length);
    expect(functionDrift(OPERATIONS, readJsDoc(functionsSource))).toEqual([]);
  });

  test("every operation is an exported Excel function", () => {
    for (const operation of OPERATIONS) {
      expect([
        operation.function,
        typeof (functions as Record<string, unknown>)[operation.function.toLowerCase()],
      ]).toEqual([operation.function, "function"]);
    }
  });

  test("the README's table", () => {
    expect(readmeDrift(OPERATIONS, readme)).toEqual([]);
  });

  test("the CLI's help lists every command, its summary and its example", () => {
    for (const operation of OPERATIONS) {
      expect(USAGE).toContain(`  ${synopsis(operation)}`);
      expect(USAGE).toContain(`${operation.summary} (${operation.article})`);
      expect(USAGE).toContain(`→ ${operation.examples[0].cli}`);
    }
    expect(USAGE).toContain("  anexos prazo-assinatura 16/11/2021 → 23/11/2021");
  });

  test("the pane's help lists every function with its optional parameters", () => {
    const html = renderToStaticMarkup(createElement(FunctionsHelp));
    for (const operation of OPERATIONS) expect(html).toContain(`<code>${formula(operation)}</code>`);
    expect(html).toContain("<code>=SES.FIMTRANSICAO()</code>: fim da transição de três anos");
    expect(html).toContain("<code>=SES.PROPORCIONAL2021(valorAnual; assinatura)</code>");
  });
});

describe("a drift is reported", () => {
  test("an operation added to the list but not to functions.ts nor the README", () => {
    const withFake = [...OPERATIONS, FAKE];
    expect(functionDrift(withFake, readJsDoc(functionsSource))).toEqual(["DOBRO: missing"]);
    expect(readmeDrift(withFake, readme)).toEqual([
      'README row 11: expected | `=SES.DOBRO(valor)` | `anexos dobro VALOR` | o dobro do valor (nenhum) | `=SES.DOBRO("1,00")` · `anexos dobro 1,00` | R$ 2,00 |',
    ]);
  });

  test("a function in functions.ts that the list lacks", () => {
    const withoutFimTransicao = OPERATIONS.filter((operation) => operation.function !== "FIMTRANSICAO");
    expect(functionDrift(withoutFimTransicao, readJsDoc(functionsSource))).toEqual([
      "FIMTRANSICAO: not in src/operations",
    ]);
  });

  test("an optional parameter dropped from the JSDoc, or a description edited on one side only", () => {
    const dropped = functionsSource.replace(/^ \* @param \[diaUtil\].*\n/m, "");
    expect(dropped).not.toBe(functionsSource);
    expect(functionDrift(OPERATIONS, readJsDoc(dropped))).toEqual(["PRAZOASSINATURA: parameters differ"]);
    const edited = functionsSource.replace("Porte III dá 75.000,00.", "Porte III dá 75 mil.");
    expect(functionDrift(OPERATIONS, readJsDoc(edited))).toEqual(["INCENTIVO: description differs"]);
  });

  test("a README row removed or changed", () => {
    const row = readme.split("\n").find((line) => line.startsWith("| `=SES.PARCELA("));
    expect(row).toBeDefined();
    expect(readmeDrift(OPERATIONS, readme.replace(`${row}\n`, ""))).toHaveLength(6);
    const changed = readme.replace("| R$ 33,34 ", "| R$ 33,33 ");
    expect(readmeDrift(OPERATIONS, changed)).toEqual([expect.stringMatching(/^README row 5: expected/)]);
  });
});
