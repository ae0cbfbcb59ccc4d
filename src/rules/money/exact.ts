// Exact decimal-to-centavos arithmetic without a decimal library: digits as text, integers as BigInt.
// The Excel functions load at every workbook open, so their money code stays this small; round.ts keeps
// decimal.js for decimal work elsewhere (and as the reference the property tests compare against).

/** A decimal numeral as JavaScript and the money grammars write it: "-12.345", "2000000.01000000", "1.5e+21". */
const NUMERAL = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * The centavos of an amount in reais written as a decimal numeral, rounded half away from zero (as Excel's
 * ARRED): "1.005" → 101, "-1.005" → -101. Exact for any numeral: only its digits are moved and compared.
 * Returns a BigInt, so the caller decides what is too large (see assertSafeCents).
 */
export function reaisNumeralToCents(numeral: string): bigint {
  const match = NUMERAL.exec(numeral);
  if (!match) throw new TypeError(`not a decimal numeral: ${numeral}`);
  const [, sign, integerDigits, fractionDigits = "", exponent] = match;
  const digits = integerDigits + fractionDigits;
  // Where the decimal point falls in `digits` once the amount is in centavos (two places to the right).
  const point = integerDigits.length + Number(exponent ?? 0) + 2;
  // Under a tenth of a centavo: rounds to zero (a BigInt has no -0).
  if (point < 0) return 0n;
  // The centavos kept (zeros appended when the point falls past the digits; "" is 0n when it falls before them).
  const whole = digits.padEnd(point, "0").slice(0, point);
  // Past the centavo, a first dropped digit of 5 or more is at least half a centavo: away from zero. Past the
  // last digit, digits[point] is undefined, and undefined >= "5" is false: nothing to round.
  const magnitude = BigInt(whole) + (digits[point] >= "5" ? 1n : 0n);
  return sign === "-" ? -magnitude : magnitude;
}

/**
 * `cents` × `percent` ÷ 100, rounded half away from zero to the centavo. The percent is written as the rule
 * sets write it, "100", "87,5" or "87.5": exact, with no binary fraction in between.
 */
export function percentOfCents(cents: bigint, percent: string): bigint {
  const match = /^(\d+)(?:[.,](\d+))?$/.exec(percent);
  if (!match) throw new TypeError(`not a percent: ${percent}`);
  const [, integerDigits, fractionDigits = ""] = match;
  const numerator = cents * BigInt(integerDigits + fractionDigits);
  const denominator = 100n * 10n ** BigInt(fractionDigits.length);
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if (2n * (magnitude % denominator) >= denominator) quotient += 1n;
  return negative ? -quotient : quotient;
}
