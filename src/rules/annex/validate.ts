import { RuleError } from "../errors";
import { porteRuleSet, recomposicaoRuleSet } from "../rule-sets/registry";
import { findAnnexTables, type AnnexTable } from "./header";
import type { Report } from "./report";
import { columnLetters, describePlace, parseA1, type Sheet } from "./sheet";
import { validatePorteAnnex } from "./validate-porte";
import { validateRecomposicaoAnnex } from "./validate-recomposicao";

export interface ValidateAnnexOptions {
  /** Rule set ids by kind (default: 5978/2017 and 7845/2021); an id of the other kind is refused. */
  ruleSetIds?: { porte?: string; recomposicao?: string };
  file?: string | null;
  /** Which annex table of the sheet to check, from 1 (default: the first). */
  annex?: number;
}

/**
 * Validates one annex table of the sheet, of whichever kind its header shows: recomposição (CNES …
 * Recomposição, Res. 7.845/2021) or porte (Município · Porte · Valor, Res. 5.978/2017). The whole sheet is
 * searched; the report lists every table found and says which one was checked. A sheet with none is
 * reported as a porte annex without its header (header-not-found).
 */
export function validateAnnex(sheet: Sheet, { ruleSetIds = {}, file, annex = 1 }: ValidateAnnexOptions = {}): Report {
  const tables = findAnnexTables(sheet.values);
  if (tables.length > 0 && (!Number.isInteger(annex) || annex < 1 || annex > tables.length)) {
    throw new RuleError("invalid", `Não há anexo ${annex}: ${describeTables(sheet, tables)}`);
  }
  const table = tables[annex - 1] as AnnexTable | undefined;
  const report =
    table?.kind === "recomposicao"
      ? validateRecomposicaoAnnex(sheet, { ruleSet: recomposicaoRuleSet(ruleSetIds.recomposicao), file, table })
      : validatePorteAnnex(sheet, { ruleSet: porteRuleSet(ruleSetIds.porte), file, table });
  const origin = parseA1(sheet.origin ?? "A1");
  return {
    ...report,
    annex: {
      number: table ? annex : 0,
      tables: tables.map((candidate, i) => ({
        number: i + 1,
        kind: candidate.kind,
        title: candidate.title,
        cell: `${columnLetters(origin.column)}${origin.row + candidate.header.rowIndex}`,
        line: sheet.lines?.[candidate.header.rowIndex] ?? null,
        page: sheet.pages?.[candidate.header.rowIndex] ?? null,
      })),
    },
  };
}

/** "há 2 anexos: 1 (ANEXO I …, linha 5) e 2 (…)", for the messages that ask the user to pick one. */
export function describeTables(sheet: Sheet, tables: readonly AnnexTable[]): string {
  if (tables.length === 0) return "nenhum anexo encontrado.";
  const origin = parseA1(sheet.origin ?? "A1");
  const items = tables.map((table, i) => {
    const line = sheet.lines?.[table.header.rowIndex] ?? origin.row + table.header.rowIndex;
    const where = describePlace(sheet.pages?.[table.header.rowIndex], line);
    return `${i + 1} (${table.title ?? (table.kind === "porte" ? "anexo de porte" : "anexo de recomposição")}, ${where})`;
  });
  return `há ${tables.length === 1 ? "1 anexo" : `${tables.length} anexos`}: ${items.join("; ")}.`;
}
