import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { COLUMN, MACRORREGIOES, NATUREZAS, recomposicaoAnnex } from "../support/recomposicao-fixture";
import { runCli } from "../support/run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-recomposicao-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeXlsx(name: string, values: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Anexo I");
  for (const row of values) sheet.addRow(row);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("anexos validar on a recomposição annex of 40 hospitals (.xlsx)", () => {
  test("a right annex is valid, with sums for every macrorregião and natureza", async () => {
    const run = await runCli("validar", await writeXlsx("certo.xlsx", recomposicaoAnnex(40)), "--json");
    const report = JSON.parse(run.stdout);
    expect(report.problems).toEqual([]);
    expect(run.code).toBe(0);
    expect(report).toMatchObject({ kind: "recomposicao", ruleSet: "7845/2021", valid: true });
    // The fixture's TOTAL row and its recomposições added by macrorregião and natureza (Art. 4º, parágrafo único:
    // Leste and Vale do Aço keep the recomposição after the transition).
    expect(report.summary).toEqual({
      rows: 40,
      errors: 0,
      warnings: 0,
      sum: "17752448.06",
      declaredTotal: "17752448.06",
      byMacrorregiao: {
        Centro: { count: 5, sum: "1734537.97", keepsAfterTransition: false },
        Leste: { count: 5, sum: "1992079.02", keepsAfterTransition: true },
        "Vale do Aço": { count: 5, sum: "2070100.51", keepsAfterTransition: true },
        Norte: { count: 5, sum: "1832419.61", keepsAfterTransition: false },
        Sul: { count: 5, sum: "3371650.26", keepsAfterTransition: false },
        "Triângulo do Norte": { count: 5, sum: "3144786.85", keepsAfterTransition: false },
        Sudeste: { count: 5, sum: "1592894.79", keepsAfterTransition: false },
        Oeste: { count: 5, sum: "2013979.05", keepsAfterTransition: false },
      },
      byNatureza: {
        "Pública municipal": { count: 10, sum: "5106188.23" },
        "Pública estadual": { count: 10, sum: "5136865.87" },
        Filantrópica: { count: 10, sum: "3662995.30" },
        "Filantrópica sem fins lucrativos": { count: 10, sum: "3846398.66" },
      },
    });
    expect(Object.keys(report.summary.byMacrorregiao)).toEqual(MACRORREGIOES);
    expect(Object.keys(report.summary.byNatureza)).toEqual(NATUREZAS);
  });

  test("each wrong cell is found, once, at its address; the human output says it", async () => {
    const values = recomposicaoAnnex(40);
    values[7][COLUMN.cnes] = values[3][COLUMN.cnes]; // row 8 repeats the CNES of row 4
    values[10][COLUMN.natureza] = "Privada com fins lucrativos"; // row 11: hospital 9, with a recomposição
    values[20][COLUMN.recomposicao] = (values[20][COLUMN.recomposicao] as number) + 0.01; // row 21
    const path = await writeXlsx("errado.xlsx", values);
    const report = JSON.parse((await runCli("validar", path, "--json")).stdout);
    expect(report.problems.map((p: { cell: string; code: string }) => `${p.cell} ${p.code}`)).toEqual([
      "A8 cnes-duplicate",
      "E11 nature-ineligible",
      "P21 recomposition-mismatch",
      "P43 total-mismatch", // the TOTAL no longer matches the sum, by the centavo added in row 21
    ]);
    const human = await runCli("validar", path);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain("Por macrorregião:\n  Centro: 5 · R$ 1.734.537,97\n");
    expect(human.stdout).toContain("\n  Leste: 5 · R$ 1.992.079,02 · continua após a transição (Art. 4º)\n");
  });

  test("a negative Previsto 2021 or Valora Minas is value-invalid at its cell, and the run goes on", async () => {
    const values = recomposicaoAnnex(5);
    values[3][COLUMN.previsto] = -1500000; // L4
    values[4][COLUMN.valora] = "-R$ 1.265.443,44"; // O5
    const run = await runCli("validar", await writeXlsx("negativo.xlsx", values), "--json");
    const report = JSON.parse(run.stdout);
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "value-invalid",
        cell: "L4",
        message: 'Previsto 2021 ilegível ou negativo: "-1500000"; escreva como R$ 1.265.443,44.',
        found: "-1500000",
      }),
      expect.objectContaining({
        code: "value-invalid",
        cell: "O5",
        message: 'Valora Minas ilegível ou negativo: "-R$ 1.265.443,44"; escreva como R$ 1.265.443,44.',
        found: "-R$ 1.265.443,44",
      }),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });

  test("--regra of a porte rule set is refused for a recomposição annex", async () => {
    const run = await runCli("validar", await writeXlsx("regra.xlsx", recomposicaoAnnex(5)), "--regra", "5978/2017");
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: 'anexos: A regra "5978/2017" não serve para este cálculo. Regras válidas: 7845/2021.',
    });
  });
});
