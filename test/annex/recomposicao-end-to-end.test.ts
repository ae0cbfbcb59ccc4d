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
    expect(report.summary.rows).toBe(40);
    expect(Object.keys(report.summary.byMacrorregiao).sort()).toEqual([...MACRORREGIOES].sort());
    expect(Object.keys(report.summary.byNatureza).sort()).toEqual([...NATUREZAS].sort());
    expect(report.summary.byMacrorregiao.Leste.keepsAfterTransition).toBe(true);
    expect(report.summary.byMacrorregiao.Centro.keepsAfterTransition).toBe(false);
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
    expect(human.stdout).toContain("Por macrorregião:\n  Centro: 5 · R$ ");
    expect(human.stdout).toContain("Leste: 5 · R$ ");
    expect(human.stdout).toMatch(/Leste: 5 · R\$ [\d.,]+ · continua após a transição \(Art\. 4º\)/);
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
