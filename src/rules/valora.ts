// Res. SES/MG 7.845/2021 (Valora Minas), Art. 2 to 8, beyond the recomposição itself (recomposicao.ts):
// who may receive it, the transition, the signature deadline, the parcels and the pre/post-fixed split.
import { RuleError, quote } from "./errors";
import { subtractCents, type Cents } from "./money/cents";
import { formatBrl } from "./money/format";
import { addDays, addYears, formatDate, parseIsoDate, readDate, type CivilDate } from "./dates";
import { readWholeNumber } from "./inputs";
import type { RecomposicaoRuleSet } from "./rule-sets/registry";
import { normalizeText } from "./annex/text";
import { readNature } from "./nature";
import { onOrAfterWorkingDay } from "./working-days";

function nonNegative(amount: Cents, what: string): Cents {
  if (amount < 0) throw new RuleError("negative", `${what} negativo: ${formatBrl(amount)}.`);
  return amount;
}

/** Art. 2 §1: public entities and non-profit philanthropic ones (see nature.ts; unconfirmed is not eligible). */
export function isEligibleNature(nature: string, ruleSet: RecomposicaoRuleSet): boolean {
  return readNature(nature, ruleSet).verdict === "eligible";
}

/** Art. 3: the last day of the transition (three years from publication, Código Civil art. 132 §3). */
export function transitionEnd(ruleSet: RecomposicaoRuleSet): CivilDate {
  return addYears(parseIsoDate(ruleSet.transition.start), ruleSet.transition.years);
}

/** Art. 4: whether a macrorregião keeps the recomposição after the transition. */
export function keepsAfterTransition(macroregion: string, ruleSet: RecomposicaoRuleSet): boolean {
  const key = normalizeText(macroregion);
  return ruleSet.afterTransition.macroregions.some((name) => normalizeText(name) === key);
}

/**
 * Art. 7 §2: the last day to sign, in calendar days counted from the day the instrument was made available
 * (that day excluded). With nextWorkingDay, a last day on a weekend or a national or Minas Gerais holiday
 * moves to the next working day (a reading the text does not state; see working-days.ts).
 */
export function signatureDeadline(
  availableOn: CivilDate,
  extended: boolean,
  ruleSet: RecomposicaoRuleSet,
  nextWorkingDay = false,
): CivilDate {
  const { days, extensionDays } = ruleSet.signature;
  const last = addDays(availableOn, days + (extended ? extensionDays : 0));
  return nextWorkingDay ? onOrAfterWorkingDay(last) : last;
}

/**
 * Art. 8 §1: parcel n (1 …) of an annual amount paid every four months. The parcels add back to the annual
 * amount exactly: the division's centavos go to the parcel the rule set names (7.845/2021: the last).
 */
export function parcel(annual: Cents, n: unknown, ruleSet: RecomposicaoRuleSet): Cents {
  nonNegative(annual, "Valor anual");
  const count = ruleSet.payment.parcelsPerYear;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > count) {
    throw new RuleError("invalid", `Parcela inválida: ${quote(n)}. Use 1 a ${count} (${ruleSet.payment.article}).`);
  }
  // BigInt: exact over the whole safe range, whatever the count.
  const base = Number(BigInt(annual) / BigInt(count));
  const remainder = annual - base * count;
  const takesRemainder = ruleSet.payment.remainder === "last" ? n === count : n === 1;
  return takesRemainder ? base + remainder : base;
}

/** Art. 8 §4: the pre-fixed part (40%, rounded down to the centavo). */
export function preFixed(amount: Cents, ruleSet: RecomposicaoRuleSet): Cents {
  // amount × 40 leaves the safe-integer range from R$ 2,25 trilhões: the product is taken in BigInt.
  return Number((BigInt(nonNegative(amount, "Valor")) * BigInt(ruleSet.split.preFixedPercent)) / 100n);
}

/** Art. 8 §4: the post-fixed part (60%): the rest of the amount, so both parts add back to it exactly. */
export function postFixed(amount: Cents, ruleSet: RecomposicaoRuleSet): Cents {
  return subtractCents(amount, preFixed(amount, ruleSet));
}

/**
 * Art. 8 §2, as this rule set reads it (the text gives no formula): signed in month m of 2021, the hospital
 * receives the parcel of the period that ends in December, in proportion to the months from m to December:
 * parcela × (12 − m + 1) ÷ 4, rounded half up to the centavo. Signed in November: half the parcel.
 */
export function proportional2021(annual: Cents, signatureMonth: unknown, ruleSet: RecomposicaoRuleSet): Cents {
  const { firstMonth, periodEndMonth, periodMonths, year, article } = ruleSet.proportional2021;
  if (
    typeof signatureMonth !== "number" ||
    !Number.isInteger(signatureMonth) ||
    signatureMonth < firstMonth ||
    signatureMonth > periodEndMonth
  ) {
    throw new RuleError(
      "invalid",
      `Mês de assinatura inválido: ${quote(signatureMonth)}. Em ${year}, de ${firstMonth} a ${periodEndMonth} (${article}).`,
    );
  }
  const lastParcel = parcel(annual, ruleSet.payment.parcelsPerYear, ruleSet);
  const months = periodEndMonth - signatureMonth + 1;
  // Integer half-up division: (2·a·m + p) ÷ (2·p).
  const p = BigInt(periodMonths);
  return Number((2n * BigInt(lastParcel) * BigInt(months) + p) / (2n * p));
}

/** The month of signature for Art. 8 §2: a month number (11) or a date of that year (its month). */
export function readSignatureMonth(value: unknown, ruleSet: RecomposicaoRuleSet): number {
  const { year, article } = ruleSet.proportional2021;
  const isDate = (typeof value === "number" && value > 12) || (typeof value === "string" && value.includes("/"));
  if (!isDate) return readWholeNumber(value, "Mês de assinatura");
  const date = readDate(value, "Data de assinatura");
  if (date.year !== year)
    throw new RuleError("invalid", `A assinatura de ${formatDate(date)} não é de ${year} (${article}).`);
  return date.month;
}
