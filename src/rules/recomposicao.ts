import { RuleError } from "./errors";
import { assertSafeCents, subtractCents, type Cents } from "./money/cents";
import { percentOfCents } from "./money/exact";
import { formatBrl } from "./money/format";
import { recomposicaoRuleSet, type RecomposicaoRuleSet } from "./rule-sets/registry";

/**
 * Art. 3 of Res. 7.845/2021: the hospital's recomposição is the covered share (100%) of the difference
 * between what it was foreseen to receive in 2021 and its Valora Minas allocation; zero when Valora covers it.
 */
export function recomposicao(
  prev2021: Cents,
  valora: Cents,
  ruleSet: RecomposicaoRuleSet = recomposicaoRuleSet(),
): Cents {
  if (prev2021 < 0) throw new RuleError("negative", `Total previsto em 2021 negativo: ${formatBrl(prev2021)}.`);
  if (valora < 0) throw new RuleError("negative", `Valor Valora Minas negativo: ${formatBrl(valora)}.`);
  const difference = subtractCents(prev2021, valora);
  // Stryker disable next-line EqualityOperator: the covered share of a zero difference is zero too
  return difference > 0 ? coveredShare(difference, ruleSet.coverage.percent) : 0;
}

function coveredShare(difference: Cents, percent: string): Cents {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut only; percentOfCents(d, "100") is d exactly, so skipping it changes no result
  if (percent === "100") return difference;
  // Exact: the difference times the percent's digits, over 100 and its decimal places, rounded half away from zero.
  return assertSafeCents(Number(percentOfCents(BigInt(difference), percent)), difference);
}
