import { extenso, incentivo, porte, recomposicao } from "../src/functions/functions";
import { mapCells } from "../src/functions/cells";
import { RuleError } from "../src/rules";
import { BAND_EDGES } from "./support/band-edges";
import { installCustomFunctionsStub, StubExcelError } from "./support/custom-functions-stub";

beforeAll(installCustomFunctionsStub);

const excelError = (code: string, message?: string | RegExp) =>
  expect.objectContaining({ code, ...(message === undefined ? {} : { message: expect.stringMatching(message) }) });

// The double Excel holds for a typed amount, e.g. "R$ 2.000.000,01" → 2000000.01.
const asExcelNumber = (brl: string) => Number(brl.replace("R$ ", "").replaceAll(".", "").replace(",", "."));

describe("=SES.PORTE", () => {
  test.each(BAND_EDGES)("Teto MAC %s → %s", (teto, expected) => {
    expect(porte([[asExcelNumber(teto)]])).toEqual([[expected]]);
    expect(porte([[teto]])).toEqual([[expected]]);
  });

  test("a Teto MAC that rounds to R$ 0,00 is missing, never Porte I", () => {
    expect(porte([[0.004]])).toEqual([[excelError("#N/A", /Teto MAC zero não tem porte/)]]);
  });

  test("a blank in the middle of a range gets the same #N/A as a blank alone", () => {
    const alone = porte([[null]])[0][0] as StubExcelError;
    expect(alone).toEqual(excelError("#N/A", /^Valor ausente/));
    const result = porte([[1], [null], [2000000.01], [""], [null], [undefined], [3]]);
    expect(result.map(([cell]) => (cell instanceof StubExcelError ? [cell.code, cell.message] : cell))).toEqual([
      "Porte I",
      [alone.code, alone.message],
      "Porte II",
      [alone.code, porte([[""]])[0][0].message],
      [alone.code, alone.message],
      [alone.code, porte([[undefined]])[0][0].message],
      "Porte I",
    ]);
  });

  test("a blank's answer is computed once per call, whatever the number of blanks", () => {
    const seen: unknown[] = [];
    const result = mapCells([[null, 1], [null, ""], [""], [2, null]], (cell) => {
      seen.push(cell);
      if (cell === null || cell === "") throw new RuleError("missing", "Valor ausente: vazio.");
      return Number(cell) * 10;
    });
    expect(seen).toEqual([null, 1, "", 2]);
    expect(result).toEqual([
      [excelError("#N/A", /^Valor ausente: vazio\.$/), 10],
      [excelError("#N/A", /^Valor ausente: vazio\.$/), excelError("#N/A", /^Valor ausente: vazio\.$/)],
      [excelError("#N/A", /^Valor ausente: vazio\.$/)],
      [20, excelError("#N/A", /^Valor ausente: vazio\.$/)],
    ]);
  });

  test("reads the double through 15 significant digits", () => {
    expect(porte([[2000000.0099999998]])).toEqual([["Porte II"]]);
  });

  test("a whole column in one call, same shape, errors in their own cells", () => {
    const result = porte([[1999999.99], [2000000.01], [""], [null], [0], ["abc"], [-5], [true], ["R$ 100.000.000,01"]]);
    expect(result).toEqual([
      ["Porte I"],
      ["Porte II"],
      [excelError("#N/A", /^Valor ausente/)],
      [excelError("#N/A", /^Valor ausente/)],
      [excelError("#N/A", /Teto MAC zero não tem porte/)],
      [excelError("#VALUE!", /"abc"/)],
      [excelError("#NUM!", /negativo/)],
      [excelError("#VALUE!", /VERDADEIRO não é um valor em reais/)],
      ["Porte VI"],
    ]);
    expect(result[2][0]).toBeInstanceOf(StubExcelError);
  });

  test("a two-dimensional range keeps its shape", () => {
    expect(
      porte([
        [1, 2000000.01, 5000000.01],
        [30000000.01, 50000000.01, 100000000.01],
      ]),
    ).toEqual([
      ["Porte I", "Porte II", "Porte III"],
      ["Porte IV", "Porte V", "Porte VI"],
    ]);
  });

  test("takes the rule set by id, and refuses an unknown one listing the valid ids", () => {
    expect(porte([[5000000.01]], "5978/2017")).toEqual([["Porte III"]]);
    expect(porte([[1], [2]], "9999/2030")).toEqual([
      [excelError("#VALUE!", /^Regra desconhecida: "9999\/2030"\. Regras válidas: 5978\/2017\.$/)],
      [excelError("#VALUE!", /Regras válidas: 5978\/2017/)],
    ]);
  });
});

describe("=SES.INCENTIVO", () => {
  test("Porte III under 5978/2017 is 75000", () => {
    expect(incentivo([["Porte III"]])).toEqual([[75000]]);
  });

  test("a range of labels written every accepted way", () => {
    expect(incentivo([["Porte I"], ["II"], ["porte iii"], ["4"], [5], ["Porte VI"]])).toEqual([
      [35000],
      [60000],
      [75000],
      [90000],
      [105000],
      [120000],
    ]);
  });

  test("bad labels are errors, never an amount", () => {
    expect(incentivo([["Porte Il"], [""], [7], [null], [0]])).toEqual([
      [excelError("#VALUE!", /^Porte inválido: "Porte Il"/)],
      [excelError("#N/A", /^Valor ausente/)],
      [excelError("#VALUE!", /^Porte inválido: 7/)],
      [excelError("#N/A", /^Valor ausente/)],
      [excelError("#N/A", /^Valor ausente: porte vazio ou zero/)],
    ]);
  });
});

describe("=SES.RECOMPOSICAO", () => {
  test("100% of the 2021 total minus Valora, exact to the centavo", () => {
    expect(recomposicao([[1500000]], [[1265443.44]])).toEqual([[234556.56]]);
    expect(recomposicao([[0.3]], [[0.1]])).toEqual([[0.2]]);
    expect(recomposicao([["R$ 2.000.000,01"]], [["R$ 2.000.000,00"]])).toEqual([[0.01]]);
  });

  test("zero when Valora covers the 2021 total", () => {
    expect(recomposicao([[1000000]], [[1200000]])).toEqual([[0]]);
  });

  test("column by column, and a single cell pairs with every row", () => {
    expect(recomposicao([[100], [200], [300]], [[50], [250], [0]])).toEqual([[50], [0], [300]]);
    expect(recomposicao([[100], [200]], [[30]])).toEqual([[70], [170]]);
    expect(recomposicao([[100]], [[30], [150]])).toEqual([[70], [0]]);
  });

  test("bad input per cell", () => {
    expect(recomposicao([[""], ["mil"], [-1], [100]], [[1], [1], [1], [null]])).toEqual([
      [excelError("#N/A", /^Valor ausente: Total previsto em 2021 vazio/)],
      [excelError("#VALUE!", /"mil"/)],
      [excelError("#NUM!", /negativo/)],
      [excelError("#N/A", /^Valor ausente: Valor Valora Minas vazio/)],
    ]);
  });

  test("ranges of different sizes are refused as a whole", () => {
    expect(recomposicao([[1], [2], [3]], [[1], [2]])).toEqual([[excelError("#VALUE!", /mesmo tamanho/)]]);
  });
});

describe("=SES.EXTENSO", () => {
  test("the words of Art. 5 of Res. 5.978/2017, from a number or a text, cell by cell", () => {
    expect(extenso([[10425000], ["R$ 2.000.000,01"], [0.01]])).toEqual([
      ["dez milhões, quatrocentos e vinte e cinco mil reais"],
      ["dois milhões de reais e um centavo"],
      ["um centavo"],
    ]);
  });

  test("bad input per cell, never words for a guess", () => {
    expect(extenso([[null], ["mil"], [-35000], [1e12]])).toEqual([
      [excelError("#N/A", /^Valor ausente: Valor vazio/)],
      [excelError("#VALUE!", /"mil"/)],
      [excelError("#NUM!", /só de R\$ 0,00/)],
      [excelError("#VALUE!", /só de R\$ 0,00/)],
    ]);
  });
});
