import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readAnnexFile } from "../../src/cli/readers";
import { importPublishedText, layoutPdfText, validateAnnex, type PdfTextItem } from "../../src/rules";
import { annexPdf, drawingOnlyPdf, passwordPdf } from "../support/pdf-fixtures";
import { runCli } from "../support/run-cli";

// `anexos validar resolucao.pdf`: a PDF with text is read as the published text it shows, through the same
// reading as a .txt, with each row and problem at its page and line.

let dir: string;
const published = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");
const paths: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "anexos-pdf-"));
  const write = async (name: string, bytes: Uint8Array | Promise<Uint8Array>) => {
    paths[name] = join(dir, name);
    writeFileSync(paths[name], await bytes);
  };
  await write("uma-coluna.pdf", annexPdf(published, { columns: 1 }));
  await write("duas-colunas.pdf", annexPdf(published, { columns: 2 }));
  await write("escaneado.pdf", drawingOnlyPdf());
  await write("com-senha.pdf", passwordPdf());
  const whole = await annexPdf(published, { columns: 1 });
  await write("truncado.pdf", whole.slice(0, Math.floor(whole.length / 3)));
  await write("nao-e-pdf.pdf", new TextEncoder().encode("Nº Município Porte R$\n1 Araxá Porte III R$ 75.000,00\n"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codesAndCells = (report: ReturnType<typeof validateAnnex>) =>
  report.problems.map((problem) => [problem.code, problem.cell, problem.found ?? null]);

describe("the published Anexo I as a PDF", () => {
  const text = importPublishedText(published);
  const fromText = validateAnnex(text);

  test.each(["uma-coluna.pdf", "duas-colunas.pdf"])(
    "%s reads back as the same 172 rows, TOTAL and problems as the text",
    async (name) => {
      const sheet = await readAnnexFile(paths[name]);
      expect(sheet.values).toEqual(text.values);
      const report = validateAnnex(sheet);
      expect(report.summary).toMatchObject({ rows: 172, sum: "10425000.00", declaredTotal: "10425000.00" });
      expect(report.summary).toEqual(fromText.summary);
      expect(codesAndCells(report)).toEqual(codesAndCells(fromText));
      expect(report.problems).toHaveLength(65);
      // Every problem on a row has its page and line.
      expect(report.problems.filter((problem) => problem.cell !== null && problem.page === null)).toEqual([]);
    },
  );

  test("one column: four pages, the header repeated on each and read once; rows at their page and line", async () => {
    const sheet = await readAnnexFile(paths["uma-coluna.pdf"]);
    expect(new Set(sheet.pages)).toEqual(new Set([1, 2, 3, 4]));
    expect(sheet.values.filter((row) => row[1] === "Município")).toHaveLength(1);
    // Row 1 (sheet row 2) is the first row under the header, on line 4 of page 1, after two title lines.
    expect([sheet.pages?.[0], sheet.lines?.[0], sheet.values[1], sheet.pages?.[1], sheet.lines?.[1]]).toEqual([
      1,
      3,
      [1, "Aguas Formosas", "Porte I", 60000],
      1,
      4,
    ]);
    // Page 2 starts with the header again: its first row is on line 2.
    const firstOnPage2 = sheet.pages?.indexOf(2) ?? -1;
    expect([sheet.values[firstOnPage2][0], sheet.lines?.[firstOnPage2]]).toEqual([54, 2]);
    const report = validateAnnex(sheet);
    expect(report.annex?.tables).toEqual([{ number: 1, kind: "porte", title: null, cell: "A1", line: 3, page: 1 }]);
    expect(report.problems.slice(0, 3).map((p) => [p.code, p.cell, p.page, p.line])).toEqual([
      ["porte-invalid", "C2", 1, 4],
      ["municipality-unknown", "B8", 1, 10],
      ["porte-invalid", "C9", 1, 11],
    ]);
  });

  test("two columns: the left column is read before the right one, page by page", async () => {
    const sheet = await readAnnexFile(paths["duas-colunas.pdf"]);
    const numbers = sheet.values.map((row) => row[0]).filter((cell) => typeof cell === "number");
    expect(numbers).toEqual(text.values.map((row) => row[0]).filter((cell) => typeof cell === "number"));
    expect(new Set(sheet.pages)).toEqual(new Set([1, 2]));
  });

  test("anexos validar x.pdf prints the page and line of each problem", async () => {
    const result = await runCli("validar", paths["uma-coluna.pdf"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("172 linhas · soma R$ 10.425.000,00 · TOTAL declarado R$ 10.425.000,00");
    expect(result.stdout).toContain(
      '\npág. 1, linha 4   C2      porte-invalid         Porte incerto no texto publicado: "Porte I". Pelo valor R$ 60.000,00, seria Porte II.\n',
    );
    const json = JSON.parse((await runCli("validar", paths["uma-coluna.pdf"], "--json")).stdout);
    expect(json.problems[0]).toMatchObject({ code: "porte-invalid", cell: "C2", page: 1, line: 4 });
  });
});

describe("PDFs that cannot be read say why and what to do, in pt-BR", () => {
  test.each([
    [
      "escaneado.pdf",
      "não tem texto, só imagem: parece um documento digitalizado (escaneado). Passe-o por um programa de OCR",
    ],
    ["com-senha.pdf", "está protegido por senha: não dá para ler o seu texto."],
    ["truncado.pdf", "não pôde ser lido como PDF: está danificado, incompleto ou não é um PDF."],
    ["nao-e-pdf.pdf", "não pôde ser lido como PDF: está danificado, incompleto ou não é um PDF."],
  ])("%s → exit 2", async (name, message) => {
    const result = await runCli("validar", paths[name]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain(`"${paths[name]}" ${message}`);
    // Nothing of pdf.js's English.
    expect(result.stderr).not.toMatch(/Exception|Invalid|Warning|password|\bpage\b/i);
  });

  test("a PDF above MAX_PDF_BYTES is refused before it is read", async () => {
    const path = join(dir, "enorme.pdf");
    const fd = openSync(path, "w");
    ftruncateSync(fd, 101 * 1024 * 1024); // sparse: no disk used
    closeSync(fd);
    const result = await runCli("validar", path);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("tem 101,0 MB, acima do limite de 100 MB para PDF.");
  });
});

describe("layoutPdfText: text items to lines", () => {
  const item = (str: string, x: number, y: number, page = 1): PdfTextItem => ({
    str,
    x,
    y,
    width: str.length * 5,
    height: 10,
    page,
  });

  test("items on one baseline (within half a letter) form a line, left to right; pages in order", () => {
    expect(
      layoutPdfText([
        item("R$ 75.000,00", 300, 700.4),
        item("Araxá", 60, 700),
        item("1", 40, 699.8),
        item("Porte III", 200, 700),
        item("TOTAL", 40, 20, 2),
        item("Nº", 40, 720),
        item(" ", 100, 720),
      ]),
    ).toEqual([
      { text: "Nº", page: 1, line: 1 },
      { text: "1 Araxá Porte III R$ 75.000,00", page: 1, line: 2 },
      { text: "TOTAL", page: 2, line: 1 },
    ]);
  });

  test("a one-column table is not split at the white band between its cells", () => {
    const rows = ["Araxá", "Além Paraíba", "Alfenas", "Almenara", "Andrelândia"].map((name, i) => [
      item(String(i + 1), 40, 700 - 12 * i),
      item(name, 60, 700 - 12 * i),
      item("Porte III", 300, 700 - 12 * i),
      item("R$ 75.000,00", 400, 700 - 12 * i),
    ]);
    expect(layoutPdfText(rows.flat()).map((line) => line.text)).toEqual([
      "1 Araxá Porte III R$ 75.000,00",
      "2 Além Paraíba Porte III R$ 75.000,00",
      "3 Alfenas Porte III R$ 75.000,00",
      "4 Almenara Porte III R$ 75.000,00",
      "5 Andrelândia Porte III R$ 75.000,00",
    ]);
  });

  test("two columns on one baseline grid are read left then right, under a title across the page", () => {
    const row = (n: number, x: number, y: number) => [
      item(String(n), x, y),
      item("Araxá", x + 15, y),
      item("Porte III", x + 60, y),
      item("R$ 75.000,00", x + 110, y),
    ];
    const items = [
      item("ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017, COM A LISTA", 40, 760),
      ...[0, 1, 2, 3].flatMap((i) => [...row(i + 1, 40, 740 - 12 * i), ...row(i + 5, 300, 740 - 12 * i)]),
    ];
    expect(layoutPdfText(items).map((line) => `${line.line}: ${line.text}`)).toEqual([
      "1: ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017, COM A LISTA",
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n + 1}: ${n} Araxá Porte III R$ 75.000,00`),
    ]);
  });

  test("two columns of running text that do not share baselines are read left then right", () => {
    const items = [
      ...[0, 1, 2, 3, 4].map((i) => item(`esquerda ${i + 1} texto corrido`, 40, 700 - 12 * i)),
      ...[0, 1, 2, 3].map((i) => item(`direita ${i + 1} texto corrido`, 300, 694 - 14 * i)),
    ];
    expect(layoutPdfText(items).map((line) => line.text)).toEqual([
      "esquerda 1 texto corrido",
      "esquerda 2 texto corrido",
      "esquerda 3 texto corrido",
      "esquerda 4 texto corrido",
      "esquerda 5 texto corrido",
      "direita 1 texto corrido",
      "direita 2 texto corrido",
      "direita 3 texto corrido",
      "direita 4 texto corrido",
    ]);
  });
});
