import {
  layoutPdfText,
  readCsv,
  readPublishedText,
  tabulatePublishedText,
  validateAnnex,
  type PdfTextItem,
} from "../../src/rules";

// The module-level patterns of src/rules/import, each pinned by lines that tell it from its near variants (the
// static mutants StrykerJS found surviving): where an amount ends a pasted line and what stands before it, row
// numbers as OCR leaves them, the TOTAL and annex-title lines, soft line breaks, the lines of a CSV whose lines
// end in a lone "\r", and when a PDF page is read as two columns.

const HEADER = ["Nº", "Município", "Porte", "Valor"];
const TOTAL = "TOTAL R$ 75.000,00";
const TOTAL_ROW = ["TOTAL", "", "", "R$ 75.000,00"];
/** A pasted annex: its header line, then the given lines (line 2 on), then a TOTAL of R$ 75.000,00. */
const annex = (...lines: string[]) => ["Nº Município Porte R$", ...lines, TOTAL].join("\n");

describe("the amount that ends a pasted line", () => {
  test.each([
    ["R $ 75.000,00", "an OCR space between R and $"],
    ["R$75.000,00", "no space after R$"],
    ["R$ - 75.000,00", "a minus sign apart from the digits"],
    ["RS 75.000,00", "RS for R$"],
  ])("%s (%s) is the whole amount, kept verbatim", (amount) => {
    expect(readPublishedText(annex(`1 | Araxá Porte III ${amount}`))).toEqual({
      values: [HEADER, ["1", "Araxá", "Porte III", amount], TOTAL_ROW],
      lines: [1, 2, 3],
      pages: [null, null, null],
      problems: [],
    });
  });

  test("only the amount at the end of the line is the amount: a number with a separator before it is not", () => {
    expect(readPublishedText(annex("3 | Bambuí (Lei 1.234,5) Porte I R$ 35.000,00")).values).toEqual([
      HEADER,
      ["3", "Bambuí (Lei 1.234,5)", "Porte I", "R$ 35.000,00"],
      TOTAL_ROW,
    ]);
  });

  test("lines whose numbers are no amount at their end are reported, not read as rows", () => {
    const read = readPublishedText(annex("Resolução SES/MG nº 1.234/2017", "Belo Horizonte, 10 de maio de 2017"));
    expect(read.values).toEqual([HEADER, TOTAL_ROW]);
    expect(read.problems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 2,
        message: 'Linha 2 dentro do anexo não foi lida como linha do anexo: "Resolução SES/MG nº 1.234/2017".',
        found: "Resolução SES/MG nº 1.234/2017",
      },
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 3,
        message: 'Linha 3 dentro do anexo não foi lida como linha do anexo: "Belo Horizonte, 10 de maio de 2017".',
        found: "Belo Horizonte, 10 de maio de 2017",
      },
    ]);
  });

  test("a TOTAL glued to its amount is still the TOTAL", () => {
    expect(
      readPublishedText("Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,00\nTOTAL:R$ 75.000,00").values,
    ).toEqual([HEADER, ["1", "Araxá", "Porte III", "R$ 75.000,00"], TOTAL_ROW]);
  });
});

describe("the number that starts a pasted line, as OCR leaves it", () => {
  test.each(["12|Betim", "12 ! Betim", "12 | Betim", "12Betim"])(
    "%s, with porte and amount, is row 12, Betim",
    (start) => {
      expect(readPublishedText(annex(`${start} Porte I R$ 35.000,00`)).values).toEqual([
        HEADER,
        ["12", "Betim", "Porte I", "R$ 35.000,00"],
        TOTAL_ROW,
      ]);
    },
  );

  test.each(["12|Betim", "12 ! Betim", "12 | Betim", "12Betim"])(
    "%s, with neither porte nor amount, is still row 12, Betim",
    (line) => {
      expect(readPublishedText(annex(line))).toEqual({
        values: [HEADER, ["12", "Betim", "", ""], TOTAL_ROW],
        lines: [1, 2, 3],
        pages: [null, null, null],
        problems: [],
      });
    },
  );

  test("a number inside a line without porte nor amount does not make it a row", () => {
    expect(readPublishedText(annex("Página 2 de 3")).problems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 2,
        message: 'Linha 2 dentro do anexo não foi lida como linha do anexo: "Página 2 de 3".',
        found: "Página 2 de 3",
      },
    ]);
  });
});

describe("the TOTAL line", () => {
  test("a Subtotal is no TOTAL: the table goes on after it", () => {
    const read = readPublishedText(
      annex("1 | Araxá Porte III R$ 40.000,00", "Subtotal R$ 40.000,00", "2 | Arinos Porte I R$ 35.000,00"),
    );
    expect(read.values).toEqual([
      HEADER,
      ["1", "Araxá", "Porte III", "R$ 40.000,00"],
      ["", "Subtotal", "", "R$ 40.000,00"],
      ["2", "Arinos", "Porte I", "R$ 35.000,00"],
      TOTAL_ROW,
    ]);
    expect(read.problems).toEqual([]);
  });

  test("a line that only starts like a TOTAL is no TOTAL: it is reported and the table goes on", () => {
    const read = readPublishedText(
      annex("1 | Araxá Porte III R$ 40.000,00", "Total de municípios: 2", "2 | Arinos Porte I R$ 35.000,00"),
    );
    expect(read.values).toEqual([
      HEADER,
      ["1", "Araxá", "Porte III", "R$ 40.000,00"],
      ["2", "Arinos", "Porte I", "R$ 35.000,00"],
      TOTAL_ROW,
    ]);
    expect(read.lines).toEqual([1, 2, 4, 5]);
    expect(read.problems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 3,
        message: 'Linha 3 dentro do anexo não foi lida como linha do anexo: "Total de municípios: 2".',
        found: "Total de municípios: 2",
      },
    ]);
  });

  test.each(["TOTAL GERAL R$", "TOTAL GERAL RS", "TOTAL R5", "TOTAL R §", "Soma (R$)"])(
    "%s, with its amount on the next line, is the TOTAL (R$ in its OCR forms, as in amounts)",
    (label) => {
      expect(readPublishedText(`Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,00\n${label}\n75.000,00`)).toEqual(
        {
          values: [HEADER, ["1", "Araxá", "Porte III", "R$ 75.000,00"], ["TOTAL", "", "", "75.000,00"]],
          lines: [1, 2, 4],
          pages: [null, null, null],
          problems: [],
        },
      );
    },
  );

  test("a sheet's TOTAL GERAL RS row closes the table too", () => {
    const report = validateAnnex(
      readCsv(
        "Nº;Município;Porte;Valor\n1;Araxá;Porte III;R$ 75.000,00\n2;Arinos;Porte I;R$ 35.000,00\nTOTAL GERAL RS;;;R$ 110.000,00",
      ),
    );
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 2, sum: "110000.00", declaredTotal: "110000.00" });
  });
});

describe("annex titles", () => {
  test("a sentence that names an annex in its middle is no title of the next table", () => {
    const read = readPublishedText(
      [
        "ANEXO I",
        "Nº Município Porte R$",
        "1 | Araxá Porte III R$ 75.000,00",
        TOTAL,
        "Os municípios do Anexo II recebem:",
        "Nº Município Porte R$",
        "1 | Arinos Porte I R$ 35.000,00",
        "TOTAL R$ 35.000,00",
      ].join("\n"),
    );
    expect(read.values).toEqual([
      ["ANEXO I"],
      HEADER,
      ["1", "Araxá", "Porte III", "R$ 75.000,00"],
      TOTAL_ROW,
      [],
      HEADER,
      ["1", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
    expect(read.lines).toEqual([null, 2, 3, 4, null, 6, 7, 8]);
  });
});

describe("soft line breaks inside a pasted line", () => {
  test("U+2028, U+2029 and NEL between the words of a name or a label stand for a space", () => {
    expect(
      readPublishedText(
        annex("2 | Além\u2028Paraíba Porte\u2029III R$ 75.000,00", "3 | Bom\u0085Despacho Porte I R$ 1,00"),
      ).values,
    ).toEqual([
      HEADER,
      ["2", "Além Paraíba", "Porte III", "R$ 75.000,00"],
      ["3", "Bom Despacho", "Porte I", "R$ 1,00"],
      TOTAL_ROW,
    ]);
  });
});

describe("the pane's sheet", () => {
  test("the header stays text; row numbers and clean amounts become numbers; a row without number keeps it empty", () => {
    const sheet = tabulatePublishedText(annex("12 | Betim Porte I R$ 40.000,00", "Arinos Porte I R$ 35.000,00"));
    expect(sheet.values).toEqual([
      ["Nº", "Município", "Porte", "Valor"],
      [12, "Betim", "Porte I", 40000],
      ["", "Arinos", "Porte I", 35000],
      ["TOTAL", "", "", 75000],
    ]);
  });
});

describe("the lines of a CSV", () => {
  const openQuote = (line: number) => ({
    code: "csv-quote",
    rowIndex: 2,
    columnIndex: 0,
    line,
    message: `Aspas abertas na linha ${line} e nunca fechadas: tudo o que vem depois virou um só campo. Feche as aspas no arquivo.`,
  });

  test('lines ending in a lone "\\r" (Excel for Mac\'s "CSV (Macintosh)") count as lines', () => {
    const sheet = readCsv('Nº;Município\r1;Araxá\r2;"Arinos\r3;Bambuí');
    expect(sheet.values).toEqual([
      ["Nº", "Município"],
      ["1", "Araxá"],
      ["2", "Arinos\r3;Bambuí"],
    ]);
    expect(sheet.readerProblems).toEqual([openQuote(3)]);
  });

  test('"\\r\\n" is one line break, not two', () => {
    expect(readCsv('Nº;Município\r\n1;Araxá\r\n2;"Arinos\r\n3;Bambuí').readerProblems).toEqual([openQuote(3)]);
  });

  test("commas inside quoted fields do not make the comma the separator", () => {
    expect(readCsv('Nº;Município;Observação\n1;Araxá;"a, b, c, d"').values).toEqual([
      ["Nº", "Município", "Observação"],
      ["1", "Araxá", "a, b, c, d"],
    ]);
  });
});

describe("a PDF table whose cells hold a number with a separator in their middle", () => {
  /** An item 10 points high and 5 points a letter wide, on page 1. */
  const item = (str: string, x: number, y: number): PdfTextItem => ({
    str,
    x,
    y,
    width: str.length * 5,
    height: 10,
    page: 1,
  });

  test("is read row by row: only a side whose lines end with an amount counts as a column of whole rows", () => {
    const items = [100, 80, 60, 40].flatMap((y, i) => [
      item(`${i + 1}`, 40, y),
      item("Araxá 12,50 km", 70, y),
      item("Porte III", 170, y),
    ]);
    expect(layoutPdfText(items).map((line) => line.text)).toEqual([
      "1 Araxá 12,50 km Porte III",
      "2 Araxá 12,50 km Porte III",
      "3 Araxá 12,50 km Porte III",
      "4 Araxá 12,50 km Porte III",
    ]);
  });
});
