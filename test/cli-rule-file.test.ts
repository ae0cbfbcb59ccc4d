import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import rule5978 from "../src/rules/rule-sets/data/5978-2017.json";
import { runCli } from "./support/run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-regras-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ruleFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** 5.978/2017 with Porte I up to R$ 2.500.000,00 paid R$ 40.000,00: a draft for another competência. */
function mine() {
  const data = structuredClone(rule5978);
  data.id = "minha-2018";
  data.bands.items[0].to = "R$ 2.500.000,00";
  data.bands.items[1].from = "R$ 2.500.000,01";
  data.incentives.items["Porte I"] = "R$ 40.000,00";
  return data;
}

describe("anexos --regra-arquivo", () => {
  test("a file with one rule set makes it the rule of the run", async () => {
    const file = ruleFile("uma.json", mine());
    expect(await runCli("porte", "2.500.000,00", "--regra-arquivo", file)).toEqual({
      code: 0,
      stdout: "Porte I",
      stderr: "",
    });
    expect((await runCli("incentivo", "I", "--regra-arquivo", file)).stdout).toBe("R$ 40.000,00");
    // Without the file, the published rule applies again.
    expect((await runCli("porte", "2.500.000,00")).stdout).toBe("Porte II");
  });

  test("a list: --regra picks one of them or a published one", async () => {
    const other = { ...mine(), id: "outra-2019" };
    const file = ruleFile("lista.json", [mine(), other]);
    expect((await runCli("incentivo", "I", "--regra-arquivo", file, "--regra", "minha-2018")).stdout).toBe(
      "R$ 40.000,00",
    );
    expect((await runCli("incentivo", "I", "--regra-arquivo", file, "--regra", "5978/2017")).stdout).toBe(
      "R$ 35.000,00",
    );
  });

  test("bad files end with exit 2 and say what is wrong, field by field", async () => {
    const gap = mine();
    gap.bands.items[1].from = "R$ 2.500.000,02";
    expect(await runCli("porte", "1", "--regra-arquivo", ruleFile("lacuna.json", gap))).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'anexos: Regra "minha-2018" inválida:\n- bands.items[1].from: lacuna de mais de um centavo entre R$ 2.500.000,00 (Porte I) e R$ 2.500.000,02 (Porte II)',
    });
    expect((await runCli("porte", "1", "--regra-arquivo", ruleFile("ruim.json", "{ não é json"))).stderr).toMatch(
      /^anexos: O arquivo de regras ".*ruim\.json" não é um JSON válido/,
    );
    expect((await runCli("porte", "1", "--regra-arquivo", join(dir, "nao-existe.json"))).stderr).toMatch(
      /não existe ou não pôde ser lido/,
    );
    expect((await runCli("porte", "1", "--regra-arquivo", ruleFile("publicada.json", rule5978))).stderr).toContain(
      "id: já é a regra de uma resolução publicada; escolha outro.",
    );
  });
});
