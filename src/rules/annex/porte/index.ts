// The porte annex of Res. SES/MG 5.978/2017 (Anexo I: Nº · Município · Porte · R$): Art. 2 (who is a
// beneficiary), Art. 3 (porte from the Teto MAC), Art. 4 (incentive by porte), Art. 5 (the limit).
import { DEFAULT_PORTE_RULE_SET, type PorteRuleSet } from "../../rule-sets/registry";
import type { AnnexKind } from "../kind";
import type { Report } from "../report";
import type { Sheet } from "../sheet";
import { validateKind, type ValidateKindOptions } from "../validate";
import { checkPorteTable } from "./check";
import { PORTE_COLUMNS, PORTE_REQUIRED, type PorteColumn } from "./columns";
import { PUBLISHED_RULES } from "../../rule-sets/registry";

export const porteAnnex: AnnexKind<PorteColumn, PorteRuleSet> = {
  id: "porte",
  name: "anexo de porte",
  columns: PORTE_COLUMNS,
  required: PORTE_REQUIRED,
  ruleSet: (rules, id) => rules.porte(id ?? DEFAULT_PORTE_RULE_SET),
  ruleSetId: (ruleSet) => ruleSet.id,
  noHeader:
    "Cabeçalho não encontrado: o anexo precisa ao menos das colunas Município, Porte e Valor (ou R$) numa mesma linha.",
  emptySummary: { rows: 0, sum: null, declaredTotal: null, byPorte: {} },
  check: checkPorteTable,
};

export type ValidateOptions = Partial<ValidateKindOptions<PorteRuleSet>>;

/** Checks the sheet's (first, or given) porte annex against its rule set (default: 5978/2017). */
export const validatePorteAnnex = (sheet: Sheet, options: ValidateOptions = {}): Report =>
  validateKind(porteAnnex, sheet, { ...options, ruleSet: options.ruleSet ?? PUBLISHED_RULES.porte() });

export { annexTitle, draftPorteAnnex, readDraftList, resolutionOf } from "./draft";
export type {
  DraftChart,
  DraftedAnnex,
  DraftEntry,
  DraftList,
  DraftMode,
  DraftOptions,
  DraftResolution,
} from "./draft";
