// What the pane's buttons do, over any Workbook: the components only call these and show the result.
import { porteRuleSet, tabulatePublishedText, validatePorteAnnex, type Report } from "../rules";
import { freeSheetName, WorkbookError, type Mark, type Workbook } from "./office/workbook";

export interface Validation {
  report: Report;
  /** The sheet the problems' cells are on. */
  sheetName: string;
}

export const PASTED_SHEET_NAME = "Texto publicado";

/** Problems with a cell become marks; those without one (no TOTAL row, no header) are shown in the pane only. */
export function marksOf(report: Report): Mark[] {
  return report.problems.flatMap((problem) =>
    problem.cell === null ? [] : [{ cell: problem.cell, severity: problem.severity, note: problem.message }],
  );
}

/** "Validar": the selection (more than one cell) or the active sheet, checked and marked. */
export async function validateActiveSheet(workbook: Workbook, ruleSetId?: string): Promise<Validation> {
  const sheet = await workbook.readAnnex();
  const report = validatePorteAnnex(sheet, { ruleSet: porteRuleSet(ruleSetId) });
  await workbook.mark(sheet.name, marksOf(report));
  return { report, sheetName: sheet.name };
}

/**
 * "Colar texto publicado": the text copied from the Diário's PDF becomes a new sheet, validated as published
 * text (OCR-mangled labels that agree with their amounts are no problem, as in `anexos validar arquivo.txt`).
 */
export async function pastePublishedText(workbook: Workbook, text: string, ruleSetId?: string): Promise<Validation> {
  const table = tabulatePublishedText(text);
  if (table.values.length < 2) {
    throw new WorkbookError(
      "Não encontrei o anexo no texto colado: copie do PDF a partir da linha de cabeçalho (Nº Município Porte R$) até o TOTAL.",
    );
  }
  const name = freeSheetName(PASTED_SHEET_NAME, await workbook.listSheets());
  await workbook.addSheet({ name, ...table });
  const sheet = { name, origin: "A1", values: table.values, ocr: true };
  const report = validatePorteAnnex(sheet, { ruleSet: porteRuleSet(ruleSetId) });
  await workbook.mark(name, marksOf(report));
  return { report, sheetName: name };
}
