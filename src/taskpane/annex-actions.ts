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
  type DraftResolution,
  type CellValue,
  type Report,
  type RuleBook,
} from "../rules";
import bundledAnnexText from "../data/anexo-i-5978-2017.txt";
import {
  CancelledError,
  freeSheetName,
  WorkbookError,
  type Mark,
  type ReadSheet,
  type Workbook,
  type WorkOptions,
} from "./workbook/workbook";

export { CancelledError };

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
  /** Of the values read: when the sheet no longer gives it, the validation no longer matches the sheet. */
  fingerprint: string;
}

/** What a long action reports while it runs, and what stops it (checked before each write). */
export type Work = WorkOptions;

/** Rows from which a table counts as big: the work pauses between its steps for the pane to repaint. */
export const BIG_TABLE_ROWS = 2000;

/**
 * Refuses to go on once "Cancelar" was pressed. For a big table it first lets the pane repaint and take that
 * click (a macrotask); a small one goes straight on.
 */
async function checkpoint({ signal }: Work, rows = 0): Promise<void> {
  if (rows >= BIG_TABLE_ROWS) await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal?.aborted) throw new CancelledError();
}

/**
 * A cheap fingerprint of the values (FNV-1a over their text): two reads of an unchanged table give the same
 * one, an edited cell almost surely another.
 */
export function fingerprintOf(values: readonly (readonly CellValue[])[]): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  };
  for (const row of values) {
    for (const cell of row) add(`${typeof cell}:${String(cell ?? "")}\u0001`);
    add("\u0002");
  }
  return `${values.length}:${(hash >>> 0).toString(16)}`;
}

export const PASTED_SHEET_NAME = "Texto publicado";
export const EXAMPLE_SHEET_NAME = "Exemplo Anexo I 5.978";

/** "Ver exemplo": Anexo I of Res. 5.978/2017 as published, on a new sheet, validated. */
export function openExample(workbook: Workbook, work: Work = {}): Promise<Validation> {
  return pastePublishedText(workbook, bundledAnnexText, {}, EXAMPLE_SHEET_NAME, work);
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
  work: Work = {},
): Promise<Validation> {
  work.onProgress?.("Lendo a planilha…", 0, 3);
  const sheet = await workbook.readAnnex(work);
  work.onProgress?.(`Conferindo ${sheet.values.length} linhas…`, 1, 3);
  await checkpoint(work, sheet.values.length);
  const report = validateAnnex(sheet, { ruleSetIds: { porte: ruleSetId }, annex, rules });
  await checkpoint(work, sheet.values.length);
  work.onProgress?.("Marcando as células…", 2, 3);
  await workbook.mark(sheet.name, marksOf(report));
  return { report, sheetName: sheet.name, fingerprint: fingerprintOf(sheet.values) };
}

/** The active sheet (or selection) as read now, for telling whether a result still matches it. */
export async function readFingerprint(workbook: Workbook): Promise<{ sheetName: string; fingerprint: string }> {
  const sheet: ReadSheet = await workbook.readAnnex();
  return { sheetName: sheet.name, fingerprint: fingerprintOf(sheet.values) };
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
  work: Work = {},
): Promise<Validation> {
  const table = tabulatePublishedText(text);
  if (table.values.length < 2) {
    throw new WorkbookError(
      "Não encontrei o anexo no texto colado: copie do PDF a partir da linha de cabeçalho (Nº Município Porte R$) até o TOTAL.",
    );
  }
  const name = freeSheetName(sheetName, await workbook.listSheets());
  const origin = { ocr: true, lines: table.lines, readerProblems: table.problems, rows: table.values.length } as const;
  await checkpoint(work, table.values.length);
  await workbook.addSheet({ name, values: table.values, numberFormats: table.numberFormats, origin });
  const sheet = { name, origin: "A1", values: table.values, ocr: true, format: "text" as const, lines: table.lines };
  const report = validateAnnex(
    { ...sheet, readerProblems: table.problems },
    { ruleSetIds: { porte: ruleSetId }, rules },
  );
  await checkpoint(work, table.values.length);
  await workbook.mark(name, marksOf(report));
  return { report, sheetName: name, fingerprint: fingerprintOf(table.values) };
}

export const DRAFT_SHEET_NAME = "Anexo I (rascunho)";

/** What the draft panel asks: formulas or values, the new resolution's number, year and competência, a chart. */
export interface DraftRequest {
  mode: DraftMode;
  resolution?: DraftResolution;
  /** An Excel chart of the annex per porte, beside it. */
  chart?: boolean;
}

export interface Draft {
  annex: DraftedAnnex;
  sheetName: string;
  /** The list it was drafted from, and the fingerprint of its values then. */
  sourceSheet: string;
  fingerprint: string;
  /** Whether an Excel chart of the annex per porte was added beside it. */
  chart: boolean;
  /** Art. 3, 4 and 5 for the rule set and the drafted total, amounts in words. */
  articles: string;
}

/**
 * "Redigir anexo": the selection (more than one cell) or the active sheet, with Município and Teto MAC
 * columns, becomes a new sheet laid out like the published Anexo I. A list with problems creates nothing.
 */
export async function draftAnnex(
  workbook: Workbook,
  request: DraftRequest | DraftMode,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
  work: Work = {},
): Promise<Draft> {
  const { mode, resolution, chart = false } = typeof request === "string" ? { mode: request } : request;
  const ruleSet = rules.porte(ruleSetId);
  work.onProgress?.("Lendo a lista…", 0, 3);
  const read = await workbook.readAnnex(work);
  const list = readDraftList(read);
  if (list.problems.length > 0) {
    throw new WorkbookError(["A lista tem problemas; nada foi criado:", ...list.problems].join("\n"));
  }
  work.onProgress?.(`Redigindo ${list.entries.length} municípios…`, 1, 3);
  await checkpoint(work, read.values.length);
  const annex = draftPorteAnnex(list.entries, { ruleSet, mode, resolution });
  const sheetName = freeSheetName(DRAFT_SHEET_NAME, await workbook.listSheets());
  await checkpoint(work, read.values.length);
  work.onProgress?.("Criando a planilha…", 2, 3);
  await workbook.addSheet({
    name: sheetName,
    values: annex.values,
    numberFormats: annex.numberFormats,
    formulas: annex.formulas,
  });
  if (chart) {
    await checkpoint(work);
    await workbook.addChart(sheetName, annex.chart);
  }
  return {
    annex,
    sheetName,
    sourceSheet: read.name,
    fingerprint: fingerprintOf(read.values),
    chart,
    articles: porteArticles(ruleSet, annex.summary.total, resolution),
  };
}
