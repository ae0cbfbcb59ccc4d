// The published resolutions' rule sets, read without zod: the Excel functions load them at every workbook
// open, and zod is most of what they would otherwise load. The files are the project's own and do not change
// at run time; test/rule-sets.test.ts checks that this reading equals the schema's (schema.ts) for each.
import { parseBrl } from "../money/parse";
import rule5978 from "./data/5978-2017.json";
import rule7845 from "./data/7845-2021.json";
import type { PorteRuleSetData, RecomposicaoRuleSetData, RuleSetData } from "./schema";

/** The data files of the published resolutions, as stored. */
export const PUBLISHED_RULE_SET_FILES: readonly unknown[] = [rule5978, rule7845];

/** The published rule sets' data with their amounts in centavos, as parseRuleSetData gives it. */
export function publishedRuleSetData(): RuleSetData[] {
  return [porteData(rule5978), recomposicaoData(rule7845)];
}

function porteData(file: typeof rule5978): PorteRuleSetData {
  return {
    ...file,
    kind: "porte",
    bands: {
      ...file.bands,
      items: file.bands.items.map(({ porte, from, to }) => ({
        porte,
        from: parseBrl(from),
        to: to === null ? null : parseBrl(to),
      })),
    },
    incentives: {
      ...file.incentives,
      items: Object.fromEntries(Object.entries(file.incentives.items).map(([porte, text]) => [porte, parseBrl(text)])),
    },
    budget: { ...file.budget, amount: parseBrl(file.budget.amount) },
  };
}

function recomposicaoData(file: typeof rule7845): RecomposicaoRuleSetData {
  return {
    ...file,
    kind: "recomposicao",
    annualTotal: { ...file.annualTotal, amount: parseBrl(file.annualTotal.amount) },
    payment: { ...file.payment, remainder: file.payment.remainder as "first" | "last" },
    split: { ...file.split, remainder: "postFixed" },
  };
}
