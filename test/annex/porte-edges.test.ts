// Edges of the porte annex validator (Res. 5.978/2017, Anexo I: Nº · Município · Porte · R$ · TOTAL): the
// exact message, cell and found value of each problem, the Nº sequence after a break, the rows after the
// TOTAL, the porte a row is counted under, and the OCR reading of published text.
import { validatePorteAnnex, type CellValue, type Problem, type Sheet } from "../../src/rules";
import { annex, GOOD_ROWS, HEADER } from "./support";

/** The fields of a problem that say what it is, where, and what was found there. */
function described(sheet: Sheet): Array<Pick<Problem, "cell" | "code" | "message" | "found">> {
  return validatePorteAnnex(sheet).problems.map(({ cell, code, message, found }) => ({ cell, code, message, found }));
}

describe("Nº: what a break says", () => {
  const NAMES = ["Araxá", "Janaúba", "Arinos", "Betim", "Bicas"];
  /** Rows of Porte I (R$ 35.000,00) numbered as given, and their TOTAL. */
  const numbered = (numbers: CellValue[]) =>
    annex(
      numbers.map((n, i) => [n, NAMES[i], "Porte I", 35000]),
      ["", "R$ 35.000,00", "R$ 70.000,00", "R$ 105.000,00", "R$ 140.000,00", "R$ 175.000,00"][numbers.length],
    );

  test("an empty Nº: 'Nº vazio', nothing found", () => {
    expect(described(numbered([1, 2, "", 4]))).toEqual([
      { cell: "A7", code: "sequence-break", message: "Nº vazio; esperado 3.", found: undefined },
    ]);
  });

  test.each(["três", "item 3", "3º"])("a Nº that is no number, %p, is unreadable, with the text found", (text) => {
    // "item 3" and "3º" hold a number, but not alone: they are not read as 3, nor as anything else.
    expect(described(numbered([1, 2, text, 4]))).toEqual([
      { cell: "A7", code: "sequence-break", message: `Nº ilegível: "${text}"; esperado 3.`, found: text },
    ]);
  });

  test("a Nº of two digits written as text is read as its number", () => {
    expect(described(numbered([1, "12", 3]))).toEqual([
      { cell: "A6", code: "sequence-break", message: "Nº 12 fora de sequência; esperado 2.", found: "12" },
    ]);
  });

  test("after a run that started at 2, the next Nº expected follows the run, not the row", () => {
    // 2 (expected 1) is reported; 3 follows 2; the empty Nº on the third row stands for 4, and 5 follows it.
    expect(described(numbered([2, 3, "", 5]))).toEqual([
      { cell: "A5", code: "sequence-break", message: "Nº 2 fora de sequência; esperado 1.", found: "2" },
      { cell: "A7", code: "sequence-break", message: "Nº vazio; esperado 4.", found: undefined },
    ]);
  });
});

describe("the rows after the TOTAL", () => {
  const after = (row: CellValue[]) => ({ values: [...annex(GOOD_ROWS).values, row] });

  test.each([
    ["an amount", ["", "Janaliba", "", 35000]],
    ["a porte", ["", "Janaliba", "Porte I", ""]],
    ["the name of a municipality of Minas Gerais", ["", "Betim", "", ""]],
  ])("a row with only %s besides its name is an annex row left out of the sum", (_, row) => {
    const name = row[1] as string;
    expect(described(after(row))).toEqual([
      { cell: "B9", code: "row-after-total", message: `Linha depois do TOTAL, fora da soma: "${name}".`, found: name },
    ]);
  });

  test("a text with no amount, no porte and no municipality is a note, not a row", () => {
    expect(described(after(["", "Observação: valores anuais", "", ""]))).toEqual([]);
  });
});

describe("the porte a row is counted under (Art. 4: the amount tells it)", () => {
  const withRow = (porte: CellValue, value: CellValue, total: string) =>
    annex([...GOOD_ROWS, [4, "Betim", porte, value]], total);

  test("Porte III written with the amount of Porte I is counted as Porte I", () => {
    const report = validatePorteAnnex(withRow("Porte III", 35000, "R$ 220.000,00"));
    expect(report.problems.map(({ cell, message }) => [cell, message])).toEqual([
      ["D8", "O valor R$ 35.000,00 não é o incentivo do Porte III: R$ 75.000,00 (Art. 4º)."],
    ]);
    expect(report.summary.byPorte).toEqual({
      I: { count: 2, sum: "70000.00" },
      III: { count: 2, sum: "150000.00" },
    });
  });

  test("an amount that is no porte's incentive is counted under the porte written", () => {
    const report = validatePorteAnnex(withRow("Porte I", "R$ 12.345,00", "R$ 197.345,00"));
    expect(report.problems.map(({ cell, code }) => [cell, code])).toEqual([["D8", "value-mismatch"]]);
    expect(report.summary.byPorte).toEqual({
      I: { count: 2, sum: "47345.00" },
      III: { count: 2, sum: "150000.00" },
    });
  });
});

describe("Valor and Porte: the exact messages", () => {
  const withRow = (porte: CellValue, value: CellValue, total = "R$ 220.000,00") =>
    annex([...GOOD_ROWS, [4, "Betim", porte, value]], total);

  test("an empty Valor", () => {
    expect(described(withRow("Porte I", ""))).toEqual([
      { cell: "D8", code: "value-invalid", message: "Valor vazio.", found: undefined },
    ]);
  });

  test("a number past R$ 90.071.992.547.409,91 is refused at its cell, with the number found", () => {
    // 10^20 reais cannot be counted to the centavo (Number.MAX_SAFE_INTEGER centavos): refused, never thrown.
    expect(described(withRow("Porte I", 1e20))).toEqual([
      {
        cell: "D8",
        code: "value-invalid",
        message: 'Valor ilegível: "100000000000000000000"; escreva como R$ 35.000,00.',
        found: "100000000000000000000",
      },
    ]);
  });

  test("an amount that makes the sum too large to count says what it found", () => {
    const sheet = annex(
      [
        [1, "Araxá", "Porte III", 80e12],
        [2, "Arinos", "Porte I", 80e12],
      ],
      "R$ 75.000,00",
    );
    expect(described(sheet).filter(({ cell }) => cell === "D6")).toEqual([
      {
        cell: "D6",
        code: "value-invalid",
        message: "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.",
        found: "80000000000000",
      },
    ]);
  });

  test("an empty Porte, with the porte of its amount", () => {
    expect(validatePorteAnnex(withRow("", 35000)).problems).toEqual([
      expect.objectContaining({
        cell: "C8",
        code: "porte-invalid",
        message: "Porte vazio. Use Porte I a Porte VI. Pelo valor R$ 35.000,00, seria Porte I.",
        found: undefined,
        suggestion: "Porte I",
      }),
    ]);
  });

  test("an unreadable Porte whose amount is no porte's incentive has no hint", () => {
    expect(validatePorteAnnex(withRow("Porte X", "R$ 12.345,00", "R$ 197.345,00")).problems).toEqual([
      expect.objectContaining({
        cell: "C8",
        code: "porte-invalid",
        message: 'Porte ilegível: "Porte X". Use Porte I a Porte VI.',
        found: "Porte X",
        suggestion: undefined,
      }),
    ]);
  });
});

describe("Teto MAC (Art. 3): the exact messages", () => {
  const header = [...HEADER, "Teto MAC anual"];
  const withTeto = (porte: CellValue, teto: CellValue) =>
    annex([[1, "Betim", porte, 35000, teto]], "R$ 35.000,00", header);

  test.each([
    ["dois milhões", 'Teto MAC ilegível: "dois milhões".', "dois milhões"],
    [-1, "Teto MAC negativo: -R$ 1,00.", "-1"],
  ])("Teto MAC %p", (teto, message, shown) => {
    expect(described(withTeto("Porte I", teto))).toEqual([{ cell: "E5", code: "teto-invalid", message, found: shown }]);
  });

  test("an empty Porte beside a Teto MAC is porte-invalid only, never a porte-mismatch with nothing", () => {
    // R$ 1.000.000,00 is Porte I (up to R$ 2.000.000,00), as is the amount: the porte is only missing.
    expect(described(withTeto("", "R$ 1.000.000,00"))).toEqual([
      {
        cell: "C5",
        code: "porte-invalid",
        message: "Porte vazio. Use Porte I a Porte VI. Pelo valor R$ 35.000,00, seria Porte I.",
        found: undefined,
      },
    ]);
  });
});

describe("the TOTAL row's amount", () => {
  test("an empty TOTAL", () => {
    expect(described(annex(GOOD_ROWS, ""))).toEqual([
      { cell: "D8", code: "value-invalid", message: "TOTAL sem valor.", found: undefined },
    ]);
  });

  test("an unreadable TOTAL, with the text found", () => {
    expect(described(annex(GOOD_ROWS, "cento e oitenta e cinco mil"))).toEqual([
      {
        cell: "D8",
        code: "value-invalid",
        message: 'Valor do TOTAL ilegível: "cento e oitenta e cinco mil".',
        found: "cento e oitenta e cinco mil",
      },
    ]);
  });
});

describe("published text (OCR): a porte label read back", () => {
  const published = (rows: CellValue[][], total: CellValue): Sheet => ({ ...annex(rows, total), ocr: true });

  test("a garbled label that agrees with the amount is fine", () => {
    expect(described(published([[1, "Araxá", "Porte 111", 75000]], 75000))).toEqual([]);
  });

  test("strokes that make no numeral, beside an amount that is no porte's incentive: uncertain, no hint", () => {
    expect(validatePorteAnnex(published([[1, "Araxá", "PorteVV", "R$ 12.345,00"]], 12345)).problems).toEqual([
      expect.objectContaining({
        cell: "C5",
        code: "porte-invalid",
        message: 'Porte incerto no texto publicado: "PorteVV".',
        found: "PorteVV",
        suggestion: undefined,
      }),
    ]);
  });
});
