// Rule files and pasted rule sets: a UTF-8 BOM is read, JSON errors are told in pt-BR with line and column.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRuleSets, parseRuleJson, PUBLISHED_RULES } from "../src/rules";
import rule5978 from "../src/rules/rule-sets/data/5978-2017.json";
import { runCli } from "./support/run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-json-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a BOM is skipped", () => {
  expect(parseRuleJson('\uFEFF{"id": "x"}', "O arquivo")).toEqual({ id: "x" });
});

test.each([
  ['{\n  "id": "x",\n  "kind" "porte"\n}', "O arquivo não é um JSON válido: erro na linha 3, coluna 10."],
  ['{"id": "x",}', "O arquivo não é um JSON válido: erro na linha 1, coluna 12."],
  ['{"id": "x"', "O arquivo não é um JSON válido: o texto termina antes do fim do JSON."],
])("%p → %s", (text, message) => {
  expect(() => parseRuleJson(text, "O arquivo")).toThrow(message);
});

test("the CLI reads a rule file saved with a BOM, and reports a bad one with line and column", async () => {
  const mine = { ...rule5978, id: "minha-2018" };
  const bom = join(dir, "bom.json");
  writeFileSync(bom, `\uFEFF${JSON.stringify(mine, null, 2)}`);
  expect(await runCli("porte", "1", "--regra-arquivo", bom)).toEqual({ code: 0, stdout: "Porte I", stderr: "" });
  const bad = join(dir, "ruim.json");
  writeFileSync(bad, '{\n  "id": "x",\n  "kind" "porte"\n}');
  expect((await runCli("porte", "1", "--regra-arquivo", bad)).stderr).toBe(
    `anexos: O arquivo de regras "${bad}" não é um JSON válido: erro na linha 3, coluna 10.`,
  );
});

describe("a custom rule set may not take a published id, however written", () => {
  test.each(["5978/2017", "5.978/2017", "5978-2017", "5.978-2017", "7.845/2021"])("%p is refused", (id) => {
    expect(() => PUBLISHED_RULES.withCustom(loadRuleSets([{ ...rule5978, id }]))).toThrow(
      "já é a regra de uma resolução publicada",
    );
  });

  test('" 5978/2017 " is refused too (an id has no surrounding spaces; the pane trims them)', () => {
    expect(() => PUBLISHED_RULES.withCustom(loadRuleSets([{ ...rule5978, id: " 5978/2017 " }]))).toThrow(
      /id: use letras/,
    );
  });

  test("two custom ids that read the same are refused", () => {
    expect(() =>
      PUBLISHED_RULES.withCustom(
        loadRuleSets([
          { ...rule5978, id: "minha-2018" },
          { ...rule5978, id: "Minha/2018" },
        ]),
      ),
    ).toThrow("aparece mais de uma vez");
  });
});
