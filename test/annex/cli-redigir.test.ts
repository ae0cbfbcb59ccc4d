import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import { BAND_EDGES } from "../support/band-edges";
import { runCli } from "../support/run-cli";
import { writeFileSafely } from "../../src/cli/redigir";

const names = getMunicipalities("MG").map((municipality) => municipality.name);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-redigir-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A list as analysts export it from Excel in Portuguese: semicolons, Teto MAC on every band edge of Art. 3. */
function edgeList(file: string): string {
  const path = join(dir, file);
  const lines = [
    "Município;Teto MAC",
    ...BAND_EDGES.map(([teto], i) => `${names[i + 20]};${teto}`),
    "Belo Horizonte;R$ 3.000.000.000,00",
  ];
  writeFileSync(path, lines.join("\r\n"));
  return path;
}

describe("anexos redigir", () => {
  test.each([
    ["valores", []],
    ["fórmulas", ["--formulas"]],
  ])("an annex drafted (%s) from Teto MAC on every band edge validates with no problem", async (_, extra) => {
    const output = join(dir, `anexo-${extra.length}.xlsx`);
    const drafted = await runCli("redigir", edgeList(`lista-${extra.length}.csv`), "--saida", output, ...extra);
    expect(drafted.code).toBe(0);
    // Art. 3 and 4 of 5.978/2017 on the 15 edges: 2 rows of Porte I, 3 each of II to V, 1 of VI.
    expect(drafted.stdout).toBe(
      [
        `Anexo gravado em ${output}: 15 municípios, TOTAL R$ 1.180.000,00.`,
        "  Porte I: 2 · R$ 70.000,00",
        "  Porte II: 3 · R$ 180.000,00",
        "  Porte III: 3 · R$ 225.000,00",
        "  Porte IV: 3 · R$ 270.000,00",
        "  Porte V: 3 · R$ 315.000,00",
        "  Porte VI: 1 · R$ 120.000,00",
        "Dentro do limite de R$ 10.425.000,00.",
        "Fora do anexo: Belo Horizonte.",
      ].join("\n"),
    );
    const validated = await runCli("validar", output, "--json");
    const report = JSON.parse(validated.stdout);
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 15, sum: "1180000.00", declaredTotal: "1180000.00" });
    expect(validated.code).toBe(0);
  });

  test("a TOTAL equal to the limit of Art. 5º, R$ 10.425.000,00, is within it", async () => {
    // 86 × R$ 120.000,00 (Porte VI) + R$ 105.000,00 (Porte V) = R$ 10.425.000,00.
    const path = join(dir, "lista-limite.csv");
    const beneficiaries = names.filter((name) => name !== "Belo Horizonte"); // Art. 2º, parágrafo único
    const lines = ["Município;Teto MAC", ...beneficiaries.slice(0, 86).map((name) => `${name};R$ 200.000.000,00`)];
    lines.push(`${beneficiaries[86]};R$ 100.000.000,00`);
    writeFileSync(path, lines.join("\r\n"));
    const output = join(dir, "anexo-limite.xlsx");
    const drafted = await runCli("redigir", path, "--saida", output);
    expect(drafted.stdout).toBe(
      [
        `Anexo gravado em ${output}: 87 municípios, TOTAL R$ 10.425.000,00.`,
        "  Porte V: 1 · R$ 105.000,00",
        "  Porte VI: 86 · R$ 10.320.000,00",
        "Dentro do limite de R$ 10.425.000,00.",
      ].join("\n"),
    );
    expect(drafted.code).toBe(0);
  });

  test("the workbook holds live formulas when asked, and the articles on a sheet of their own", async () => {
    const output = join(dir, "anexo-formulas.xlsx");
    await runCli("redigir", edgeList("lista-f.csv"), "--saida", output, "--formulas");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Anexo I") as ExcelJS.Worksheet;
    expect(sheet.getCell("C6").value).toEqual({ formula: "_xldudf_SES_PORTE(E6)", result: "Porte I" });
    expect(sheet.getCell("D6").numFmt).toBe("[$R$-416] #,##0.00");
    const articles = workbook.getWorksheet("Artigos") as ExcelJS.Worksheet;
    expect(articles.getCell("A1").value).toMatch(/^Art\. 3º - Os municípios contemplados/);
    const texts = articles.getColumn(1).values.filter((value) => typeof value === "string") as string[];
    expect(texts.at(-1)).toMatch(/no limite de R\$ 1\.180\.000,00 \(um milhão, cento e oitenta mil reais\)/);
  });

  test("the add-in's functions are stored as Excel stores them (_xldudf_SES_…), each with its cached value", async () => {
    const output = join(dir, "anexo-xml.xlsx");
    await runCli("redigir", edgeList("lista-x.csv"), "--saida", output, "--formulas");
    const sheetXml = strFromU8(unzipSync(readFileSync(output))["xl/worksheets/sheet1.xml"]);
    // Every cell with a formula: its address, the stored formula and the cached value.
    const cells = [...sheetXml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f>([^<]*)<\/f>)(?:<v>([^<]*)<\/v>)?<\/c>/g)].map(
      ([, address, formula, value]) => [address, formula, value],
    );
    expect(cells.slice(0, 4)).toEqual([
      ["C6", "_xldudf_SES_PORTE(E6)", "Porte I"],
      ["D6", "_xldudf_SES_INCENTIVO(C6)", "35000"],
      ["C7", "_xldudf_SES_PORTE(E7)", "Porte I"],
      ["D7", "_xldudf_SES_INCENTIVO(C7)", "35000"],
    ]);
    const formulas = cells.map(([, formula]) => formula);
    expect(formulas.filter((formula) => formula.includes("SES.")).length).toBe(0);
    expect(formulas.filter((formula) => formula.startsWith("_xldudf_SES_PORTE(")).length).toBe(15);
    expect(formulas).toContain("SUM(D6:D20)");
    expect(formulas).toContain("COUNTIF(C6:C20,&quot;Porte I&quot;)");
  });

  test("a list with problems writes nothing and says why, cell by cell", async () => {
    const input = join(dir, "ruim.csv");
    writeFileSync(input, "Município;Teto MAC\nJanaliba;1000\n");
    const output = join(dir, "nada.xlsx");
    expect(await runCli("redigir", input, "--saida", output)).toEqual({
      code: 1,
      stdout:
        'A lista tem problemas; nada foi gravado:\n  A2: "Janaliba" não é um município de Minas Gerais (IBGE); talvez "Janaúba".',
      stderr: "",
    });
    expect(existsSync(output)).toBe(false);
  });

  test("never overwrites a file, and needs --saida", async () => {
    const existing = join(dir, "meu.xlsx");
    writeFileSync(existing, "meu trabalho");
    const taken = await runCli("redigir", edgeList("l.csv"), "--saida", existing);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/já existe; escolha outro nome/);
    expect((await runCli("redigir", edgeList("l2.csv"))).stderr).toBe(
      "anexos: Falta --saida ANEXO.xlsx: o arquivo onde gravar o anexo.",
    );
  });

  test("--sobrescrever replaces an existing file", async () => {
    const existing = join(dir, "substituir.xlsx");
    writeFileSync(existing, "versão antiga");
    const replaced = await runCli("redigir", edgeList("l3.csv"), "--saida", existing, "--sobrescrever");
    expect(replaced.code).toBe(0);
    expect(readFileSync(existing).subarray(0, 2).toString()).toBe("PK");
  });

  test("a symbolic link to nothing at --saida is refused, even with --sobrescrever", async () => {
    const link = join(dir, "atalho.xlsx");
    symlinkSync(join(dir, "nao-existe", "alvo.xlsx"), link);
    for (const extra of [[], ["--sobrescrever"]]) {
      expect(await runCli("redigir", edgeList("l4.csv"), "--saida", link, ...extra)).toEqual({
        code: 2,
        stdout: "",
        stderr: `anexos: "${link}" é um atalho (link simbólico) para um arquivo que não existe; apague-o ou escolha outro nome.`,
      });
    }
  });

  test("a missing output folder and an unreadable list get a pt-BR message", async () => {
    const missing = join(dir, "sem-pasta", "anexo.xlsx");
    expect(await runCli("redigir", edgeList("l5.csv"), "--saida", missing)).toEqual({
      code: 2,
      stdout: "",
      stderr: `anexos: A pasta "${join(dir, "sem-pasta")}" não existe; crie-a ou escolha outra para --saida.`,
    });
    const unreadable = join(dir, "pasta.csv");
    mkdirSync(unreadable);
    expect(await runCli("redigir", unreadable, "--saida", join(dir, "anexo-x.xlsx"))).toEqual({
      code: 2,
      stdout: "",
      stderr: `anexos: O arquivo "${unreadable}" é uma pasta, não um arquivo.`,
    });
  });

  test("a write that fails midway leaves no half-file and the old file as it was", async () => {
    const folder = join(dir, "falha");
    mkdirSync(folder);
    const path = join(folder, "anexo.xlsx");
    const diskFull = Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    const failing = async (write: (bytes: Uint8Array) => Promise<void>) => {
      await write(new Uint8Array([0x50, 0x4b, 3, 4]));
      throw diskFull;
    };
    await expect(writeFileSafely(path, false, failing)).rejects.toThrow(
      `Não foi possível gravar "${path}": o disco está cheio. Nada foi gravado.`,
    );
    expect(readdirSync(folder)).toEqual([]);
    writeFileSync(path, "versão antiga");
    await expect(writeFileSafely(path, true, failing)).rejects.toThrow("o disco está cheio");
    expect(readdirSync(folder)).toEqual(["anexo.xlsx"]);
    expect(readFileSync(path, "utf8")).toBe("versão antiga");
  });
});
