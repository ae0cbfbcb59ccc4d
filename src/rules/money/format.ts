import { RuleError } from "../errors";
import type { Cents } from "./cents";

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

function splitReais(cents: Cents): { sign: string; reais: string; centavos: string } {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return {
    sign,
    reais: String((absolute - (absolute % 100)) / 100),
    centavos: String(absolute % 100).padStart(2, "0"),
  };
}

/** R$ 10.425.000,00 — with a plain space, so the text is the same everywhere it is pasted. */
export function formatBrl(cents: Cents): string {
  const { sign, reais, centavos } = splitReais(cents);
  return `${sign}R$ ${reais.replace(THOUSANDS, ".")},${centavos}`;
}

/** "10425000.00": the machine form of an amount (JSON output), two decimals, no grouping. */
export function toDecimalString(cents: Cents): string {
  const { sign, reais, centavos } = splitReais(cents);
  return `${sign}${reais}.${centavos}`;
}

/** The double nearest to the amount, what Excel stores for a typed 10425000,00. */
export function toExcelNumber(cents: Cents): number {
  return Number(toDecimalString(cents));
}

/** Excel keeps 15 significant digits: from R$ 10.000.000.000.000,00 on, a result would lose its centavos. */
const EXCEL_EXACT_CENTS = 1e15;

/** toExcelNumber for a function's result, refused in pt-BR when Excel could not hold it to the centavo. */
export function toExactExcelNumber(cents: Cents): number {
  if (Math.abs(cents) >= EXCEL_EXACT_CENTS) {
    throw new RuleError(
      "invalid",
      `Resultado grande demais para o Excel guardar ao centavo (15 dígitos): ${formatBrl(cents)}. Use a linha de comando (anexos), que calcula o valor exato.`,
    );
  }
  return toExcelNumber(cents);
}
