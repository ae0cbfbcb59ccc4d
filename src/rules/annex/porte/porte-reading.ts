import { unlessRefused } from "../../errors";
import { parsePorte } from "../../porte";
import { fromRoman } from "../../rule-sets/roman";
import type { PorteRuleSet } from "../../rule-sets/registry";
import type { CellValue } from "../sheet";

/** The stated porte of a cell, or undefined when it is not a readable porte. */
export function readPorte(value: CellValue, ruleSet: PorteRuleSet): string | undefined {
  return unlessRefused(() => parsePorte(value, ruleSet));
}

// What OCR makes of the strokes of a Roman numeral: "Porte Il", "Porte 111", "Porte |", "Porte 1V".
const OCR_STROKES = new Map([
  ["i", "I"],
  ["l", "I"],
  ["1", "I"],
  ["|", "I"],
  ["!", "I"],
  ["v", "V"],
  ["x", "X"],
]);

/**
 * A best reading of an OCR-garbled porte label, or undefined when the strokes do not make a numeral
 * ("PorteVV"). Only for published text: a typed sheet with "Porte Il" has a typo to report, not to read.
 */
export function readOcrPorte(value: CellValue, ruleSet: PorteRuleSet): string | undefined {
  if (typeof value !== "string") return undefined;
  const strokes = value
    .replace(/^\s*porte/i, "")
    .replace(/\s+/g, "")
    .toLowerCase();
  if (strokes === "") return undefined;
  let numeral = "";
  for (const stroke of strokes) {
    const letter = OCR_STROKES.get(stroke);
    if (!letter) return undefined;
    numeral += letter;
  }
  const position = fromRoman(numeral);
  return position === undefined ? undefined : ruleSet.porteLabels[position - 1];
}
