import { porteRuleSet, recomposicaoRuleSet } from "../rule-sets/registry";
import { detectAnnexKind } from "./header";
import type { Report } from "./report";
import type { Sheet } from "./sheet";
import { validatePorteAnnex } from "./validate-porte";
import { validateRecomposicaoAnnex } from "./validate-recomposicao";

export interface ValidateAnnexOptions {
  /** Rule set ids by kind (default: 5978/2017 and 7845/2021); an id of the other kind is refused. */
  ruleSetIds?: { porte?: string; recomposicao?: string };
  file?: string | null;
}

/**
 * Validates the annex of whichever kind its header shows: recomposição (CNES … Recomposição, Res. 7.845/2021)
 * or porte (Município · Porte · Valor, Res. 5.978/2017). A sheet with neither is reported as a porte annex
 * without its header (header-not-found).
 */
export function validateAnnex(sheet: Sheet, { ruleSetIds = {}, file }: ValidateAnnexOptions = {}): Report {
  if (detectAnnexKind(sheet.values) === "recomposicao") {
    return validateRecomposicaoAnnex(sheet, { ruleSet: recomposicaoRuleSet(ruleSetIds.recomposicao), file });
  }
  return validatePorteAnnex(sheet, { ruleSet: porteRuleSet(ruleSetIds.porte), file });
}
