import fc from "fast-check";
import { centsFromExcelNumber, parseBrl, recomposicao, recomposicaoRuleSet } from "../src/rules";
import { percentOfCents, reaisNumeralToCents } from "../src/rules/money/exact";
import { ExactDecimal, HALF_AWAY_FROM_ZERO } from "../src/rules/money/round";

// The money code the Excel functions load uses no decimal library: digits as text and BigInt (exact.ts).
// Literal cases first, then decimal.js (round.ts) as the reference over random amounts.

describe("reaisNumeralToCents", () => {
  test.each([
    ["0", 0n],
    ["1.005", 101n],
    ["-1.005", -101n],
    ["1.0049999999", 100n],
    ["2000000.01000000", 200000001n],
    ["2000000.00500000", 200000001n],
    ["2000000.00499999", 200000000n],
    ["0.004", 0n],
    ["0.005", 1n],
    ["5.00000000000000e-3", 1n],
    ["4.99999999999999e-3", 0n],
    ["1.00000000000000e-7", 0n],
    ["1.23456789012345e+21", 123456789012345000000000n],
    ["12.", 1200n],
  ])("%s → %s centavos", (numeral, cents) => {
    expect(reaisNumeralToCents(numeral)).toBe(cents);
  });

  test("refuses what is not a numeral", () => {
    expect(() => reaisNumeralToCents("1,5")).toThrow("not a decimal numeral: 1,5");
  });
});

describe("percentOfCents", () => {
  test.each([
    [1000n, "100", 1000n],
    [1000n, "87,5", 875n],
    [1001n, "50", 501n], // 500,5 → away from zero
    [-1001n, "50", -501n],
    [999n, "33,333", 333n], // 332,99667 → 333
    [1n, "0,5", 0n], // 0,005 → 0
    [100n, "0,5", 1n], // 0,5 → 1
    [12345678901234567890n, "87.5", 10802469038580246904n], // 10802469038580246903,75
  ])("%s centavos × %s%% → %s", (cents, percent, expected) => {
    expect(percentOfCents(cents, percent)).toBe(expected);
  });
});

describe("the functions' paths that once used decimal.js", () => {
  test("centsFromExcelNumber's tie path: the 15 significant digits decide", () => {
    expect(centsFromExcelNumber(1.005)).toBe(101);
    expect(centsFromExcelNumber(-1.005)).toBe(-101);
    expect(centsFromExcelNumber(2000000.0049999999)).toBe(200000001); // 2000000.00500000
    expect(centsFromExcelNumber(2000000.00499)).toBe(200000000);
    expect(centsFromExcelNumber(2000000.005)).toBe(200000001);
    expect(centsFromExcelNumber(1e13)).toBe(1e15);
    expect(() => centsFromExcelNumber(1e14)).toThrow("Valor grande demais para ser calculado ao centavo");
    expect(() => centsFromExcelNumber(Number.NaN)).toThrow("Não é um valor em reais");
  });

  test("parseBrl's decimals past the centavo", () => {
    expect(parseBrl("R$ 1,005")).toBe(101);
    expect(parseBrl("-R$ 1,005")).toBe(-101);
    expect(parseBrl("2.000.000,0149999")).toBe(200000001);
    expect(parseBrl("90.071.992.547.409,91")).toBe(9007199254740991);
    expect(() => parseBrl("90.071.992.547.409,92")).toThrow("Valor grande demais para ser calculado ao centavo");
  });

  test("recomposição with a coverage other than 100%", () => {
    const base = recomposicaoRuleSet();
    const ruleSet = { ...base, coverage: { ...base.coverage, percent: "87,5" } };
    expect(recomposicao(100001, 0, ruleSet)).toBe(87501); // 87500,875 → 87501
    expect(recomposicao(100000, 1, ruleSet)).toBe(87499); // 87499,125 → 87499
  });
});

describe("same centavos as decimal.js (the reference)", () => {
  // Through toFixed, not toNumber: the reference must stay exact beyond 2^53 too.
  const reference = (numeral: string) =>
    BigInt(new ExactDecimal(numeral).times(100).toDecimalPlaces(0, HALF_AWAY_FROM_ZERO).toFixed());

  test("any numeral with up to 15 digits and up to 6 decimals", () => {
    const numeral = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 6 }))
      .map(([negative, digits, decimals]) => {
        const text = digits.toString().padStart(decimals + 1, "0");
        const point = text.length - decimals;
        return `${negative ? "-" : ""}${text.slice(0, point)}${decimals ? `.${text.slice(point)}` : ""}`;
      });
    fc.assert(fc.property(numeral, (text) => reaisNumeralToCents(text) === reference(text)));
  });

  test("any double read through 15 significant digits", () => {
    const double = fc.double({ min: -1e13, max: 1e13, noNaN: true });
    fc.assert(fc.property(double, (x) => reaisNumeralToCents(x.toPrecision(15)) === reference(x.toPrecision(15))));
  });

  test("any percent of any amount", () => {
    const percent = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 9999 }))
      .map(([whole, fraction]) => (whole === 100 ? "100" : `${whole},${fraction}`));
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), percent, (cents, p) => {
        const expected = reference(
          new ExactDecimal(cents.toString()).div(100).times(p.replace(",", ".")).div(100).toFixed(),
        );
        return percentOfCents(cents, p) === expected;
      }),
    );
  });
});
