import { RuleError, quote } from "./errors";
import type { Cents } from "./money/cents";
import { formatBrl } from "./money/format";
import { fromRoman } from "./rule-sets/roman";
import type { PorteRuleSet } from "./rule-sets/registry";

/**
 * Art. 3 of Res. 5.978/2017: the porte from the annual Teto MAC. Upper bounds are inclusive to the
 * centavo: R$ 2.000.000,00 is Porte I, R$ 2.000.000,01 is Porte II.
 */
export function porte(teto: Cents, ruleSet: PorteRuleSet): string {
  if (teto < 0) throw new RuleError("negative", `Teto MAC negativo: ${formatBrl(teto)}.`);
  const { upperBounds, porteLabels } = ruleSet;
  let band = 0;
  while (teto > upperBounds[band]) band++;
  return porteLabels[band];
}

/** "Porte III" → "III". */
export function porteNumeral(label: string): string {
  return label.replace(/^Porte /, "");
}

const PORTE_TEXT = /^(?:porte\s*)?([ivx]+|\d+)$/i;

/**
 * Reads a porte as analysts write it: "Porte III", "III", "porte iii", "3" or the number 3.
 * Anything else, OCR slips like "Porte Il" included, is refused: guessing would hide an error.
 */
export function parsePorte(input: unknown, ruleSet: PorteRuleSet): string {
  const labels = ruleSet.porteLabels;
  const refuse = () =>
    new RuleError(
      "invalid",
      `Porte inválido: ${quote(input)}. Use ${labels[0]} a ${labels[labels.length - 1]}, ` +
        `só o numeral romano (I a ${porteNumeral(labels[labels.length - 1])}) ou o número (1 a ${labels.length}).`,
    );
  let position: number | undefined;
  if (input === 0) {
    // Excel desktop may pass an empty cell as 0; no porte is numbered 0.
    throw new RuleError("missing", "Valor ausente: porte vazio ou zero.");
  } else if (typeof input === "number") {
    position = input;
  } else if (typeof input === "string") {
    // trim() and PORTE_TEXT's \s take every space, no-break ones (U+00A0) included.
    const text = input.trim();
    if (text === "") throw new RuleError("missing", "Valor ausente: porte vazio.");
    const match = PORTE_TEXT.exec(text);
    if (!match) throw refuse();
    // match[1] is all digits or all Roman letters: one digit tells which.
    position = /\d/.test(match[1]) ? Number(match[1]) : fromRoman(match[1]);
  } else if (input === null || input === undefined) {
    throw new RuleError("missing", "Valor ausente: porte vazio.");
  }
  if (position === undefined || !Number.isInteger(position) || position < 1 || position > labels.length) throw refuse();
  return labels[position - 1];
}
