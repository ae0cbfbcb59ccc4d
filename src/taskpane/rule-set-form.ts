// The "Nova regra" form's data: a rule set as the analyst types it, made from an existing one, and the
// fields a refusal names. No zod here: the form renders with the pane, the checking (rule-set-actions) loads
// when a rule set is saved or read.
import { formatBrl, type PorteRuleSet, type RuleError } from "../rules";

/** The rule set as the form edits it: every amount as the analyst types it ("R$ 35.000,00"). */
export interface RuleSetForm {
  id: string;
  title: string;
  subject: string;
  budget: string;
  /** One municipality per line. */
  excluded: string;
  bands: Array<{ porte: string; from: string; to: string }>;
  incentives: Record<string, string>;
  /** Articles and wording kept from the rule set it starts from. */
  base: PorteRuleSet;
}

/** A form filled with an existing rule set, to start a new one from. */
export function formFrom(ruleSet: PorteRuleSet): RuleSetForm {
  return {
    id: "",
    title: ruleSet.title,
    subject: ruleSet.subject,
    budget: formatBrl(ruleSet.budget.amount),
    excluded: ruleSet.excludedMunicipalities.names.join("\n"),
    bands: ruleSet.bands.items.map((band) => ({
      porte: band.porte,
      from: formatBrl(band.from),
      to: band.to === null ? "" : formatBrl(band.to),
    })),
    incentives: Object.fromEntries(
      ruleSet.porteLabels.map((porte) => [porte, formatBrl(ruleSet.incentives.items[porte])]),
    ),
    base: ruleSet,
  };
}

/** The rule-set data (as stored and exported) the form describes; validated by saveRuleSet. */
export function dataOf(form: RuleSetForm): Record<string, unknown> {
  const { base } = form;
  return {
    id: form.id.trim(),
    kind: "porte",
    title: form.title.trim(),
    subject: form.subject.trim(),
    excludedMunicipalities: {
      article: base.excludedMunicipalities.article,
      names: form.excluded
        .split("\n")
        .map((name) => name.trim())
        .filter(Boolean),
    },
    bands: {
      article: base.bands.article,
      basis: base.bands.basis,
      items: form.bands.map((band) => ({
        porte: band.porte,
        from: band.from,
        to: band.to.trim() === "" ? null : band.to,
      })),
    },
    incentives: { article: base.incentives.article, items: form.incentives },
    budget: { article: base.budget.article, amount: form.budget },
  };
}

/** The fields a RuleError refuses (by path: "bands.items[1].from"), each with its message, for the form. */
export function fieldErrors(error: RuleError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path] ??= issue.message;
  return fields;
}
