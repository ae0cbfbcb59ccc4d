// Module-level code of the money, date, porte and nature rules (tables, regular expressions, constants) that
// Stryker's static mutants showed no other test pinned down.
import {
  amountInWords,
  parseBrl,
  parsePorte,
  porteRuleSet,
  readDate,
  readNature,
  recomposicaoRuleSet,
} from "../src/rules";
import { reaisNumeralToCents } from "../src/rules/money/exact";
import { ExactDecimal } from "../src/rules/money/round";
import { porteNumeral } from "../src/rules/porte";

describe("readDate names the month of a day that does not exist", () => {
  test.each([
    ["32/03/2021", 'Data de disponibilização: "32/03/2021" não é uma data: março de 2021 não tem dia 32.'],
    ["31/04/2021", 'Data de disponibilização: "31/04/2021" não é uma data: abril de 2021 não tem dia 31.'],
    ["32/05/2021", 'Data de disponibilização: "32/05/2021" não é uma data: maio de 2021 não tem dia 32.'],
    ["32/07/2021", 'Data de disponibilização: "32/07/2021" não é uma data: julho de 2021 não tem dia 32.'],
    ["31/09/2021", 'Data de disponibilização: "31/09/2021" não é uma data: setembro de 2021 não tem dia 31.'],
    ["32/10/2021", 'Data de disponibilização: "32/10/2021" não é uma data: outubro de 2021 não tem dia 32.'],
  ])("%s", (text, message) => {
    expect(() => readDate(text, "Data de disponibilização")).toThrow(message);
  });
});

describe("reaisNumeralToCents", () => {
  test.each([
    // An exponent without a sign, as the NUMERAL grammar allows.
    ["1e2", 10000n],
    ["1E2", 10000n],
    ["-1.005e0", -101n],
    // The decimal point right before the first digit: that digit alone decides the rounding.
    ["5e-3", 1n],
    ["4.9e-3", 0n],
    ["-5e-3", -1n],
    // Before it: under a tenth of a centavo.
    ["9.9e-4", 0n],
    ["55e-5", 0n],
    ["-9.9e-4", 0n],
    // Right after the last digit, and past it.
    ["1.23", 123n],
    ["1.2", 120n],
    ["12e3", 1200000n],
  ])("%s → %s", (numeral, cents) => {
    expect(reaisNumeralToCents(numeral)).toBe(cents);
  });
});

test("ExactDecimal computes to 40 significant digits (decimal.js's default is 20)", () => {
  expect(new ExactDecimal(1).div(3).toString()).toBe("0.3333333333333333333333333333333333333333");
});

test("parseBrl takes no-break spaces (U+00A0, U+202F) and runs of spaces around and inside an amount", () => {
  expect(parseBrl("\u00a0R$\u00a0\u00a02.000.000,01\u202f")).toBe(200000001);
  expect(parseBrl("- R$  \u202f5,00")).toBe(-500);
});

describe("amountInWords: every word of the tables", () => {
  test.each([
    [1900, "dezenove reais"],
    [1100, "onze reais"],
    [2100, "vinte e um reais"],
    [9900, "noventa e nove reais"],
    [99999, "novecentos e noventa e nove reais e noventa e nove centavos"],
    [100000, "mil reais"],
    [200000, "dois mil reais"],
    [100000000, "um milhão de reais"],
    [200000000, "dois milhões de reais"],
    [100000000000, "um bilhão de reais"],
    [200000000000, "dois bilhões de reais"],
    [100100, "mil e um reais"],
  ])("%i centavos → %s", (cents, words) => {
    expect(amountInWords(cents)).toBe(words);
  });
});

describe("porte", () => {
  const ruleSet = porteRuleSet("5978/2017");

  test("porteNumeral strips only a leading “Porte ”", () => {
    expect(porteNumeral("Porte III")).toBe("III");
    expect(porteNumeral("Pequeno Porte III")).toBe("Pequeno Porte III");
  });

  test.each([
    ["PorteIII", "Porte III"],
    ["porte3", "Porte III"],
    ["Porte\u00a0\u00a0 VI", "Porte VI"],
    ["\u00a0porte   ii\u00a0", "Porte II"],
    ["03", "Porte III"],
  ])("parsePorte(%p) → %s", (text, label) => {
    expect(parsePorte(text, ruleSet)).toBe(label);
  });

  test("only spaces is an empty porte", () => {
    expect(() => parsePorte("\u00a0 \u00a0", ruleSet)).toThrow("Valor ausente: porte vazio.");
  });
});

test("readNature reads a CONCLA code only where it opens the cell", () => {
  const ruleSet = recomposicaoRuleSet("7845/2021");
  expect(readNature("Santa Casa, 3999", ruleSet)).toEqual({ verdict: "eligible" });
  expect(readNature(" 3999 Santa Casa", ruleSet)).toEqual({
    verdict: "eligible",
    legalNature: "3999 – Associação Privada",
  });
});
