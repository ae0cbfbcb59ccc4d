import {
  ANNEX_KINDS,
  columnsOf,
  describeTables,
  findAnnexTables,
  parseA1,
  PORTE_COLUMNS,
  readCsv,
  validateAnnex,
  validatePorteAnnex,
  type CellValue,
  type Problem,
  type Sheet,
} from "../../src/rules";
import { RuleError } from "../../src/rules/errors";
import { isTotalRow } from "../../src/rules/annex/rows";
import { clip } from "../../src/rules/annex/text";
import { annex, GOOD_ROWS, HEADER, TITLE } from "./support";

// Edges of the parts every kind of annex shares: reading a header row, the title above it, the TOTAL row, blank
// rows, the rows after the TOTAL, the extra fields of a split CSV row, and the report's list of tables.

const TOTAL_ROW: CellValue[] = ["TOTAL", "", "", "R$ 185.000,00"];

/** The fields of a problem that say what it is and where. */
function described(sheet: Sheet): Array<Pick<Problem, "cell" | "code" | "message" | "found">> {
  return validatePorteAnnex(sheet).problems.map(({ cell, code, message, found }) => ({ cell, code, message, found }));
}

describe("the columns of a header row", () => {
  test("the first cell of each role is taken; a cell that names none is skipped", () => {
    const row = ["Nº", "Município", "Observação", "Porte", "R$", "Valor", "Município"];
    expect(columnsOf(row, PORTE_COLUMNS)).toEqual({ numero: 0, municipio: 1, porte: 3, valor: 4 });
  });

  test("a header cell of exactly 80 characters is read; one of 81 is not", () => {
    // "Município" and leader dots: 9 + 71 = 80 characters, 9 + 72 = 81.
    expect(columnsOf([`Município${".".repeat(71)}`], PORTE_COLUMNS)).toEqual({ municipio: 0 });
    expect(columnsOf([`Município${".".repeat(72)}`], PORTE_COLUMNS)).toEqual({});
  });

  test("spaces padding a header cell do not count in its length", () => {
    // 109 characters in the cell, 9 once trimmed: the header used to be missed (header-not-found).
    expect(columnsOf([`Município${" ".repeat(100)}`, "  Porte", "R$   "], PORTE_COLUMNS)).toEqual({
      municipio: 0,
      porte: 1,
      valor: 2,
    });
    const padded = annex(GOOD_ROWS, "R$ 185.000,00", ["Nº", `Município${" ".repeat(100)}`, "Porte", "R$"]);
    expect(described(padded)).toEqual([]);
  });

  test("a blank cell names no column, even for a kind whose pattern accepts an empty text", () => {
    const optional: ReadonlyArray<readonly ["valor", RegExp]> = [["valor", /^(valor)?$/]];
    expect(columnsOf(["", "   ", "Valor"], optional)).toEqual({ valor: 2 });
  });

  test("a header row with an empty cell or a number in it is still a header", () => {
    const values: CellValue[][] = [
      [null, "Município", "Porte", "R$", 2017],
      [null, "Araxá", "Porte III", 75000],
      [null, "TOTAL", "", 75000],
    ];
    expect(findAnnexTables(values, ANNEX_KINDS)).toEqual([
      {
        kind: "porte",
        header: { rowIndex: 0, columns: { municipio: 1, porte: 2, valor: 3 } },
        endRowIndex: 3,
        title: null,
      },
    ]);
  });
});

describe("the tables of a sheet and their titles", () => {
  const table = (rows: CellValue[][]): CellValue[][] => [["Nº", "Município", "Porte", "R$"], ...rows];

  test("each table ends at the next header; a table without a title does not take the one of the table before", () => {
    const values: CellValue[][] = [
      ["ANEXO I"],
      ...table([
        [1, "Araxá", "Porte III", 75000],
        ["TOTAL", "", "", 75000],
      ]),
      ...table([
        [1, "Arinos", "Porte I", 35000],
        ["TOTAL", "", "", 35000],
      ]),
      ["ANEXO III"],
      ...table([
        [1, "Janaúba", "Porte III", 75000],
        ["TOTAL", "", "", 75000],
      ]),
      ...table([
        [1, "Betim", "Porte VI", 150000],
        ["TOTAL", "", "", 150000],
      ]),
    ];
    expect(findAnnexTables(values, ANNEX_KINDS).map((t) => [t.header.rowIndex, t.endRowIndex, t.title])).toEqual([
      [1, 4, "ANEXO I"],
      [4, 8, null],
      [8, 11, "ANEXO III"],
      [11, 14, null],
    ]);
  });

  const titleOf = (above: CellValue[][]) =>
    findAnnexTables([...above, HEADER, ...GOOD_ROWS, TOTAL_ROW], ANNEX_KINDS).map((t) => t.title);

  test("the title is read trimmed, past empty cells and numbers", () => {
    // 266 characters with its padding, 63 without: the padded title used to be dropped (null).
    expect(titleOf([[`   ${TITLE}${" ".repeat(200)}`], [null, 7, "Lista de municípios"], [null]])).toEqual([TITLE]);
  });

  test("a title of exactly 200 characters is read; one of 201 is not", () => {
    expect(titleOf([[`ANEXO I ${"x".repeat(192)}`]])).toEqual([`ANEXO I ${"x".repeat(192)}`]);
    expect(titleOf([[`ANEXO I ${"x".repeat(193)}`]])).toEqual([null]);
  });

  test("a text that only mentions an annex is no title", () => {
    expect(titleOf([["Conforme o anexo I da Resolução SES/MG nº 5.978"]])).toEqual([null]);
  });
});

describe("the TOTAL row", () => {
  test.each([
    [["TOTAL"], true],
    [["", "TOTAL"], true], // an empty cell before it, as Excel hands it over
    [[" ", "Total geral"], true], // a cell holding a space before it
    [[null, 0, `TOTAL${" ".repeat(20)}`], true], // padded to 25 characters: 5 once trimmed
    [["(=) TOTAL"], true], // punctuation before the word, as accountants write it
    [["(=) TOTAL GERAL (R$):"], true], // 21 characters, read as the pasted text reads it
    [[`TOTAL ${".".repeat(40)} R$`], true], // leader dots, as in the Diário
    [[`TOTAL${" ".repeat(190)}GERAL`], true], // exactly 200 characters
    [[`TOTAL${" ".repeat(191)}GERAL`], false], // 201 characters: not read, so a long cell costs no normalizing
    [["Araxá", "TOTAL"], false], // only the first text counts
    [["Total de municípios"], false],
    [[" ", ""], false],
  ])("%j → %s", (row, total) => {
    expect(isTotalRow(row)).toBe(total);
  });

  test('a TOTAL written "(=) TOTAL" closes the table', () => {
    // It used to be read as an annex row: Nº, Município and Porte problems, and total-missing.
    expect(described({ values: [[TITLE], [], HEADER, ...GOOD_ROWS, ["(=) TOTAL", "", "", "R$ 185.000,00"]] })).toEqual(
      [],
    );
  });

  test("a TOTAL in the second column, after an empty or a blank cell, closes the table", () => {
    expect(described({ values: [[TITLE], HEADER, ...GOOD_ROWS, ["", "TOTAL", "", "R$ 185.000,00"]] })).toEqual([]);
    expect(described({ values: [[TITLE], HEADER, ...GOOD_ROWS, [" ", "TOTAL", "", "R$ 185.000,00"]] })).toEqual([]);
  });
});

describe("blank rows and the rows after the TOTAL", () => {
  test("a row of empty cells (null, undefined, spaces) and an empty row are skipped, not checked", () => {
    const sheet = annex([GOOD_ROWS[0], [null, undefined, "  ", ""], GOOD_ROWS[1], [], [undefined], GOOD_ROWS[2]]);
    const report = validatePorteAnnex(sheet);
    expect(report.problems).toEqual([]);
    expect(report.summary.rows).toBe(3);
  });

  test("an annex row after the TOTAL is reported on its municipality; a note there is not", () => {
    const values = [[TITLE], [], HEADER, ...GOOD_ROWS, TOTAL_ROW, [4, "Bambuí", "Porte I", 35000], ["Fonte: SES/MG"]];
    expect(described({ values })).toEqual([
      {
        cell: "B8",
        code: "row-after-total",
        message: 'Linha depois do TOTAL, fora da soma: "Bambuí".',
        found: "Bambuí",
      },
    ]);
  });
});

describe("extra fields of a CSV row", () => {
  const SPLIT =
    'Num CSV separado por vírgulas, um valor como 35.000,99 sem aspas vira dois campos; ponha o valor entre aspas ou separe com ";".';

  test("an unquoted amount in a comma-separated file is reported on its second half", () => {
    const csv =
      'Nº,Município,Porte,R$\n1,Araxá,Porte III,"R$ 75.000,00"\n2,Janaúba,Porte III,75.000,00\nTOTAL,,,"R$ 75.000,00"\n';
    expect(described(readCsv(csv))).toEqual([
      {
        cell: "E3",
        code: "extra-fields",
        message: `A linha tem 5 campos e o cabeçalho 4: sobra "00". ${SPLIT}`,
        found: "00",
      },
      {
        cell: "D4",
        code: "total-mismatch",
        message: "O TOTAL declarado, R$ 75.000,00, não é a soma das linhas: R$ 150.000,00.",
        found: "75000.00",
      },
    ]);
  });

  test("the header's width ends at its last named column: empty header fields after it do not count", () => {
    // Excel writes "R$;;" when some row has two more fields; here the header has 6 fields, 4 of them named.
    const csv = [
      "Nº;Município;Porte;R$;;",
      "1;Araxá;Porte III;R$ 75.000,00;;",
      "2;Janaúba;Porte III;R$ 75.000,00;conferido;ok",
      "3;Arinos;Porte I;35.000,00;;",
      "TOTAL;;;R$ 185.000,00;;",
    ].join("\n");
    expect(described(readCsv(csv))).toEqual([
      {
        cell: "E3",
        code: "extra-fields",
        message: `A linha tem 6 campos e o cabeçalho 4: sobra "conferido", "ok". ${SPLIT}`,
        found: "conferido | ok",
      },
    ]);
  });

  test("a sheet from Excel may hold notes right of the table: no extra fields there", () => {
    const sheet = annex([GOOD_ROWS[0], [...GOOD_ROWS[1], "conferido"], GOOD_ROWS[2]]);
    expect(described(sheet)).toEqual([]);
  });
});

describe("cells as shown in messages", () => {
  test("a boolean is shown as Excel shows it in Portuguese", () => {
    const sheet = annex([GOOD_ROWS[0], [2, "Janaúba", false, true], GOOD_ROWS[2]]);
    expect(described(sheet)).toEqual([
      {
        cell: "D6",
        code: "value-invalid",
        message: 'Valor ilegível: "VERDADEIRO"; escreva como R$ 35.000,00.',
        found: "VERDADEIRO",
      },
      {
        cell: "C6",
        code: "porte-invalid",
        message: 'Porte ilegível: "FALSO". Use Porte I a Porte VI.',
        found: "FALSO",
      },
    ]);
  });

  test("a text of exactly 80 characters is shown whole; one of 81 is cut, with its length", () => {
    expect(clip("a".repeat(80))).toBe("a".repeat(80));
    expect(clip("a".repeat(81))).toBe(`${"a".repeat(80)}… (81 caracteres)`);
  });
});

describe("A1 addresses", () => {
  test("absolute and padded addresses are read", () => {
    expect(parseA1(" $C$12 ")).toEqual({ row: 12, column: 3 });
    expect(parseA1("xfd1048576")).toEqual({ row: 1048576, column: 16384 });
  });

  test.each(["C12x", "ABCD1", "1C12", ""])("%j is no address", (address) => {
    expect(() => parseA1(address)).toThrow(new Error(`Endereço de célula inválido: "${address}".`));
  });
});

describe("the list of tables, and the choice of one", () => {
  const twoTables = (): Sheet => ({
    origin: "B3",
    values: [[TITLE], [], HEADER, ...GOOD_ROWS, TOTAL_ROW, [], HEADER, GOOD_ROWS[0], ["TOTAL", "", "", 75000]],
  });
  const TWO =
    "há 2 anexos: 1 (ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017, linha 5); 2 (anexo de porte, linha 11).";
  const ONE = "há 1 anexo: 1 (ANEXO I DA RESOLUÇÃO SES/MG Nº 5.978, DE 23 DE NOVEMBRO DE 2017, linha 4).";

  test("one table, on a sheet without an origin (A1): its title and its row", () => {
    const sheet = annex(GOOD_ROWS);
    expect(describeTables(sheet, findAnnexTables(sheet.values, ANNEX_KINDS))).toBe(ONE);
  });

  test("two tables, on a sheet that starts at B3", () => {
    const sheet = twoTables();
    expect(describeTables(sheet, findAnnexTables(sheet.values, ANNEX_KINDS))).toBe(TWO);
  });

  test("no table", () => {
    expect(describeTables({ values: [["Art. 1º"]] }, [])).toBe("nenhum anexo encontrado.");
  });

  test.each([
    [0, annex(GOOD_ROWS), `Não há anexo 0: ${ONE}`],
    [2, annex(GOOD_ROWS), `Não há anexo 2: ${ONE}`],
    [1.5, twoTables(), `Não há anexo 1.5: ${TWO}`],
  ])("there is no annex %s", (number, sheet, message) => {
    expect(() => validateAnnex(sheet, { annex: number })).toThrow(new RuleError("invalid", message));
  });
});

describe("the summary's counts", () => {
  test("an annex without a TOTAL row: one warning, besides its errors", () => {
    const values = [[TITLE], [], HEADER, GOOD_ROWS[0], GOOD_ROWS[1], [3, "Arinos", "Porte II", "35.000,00"]];
    const report = validatePorteAnnex({ values });
    expect(report.problems.map(({ cell, code, severity, message }) => ({ cell, code, severity, message }))).toEqual([
      {
        cell: "D6",
        code: "value-mismatch",
        severity: "error",
        message: "O valor R$ 35.000,00 não é o incentivo do Porte II: R$ 60.000,00 (Art. 4º).",
      },
      {
        cell: null,
        code: "total-missing",
        severity: "warning",
        message: "Não há linha TOTAL: a soma não pôde ser conferida com o total declarado.",
      },
    ]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 1 });
  });
});
