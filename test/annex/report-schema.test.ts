// The JSON reports are a contract for scripts (`anexos validar --json`, `anexos comparar --json`): an amount in
// them is a plain decimal with two places, "10425000.00", and nothing around it.
import { comparisonSchema, reportSchema } from "../../src/rules";

const schemas = [
  ["the validator's report (summary.sum)", reportSchema.shape.summary.shape.sum],
  ["the comparison (totals.before)", comparisonSchema.shape.totals.shape.before],
] as const;

describe.each(schemas)("money in %s", (_, money) => {
  test.each(["10425000.00", "0.00", "-2469.23"])("%s is accepted", (amount) => {
    expect(money.safeParse(amount).success).toBe(true);
  });

  test.each([
    ["R$ 10425000.00", "a currency sign before it"],
    ["10425000.00 ", "a space after it"],
    ["10425000.00*", "a footnote mark after it"],
    ["10.425.000,00", "the Brazilian way of writing it"],
    ["10425000.0", "one decimal place"],
    ["10425000", "no decimal places"],
  ])("%j is refused (%s)", (amount) => {
    expect(money.safeParse(amount).success).toBe(false);
  });
});
