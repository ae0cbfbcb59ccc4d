import { readCsv } from "../../src/rules";

// Edges of readCsv: quote problems and their lines, the empty record at the end, the cell and row limits
// of Excel, and the choice between ";" and "," as separator.

describe("quotes out of place", () => {
  test("a quote closed too early is reported alone, with its line, when a later quote closes the field", () => {
    const sheet = readCsv('Nº;Município\n1;"Ara"xá";Porte I\n2;Arinos');
    expect(sheet.values).toEqual([
      ["Nº", "Município"],
      ["1", 'Ara"xá', "Porte I"],
      ["2", "Arinos"],
    ]);
    expect(sheet.readerProblems).toEqual([
      {
        code: "csv-quote",
        rowIndex: 1,
        columnIndex: 0,
        line: 2,
        message: "Aspas fora do lugar na linha 2: um campo entre aspas deve ter as aspas logo junto dos separadores.",
      },
    ]);
  });

  test("a quote never closed is reported with the line it opened on", () => {
    expect(readCsv('Nº;Município\n1;Araxá\n2;"Arinos\n3;Bambuí').readerProblems).toEqual([
      {
        code: "csv-quote",
        rowIndex: 2,
        columnIndex: 0,
        line: 3,
        message:
          "Aspas abertas na linha 3 e nunca fechadas: tudo o que vem depois virou um só campo. Feche as aspas no arquivo.",
      },
    ]);
  });

  test("a blank first line counts in the line numbers", () => {
    expect((readCsv('\nNº;Município\n1;"Araxá').readerProblems ?? []).map((p) => [p.rowIndex, p.line])).toEqual([
      [2, 3],
    ]);
  });
});

describe("the empty record after the last line break", () => {
  test("a file ending in a line break has no empty last row", () => {
    expect(readCsv("Nº;Município\n1;Araxá\n").values).toEqual([
      ["Nº", "Município"],
      ["1", "Araxá"],
    ]);
  });

  test("a file without a final line break keeps its last row", () => {
    expect(readCsv("Nº;Município\n1;Araxá").values).toEqual([
      ["Nº", "Município"],
      ["1", "Araxá"],
    ]);
    expect(readCsv("Araxá").values).toEqual([["Araxá"]]);
  });

  test("an empty file has no rows", () => {
    expect(readCsv("").values).toEqual([]);
  });
});

describe("Excel's limits", () => {
  test("a cell of exactly 32.767 characters is kept whole, without a note", () => {
    const cell = "a".repeat(32_767);
    const sheet = readCsv(`1;${cell}`);
    expect(sheet.values[0][1]).toBe(cell);
    expect([...(sheet.notes ?? new Map()).entries()]).toEqual([]);
  });

  test("a cell of 32.768 characters is cut to its first 200, with a note", () => {
    const sheet = readCsv(`1;${"b".repeat(32_768)}`);
    expect(sheet.values).toEqual([["1", `${"b".repeat(200)}…`]]);
    expect([...(sheet.notes ?? new Map()).entries()]).toEqual([
      ["0:1", "texto de 32.768 caracteres, acima do limite de 32.767 de uma célula do Excel; mostrado só o começo"],
    ]);
  });

  // About a second: Papa Parse reads a million records one by one.
  test("past 1.048.576 rows, the rest is not read and that is reported", () => {
    const sheet = readCsv(`${"1;a\n".repeat(1_048_576)}2;b\n3;c`);
    expect(sheet.values.length).toBe(1_048_576);
    expect(sheet.values[1_048_575]).toEqual(["1", "a"]);
    expect(sheet.readerProblems).toEqual([
      {
        code: "row-ignored",
        rowIndex: null,
        columnIndex: 0,
        message:
          "O arquivo passa de 1.048.576 linhas, o limite de uma planilha do Excel: o que vem depois não foi lido.",
      },
    ]);
  });
});

describe("the separator", () => {
  test('";" wins a tie with ","', () => {
    expect(readCsv("1;2,5").values).toEqual([["1", "2,5"]]);
  });

  test("separators inside quotes are not counted", () => {
    expect(readCsv('1;"Belo Horizonte, Betim, Contagem, Nova Lima"').values).toEqual([
      ["1", "Belo Horizonte, Betim, Contagem, Nova Lima"],
    ]);
  });

  test("only the first 50 lines are counted", () => {
    const text = `${"1;a\n".repeat(50)}${"2,b\n".repeat(100)}`;
    const sheet = readCsv(text);
    expect(sheet.values.length).toBe(150);
    expect([sheet.values[0], sheet.values[50]]).toEqual([["1", "a"], ["2,b"]]);
  });

  test("only the first 64 KB are counted, even within the first 50 lines", () => {
    const filler = "x".repeat(30_000);
    const sheet = readCsv(`1;a\n${filler}\n${filler}\n${filler}\n2,b,c`);
    expect(sheet.values.length).toBe(5);
    expect([sheet.values[0], sheet.values[4]]).toEqual([["1", "a"], ["2,b,c"]]);
  });

  test("tabs do not separate fields: only ';' and ',' do", () => {
    expect(readCsv("a\tb\nc\td").values).toEqual([["a\tb"], ["c\td"]]);
    expect(readCsv("1\t2\t3,4,5\n6\t7\t8").values).toEqual([["1\t2\t3", "4", "5"], ["6\t7\t8"]]);
  });
});
