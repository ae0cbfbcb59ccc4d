// Res. SES/MG 7.845/2021, Art. 2 §1: "entidades públicas e filantrópicas sem fins lucrativos".
import { readNature, recomposicaoRuleSet, validateRecomposicaoAnnex } from "../src/rules";

const ruleSet = recomposicaoRuleSet("7845/2021");
const verdict = (nature: string) => readNature(nature, ruleSet).verdict;

test.each([
  ["Autarquia Municipal", "eligible"],
  ["Município", "eligible"],
  ["Pública municipal", "eligible"],
  ["Filantrópica", "eligible"],
  ["Santa Casa de Misericórdia", "eligible"],
  ["Não pública", "ineligible"],
  ["privada não filantrópica", "ineligible"],
  ["Privada com fins lucrativos", "ineligible"],
  ["Sociedade Empresária Limitada", "ineligible"],
  ["Entidade sem fins lucrativos", "unconfirmed"],
  ["", "ineligible"],
])("text %p → %s", (nature, expected) => {
  expect(verdict(nature)).toBe(expected);
});

test.each([
  ["1244", "eligible", "1244 – Município"],
  ["124-4", "eligible", "1244 – Município"],
  ["1244 - Município", "eligible", "1244 – Município"],
  ["1104 - Autarquia Federal", "eligible", "1104 – Autarquia Federal"],
  ["2062 - Sociedade Empresária Limitada", "ineligible", "2062 – Sociedade Empresária Limitada"],
  ["3999", "unconfirmed", "3999 – Associação Privada"],
  ["3069 - Fundação Privada", "unconfirmed", "3069 – Fundação Privada"],
  ["3999 - Associação Privada (filantrópica)", "eligible", "3999 – Associação Privada"],
  ["3999 - Santa Casa de Misericórdia", "eligible", "3999 – Associação Privada"],
])("CONCLA code %p → %s", (nature, expected, legalNature) => {
  expect(readNature(nature, ruleSet)).toEqual({ verdict: expected, legalNature });
});

describe("the validator", () => {
  const header = ["CNES", "Estabelecimento", "Natureza jurídica", "Previsto 2021", "Valora Minas", "Recomposição"];
  const problemsOf = (nature: string) =>
    validateRecomposicaoAnnex({
      values: [header, ["2123456", "Hospital", nature, 1000, 400, 600], ["TOTAL", "", "", "", "", 600]],
    }).problems.map((p) => [p.cell, p.code, p.severity]);

  test("public administration passes, a business is an error, a private non-profit a warning", () => {
    expect(problemsOf("Autarquia Municipal")).toEqual([]);
    expect(problemsOf("1244")).toEqual([]);
    expect(problemsOf("Não pública")).toEqual([["C2", "nature-ineligible", "error"]]);
    expect(problemsOf("privada não filantrópica")).toEqual([["C2", "nature-ineligible", "error"]]);
    expect(problemsOf("2062")).toEqual([["C2", "nature-ineligible", "error"]]);
    expect(problemsOf("3999")).toEqual([["C2", "nature-unconfirmed", "warning"]]);
  });

  test("the warning asks to confirm the philanthropic certification, in pt-BR", () => {
    const report = validateRecomposicaoAnnex({
      values: [header, ["2123456", "Hospital", "3999", 1000, 400, 600], ["TOTAL", "", "", "", "", 600]],
    });
    expect(report.valid).toBe(true);
    expect(report.problems[0].message).toBe(
      '"3999" (3999 – Associação Privada) é entidade sem fins lucrativos, mas não diz se é filantrópica: confirme a certificação (CEBAS) antes da recomposição de R$ 600,00, que é só para entidades públicas e filantrópicas sem fins lucrativos (Art. 2º, § 1º).',
    );
  });
});
