import {
  centsFromExcelNumber,
  formatBrl,
  parseBrl,
  parseDecimalString,
  RuleError,
  toDecimalString,
  toExcelNumber,
} from "../src/rules";

describe("parseBrl: Brazilian amounts as analysts write them", () => {
  test.each([
    ["R$ 2.000.000,01", 200000001],
    ["2.000.000,01", 200000001],
    ["2000000,01", 200000001],
    ["2000000", 200000000],
    ["R$ 10.425.000,00", 1042500000],
    ["R$238.233.844,83", 23823384483],
    ["  R$\u00a035.000,00 ", 3500000],
    ["0,5", 50],
    ["-R$ 5,00", -500],
    ["R$ -5,00", -500],
  ])("%s → %i centavos", (text, cents) => {
    expect(parseBrl(text)).toBe(cents);
  });

  test("rounds past two decimals half away from zero, like Excel's ARRED", () => {
    expect(parseBrl("1,005")).toBe(101);
    expect(parseBrl("1,004")).toBe(100);
    expect(parseBrl("-1,005")).toBe(-101);
    expect(parseBrl("0,125")).toBe(13);
  });

  test.each(["abc", "2.000.00", "2,000,000.01", "R$", "1.2345,00", "--5", "-R$ -5,00", "5 mil", "1e6"])(
    "refuses %p and quotes it",
    (text) => {
      expect(() => parseBrl(text)).toThrow(RuleError);
      expect(() => parseBrl(text)).toThrow(`"${text}"`);
    },
  );

  test("a dot before centavos gets a hint to use the comma, never a silent 200000001", () => {
    expect(() => parseBrl("2000000.01")).toThrow('Não é um valor em reais: "2000000.01". Use vírgula para os centavos');
  });

  test("blank text is missing, not zero", () => {
    expect(() => parseBrl("   ")).toThrow(expect.objectContaining({ kind: "missing" }));
  });
});

describe("centsFromExcelNumber: doubles read through Excel's 15 significant digits", () => {
  test.each([
    [2000000.0099999998, 200000001],
    [2000000.01, 200000001],
    [2000000, 200000000],
    [100000000.01, 10000000001],
    [0.1 + 0.2, 30],
    [1.005, 101], // the double is 1.00499999999999989…, Excel shows 1.005, ARRED gives 1.01
    [-1.005, -101],
    [2.675, 268],
    [1234.565, 123457],
    [0.004999999999999999, 1], // 15 digits: 0.005 → 0.01
    [-0, 0],
  ])("%p → %i centavos", (value, cents) => {
    expect(centsFromExcelNumber(value)).toBe(cents);
  });

  test("huge values take the exact route and still come out whole", () => {
    expect(centsFromExcelNumber(12345678901234.56)).toBe(1234567890123460); // 15 digits: 12345678901234.6
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY, 1e300])("refuses %p", (value) => {
    expect(() => centsFromExcelNumber(value)).toThrow(RuleError);
  });
});

describe("formatting", () => {
  test.each([
    [1042500000, "R$ 10.425.000,00"],
    [23823384483, "R$ 238.233.844,83"],
    [200000001, "R$ 2.000.000,01"],
    [7500000, "R$ 75.000,00"],
    [5, "R$ 0,05"],
    [0, "R$ 0,00"],
    [-123456, "-R$ 1.234,56"],
  ])("formatBrl(%i) = %s", (cents, text) => {
    expect(formatBrl(cents)).toBe(text);
  });

  test.each([
    [7500000, "75000.00", 75000],
    [123456, "1234.56", 1234.56],
    [-5, "-0.05", -0.05],
  ])("toDecimalString(%i) = %s and toExcelNumber = %p", (cents, text, number) => {
    expect(toDecimalString(cents)).toBe(text);
    expect(toExcelNumber(cents)).toBe(number);
  });
});

describe("parseDecimalString: the report's money back to centavos", () => {
  test.each([
    ["10425000.00", 1042500000],
    ["-0.05", -5],
  ])("%s → %i", (text, cents) => {
    expect(parseDecimalString(text)).toBe(cents);
  });

  test.each(["10.425.000,00", "1.5", "abc"])("refuses %p", (text) => {
    expect(() => parseDecimalString(text)).toThrow(`"${text}"`);
  });
});
