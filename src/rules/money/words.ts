import { RuleError } from "../errors";
import type { Cents } from "./cents";
import { formatBrl } from "./format";

// Amounts in words as SES/MG resolutions write them after each amount: "R$ 10.425.000,00 (dez milhões,
// quatrocentos e vinte e cinco mil reais)". Written by hand: the maintained packages (extenso,
// numero-por-extenso) join the groups differently ("dez milhões quatrocentos…") and say "de reais" differently.

const UNITS = ["", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"];
const TEENS = ["dez", "onze", "doze", "treze", "quatorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"];
const TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"];
const HUNDREDS = [
  "",
  "cento",
  "duzentos",
  "trezentos",
  "quatrocentos",
  "quinhentos",
  "seiscentos",
  "setecentos",
  "oitocentos",
  "novecentos",
];

/** Scales of the groups of three digits, from the lowest: [singular, plural]; "mil" has no "um" before it. */
const SCALES: Array<[string, string]> = [
  ["", ""],
  ["mil", "mil"],
  ["milhão", "milhões"],
  ["bilhão", "bilhões"],
];

/** The largest amount in words: R$ 999.999.999.999,99. */
export const MAX_WORDS_CENTS = 99_999_999_999_999;

/** 1 … 999 in words: "cento e cinco", "cem", "vinte e um". */
function upToThousand(n: number): string {
  if (n === 100) return "cem";
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(HUNDREDS[hundreds]);
  if (rest >= 10 && rest < 20) parts.push(TEENS[rest - 10]);
  else {
    if (rest >= 20) parts.push(TENS[Math.floor(rest / 10)]);
    if (rest % 10 > 0) parts.push(UNITS[rest % 10]);
  }
  return parts.join(" e ");
}

/** A whole number of reais (or centavos) in words, groups joined as the resolutions join them. */
function integerInWords(n: number): string {
  const groups: Array<{ value: number; scale: number }> = [];
  for (let scale = 0, rest = n; rest > 0; scale++, rest = Math.floor(rest / 1000)) {
    if (rest % 1000 > 0) groups.unshift({ value: rest % 1000, scale });
  }
  return groups
    .map(({ value, scale }, i) => {
      const [singular, plural] = SCALES[scale];
      const words =
        scale === 1 && value === 1
          ? "mil"
          : `${upToThousand(value)}${singular ? ` ${value === 1 ? singular : plural}` : ""}`;
      if (i === 0) return words;
      // The last group joins with "e" when it is below a hundred or whole hundreds ("um milhão e um",
      // "mil e cem"); otherwise with a comma ("dez milhões, quatrocentos e vinte e cinco mil").
      const last = i === groups.length - 1;
      return `${last && (value < 100 || value % 100 === 0) ? " e " : ", "}${words}`;
    })
    .join("");
}

/**
 * The amount in words: "trinta e cinco mil reais", "dois milhões de reais e um centavo", "um real",
 * "oitenta e três centavos". Negative amounts and amounts above R$ 999.999.999.999,99 are refused.
 */
export function amountInWords(cents: Cents): string {
  if (!Number.isSafeInteger(cents) || cents < 0 || cents > MAX_WORDS_CENTS) {
    const shown = Number.isSafeInteger(cents) ? formatBrl(cents) : String(cents);
    throw new RuleError(
      cents < 0 ? "negative" : "invalid",
      `Valor por extenso só de R$ 0,00 a R$ 999.999.999.999,99: ${shown}.`,
    );
  }
  const reais = Math.floor(cents / 100);
  const centavos = cents % 100;
  if (reais === 0 && centavos === 0) return "zero reais";
  const parts: string[] = [];
  if (reais > 0) {
    // "dois milhões de reais": a whole number of millions or billions takes "de" (reais > 0 here).
    const of = reais % 1_000_000 === 0 ? " de" : "";
    parts.push(`${integerInWords(reais)}${of} ${reais === 1 ? "real" : "reais"}`);
  }
  if (centavos > 0) parts.push(`${integerInWords(centavos)} ${centavos === 1 ? "centavo" : "centavos"}`);
  return parts.join(" e ");
}

/** "R$ 35.000,00 (trinta e cinco mil reais)": an amount as the resolutions write it in their articles. */
export function amountWithWords(cents: Cents): string {
  return `${formatBrl(cents)} (${amountInWords(cents)})`;
}
