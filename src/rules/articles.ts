import type { Cents } from "./money/cents";
import { amountWithWords } from "./money/words";
import { toRoman } from "./rule-sets/roman";
import type { PorteRuleSet } from "./rule-sets/registry";
import { resolutionOf, type DraftResolution } from "./annex/porte/draft";

// The articles of a porte resolution, written as Res. SES/MG 5.978/2017 writes them (Art. 3 bands, Art. 4
// incentives, Art. 5 total), every amount followed by its value in words. What only the analyst knows
// (the competência, the budget line) is left in brackets to fill in.

/** "I - …;", "II - …;", …, the last but one ending "; e" and the last with ".". */
function items(lines: string[]): string {
  return lines
    .map(
      (line, i) => `${toRoman(i + 1)} - ${line}${i === lines.length - 1 ? "." : i === lines.length - 2 ? "; e" : ";"}`,
    )
    .join("\n");
}

/** Art. 3: the bands of Teto MAC of each porte. */
export function bandsArticle(ruleSet: PorteRuleSet): string {
  const lines = ruleSet.bands.items.map(({ porte, from, to }, i) => {
    if (i === 0) return `${porte} - até ${amountWithWords(to as Cents)}`;
    if (to === null) return `${porte} - a partir de ${amountWithWords(from)}`;
    return `${porte} - de ${amountWithWords(from)} até ${amountWithWords(to)}`;
  });
  return (
    `${ruleSet.bands.article} - Os municípios contemplados pelo incentivo financeiro de que trata esta Resolução foram ` +
    `classificados por porte, definidos a partir do ${ruleSet.bands.basis}, observada a competência de publicação ` +
    `desta Resolução:\n${items(lines)}`
  );
}

/** Art. 4: the incentive of each porte. */
export function incentivesArticle(ruleSet: PorteRuleSet): string {
  const lines = ruleSet.porteLabels.map((porte) => `${porte}: ${amountWithWords(ruleSet.incentives.items[porte])}`);
  return (
    `${ruleSet.incentives.article} - O incentivo a que os beneficiários fazem jus varia de acordo com o porte, ` +
    `no valor de:\n${items(lines)}`
  );
}

/**
 * Art. 5: as the resolution writes it, the expenses of the competência are limited to the annex's TOTAL (the sum
 * of the incentives of Anexo I), which the article says; and where that TOTAL exceeds the rule set's limit, a
 * bracketed note the analyst must resolve before publishing.
 */
export function totalArticle(ruleSet: PorteRuleSet, total: Cents, resolution?: DraftResolution): string {
  const { competencia } = resolutionOf(resolution);
  const above =
    total > ruleSet.budget.amount
      ? ` [atenção: acima do limite de ${amountWithWords(ruleSet.budget.amount)} da Res. ${ruleSet.id}]`
      : "";
  return (
    `${ruleSet.budget.article} - As transferências de recursos financeiros referentes à competência de ${competencia} ` +
    `têm despesas no limite de ${amountWithWords(total)}, valor total do Anexo I desta Resolução,${above} e ` +
    `correrão à conta do orçamento do respectivo exercício por meio da Dotação Orçamentária nº [dotação].`
  );
}

/** Art. 3, 4 and 5 for this rule set and the annex's total, separated by blank lines. */
export function porteArticles(ruleSet: PorteRuleSet, total: Cents, resolution?: DraftResolution): string {
  return [bandsArticle(ruleSet), incentivesArticle(ruleSet), totalArticle(ruleSet, total, resolution)].join("\n\n");
}
