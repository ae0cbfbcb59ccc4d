import { RuleError, quote } from "../errors";
import { assertSafeCents, type Cents } from "./cents";
import { reaisNumeralToCents } from "./exact";

// "R$ 2.000.000,01", "2.000.000,01", "2000000,01", "2000000", "-R$ 5,00", "R$ -5,00".
// Dots only group thousands (three digits each); the comma starts the centavos.
// Written by hand: no parsing library knows this pt-BR money grammar strictly enough to refuse
// "2.000.00" or "2000000.01" instead of guessing.
const BRL_PATTERN = /^(-)?\s*(?:R\$\s*)?(-)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/i;

/** Reads a Brazilian amount written as text into centavos (half away from zero past two decimals). */
export function parseBrl(text: string): Cents {
  // trim() and the pattern's \s take every space, no-break ones (U+00A0, U+202F) included.
  const normalized = text.trim();
  if (normalized === "") throw new RuleError("missing", "Valor ausente: vazio.");
  const match = BRL_PATTERN.exec(normalized);
  if (!match || (match[1] && match[2])) throw notAnAmount(text);
  const [, signBefore, signAfter, integerPart, decimals] = match;
  const digits = `${integerPart.replaceAll(".", "")}.${decimals ?? "0"}`;
  const cents = Number(reaisNumeralToCents(digits));
  return assertSafeCents(signBefore || signAfter ? -cents : cents, quote(text));
}

/** "10425000.00" (toDecimalString, the report's money) → centavos. */
export function parseDecimalString(text: string): Cents {
  if (!/^-?\d+\.\d{2}$/.test(text)) throw notAnAmount(text);
  return parseBrl(text.replace(".", ","));
}

function notAnAmount(text: string): RuleError {
  const hint = /^\s*(R\$\s*)?-?\d+\.\d{1,2}\s*$/i.test(text)
    ? " Use vírgula para os centavos, como em 2.000.000,01."
    : " Escreva um valor em reais, como R$ 2.000.000,01 ou 2000000,01.";
  return new RuleError("invalid", `Não é um valor em reais: ${quote(text)}.${hint}`);
}

// Below this magnitude x * 100 stays under 2^53, where the fast path below is exact.
const FAST_PATH_LIMIT = 1e13;
// Relative distance from a half centavo under which the fast path defers to exact decimals.
// The float error of x * 100 against the 15-digit decimal is under 6e-15 relative; 1e-13 is a wide margin.
const TIE_MARGIN = 1e-13;

/**
 * Reads a number as Excel sends it. Excel keeps doubles but shows and compares 15 significant digits,
 * so the double is first read through 15 significant digits (2000000.0099999998 → 2000000.01000000),
 * then rounded to centavos half away from zero.
 *
 * Hot path of =SES.PORTE over whole columns: when x * 100 is clearly away from a half centavo, rounding
 * the double gives the same centavos as the decimal route, with no allocation. Near a tie, or for huge
 * values, the exact route decides: the 15 significant digits as text, rounded digit by digit (exact.ts).
 */
export function centsFromExcelNumber(x: number): Cents {
  // Kept small so that V8 inlines it into the loops over whole columns; the rare cases go out of line.
  // A fast path only, taken when it gives the exact route's centavos: a mutant of these two conditions only
  // sends more values down the exact route (same result), or lets |x| >= 1e13 (or NaN, ±Infinity) into the
  // fast path, where the tie test below always fails (TIE_MARGIN * |x * 100| >= 100 > 0.5, or NaN) and sends
  // them on to the exact route anyway; at exact equality with the margin the fast path is still right.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,UnaryOperator,BlockStatement: fast path, same centavos either route
  if (x < FAST_PATH_LIMIT && x > -FAST_PATH_LIMIT) {
    const scaled = x * 100;
    const fraction = scaled - Math.floor(scaled);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: fast path, same centavos either route
    if (Math.abs(fraction - 0.5) > TIE_MARGIN * Math.abs(scaled)) return Math.round(scaled) + 0; // + 0: no -0
  }
  return centsThroughDecimal(x);
}

function centsThroughDecimal(x: number): Cents {
  if (!Number.isFinite(x)) throw new RuleError("invalid", `Não é um valor em reais: ${quote(x)}.`);
  // Number() of a BigInt beyond 2^53 is not a safe integer, so assertSafeCents refuses it.
  return assertSafeCents(Number(reaisNumeralToCents(x.toPrecision(15))), x);
}
