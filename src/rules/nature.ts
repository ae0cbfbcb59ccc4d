// Res. SES/MG 7.845/2021, Art. 2 §1: the recomposição goes to "entidades públicas e filantrópicas sem fins
// lucrativos". A "Natureza jurídica" cell is read as text, or by its CONCLA code when it gives one.
import { getLegalNature } from "@brazilian-utils/brazilian-utils/get-legal-nature";
import { normalizeText } from "./annex/text";
import type { RecomposicaoRuleSet } from "./rule-sets/registry";

/** Eligible; ineligible; or a private non-profit whose philanthropic certification must be confirmed. */
export type NatureVerdict = "eligible" | "ineligible" | "unconfirmed";

export interface NatureReading {
  verdict: NatureVerdict;
  /** "3999 – Associação Privada", when the cell gives a known CONCLA code. */
  legalNature?: string;
}

// "1244", "124-4", "1244 - Município": the code opens the cell.
const CODE = /^\s*(\d{3})-?(\d)(?!\d)/;

export function readNature(nature: string, ruleSet: RecomposicaoRuleSet): NatureReading {
  const rules = ruleSet.eligibleNatures;
  const byText = verdictOfText(nature, rules);
  const match = CODE.exec(nature);
  const legal = match ? getLegalNature(match[1] + match[2]) : null;
  if (!legal) return { verdict: byText ?? "ineligible" };
  const legalNature = `${legal.code} – ${legal.description}`;
  const byCode = verdictOfCode(legal.code, rules.codes);
  // A private non-profit code says nothing of philanthropy: the words ("filantrópica", "Santa Casa") may.
  const verdict = byCode === "unconfirmed" && byText !== undefined && byText !== "unconfirmed" ? byText : byCode;
  return { verdict: verdict ?? byText ?? "ineligible", legalNature };
}

function verdictOfCode(
  code: string,
  codes: RecomposicaoRuleSet["eligibleNatures"]["codes"],
): NatureVerdict | undefined {
  let best: { verdict: NatureVerdict; length: number } | undefined;
  for (const verdict of ["eligible", "unconfirmed", "ineligible"] as const) {
    for (const prefix of codes[verdict]) {
      if (code.startsWith(prefix) && prefix.length > (best?.length ?? 0)) best = { verdict, length: prefix.length };
    }
  }
  return best?.verdict;
}

/** An explicit for-profit word wins; then a public or philanthropic one; then a non-profit one. */
function verdictOfText(nature: string, rules: RecomposicaoRuleSet["eligibleNatures"]): NatureVerdict | undefined {
  const words = normalizeText(nature).split(" ");
  const has = (terms: readonly string[]) =>
    terms.some((term) => occursUnnegated(words, term.split(" "), rules.negations));
  if (has(rules.ineligibleTerms)) return "ineligible";
  if (has(rules.eligibleTerms)) return "eligible";
  if (has(rules.unconfirmedTerms)) return "unconfirmed";
  return undefined;
}

/** Whether the term's words occur in order, not right after a negation ("não pública" is not "pública"). */
function occursUnnegated(words: readonly string[], term: readonly string[], negations: readonly string[]): boolean {
  for (let i = 0; i + term.length <= words.length; i++) {
    if (term.every((word, j) => words[i + j] === word) && !(i > 0 && negations.includes(words[i - 1]))) return true;
  }
  return false;
}
