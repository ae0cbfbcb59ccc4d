// "Abrir PDF…" and "Comparar com…" (issue 16), over any Workbook. Files are read in the page, through the rules'
// importers, as the CLI reads them: nothing leaves the computer.
import {
  compareRows,
  comparedCells,
  importTextFile,
  MAX_PDF_BYTES,
  MAX_TEXT_BYTES,
  PUBLISHED_RULES,
  readAnnexRows,
  readPdfDocument,
  readPdfLines,
  tabulatePublishedText,
  validateAnnex,
  type ComparedCell,
  type Comparison,
  type PdfJsLike,
  type Sheet,
} from "../../rules";
import { fingerprintOf, marksOf, type RuleChoice, type Validation } from "../annex-actions";
import { freeSheetName, WorkbookError, type Mark, type Workbook } from "../workbook/workbook";

/** A file the analyst chose (an <input type="file">): its name and size, and its bytes when asked. */
export interface AnnexFile {
  name: string;
  size: number;
  read(): Promise<Uint8Array>;
}

/** Gives pdf.js: the browser build in the pane (default), pdf.js's Node build in the tests. */
export type PdfjsLoader = () => Promise<PdfJsLike>;

/** pdf.js's browser build, in a chunk of its own loaded on the first PDF. */
export const browserPdfjs: PdfjsLoader = () => import("./pdfjs-browser").then((module) => module.loadBrowserPdfjs());

export const PDF_SHEET_NAME = "PDF publicado";

const extensionOf = (name: string) => /\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? "";
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace(".", ",");

/** The bytes of the file, once its size is within the limit for its kind (checked before reading it). */
async function readWithin(file: AnnexFile, limit: number, kind: string): Promise<Uint8Array> {
  if (file.size > limit) {
    throw new WorkbookError(
      `O arquivo "${file.name}" tem ${megabytes(file.size)} MB, acima do limite de ${limit / 1024 / 1024} MB para ${kind}.`,
    );
  }
  try {
    return await file.read();
  } catch {
    throw new WorkbookError(`O arquivo "${file.name}" não pôde ser lido.`);
  }
}

/**
 * "Abrir PDF…": a PDF with text (the Diário's pages, a resolution saved as PDF) on a new sheet, as "Colar texto
 * publicado" writes pasted text, validated; each row and problem keeps its page and its line on that page.
 */
export async function openPublishedPdf(
  workbook: Workbook,
  file: AnnexFile,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
  loadPdfjs: PdfjsLoader = browserPdfjs,
): Promise<Validation> {
  if (extensionOf(file.name) !== ".pdf") {
    throw new WorkbookError(`"${file.name}" não é um PDF: escolha um arquivo .pdf com o texto do anexo.`);
  }
  const bytes = await readWithin(file, MAX_PDF_BYTES, "PDF");
  const lines = await readPdfLines(await loadPdfjs(), bytes, file.name);
  const table = tabulatePublishedText(
    lines.map((line) => line.text).join("\n"),
    lines.map(({ page, line }) => ({ page, line })),
  );
  if (table.values.length < 2) {
    throw new WorkbookError(
      `Não encontrei o anexo no PDF "${file.name}": ele precisa da linha de cabeçalho (Nº Município Porte R$) e das linhas do anexo até o TOTAL.`,
    );
  }
  const name = freeSheetName(PDF_SHEET_NAME, await workbook.listSheets());
  const origin = {
    ocr: true,
    lines: table.lines,
    pages: table.pages,
    readerProblems: table.problems,
    rows: table.values.length,
  } as const;
  await workbook.addSheet({ name, values: table.values, numberFormats: table.numberFormats, origin });
  const sheet: Sheet = {
    name,
    origin: "A1",
    values: table.values,
    ocr: true,
    format: "text",
    lines: table.lines,
    pages: table.pages,
    readerProblems: table.problems,
  };
  const report = validateAnnex(sheet, { ruleSetIds: { porte: ruleSetId }, rules });
  await workbook.mark(name, marksOf(report));
  return { report, sheetName: name, fingerprint: fingerprintOf(table.values) };
}

/** An annex file chosen to compare with: .pdf (with text), .txt (published text) or .csv. */
export async function readAnnexFile(file: AnnexFile, loadPdfjs: PdfjsLoader = browserPdfjs): Promise<Sheet> {
  const extension = extensionOf(file.name);
  if (extension === ".pdf") {
    const bytes = await readWithin(file, MAX_PDF_BYTES, "PDF");
    return readPdfDocument(await loadPdfjs(), bytes, file.name);
  }
  if (extension === ".txt" || extension === ".csv") {
    const bytes = await readWithin(file, MAX_TEXT_BYTES, "texto e CSV");
    return importTextFile(bytes, extension === ".csv" ? "csv" : "text");
  }
  throw new WorkbookError(
    `Formato não suportado: "${file.name}". Use .pdf (com texto), .txt (texto publicado) ou .csv; para comparar com uma planilha, abra-a nesta pasta de trabalho.`,
  );
}

/** The previous annex: another sheet of the workbook, or a file. */
export type CompareSource = { sheet: string } | { file: AnnexFile };

/** "Comparar com…" done: what changed, the new annex's sheet (marked) and its changed cells. */
export interface ComparisonResult {
  comparison: Comparison;
  /** The new annex's sheet, where the cells are. */
  sheetName: string;
  /** How the previous annex is named: 'planilha "Anexo I"', 'arquivo "anexo-2023.pdf"'. */
  previous: string;
  cells: ComparedCell[];
}

/** A changed cell as a mark: a row not identified is an error, any other change is to look at. */
export function comparisonMarks(cells: readonly ComparedCell[]): Mark[] {
  return cells.map(({ cell, kind, message }) => ({
    cell,
    severity: kind === "unmatched" ? "error" : "warning",
    note: message,
  }));
}

/**
 * "Comparar com…": the annex on the active sheet (or the selection) is the new one, compared with the previous
 * one (another sheet, or a file): rows added, removed, porte and amount changed, names written another way, rows
 * not identified, and the totals. The changed cells of the active sheet are marked, as problems are.
 */
export async function compareWith(
  workbook: Workbook,
  source: CompareSource,
  { rules = PUBLISHED_RULES, ruleSetId }: RuleChoice = {},
  loadPdfjs: PdfjsLoader = browserPdfjs,
): Promise<ComparisonResult> {
  const current = await workbook.readAnnex();
  let previous: Sheet;
  let label: string;
  if ("sheet" in source) {
    if (source.sheet === current.name) {
      throw new WorkbookError(`O anexo novo já está na planilha "${current.name}": escolha outra para comparar.`);
    }
    previous = await workbook.readSheet(source.sheet);
    label = `planilha "${source.sheet}"`;
  } else {
    previous = await readAnnexFile(source.file, loadPdfjs);
    label = `arquivo "${source.file.name}"`;
  }
  const options = { ruleSetIds: { porte: ruleSetId }, rules };
  const before = readAnnexRows(previous, { ...options, label: `no anexo anterior (${label})` });
  const after = readAnnexRows(current, { ...options, label: `na planilha "${current.name}"` });
  const comparison = compareRows(
    { sheet: previous, file: "file" in source ? source.file.name : null, rows: before },
    { sheet: current, rows: after },
  );
  const cells = comparedCells(comparison, after, current);
  await workbook.mark(current.name, comparisonMarks(cells));
  return { comparison, sheetName: current.name, previous: label, cells };
}
