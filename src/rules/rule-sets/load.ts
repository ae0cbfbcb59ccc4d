// Rule sets from data the project does not own (a rule file, a workbook's settings, a paste): validated with
// zod (schema.ts). Only the pane's rule-set actions and the CLI's --regra-arquivo load this, so the Excel
// functions, which use the published rule sets only, never load zod.
import { prepareRuleSet, type RuleSet } from "./registry";
import { parseRuleSetData } from "./schema";

/** Validates rule-set data (see schema.ts) and prepares it for use; refused in pt-BR, naming each field. */
export function loadRuleSet(data: unknown): RuleSet {
  return prepareRuleSet(parseRuleSetData(data));
}

/** Each of these validated and prepared, in order (for RuleBook.withCustom). */
export function loadRuleSets(data: readonly unknown[]): RuleSet[] {
  return data.map((item) => loadRuleSet(item));
}
