// The recomposição annex of Res. SES/MG 7.845/2021 (Valora Minas, Anexo I: CNES · Estabelecimento · … ·
// Recomposição): Art. 2, § 1º (who may receive it), Art. 3 (the recomposição), Art. 4 (macrorregiões after the
// transition), Art. 5 (the annual total).
import { DEFAULT_RECOMPOSICAO_RULE_SET, PUBLISHED_RULES, type RecomposicaoRuleSet } from "../../rule-sets/registry";
import type { AnnexKind } from "../kind";
import type { Report } from "../report";
import type { Sheet } from "../sheet";
import { validateKind, type ValidateKindOptions } from "../validate";
import { checkRecomposicaoTable } from "./check";
import {
  MODULE_COLUMNS,
  PROGRAM_COLUMNS,
  RECOMPOSICAO_COLUMNS,
  RECOMPOSICAO_REQUIRED,
  type RecomposicaoColumn,
} from "./columns";

export const recomposicaoAnnex: AnnexKind<RecomposicaoColumn, RecomposicaoRuleSet> = {
  id: "recomposicao",
  name: "anexo de recomposição",
  columns: RECOMPOSICAO_COLUMNS,
  required: RECOMPOSICAO_REQUIRED,
  ruleSet: (rules, id) => rules.recomposicao(id ?? DEFAULT_RECOMPOSICAO_RULE_SET),
  ruleSetId: (ruleSet) => ruleSet.id,
  noHeader:
    "Cabeçalho não encontrado: o anexo de recomposição precisa das colunas " +
    "CNES, Previsto 2021 (ou os programas), Valora Minas (ou os dois módulos) e Recomposição.",
  emptySummary: { rows: 0, sum: null, declaredTotal: null, byMacrorregiao: {}, byNatureza: {} },
  // Previsto 2021 and Valora Minas: as totals or as their parts.
  complete: ({ columns }) =>
    (columns.previsto !== undefined || PROGRAM_COLUMNS.some((column) => columns[column] !== undefined)) &&
    (columns.valora !== undefined || MODULE_COLUMNS.some((column) => columns[column] !== undefined)),
  check: checkRecomposicaoTable,
};

export type ValidateRecomposicaoOptions = Partial<ValidateKindOptions<RecomposicaoRuleSet>>;

/** Checks the sheet's (first, or given) recomposição annex against its rule set (default: 7845/2021). */
export const validateRecomposicaoAnnex = (sheet: Sheet, options: ValidateRecomposicaoOptions = {}): Report =>
  validateKind(recomposicaoAnnex, sheet, { ...options, ruleSet: options.ruleSet ?? PUBLISHED_RULES.recomposicao() });
