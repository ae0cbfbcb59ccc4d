import { parseBrl, recomposicao, recomposicaoRuleSet } from "../src/rules";

describe("recomposição (Res. 7.845/2021, Art. 3: 100% of the difference, or zero)", () => {
  test.each([
    ["R$ 1.500.000,00", "R$ 1.265.443,44", "R$ 234.556,56"],
    ["R$ 2.000.000,01", "R$ 2.000.000,00", "R$ 0,01"],
    ["R$ 1.000.000,00", "R$ 1.000.000,00", "R$ 0,00"],
    ["R$ 1.000.000,00", "R$ 1.200.000,00", "R$ 0,00"],
    ["R$ 238.233.844,83", "R$ 0,00", "R$ 238.233.844,83"],
  ])("prev2021 %s, Valora %s → %s", (prev, valora, expected) => {
    expect(recomposicao(parseBrl(prev), parseBrl(valora))).toBe(parseBrl(expected));
  });

  test("Art. 5: annual total R$ 238.233.844,83 and 100% coverage", () => {
    const ruleSet = recomposicaoRuleSet("7845/2021");
    expect(ruleSet.annualTotal.amount).toBe(23823384483);
    expect(ruleSet.coverage.percent).toBe("100");
  });

  test("negative inputs are refused", () => {
    expect(() => recomposicao(-1, 0)).toThrow(expect.objectContaining({ kind: "negative" }));
    expect(() => recomposicao(0, -1)).toThrow(expect.objectContaining({ kind: "negative" }));
  });
});
