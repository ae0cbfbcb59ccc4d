import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Problem } from "../../src/rules";
import { pastePublishedText, validateActiveSheet } from "../../src/taskpane/annex-actions";
import { MemoryWorkbook } from "../../src/taskpane/workbook/memory-workbook";
import { runCli } from "../support/run-cli";

// The same published text must give the same problems by every path: (a) `anexos validar x.txt`,
// (b) pasted in the pane, (c) pasted, then the new sheet validated again with Validar.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-caminhos-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundled = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");
// The whole of Res. 5.978/2017 as OCR gives it: articles, Anexo I and Anexo II (not a table).
const wholeResolution = readFileSync(join(__dirname, "..", "fixtures", "resolucao-ses-mg-5978-2017.txt"), "utf8");

// A Diário page: another act, then an annex with a page header inside it, an amount damaged by OCR, a row
// without its amount, and a row after the TOTAL.
const DIARIO_PAGE = [
  "DIÁRIO DO EXECUTIVO - MINAS GERAIS",
  "RESOLUÇÃO SES/MG Nº 9.999 - Dispõe sobre outra coisa, no valor de R$ 1.000,00.",
  "ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017",
  "Nº MUNICÍPIO PORTE VALOR (R$)",
  "1 | Araxá Porte III R$ 75.000,00",
  "Minas Gerais - Caderno 1 Sexta-feira",
  "2 | Arinos Porte I R$ 35.000.00",
  "3 | Janaúba Porte III",
  "TOTAL: R$ 185.000,00",
  "4 | Unaí Porte III R$ 75.000,00",
].join("\n");

function comparable(problems: Problem[]) {
  return problems.map(({ code, cell, line, message, found, expected, suggestion }) => ({
    code,
    cell,
    line,
    message,
    found,
    expected,
    suggestion,
  }));
}

async function threePaths(text: string) {
  const file = join(dir, `anexo-${Math.random().toString(36).slice(2)}.txt`);
  writeFileSync(file, text);
  const cli = await runCli("validar", file, "--json");
  const workbook = new MemoryWorkbook([{ name: "Plan1", values: [["minha planilha"]] }]);
  const pasted = await pastePublishedText(workbook, text);
  const revalidated = await validateActiveSheet(workbook);
  return {
    a: comparable(JSON.parse(cli.stdout).problems),
    b: comparable(pasted.report.problems),
    c: comparable(revalidated.report.problems),
  };
}

describe("one reading of published text by every path", () => {
  test.each([
    ["the bundled Anexo I", bundled, 65],
    ["the whole resolution text", wholeResolution, 65],
    ["a Diário page with another act and a damaged annex", DIARIO_PAGE, 4],
  ])("%s: the CLI, the paste and Validar on the pasted sheet list the same problems", async (_, text, count) => {
    const { a, b, c } = await threePaths(text);
    expect(a).toHaveLength(count);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  test("the Diário page: every line is read or reported, with its line in the text", async () => {
    const { a } = await threePaths(DIARIO_PAGE);
    expect(a.map((p) => [p.code, p.cell, p.line, p.found ?? null])).toEqual([
      ["row-ignored", null, 6, "Minas Gerais - Caderno 1 Sexta-feira"],
      ["row-after-total", null, 10, "4 | Unaí Porte III R$ 75.000,00"],
      ["value-invalid", "D3", 7, "R$ 35.000.00"],
      ["value-invalid", "D4", 8, null],
    ]);
  });
});
