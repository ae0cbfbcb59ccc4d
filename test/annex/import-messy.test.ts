import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importPublishedText, importTextFile, RuleError, validateAnnex, type Report } from "../../src/rules";
import { runCli } from "../support/run-cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-baguncados-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const codes = (report: Report) => report.problems.map((p) => [p.code, p.cell ?? `linha ${p.line}`]);
const csv = (text: string) => validateAnnex(importTextFile(new TextEncoder().encode(text), "csv"));
const published = (text: string) => validateAnnex(importPublishedText(text));

describe("TOTAL rows in their real spellings", () => {
  test.each(["TOTAL", "TOTAL:", "Total geral", "TOTAL GERAL (R$)", "Soma", "total "])(
    "%s closes the table in a sheet and is never read as a municipality",
    (label) => {
      const report = csv(
        `Nº;Município;Porte;Valor\n1;Araxá;Porte III;R$ 75.000,00\n2;Arinos;Porte I;R$ 35.000,00\n${label};;;R$ 110.000,00`,
      );
      expect(report.problems).toEqual([]);
      expect(report.summary).toMatchObject({ rows: 2, sum: "110000.00", declaredTotal: "110000.00" });
    },
  );

  test.each(["TOTAL: R$ 110.000,00", "Total geral 110.000,00", "TOTAL GERAL (R$) 110.000,00", "Soma R$ 110.000,00"])(
    "%s closes the table in published text",
    (line) => {
      const report = published(
        `Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,00\n2 | Arinos Porte I R$ 35.000,00\n${line}`,
      );
      expect(report.problems).toEqual([]);
      expect(report.summary).toMatchObject({ rows: 2, sum: "110000.00", declaredTotal: "110000.00" });
    },
  );
});

describe("no row vanishes: OCR-damaged amounts are read or reported with what was found", () => {
  const line = (amount: string) =>
    published(`Nº Município Porte R$\n1 | Araxá Porte III ${amount}\nTOTAL R$ 75.000,00`);

  test.each([
    ["R$ 60.000.00", "R$ 60.000.00"],
    ["R$ 75.000,0O", "R$ 75.000,0O"],
    ["RS 75.000,00", "RS 75.000,00"],
    ["R$ 75 000,00", "R$ 75 000,00"],
  ])("%s is value-invalid at D2 (line 2), found %s", (amount, found) => {
    expect(line(amount).problems).toEqual([
      expect.objectContaining({ code: "value-invalid", cell: "D2", line: 2, found }),
    ]);
  });

  test("an amount without R$ is read", () => {
    expect(line("75.000,00").problems).toEqual([]);
  });

  test("a line inside the table that is no annex row is reported with its line", () => {
    const report = published(
      "Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,00\nPágina 2 de 3\nTOTAL R$ 75.000,00",
    );
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "row-ignored",
        severity: "warning",
        cell: null,
        line: 3,
        found: "Página 2 de 3",
      }),
    ]);
  });

  test("rows after the TOTAL are reported, in text and in a sheet; notes there are not annex rows", () => {
    const text = published(
      "Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,00\nTOTAL R$ 75.000,00\n2 | Arinos Porte I R$ 35.000,00",
    );
    expect(codes(text)).toEqual([["row-after-total", "linha 4"]]);
    expect(text.valid).toBe(false);
    const sheet = csv(
      "Nº;Município;Porte;Valor\n1;Araxá;Porte III;R$ 75.000,00\nTOTAL;;;R$ 75.000,00\n\nFonte: SES/MG;;;\n2;Arinos;Porte I;R$ 35.000,00",
    );
    expect(codes(sheet)).toEqual([["row-after-total", "B6"]]);
  });

  test("a comma CSV whose unquoted 35.000,99 split into two fields is reported, never read as R$ 35.000,00", () => {
    const report = csv(
      'Nº,Município,Porte,Valor\n1,Araxá,Porte III,"75.000,00"\n2,Arinos,Porte I,35.000,99\nTOTAL,,,"110.000,99"',
    );
    expect(codes(report)).toEqual([
      ["extra-fields", "E3"],
      ["total-mismatch", "D4"],
    ]);
    expect(report.problems[0].found).toBe("99");
    expect(report.valid).toBe(false);
  });

  test("an unclosed quote is reported with the line it opened on", () => {
    const report = csv(
      'Nº;Município;Porte;Valor\n1;"Araxá;Porte III;R$ 75.000,00\n2;Arinos;Porte I;R$ 35.000,00\nTOTAL;;;R$ 110.000,00',
    );
    expect(report.problems[0]).toMatchObject({ code: "csv-quote", line: 2, cell: "A2" });
    expect(report.valid).toBe(false);
  });
});

describe("encodings are detected and read, or refused by name", () => {
  const TABLE = "Nº;Município;Porte;Valor\r\n1;São João del Rei;Porte III;R$ 75.000,00\r\nTOTAL;;;R$ 75.000,00\r\n";
  const utf16le = (text: string, bom: boolean) => {
    const body = Buffer.from(text, "utf16le");
    return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
  };

  test.each([
    ["UTF-8", new TextEncoder().encode(TABLE)],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TABLE)])],
    ["Windows-1252", new Uint8Array(Buffer.from(TABLE, "latin1"))],
    ["UTF-16 with BOM (Excel's Texto Unicode)", utf16le(TABLE, true)],
    ["UTF-16 without BOM", utf16le(TABLE, false)],
  ])("%s reads São João del Rei", (_, bytes) => {
    const sheet = importTextFile(bytes, "csv");
    expect(sheet.values[1][1]).toBe("São João del Rei");
    expect(validateAnnex(sheet).problems).toEqual([]);
  });

  test("a file with UTF-8 and Windows-1252 lines is read line by line, and the 1252 lines are named", () => {
    const bytes = Buffer.concat([
      Buffer.from("Nº;Município;Porte;Valor\n1;São João del Rei;Porte III;R$ 75.000,00\n", "utf8"),
      Buffer.from("2;Conceição das Alagoas;Porte III;R$ 75.000,00\nTOTAL;;;R$ 150.000,00\n", "latin1"),
    ]);
    const report = validateAnnex(importTextFile(new Uint8Array(bytes), "csv"));
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "encoding-mixed", severity: "warning", line: 3 }),
    ]);
    expect(report.problems[0].message).toContain("a linha 3 foi lida como Windows-1252");
    expect(report.summary.rows).toBe(2);
  });

  test.each([
    ["a PDF", "%PDF-1.7\n…", "é um PDF"],
    ["a workbook renamed", "PK\u0003\u0004xl/workbook.xml", "use a extensão .xlsx"],
  ])("%s is refused in pt-BR", (_, content, message) => {
    expect(() => importTextFile(new Uint8Array(Buffer.from(content, "latin1")), "csv")).toThrow(RuleError);
    expect(() => importTextFile(new Uint8Array(Buffer.from(content, "latin1")), "csv")).toThrow(message);
  });
});

describe("several annexes in one document", () => {
  const TWO = [
    "ANEXO I DA RESOLUÇÃO SES/MG Nº 1",
    "Nº Município Porte R$",
    "1 | Araxá Porte III R$ 75.000,00",
    "TOTAL R$ 75.000,00",
    "ANEXO II DA RESOLUÇÃO SES/MG Nº 1",
    "Nº Município Porte R$",
    "1 | Arinos Porte I R$ 35.000,00",
    "2 | Janaúba Porte III R$ 75.000,00",
    "TOTAL R$ 110.000,00",
  ].join("\n");

  test("both are listed; the first is checked by default and the output says so", async () => {
    const file = join(dir, "dois-anexos.txt");
    writeFileSync(file, TWO);
    const json = await runCli("validar", file, "--json");
    const report = JSON.parse(json.stdout);
    expect(report.annex).toEqual({
      number: 1,
      tables: [
        // The cells of the sheet "Colar texto publicado" writes (titles, a blank row between), and the lines.
        { number: 1, kind: "porte", title: "ANEXO I DA RESOLUÇÃO SES/MG Nº 1", cell: "A2", line: 2, page: null },
        { number: 2, kind: "porte", title: "ANEXO II DA RESOLUÇÃO SES/MG Nº 1", cell: "A7", line: 6, page: null },
      ],
    });
    expect(report.summary.rows).toBe(1);
    const text = await runCli("validar", file);
    expect(text.stdout).toContain(
      "Anexo 1 (ANEXO I DA RESOLUÇÃO SES/MG Nº 1), linha 2, de 2 no arquivo; os outros: 2 (ANEXO II DA RESOLUÇÃO SES/MG Nº 1), linha 6. Use --anexo N para conferir outro.",
    );
  });

  test("--anexo 2 checks the second; --anexo 3 is refused with the list", async () => {
    const file = join(dir, "dois-anexos-2.txt");
    writeFileSync(file, TWO);
    const second = JSON.parse((await runCli("validar", file, "--anexo", "2", "--json")).stdout);
    expect(second.summary).toMatchObject({ rows: 2, sum: "110000.00", declaredTotal: "110000.00" });
    expect(second.problems).toEqual([]);
    const third = await runCli("validar", file, "--anexo", "3");
    expect(third.code).toBe(2);
    expect(third.stderr).toContain("Não há anexo 3: há 2 anexos: 1 (ANEXO I DA RESOLUÇÃO SES/MG Nº 1, linha 2)");
  });
});

describe("redigir accounts for every row of the list", () => {
  test("a row after the TOTAL is refused with its cell, nothing is written", async () => {
    const list = join(dir, "lista-total.csv");
    writeFileSync(list, "Município;Teto MAC\nAraxá;R$ 6.000.000,00\nTOTAL;R$ 6.000.000,00\nArinos;R$ 1.000.000,00\n");
    const result = await runCli("redigir", list, "--saida", join(dir, "nao-gravado.xlsx"));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("A4: linha depois do TOTAL (A3)");
  });

  test("a list with nothing to draft (only Belo Horizonte, excluded by Art. 2º) is an error, not an empty annex", async () => {
    const list = join(dir, "lista-bh.csv");
    writeFileSync(list, "Município;Teto MAC\nBelo Horizonte;R$ 900.000.000,00\n");
    const result = await runCli("redigir", list, "--saida", join(dir, "vazio.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Nada a redigir: Belo Horizonte não é beneficiário (Art. 2º, parágrafo único");
  });
});

describe("a hostile cell stays small in the report", () => {
  test("a 20,000-character name is reported with its first 500 characters and its length", () => {
    const name = "A".repeat(20_000);
    const report = csv(`Nº;Município;Porte;Valor\n1;${name};Porte I;R$ 35.000,00\nTOTAL;;;R$ 35.000,00`);
    const unknown = report.problems.find((p) => p.column === "B");
    expect(unknown?.found).toBe(`${"A".repeat(500)}… (20000 caracteres)`);
  });

  test("a 5 MB field of a CSV is cut to its start, with a note on the cell", () => {
    const name = "A".repeat(5 * 1024 * 1024);
    const report = csv(`Nº;Município;Porte;Valor\n1;${name};Porte I;R$ 35.000,00\nTOTAL;;;R$ 35.000,00`);
    const unknown = report.problems.find((p) => p.column === "B");
    expect(unknown?.found).toBe(`${"A".repeat(200)}…`);
    expect(unknown?.message).toContain(
      "texto de 5.242.880 caracteres, acima do limite de 32.767 de uma célula do Excel",
    );
  });
});
