import { BRL_NUMBER_FORMAT, importPublishedText, readPublishedText, tabulatePublishedText } from "../../src/rules";

// Edges of the reading of annex tables in text copied from the Diário: what makes a header line, TOTAL lines
// (with the amount on its line, on the next, or never), what is reported after the TOTAL, several tables
// with and without titles, and the sheet the pane writes from them.

const HEADER = ["Nº", "Município", "Porte", "Valor"];
const ARAXA = "1 | Araxá Porte III R$ 75.000,00";
const ARAXA_ROW = ["1", "Araxá", "Porte III", "R$ 75.000,00"];

describe("the header line", () => {
  test("a short line with porte and valor but no município is no header", () => {
    const read = readPublishedText(
      `O valor de cada porte está abaixo.\nNº Município Porte R$\n${ARAXA}\nTOTAL R$ 75.000,00`,
    );
    expect(read.values).toEqual([HEADER, ARAXA_ROW, ["TOTAL", "", "", "R$ 75.000,00"]]);
    expect(read.lines).toEqual([2, 3, 4]);
  });

  test("a sentence of 80 characters or more is no header, whatever its words", () => {
    const read = readPublishedText(
      `Cada município recebe o valor em R$ do seu porte, conforme a tabela a seguir, publicada pela secretaria.\nNº Município Porte R$\n${ARAXA}\nTOTAL R$ 75.000,00`,
    );
    expect(read.lines).toEqual([2, 3, 4]);
  });

  // "Município Porte R$ " is 19 characters once normalized ("municipio porte r$ ").
  test("79 characters (normalized) can be a header; 80 cannot", () => {
    const body = `\n${ARAXA}\nTOTAL R$ 75.000,00`;
    expect(readPublishedText(`Município Porte R$ ${"a".repeat(60)}${body}`).lines).toEqual([1, 2, 3]);
    expect(readPublishedText(`Município Porte R$ ${"a".repeat(61)}${body}`).values).toEqual([]);
  });

  test("a header may hold one digit (a footnote), not two", () => {
    const body = `\n${ARAXA}\nTOTAL R$ 75.000,00`;
    expect(readPublishedText(`Nº Município Porte Valor (R$) (1)${body}`).values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["TOTAL", "", "", "R$ 75.000,00"],
    ]);
    expect(readPublishedText(`Nº Município Porte Valor (R$) (12)${body}`).values).toEqual([]);
  });
});

describe("lines inside a table", () => {
  test("a soft line break of a word processor inside a row (U+2028, U+2029, NEL) is a space, not a lost row", () => {
    for (const soft of ["\u2028", "\u2029", "\u0085"]) {
      const { values, problems } = readPublishedText(`Nº Município Porte R$\n1 | Araxá${soft}Porte III R$ 75.000,00`);
      expect(values[1]).toEqual(ARAXA_ROW);
      expect(problems).toEqual([]);
    }
  });

  test("a line that is no annex row is reported with its line, capitalized", () => {
    expect(readPublishedText(`Nº Município Porte R$\n${ARAXA}\nPágina 2 de 3\nTOTAL R$ 75.000,00`).problems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 3,
        message: 'Linha 3 dentro do anexo não foi lida como linha do anexo: "Página 2 de 3".',
        found: "Página 2 de 3",
      },
    ]);
  });

  test("with places, the problem points to the page and its line", () => {
    const places = [
      { page: 1, line: 40 },
      { page: 1, line: 41 },
      { page: 2, line: 1 },
      { page: 2, line: 2 },
    ];
    const read = readPublishedText(`Nº Município Porte R$\n${ARAXA}\nPágina 2 de 3\nTOTAL R$ 75.000,00`, places);
    expect(read.problems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        line: 1,
        page: 2,
        message: 'Pág. 2, linha 1 dentro do anexo não foi lida como linha do anexo: "Página 2 de 3".',
        found: "Página 2 de 3",
      },
    ]);
    expect([read.lines, read.pages]).toEqual([
      [40, 41, 2],
      [1, 1, 2],
    ]);
  });

  test("a row with an amount but neither number nor porte is an annex row", () => {
    expect(readPublishedText("Nº Município Porte R$\nAraxá R$ 75.000,00\nTOTAL R$ 75.000,00")).toEqual({
      values: [HEADER, ["", "Araxá", "", "R$ 75.000,00"], ["TOTAL", "", "", "R$ 75.000,00"]],
      lines: [1, 2, 3],
      pages: [null, null, null],
      problems: [],
    });
  });

  test("a numbered line with neither porte nor amount is an annex row", () => {
    expect(readPublishedText(`Nº Município Porte R$\n${ARAXA}\n2 | Arinos\nTOTAL R$ 75.000,00`).values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["2", "Arinos", "", ""],
      ["TOTAL", "", "", "R$ 75.000,00"],
    ]);
  });

  test("a line with only an amount, before the TOTAL, is a row that lost its number and name", () => {
    expect(readPublishedText(`Nº Município Porte R$\n${ARAXA}\nR$ 5.000,00\nTOTAL R$ 80.000,00`).values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["", "", "", "R$ 5.000,00"],
      ["TOTAL", "", "", "R$ 80.000,00"],
    ]);
  });

  test("an annex title in the middle of a table does not end it", () => {
    const read = readPublishedText(
      `Nº Município Porte R$\n${ARAXA}\nANEXO I (continuação)\n2 | Arinos Porte I R$ 35.000,00\nTOTAL R$ 110.000,00`,
    );
    expect(read.values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["2", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 110.000,00"],
    ]);
    expect(read.lines).toEqual([1, 2, 4, 5]);
  });
});

describe("the TOTAL", () => {
  test("a TOTAL whose amount never comes is a TOTAL row without amount", () => {
    expect(readPublishedText(`Nº Município Porte R$\n${ARAXA}\nTOTAL\n`)).toEqual({
      values: [HEADER, ARAXA_ROW, ["TOTAL", "", "", ""]],
      lines: [1, 2, null],
      pages: [null, null, null],
      problems: [],
    });
  });

  test("a TOTAL whose amount never comes, before the next annex, closes its table", () => {
    const read = readPublishedText(
      `Nº Município Porte R$\n${ARAXA}\nTOTAL\nANEXO II\nNº Município Porte R$\n2 | Arinos Porte I R$ 35.000,00\nTOTAL R$ 35.000,00`,
    );
    expect(read.values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["TOTAL", "", "", ""],
      [],
      ["ANEXO II"],
      HEADER,
      ["2", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
    expect(read.lines).toEqual([1, 2, null, null, null, 5, 6, 7]);
  });

  test("a row where the TOTAL's amount was awaited is reported, and the TOTAL stays without amount", () => {
    expect(readPublishedText(`Nº Município Porte R$\n${ARAXA}\nTOTAL\n2 | Arinos Porte I R$ 35.000,00`)).toEqual({
      values: [HEADER, ARAXA_ROW, ["TOTAL", "", "", ""]],
      lines: [1, 2, null],
      pages: [null, null, null],
      problems: [
        {
          code: "row-after-total",
          rowIndex: null,
          columnIndex: 0,
          line: 4,
          message: 'Linha 4 depois do TOTAL, fora da soma: "2 | Arinos Porte I R$ 35.000,00".',
          found: "2 | Arinos Porte I R$ 35.000,00",
        },
      ],
    });
  });

  test("after a TOTAL with its amount, a second TOTAL or a lone amount is reported, not read", () => {
    const read = readPublishedText(`Nº Município Porte R$\n${ARAXA}\nTOTAL R$ 75.000,00\nTOTAL R$ 1,00\nR$ 2,00`);
    expect(read.values).toEqual([HEADER, ARAXA_ROW, ["TOTAL", "", "", "R$ 75.000,00"]]);
    expect(read.problems.map((p) => [p.code, p.line, p.message])).toEqual([
      ["row-after-total", 4, 'Linha 4 depois do TOTAL, fora da soma: "TOTAL R$ 1,00".'],
      ["row-after-total", 5, 'Linha 5 depois do TOTAL, fora da soma: "R$ 2,00".'],
    ]);
  });

  test("after the TOTAL, a line with an amount or the word porte is reported; a numbered sentence is not", () => {
    const read = readPublishedText(
      [
        "Nº Município Porte R$",
        ARAXA,
        "TOTAL R$ 75.000,00",
        "2 Esta Resolução entra em vigor na data de sua publicação.",
        "Belo Horizonte, 10 de maio de 2017.",
        "3 | Arinos R$ 35.000,00",
        "Bambuí Porte I",
      ].join("\n"),
    );
    expect(read.problems.map((p) => [p.code, p.line, p.found])).toEqual([
      ["row-after-total", 6, "3 | Arinos R$ 35.000,00"],
      ["row-after-total", 7, "Bambuí Porte I"],
    ]);
  });

  test("an annex title after the TOTAL ends the table: rows without a header there are not reported", () => {
    const read = readPublishedText(
      `Nº Município Porte R$\n${ARAXA}\nTOTAL R$ 75.000,00\nANEXO II\n2 | Arinos Porte I R$ 35.000,00`,
    );
    expect(read.values).toEqual([HEADER, ARAXA_ROW, ["TOTAL", "", "", "R$ 75.000,00"]]);
    expect(read.problems).toEqual([]);
  });
});

describe("several tables", () => {
  const TWO_TABLES = [
    "ANEXO I",
    "Nº Município Porte R$",
    ARAXA,
    "TOTAL R$ 75.000,00",
    "ANEXO II",
    "Nº Município Porte R$",
    "1 | Arinos Porte I R$ 35.000,00",
    "TOTAL R$ 35.000,00",
  ].join("\n");

  test("each table after a blank row, with its title above its header", () => {
    const read = readPublishedText(TWO_TABLES);
    expect(read.values).toEqual([
      ["ANEXO I"],
      HEADER,
      ARAXA_ROW,
      ["TOTAL", "", "", "R$ 75.000,00"],
      [],
      ["ANEXO II"],
      HEADER,
      ["1", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
    expect(read.lines).toEqual([null, 2, 3, 4, null, null, 6, 7, 8]);
  });

  test("a table without a title gets no title row", () => {
    const read = readPublishedText(TWO_TABLES.split("\n").slice(1).join("\n"));
    expect(read.values).toEqual([
      HEADER,
      ARAXA_ROW,
      ["TOTAL", "", "", "R$ 75.000,00"],
      [],
      ["ANEXO II"],
      HEADER,
      ["1", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
  });

  test("a header after an annex title starts a new table even when the last one had no TOTAL", () => {
    const read = readPublishedText(TWO_TABLES.replace("TOTAL R$ 75.000,00\n", ""));
    expect(read.values).toEqual([
      ["ANEXO I"],
      HEADER,
      ARAXA_ROW,
      [],
      ["ANEXO II"],
      HEADER,
      ["1", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
  });

  test("a row whose name reads “Município” is no header and takes no title", () => {
    const read = readPublishedText(TWO_TABLES.replace(ARAXA, "1 | Município Porte III R$ 75.000,00"));
    expect(read.values).toEqual([
      ["ANEXO I"],
      HEADER,
      ["1", "Município", "Porte III", "R$ 75.000,00"],
      ["TOTAL", "", "", "R$ 75.000,00"],
      [],
      ["ANEXO II"],
      HEADER,
      ["1", "Arinos", "Porte I", "R$ 35.000,00"],
      ["TOTAL", "", "", "R$ 35.000,00"],
    ]);
  });

  test("the pane's sheet: numbers and amounts that read cleanly become numbers, the rest stays text", () => {
    const sheet = tabulatePublishedText(TWO_TABLES.replace(ARAXA, "Araxá Porte III R$ 75.000,00"));
    expect(sheet.values).toEqual([
      ["ANEXO I"],
      HEADER,
      ["", "Araxá", "Porte III", 75000],
      ["TOTAL", "", "", 75000],
      [],
      ["ANEXO II"],
      HEADER,
      [1, "Arinos", "Porte I", 35000],
      ["TOTAL", "", "", 35000],
    ]);
    expect(sheet.numberFormats).toEqual([
      ["@"],
      ["@", "@", "@", "@"],
      ["@", "@", "@", BRL_NUMBER_FORMAT],
      ["@", "@", "@", BRL_NUMBER_FORMAT],
      [],
      ["@"],
      ["@", "@", "@", "@"],
      ["General", "@", "@", BRL_NUMBER_FORMAT],
      ["@", "@", "@", BRL_NUMBER_FORMAT],
    ]);
    expect(BRL_NUMBER_FORMAT).toBe("[$R$-416] #,##0.00");
  });

  test("an amount that does not read cleanly stays text, formatted as text", () => {
    const sheet = tabulatePublishedText(`Nº Município Porte R$\n1 | Araxá Porte III R$ 75.000,0O\nTOTAL`);
    expect(sheet.values).toEqual([HEADER, [1, "Araxá", "Porte III", "R$ 75.000,0O"], ["TOTAL", "", "", ""]]);
    expect(sheet.numberFormats).toEqual([
      ["@", "@", "@", "@"],
      ["General", "@", "@", "@"],
      ["@", "@", "@", "@"],
    ]);
  });
});

describe("importPublishedText", () => {
  const TEXT = `Nº Município Porte R$\n${ARAXA}\nTOTAL R$ 75.000,00`;

  test("without places the sheet has no pages", () => {
    expect(importPublishedText(TEXT)).toStrictEqual({
      values: [HEADER, [1, "Araxá", "Porte III", 75000], ["TOTAL", "", "", 75000]],
      lines: [1, 2, 3],
      readerProblems: [],
      ocr: true,
      format: "text",
      origin: "A1",
    });
  });

  test("with places the sheet has the page of each row", () => {
    const sheet = importPublishedText(TEXT, [
      { page: 3, line: 7 },
      { page: 3, line: 8 },
      { page: 4, line: 1 },
    ]);
    expect([sheet.lines, sheet.pages]).toEqual([
      [7, 8, 1],
      [3, 3, 4],
    ]);
  });
});
