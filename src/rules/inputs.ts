import { RuleError, quote } from "./errors";
import type { Cents } from "./money/cents";
import { formatBrl } from "./money/format";
import { centsFromExcelNumber, parseBrl } from "./money/parse";

/**
 * Reading the inputs of the Excel functions and the CLI, so both answer the same for the same input.
 * A cell value is what Excel hands over: a number, a string, a boolean, or null/"" for an empty cell.
 */

/** An amount from a cell or an argument; blank is "missing", anything but an amount is "invalid". */
export function readAmount(value: unknown, what: string): Cents {
  if (typeof value === "number") return centsFromExcelNumber(value);
  if (typeof value === "string") {
    try {
      return parseBrl(value);
    } catch (error) {
      if (error instanceof RuleError && error.kind === "missing") throw missing(what);
      throw error;
    }
  }
  if (value === null || value === undefined) throw missing(what);
  const shown = typeof value === "boolean" ? (value ? "VERDADEIRO" : "FALSO") : quote(value);
  throw new RuleError("invalid", `${what}: ${shown} não é um valor em reais.`);
}

/** An amount that cannot be negative (a Teto MAC, a yearly total). */
export function readNonNegativeAmount(value: unknown, what: string): Cents {
  const cents = readAmount(value, what);
  if (cents < 0) throw new RuleError("negative", `${what} negativo: ${formatBrl(cents)}.`);
  return cents;
}

/**
 * A Teto MAC. Excel desktop may pass an empty cell as 0 (Excel on the web passes null), so a Teto MAC
 * of zero is read as missing: it must never come out as Porte I.
 */
export function readTeto(value: unknown): Cents {
  // Fast path for the common case: a positive number (no allocation, see centsFromExcelNumber).
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: fast path, the general route below gives the same result
  if (typeof value === "number" && value > 0) {
    const cents = centsFromExcelNumber(value);
    if (cents > 0) return cents;
  }
  const cents = readNonNegativeAmount(value, "Teto MAC");
  if (cents === 0) {
    throw new RuleError("missing", "Valor ausente: o Teto MAC está vazio ou é zero, e um Teto MAC zero não tem porte.");
  }
  return cents;
}

function missing(what: string): RuleError {
  return new RuleError("missing", `Valor ausente: ${what} vazio.`);
}

/** A whole number typed in a cell or an argument: 3 or "3". */
export function readWholeNumber(value: unknown, what: string): number {
  if (value === null || value === undefined || (typeof value === "string" && value.trim() === "")) throw missing(what);
  const number = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number === "number" && Number.isInteger(number)) return number;
  throw new RuleError("invalid", `${what}: ${quote(value)} não é um número inteiro.`);
}

/** Yes or no: VERDADEIRO/FALSO, "sim"/"não", 1/0; blank is no. */
export function readYesNo(value: unknown, what: string): boolean {
  if (value === null || value === undefined || value === "" || value === false || value === 0) return false;
  if (value === true || value === 1) return true;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (["sim", "s", "verdadeiro", "true"].includes(text)) return true;
  if (["não", "nao", "n", "falso", "false"].includes(text)) return false;
  throw new RuleError("invalid", `${what}: ${quote(value)} não é sim nem não (use VERDADEIRO ou FALSO).`);
}
