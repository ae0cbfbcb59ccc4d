import { loadRuleSet, parseBrl, recomposicao, recomposicaoRuleSet, type RecomposicaoRuleSet } from "../src/rules";
import rule7845 from "../src/rules/rule-sets/data/7845-2021.json";

/** A rule set of one's own (a rule file) that covers another share of the difference than Art. 3's 100%. */
function covering(percent: string): RecomposicaoRuleSet {
  return loadRuleSet({
    ...rule7845,
    id: "minha-2022",
    coverage: { ...rule7845.coverage, percent },
  }) as RecomposicaoRuleSet;
}

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

  // The percentages and amounts below are worked by hand: 50% of R$ 234.556,56 is R$ 117.278,28; 87,5% of
  // R$ 1.000,00 is R$ 875,00; 50% of R$ 0,01 is R$ 0,005, a tie rounded away from zero (money/round.ts) to R$ 0,01.
  test.each([
    ["50", "R$ 1.500.000,00", "R$ 1.265.443,44", "R$ 117.278,28"],
    ["87,5", "R$ 2.000,00", "R$ 1.000,00", "R$ 875,00"],
    ["50", "R$ 1.000.000,01", "R$ 1.000.000,00", "R$ 0,01"],
    ["0", "R$ 1.500.000,00", "R$ 1.265.443,44", "R$ 0,00"],
    ["50", "R$ 1.000.000,00", "R$ 1.200.000,00", "R$ 0,00"],
  ])("a rule set of %s%% covers that share: prev2021 %s, Valora %s → %s", (percent, prev, valora, expected) => {
    expect(recomposicao(parseBrl(prev), parseBrl(valora), covering(percent))).toBe(parseBrl(expected));
  });
});
