import { bandsArticle, incentivesArticle, parseBrl, porteRuleSet, totalArticle } from "../src/rules";

// The articles of Res. SES/MG 5.978/2017 as published (OCR slips corrected; the published Art. 3 also writes
// "a R$ 100.000.000,00" once and drops "R$" twice: the drafts write "até" and "R$" every time).
describe("articles in the style of Res. 5.978/2017", () => {
  const ruleSet = porteRuleSet("5978/2017");

  test("Art. 3: the bands, each amount with its words", () => {
    expect(bandsArticle(ruleSet)).toBe(
      [
        "Art. 3º - Os municípios contemplados pelo incentivo financeiro de que trata esta Resolução foram classificados por porte, definidos a partir do Teto MAC anual, observada a competência de publicação desta Resolução:",
        "I - Porte I - até R$ 2.000.000,00 (dois milhões de reais);",
        "II - Porte II - de R$ 2.000.000,01 (dois milhões de reais e um centavo) até R$ 5.000.000,00 (cinco milhões de reais);",
        "III - Porte III - de R$ 5.000.000,01 (cinco milhões de reais e um centavo) até R$ 30.000.000,00 (trinta milhões de reais);",
        "IV - Porte IV - de R$ 30.000.000,01 (trinta milhões de reais e um centavo) até R$ 50.000.000,00 (cinquenta milhões de reais);",
        "V - Porte V - de R$ 50.000.000,01 (cinquenta milhões de reais e um centavo) até R$ 100.000.000,00 (cem milhões de reais); e",
        "VI - Porte VI - a partir de R$ 100.000.000,01 (cem milhões de reais e um centavo).",
      ].join("\n"),
    );
  });

  test("Art. 4: the incentives", () => {
    expect(incentivesArticle(ruleSet)).toBe(
      [
        "Art. 4º - O incentivo a que os beneficiários fazem jus varia de acordo com o porte, no valor de:",
        "I - Porte I: R$ 35.000,00 (trinta e cinco mil reais);",
        "II - Porte II: R$ 60.000,00 (sessenta mil reais);",
        "III - Porte III: R$ 75.000,00 (setenta e cinco mil reais);",
        "IV - Porte IV: R$ 90.000,00 (noventa mil reais);",
        "V - Porte V: R$ 105.000,00 (cento e cinco mil reais); e",
        "VI - Porte VI: R$ 120.000,00 (cento e vinte mil reais).",
      ].join("\n"),
    );
  });

  test("Art. 5: the drafted total as the limit, said to be the annex's total, the dotação left in brackets", () => {
    expect(totalArticle(ruleSet, parseBrl("10.425.000,00"), { year: 2018, competencia: "2018" })).toBe(
      "Art. 5º - As transferências de recursos financeiros referentes à competência de 2018 têm despesas no limite de R$ 10.425.000,00 (dez milhões, quatrocentos e vinte e cinco mil reais), valor total do Anexo I desta Resolução, e correrão à conta do orçamento do respectivo exercício por meio da Dotação Orçamentária nº [dotação].",
    );
  });

  test("Art. 5: the competência defaults to the year of the new resolution (this year when not given)", () => {
    const year = new Date().getFullYear();
    expect(totalArticle(ruleSet, parseBrl("215.000,00"))).toContain(`referentes à competência de ${year} têm`);
    expect(totalArticle(ruleSet, parseBrl("215.000,00"), { year: 2019 })).toContain("competência de 2019 têm");
  });

  test("Art. 5: a total above the rule set's limit is flagged in brackets for the analyst", () => {
    expect(totalArticle(ruleSet, parseBrl("10.425.000,01"), { year: 2018 })).toContain(
      "valor total do Anexo I desta Resolução, [atenção: acima do limite de R$ 10.425.000,00 (dez milhões, quatrocentos e vinte e cinco mil reais) da Res. 5978/2017] e correrão",
    );
  });
});
