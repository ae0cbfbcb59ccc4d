import Decimal from "decimal.js";

/**
 * The one rounding mode of the project: to the nearest centavo, ties away from zero,
 * as Excel's ARRED (ROUND) does. 1,005 → 1,01 and -1,005 → -1,01.
 * decimal.js calls this mode ROUND_HALF_UP ("away from zero" on ties).
 */
export const HALF_AWAY_FROM_ZERO = Decimal.ROUND_HALF_UP;

/** An isolated Decimal constructor, so no other code's global Decimal settings can change ours. */
export const ExactDecimal = Decimal.clone({ precision: 40, rounding: HALF_AWAY_FROM_ZERO });

/** Reais as an exact decimal → centavos, rounded half away from zero. */
export function decimalReaisToCents(reais: Decimal): number {
  return reais.times(100).toDecimalPlaces(0, HALF_AWAY_FROM_ZERO).toNumber();
}
