import fc from "fast-check";
import { amountInWords, amountWithWords, parseBrl, RuleError } from "../src/rules";

// Every amount written in words in ../shared/legislacao/, with the OCR's "milhdes"/"milhGes" read as "milhões".
const FROM_THE_RESOLUTIONS: Array<[string, string]> = [
  // Res. SES/MG 5.978/2017, Art. 3 (bands)
  ["2.000.000,00", "dois milhões de reais"],
  ["2.000.000,01", "dois milhões de reais e um centavo"],
  ["5.000.000,00", "cinco milhões de reais"],
  ["5.000.000,01", "cinco milhões de reais e um centavo"],
  ["30.000.000,00", "trinta milhões de reais"],
  ["30.000.000,01", "trinta milhões de reais e um centavo"],
  ["50.000.000,00", "cinquenta milhões de reais"],
  ["50.000.000,01", "cinquenta milhões de reais e um centavo"],
  ["100.000.000,00", "cem milhões de reais"],
  ["100.000.000,01", "cem milhões de reais e um centavo"],
  // Art. 4 (incentives)
  ["35.000,00", "trinta e cinco mil reais"],
  ["60.000,00", "sessenta mil reais"],
  ["75.000,00", "setenta e cinco mil reais"],
  ["90.000,00", "noventa mil reais"],
  ["105.000,00", "cento e cinco mil reais"],
  ["120.000,00", "cento e vinte mil reais"],
  // Art. 5 (total)
  ["10.425.000,00", "dez milhões, quatrocentos e vinte e cinco mil reais"],
  // Res. SES/MG 7.845/2021, Art. 5
  [
    "238.233.844,83",
    "duzentos e trinta e oito milhões, duzentos e trinta e três mil, oitocentos e quarenta e quatro reais e oitenta e três centavos",
  ],
];

const EDGES: Array<[string, string]> = [
  ["0,01", "um centavo"],
  ["0,83", "oitenta e três centavos"],
  ["1,00", "um real"],
  ["1,01", "um real e um centavo"],
  ["2,00", "dois reais"],
  ["100,00", "cem reais"],
  ["101,00", "cento e um reais"],
  ["1.000,00", "mil reais"],
  ["1.100,00", "mil e cem reais"],
  ["1.234,00", "mil, duzentos e trinta e quatro reais"],
  ["1.000.000,00", "um milhão de reais"],
  ["2.000.000,00", "dois milhões de reais"],
  ["1.000.001,00", "um milhão e um reais"],
  ["1.001.000,00", "um milhão e mil reais"],
  ["1.000.000.000,00", "um bilhão de reais"],
  ["1.000.000.000,50", "um bilhão de reais e cinquenta centavos"],
  ["16.000,00", "dezesseis mil reais"],
  ["14.019,00", "quatorze mil e dezenove reais"],
  [
    "999.999.999.999,99",
    "novecentos e noventa e nove bilhões, novecentos e noventa e nove milhões, novecentos e noventa e nove mil, novecentos e noventa e nove reais e noventa e nove centavos",
  ],
  ["0,00", "zero reais"],
];

describe("amounts in words, in the style of the resolutions", () => {
  test.each(FROM_THE_RESOLUTIONS)("R$ %s as the resolutions write it", (amount, words) => {
    expect(amountInWords(parseBrl(amount))).toBe(words);
  });

  test.each(EDGES)("R$ %s", (amount, words) => {
    expect(amountInWords(parseBrl(amount))).toBe(words);
  });

  test("the amount followed by its words, as in the articles", () => {
    expect(amountWithWords(parseBrl("10.425.000,00"))).toBe(
      "R$ 10.425.000,00 (dez milhões, quatrocentos e vinte e cinco mil reais)",
    );
  });

  test("negative amounts and amounts past R$ 999.999.999.999,99 are refused in pt-BR", () => {
    expect(() => amountInWords(-1)).toThrow(
      new RuleError("negative", "Valor por extenso só de R$ 0,00 a R$ 999.999.999.999,99: -R$ 0,01."),
    );
    expect(() => amountInWords(100_000_000_000_000)).toThrow(/só de R\$ 0,00 a R\$ 999\.999\.999\.999,99/);
  });

  test("every amount up to the maximum: words only, no doubled or dangling joiner, the right unit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_999 }), (cents) => {
        const words = amountInWords(cents);
        expect(words).toMatch(/^[a-zãêéõç ,]+$/);
        expect(words).not.toMatch(/ e e |, e |,,| {2}|^e |, $/);
        expect(
          words.endsWith(
            cents % 100 === 0 ? (cents === 100 ? "real" : "reais") : cents % 100 === 1 ? "centavo" : "centavos",
          ),
        ).toBe(true);
      }),
    );
  });
});
