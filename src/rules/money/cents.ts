import { RuleError } from "../errors";

/**
 * Money is an integer number of centavos. Every value is a safe integer, so sums and
 * differences are exact; anything that would leave that range is refused, never rounded.
 */
export type Cents = number;

export function assertSafeCents(cents: number, input: unknown): Cents {
  if (!Number.isSafeInteger(cents)) {
    throw new RuleError("invalid", `Valor grande demais para ser calculado ao centavo: ${String(input)}.`);
  }
  return cents === 0 ? 0 : cents; // no -0
}

export function addCents(a: Cents, b: Cents): Cents {
  const sum = a + b;
  // The message is built only on failure: sums run once per row of big annexes.
  return Number.isSafeInteger(sum) ? sum : assertSafeCents(sum, `${a} + ${b} centavos`);
}

export function subtractCents(a: Cents, b: Cents): Cents {
  const difference = a - b;
  return Number.isSafeInteger(difference) ? difference + 0 : assertSafeCents(difference, `${a} - ${b} centavos`);
}

export function sumCents(values: Iterable<Cents>): Cents {
  let total = 0;
  for (const value of values) total = addCents(total, value);
  return total;
}
