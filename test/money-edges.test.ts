// Edges of the money code that the broader tests pass by: the exact pt-BR message of each refusal, the hint
// that tells a dot from a comma, the last centavo Excel can hold, and the comma between groups of words.
import { amountInWords, parseBrl, parseDecimalString, toExactExcelNumber } from "../src/rules";
import { percentOfCents } from "../src/rules/money/exact";
import { refusal } from "./support/refusal";

const COMMA_HINT = " Use vírgula para os centavos, como em 2.000.000,01.";
const AMOUNT_HINT = " Escreva um valor em reais, como R$ 2.000.000,01 ou 2000000,01.";

describe("parseBrl: refusals", () => {
  test("blank text is missing, with its own message", () => {
    expect(refusal(() => parseBrl(" \u00a0 "))).toMatchObject({ kind: "missing", message: "Valor ausente: vazio." });
  });

  // The hint reads the raw text: an amount written with a decimal point, alone but for spaces and "R$".
  test.each([
    ["R$2000000.01", COMMA_HINT], // "R$" glued to the digits
    ["R$ 2000000.01", COMMA_HINT],
    ["R$  2000000.01", COMMA_HINT], // two spaces after "R$"
    [" 2000000.01", COMMA_HINT], // leading space
    ["2000000.01 ", COMMA_HINT], // trailing space
    ["x2000000.01", AMOUNT_HINT], // something before the amount
    ["2000000.01x", AMOUNT_HINT], // something after it
  ])("%p → the hint %p", (text, hint) => {
    expect(refusal(() => parseBrl(text))).toMatchObject({
      kind: "invalid",
      message: `Não é um valor em reais: "${text}".${hint}`,
    });
  });
});

describe("parseDecimalString: only the report's own form", () => {
  test("10.00 is 1000 centavos", () => {
    expect(parseDecimalString("10.00")).toBe(1000);
    expect(parseDecimalString("-0.01")).toBe(-1);
  });

  // Not the report's form: anything before the digits is refused, even what parseBrl would accept.
  test.each([
    ["R$ 10.00", COMMA_HINT],
    [" 10.00", COMMA_HINT],
    ["x10.00", AMOUNT_HINT],
  ])("%p is refused", (text, hint) => {
    expect(refusal(() => parseDecimalString(text)).message).toBe(`Não é um valor em reais: "${text}".${hint}`);
  });
});

describe("toExactExcelNumber: Excel's 15 digits", () => {
  test("R$ 9.999.999.999.999,99 is the largest result Excel holds to the centavo", () => {
    expect(toExactExcelNumber(999_999_999_999_999)).toBe(9999999999999.99);
    expect(toExactExcelNumber(-999_999_999_999_999)).toBe(-9999999999999.99);
  });

  test("from R$ 10.000.000.000.000,00 on, refused in pt-BR", () => {
    expect(refusal(() => toExactExcelNumber(1_000_000_000_000_000))).toMatchObject({
      kind: "invalid",
      message:
        "Resultado grande demais para o Excel guardar ao centavo (15 dígitos): R$ 10.000.000.000.000,00. " +
        "Use a linha de comando (anexos), que calcula o valor exato.",
    });
  });
});

describe("percentOfCents: the percent as rule sets write it, whole", () => {
  test("87,5% of R$ 10,00 is R$ 8,75", () => {
    expect(percentOfCents(1000n, "87,5")).toBe(875n);
  });

  // The rule-set schema refuses these first; this guards the function itself (a programming error).
  test.each(["x50", "50x", "50%"])("%p is not a percent", (percent) => {
    expect(() => percentOfCents(1000n, percent)).toThrow(new TypeError(`not a percent: ${percent}`));
  });
});

describe("amountInWords: groups in the middle join with a comma", () => {
  test("only the last group takes 'e'", () => {
    // The middle group (5 mil) is below a hundred, but it is not the last: a comma, not "e".
    expect(amountInWords(200_530_000)).toBe("dois milhões, cinco mil e trezentos reais");
    expect(amountInWords(100_100_100)).toBe("um milhão, mil e um reais");
  });
});
