import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";
import { reportSchema } from "../../src/rules";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-validar-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A small annex with one known mistake on each of three rows: a skipped number (A6), a misspelt
// municipality (B6, Janaúba) and an amount that is not the incentive of Porte III (D7).
const TABLE = [
  ["ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017"],
  ["LISTAGEM DOS MUNICÍPIOS BENEFICIÁRIOS"],
  [],
  ["Nº", "Município", "Porte", "Valor (R$)"],
  ["1", "Araxá", "Porte III", "R$ 75.000,00"],
  ["3", "Janaliba", "Porte III", "75.000,00"],
  ["4", "São João del Rei", "Porte III", "60000"],
  ["TOTAL", "", "", "R$ 210.000,00"],
];
const EXPECTED_PROBLEMS = [
  ["A6", "sequence-break"],
  ["B6", "municipality-unknown"],
  ["D7", "value-mismatch"],
];

function writeCsv(name: string, delimiter: string, encoding: "utf8" | "utf8-bom" | "windows-1252"): string {
  const text = TABLE.map((row) =>
    row.map((cell) => (cell.includes(delimiter) ? `"${cell}"` : cell)).join(delimiter),
  ).join("\r\n");
  // Windows-1252 and Latin-1 agree on every letter of these names (á, ã, ç, í, ú…).
  const bytes =
    encoding === "windows-1252"
      ? Buffer.from(text, "latin1")
      : Buffer.concat([Buffer.from(encoding === "utf8-bom" ? [0xef, 0xbb, 0xbf] : []), Buffer.from(text, "utf8")]);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function writeXlsx(name: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Capa").addRow(["Resolução SES/MG nº 5.978/2017"]);
  const sheet = workbook.addWorksheet("Anexo I");
  for (const row of TABLE) {
    // Numbers as Excel stores them: Nº and amounts typed as numbers, one amount as text.
    sheet.addRow(
      row.map((cell, column) => (/^\d+$/.test(cell) ? Number(cell) : column === 3 && cell === "60000" ? 60000 : cell)),
    );
  }
  sheet.mergeCells("A1:D1");
  sheet.getCell("D8").value = { formula: "SUM(D5:D7)", result: 210000 };
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("anexos validar", () => {
  test.each([
    ["semicolons, UTF-8", ";", "utf8"],
    ["semicolons, UTF-8 with BOM", ";", "utf8-bom"],
    ["semicolons, Windows-1252", ";", "windows-1252"],
    ["commas, UTF-8", ",", "utf8"],
    ["commas, Windows-1252", ",", "windows-1252"],
  ] as const)("reads a CSV with %s", async (_, delimiter, encoding) => {
    const path = writeCsv(`anexo-${encoding}-${delimiter === ";" ? "pv" : "v"}.csv`, delimiter, encoding);
    const result = await runCli("validar", path, "--json");
    expect(result.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.problems.map((p) => [p.cell, p.code])).toEqual(EXPECTED_PROBLEMS);
    expect(report.problems[1].suggestion).toBe("Janaúba");
    expect(report.summary.rows).toBe(3);
  });

  test("reads an .xlsx: the first sheet by default, or the one named by --planilha", async () => {
    const path = await writeXlsx("anexo.xlsx");
    const first = await runCli("validar", path);
    expect(first.code).toBe(1); // the first sheet, "Capa", has no header: an error in the annex
    expect(first.stdout).toContain("header-not-found");
    const named = await runCli("validar", path, "--planilha", "Anexo I", "--json");
    expect(named.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(named.stdout));
    expect(report.sheet).toBe("Anexo I");
    expect(report.problems.map((p) => [p.cell, p.code])).toEqual(EXPECTED_PROBLEMS);
    expect(report.summary.declaredTotal).toBe("210000.00");
  });

  test("reads published text (.txt) and prints a summary and a table of problems", async () => {
    const path = join(dir, "publicado.txt");
    writeFileSync(
      path,
      "No Municipio Porte R$\n1 | Araxa Porte 111 R$ 75.000,00\n2 | Janaliba Porte | R$ 35.000,00\nTOTAL\nR$ 110.000,00\n",
    );
    const result = await runCli("validar", path);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("2 linhas · soma R$ 110.000,00 · TOTAL declarado R$ 110.000,00");
    expect(result.stdout).toContain("Válido: 0 erros, 1 aviso.");
    expect(result.stdout).toMatch(
      /B3\s+municipality-unknown\s+"Janaliba" não é um município de Minas Gerais \(IBGE\); talvez "Janaúba"\./,
    );
  });

  test("without a file it validates the bundled Anexo I of Res. 5.978/2017", async () => {
    const result = await runCli("validar", "--json");
    expect(result.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.summary).toMatchObject({ rows: 172, sum: "10425000.00", declaredTotal: "10425000.00" });
  });

  test("a valid annex exits 0 and --json prints the report and nothing else", async () => {
    const path = join(dir, "valido.csv");
    writeFileSync(path, "Nº;Município;Porte;R$\n1;Araxá;Porte III;75.000,00\nTOTAL;;;75.000,00\n");
    const result = await runCli("validar", path, "--json");
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, problems: [] });
  });

  test.each([
    [["validar", "nao-existe.csv"], 'O arquivo "nao-existe.csv" não existe.'],
    [
      ["validar", "anexo.docx"],
      'Formato não suportado: "anexo.docx". Use .xlsx, .csv, .txt (texto publicado) ou .pdf (com texto).',
    ],
    [["validar", "--rapido"], 'Opção desconhecida: "--rapido"'],
    [["validar", "a.csv", "b.csv"], "O comando validar espera [ARQUIVO]"],
    [["validar", "--regra", "1/2000"], "Regra desconhecida"],
  ])("cannot do the job: %j → exit 2", async (argv, message) => {
    const result = await runCli(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });

  test("a corrupt .xlsx, an unknown sheet and --planilha on a CSV exit 2 with a clear message", async () => {
    const corrupt = join(dir, "corrompido.xlsx");
    writeFileSync(corrupt, "isto não é um xlsx");
    expect(await runCli("validar", corrupt)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("não é uma planilha .xlsx legível"),
    });
    const path = await writeXlsx("planilhas.xlsx");
    expect(await runCli("validar", path, "--planilha", "Anexo II")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('Não há planilha "Anexo II". Planilhas: "Capa", "Anexo I".'),
    });
    const csv = writeCsv("p.csv", ";", "utf8");
    expect(await runCli("validar", csv, "--planilha", "X")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--planilha só vale"),
    });
  });

  test("the installed bin exits 1 on an annex with errors", () => {
    const bin = join(__dirname, "..", "..", "bin", "anexos.js");
    const result = spawnSync(process.execPath, [bin, "validar"], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("172 linhas · soma R$ 10.425.000,00");
  });
});
