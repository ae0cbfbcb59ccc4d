// What the pane's buttons do, over any Workbook: the components only call these and show the result.
import {
  draftPorteAnnex,
  porteArticles,
  PUBLISHED_RULES,
  readDraftList,
  tabulatePublishedText,
  validateAnnex,
  type DraftedAnnex,
  type DraftMode,
  type Report,
  type RuleBook,
} from "../rules";
import bundledAnnexText from "../data/anexo-i-5978-2017.txt";
import { freeSheetName, WorkbookError, type Mark, type Workbook } from "./workbook/workbook";

/** Which rules the pane applies: the book of the workbook (published + its own) and the porte rule chosen. */
export interface RuleChoice {
  rules?: RuleBook;
  /** The porte rule set chosen in the pane (default: 5978/2017); recomposição annexes use their own. */
  ruleSetId?: string;
}

export interface Validation {
  report: Report;
  /** The sheet the problems' cells are on. */
  sheetName: string;
}

export const PASTED_SHEET_NAME = "Texto publicado";
export const EXAMPLE_SHEET_NAME = "Exemplo Anexo I 5.978";

/** "Ver exemplo": Anexo I of Res. 5.978/2017 as published, on a new sheet, validated. */
export function openExample(workbook: Workbook): Promise<Validation> {
  return pastePublishedText(workbook, bundledAnnexText, {}, EXAMPLE_SHEET_NAME);
}

/** Problems with a cell become marks; those without one (no TOTAL row, no header) are shown in the pane only. */
export function marksOf(report: Report): Mark[] {
  return report.problems.flatMap((problem) =>
    problem.cell === null ? [] : [{ cell: problem.cell, severity: problem.severity, note: problem.message }],
  );
}

/**
 * "Validar": the selection (more than one cell) or the active sheet, checked and marked. The header tells a
 * porte annex from a recomposição one (Valora Minas); the rule set chosen in the pane applies to porte annexes.
 * A sheet with several annex tables is checked on the one chosen (annex, from 1; default the first).
 */
export async function validateActiveSheet(
  workbook: Workbook,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
  annex = 1,
): Promise<Validation> {
  const sheet = await workbook.readAnnex();
  const report = validateAnnex(sheet, { ruleSetIds: { porte: ruleSetId }, annex, rules });
  await workbook.mark(sheet.name, marksOf(report));
  return { report, sheetName: sheet.name };
}

/**
 * "Colar texto publicado": the text copied from the Diário's PDF becomes a new sheet, validated as published
 * text, exactly as `anexos validar arquivo.txt` reads it (same cells, same lines). The sheet remembers that
 * it came from published text, so "Validar" on it later gives the same problems.
 */
export async function pastePublishedText(
  workbook: Workbook,
  text: string,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
  sheetName = PASTED_SHEET_NAME,
): Promise<Validation> {
  const table = tabulatePublishedText(text);
  if (table.values.length < 2) {
    throw new WorkbookError(
      "Não encontrei o anexo no texto colado: copie do PDF a partir da linha de cabeçalho (Nº Município Porte R$) até o TOTAL.",
    );
  }
  const name = freeSheetName(sheetName, await workbook.listSheets());
  const origin = { ocr: true, lines: table.lines, readerProblems: table.problems, rows: table.values.length } as const;
  await workbook.addSheet({ name, values: table.values, numberFormats: table.numberFormats, origin });
  const sheet = { name, origin: "A1", values: table.values, ocr: true, format: "text" as const, lines: table.lines };
  const report = validateAnnex(
    { ...sheet, readerProblems: table.problems },
    { ruleSetIds: { porte: ruleSetId }, rules },
  );
  await workbook.mark(name, marksOf(report));
  return { report, sheetName: name };
}

export const DRAFT_SHEET_NAME = "Anexo I (rascunho)";

export interface Draft {
  annex: DraftedAnnex;
  sheetName: string;
  /** Art. 3, 4 and 5 for the rule set and the drafted total, amounts in words. */
  articles: string;
}

/**
 * "Redigir anexo": the selection (more than one cell) or the active sheet, with Município and Teto MAC
 * columns, becomes a new sheet laid out like the published Anexo I. A list with problems creates nothing.
 */
export async function draftAnnex(
  workbook: Workbook,
  mode: DraftMode,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
): Promise<Draft> {
  const ruleSet = rules.porte(ruleSetId);
  const list = readDraftList(await workbook.readAnnex());
  if (list.problems.length > 0) {
    throw new WorkbookError(["A lista tem problemas; nada foi criado:", ...list.problems].join("\n"));
  }
  const annex = draftPorteAnnex(list.entries, { ruleSet, mode });
  const sheetName = freeSheetName(DRAFT_SHEET_NAME, await workbook.listSheets());
  await workbook.addSheet({
    name: sheetName,
    values: annex.values,
    numberFormats: annex.numberFormats,
    formulas: annex.formulas,
  });
  return { annex, sheetName, articles: porteArticles(ruleSet, annex.summary.total) };
}
