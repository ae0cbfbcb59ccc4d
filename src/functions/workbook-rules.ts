import { PUBLISHED_RULES, type RuleBook } from "../rules";

// The rule sets the functions use: the published ones and the workbook's own, which the pane reads from the
// workbook's settings. In the shared runtime there is one functions runtime per open workbook, so this is that
// workbook's state, held here by the adapter; the rules themselves take the rule sets as a value.
let current: RuleBook = PUBLISHED_RULES;

export function workbookRules(): RuleBook {
  return current;
}

/** The pane calls this after reading or changing the workbook's rule sets; the functions see them at once. */
export function setWorkbookRules(rules: RuleBook): void {
  current = rules;
}
