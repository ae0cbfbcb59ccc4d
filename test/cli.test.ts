import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { runCli } from "./support/run-cli";
import { incentivo, porte, recomposicao } from "../src/functions/functions";
import { BAND_EDGES } from "./support/band-edges";
import { installCustomFunctionsStub, StubExcelError } from "./support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("anexos CLI", () => {
  test.each([
    [["porte", "2000000,01"], "Porte II"],
    [["porte", "R$ 2.000.000,00"], "Porte I"],
    [["porte", "2000000,01", "--json"], '"Porte II"'],
    [["incentivo", "Porte III"], "R$ 75.000,00"],
    [["incentivo", "III", "--json"], '"75000.00"'],
    [["incentivo", "6", "--regra", "5978/2017"], "R$ 120.000,00"],
    [["recomposicao", "1500000", "1265443,44"], "R$ 234.556,56"],
    [["recomposicao", "R$ 1.500.000,00", "1.265.443,44", "--json"], '"234556.56"'],
    [["recomposicao", "100", "200"], "R$ 0,00"],
    [["extenso", "10.425.000,00"], "dez milhões, quatrocentos e vinte e cinco mil reais"],
    [
      ["extenso", "R$ 238.233.844,83", "--json"],
      '"duzentos e trinta e oito milhões, duzentos e trinta e três mil, oitocentos e quarenta e quatro reais e oitenta e três centavos"',
    ],
  ])("anexos %j prints %s", async (argv, expected) => {
    expect(await runCli(...argv)).toEqual({ code: 0, stdout: expected, stderr: "" });
  });

  test.each(BAND_EDGES)("anexos porte %s → %s", async (teto, expected) => {
    expect((await runCli("porte", teto)).stdout).toBe(expected);
  });

  test.each([
    [["porte", "abc"], 'Não é um valor em reais: "abc"'],
    [["porte", "0"], "Valor ausente"],
    [["porte", "-5"], "Teto MAC negativo: -R$ 5,00"],
    [["porte", "2000000.01"], "Use vírgula para os centavos"],
    [["porte", "1", "--regra", "1/2000"], "Regras válidas: 5978/2017"],
    [["incentivo", "Porte Il"], 'Porte inválido: "Porte Il"'],
    [["recomposicao", "1"], "O comando recomposicao espera PREV2021 VALORA"],
    [["porte", "1", "2"], "O comando porte espera TETO_MAC"],
    [["voar"], 'Comando desconhecido: "voar"'],
    [[], "Falta o comando"],
    [["porte", "1", "--rapido"], 'Opção desconhecida: "--rapido"'],
  ])("anexos %j fails with exit code 2: %s", async (argv, message) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  test.each([
    [["porte", "-R$ 5,00"], "Teto MAC negativo: -R$ 5,00"],
    [["porte", "-5,00"], "Teto MAC negativo: -R$ 5,00"],
    [["porte", "--", "-R$ 5,00"], "Teto MAC negativo: -R$ 5,00"],
    [["porte", "--", "--json"], 'Não é um valor em reais: "--json"'],
    [["toString"], 'Comando desconhecido: "toString"'],
    [["constructor"], 'Comando desconhecido: "constructor"'],
    [["__proto__"], 'Comando desconhecido: "__proto__"'],
    [["hasOwnProperty", "1"], 'Comando desconhecido: "hasOwnProperty"'],
    [["porte", "--toString"], 'Opção desconhecida: "--toString"'],
    [["porte", "1", "--__proto__=x"], 'Opção desconhecida: "--__proto__=x"'],
    [["porte", "1", "--constructor"], 'Opção desconhecida: "--constructor"'],
    [["incentivo", "__proto__"], 'Porte inválido: "__proto__"'],
    [["incentivo", "toString"], 'Porte inválido: "toString"'],
    [["porte", "1", "--regra", "toString"], 'Regra desconhecida: "toString"'],
    [["porte", "1", "--regra", "__proto__"], 'Regra desconhecida: "__proto__"'],
  ])("anexos %j is read as plain text, with a pt-BR error and exit code 2: %s", async (argv, message) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`anexos: ${message}`);
  });

  test("--ajuda prints the usage in Portuguese", async () => {
    expect((await runCli("--ajuda")).stdout).toContain("Uso: anexos <comando>");
  });

  test("gives the same answers as the Excel functions for the same input", async () => {
    const tetos = ["2000000,01", "R$ 5.000.000,00", "30000000,01", "abc", "0", "-1"];
    for (const teto of tetos) {
      const excel = porte([[teto]])[0][0];
      const cli = await runCli("porte", teto, "--json");
      if (excel instanceof StubExcelError) expect(cli.code).toBe(2);
      else expect(cli.stdout).toBe(JSON.stringify(excel));
    }
    for (const label of ["Porte III", "iii", "3", "Porte Il"]) {
      const excel = incentivo([[label]])[0][0];
      const cli = await runCli("incentivo", label, "--json");
      if (excel instanceof StubExcelError) expect(cli.code).toBe(2);
      else expect(Number(JSON.parse(cli.stdout))).toBe(excel);
    }
    const pairs: Array<[string, string]> = [
      ["1500000", "1265443,44"],
      ["0,30", "0,10"],
      ["100", "200"],
      ["x", "1"],
    ];
    for (const [prev, valora] of pairs) {
      const excel = recomposicao([[prev]], [[valora]])[0][0];
      const cli = await runCli("recomposicao", prev, valora, "--json");
      if (excel instanceof StubExcelError) expect(cli.code).toBe(2);
      else expect(Number(JSON.parse(cli.stdout))).toBe(excel);
    }
  });

  test("the installed bin (the CLI built by npm ci, or the sources when they are newer) answers", () => {
    const bin = join(__dirname, "..", "bin", "anexos.js");
    expect(execFileSync(process.execPath, [bin, "porte", "2000000,01"], { encoding: "utf8" })).toBe("Porte II\n");
    const bad = spawnSync(process.execPath, [bin, "porte", "abc"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      'anexos: Não é um valor em reais: "abc". Escreva um valor em reais, como R$ 2.000.000,01 ou 2000000,01.\n',
    );
  });
});
