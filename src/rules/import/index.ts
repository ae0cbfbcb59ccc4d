// Every source becomes the same annex sheet here, so the CLI, the pane and the tests read it one way:
// published text (a .txt, or text pasted in the pane), CSV, and the cells of an .xlsx or of the active sheet
// (read by their adapters) all end as a Sheet that validateAnnex searches for its annex tables.
import type { Sheet } from "../annex/sheet";
import { readCsv } from "./csv";
import { decodeText } from "./decode";
import type { PdfTextLine } from "./pdf-layout";
import { tabulatePublishedText } from "./published-sheet";
import type { SourcePlace } from "./published-text";

export { BRL_NUMBER_FORMAT, tabulatePublishedText, type PublishedSheet } from "./published-sheet";
export { PUBLISHED_HEADER, readPublishedText, type PublishedText, type SourcePlace } from "./published-text";
export { layoutPdfText, type PdfTextItem, type PdfTextLine } from "./pdf-layout";
export {
  PDF_READING_PARAMS,
  readPdfDocument,
  readPdfLines,
  type PdfDocumentLike,
  type PdfJsLike,
  type PdfLoadingTaskLike,
  type PdfPageLike,
} from "./pdf-document";
export { decodeText, type DecodedText } from "./decode";
export { readCsv } from "./csv";
export {
  CELL_TEXT_KEPT,
  MAX_CELL_TEXT,
  MAX_PDF_BYTES,
  MAX_PDF_PAGES,
  MAX_PDF_TEXT_ITEMS,
  MAX_ROWS,
  MAX_TEXT_BYTES,
} from "./limits";

/**
 * Text copied from a published PDF (the Diário, a whole resolution): exactly the sheet "Colar texto
 * publicado" writes, with the text's line of each row, so a file, a paste and the pasted sheet agree.
 */
export function importPublishedText(text: string, places?: readonly SourcePlace[]): Sheet {
  const { values, lines, pages, problems } = tabulatePublishedText(text, places);
  const sheet: Sheet = { values, lines, readerProblems: problems, ocr: true, format: "text", origin: "A1" };
  return places === undefined ? sheet : { ...sheet, pages };
}

/**
 * The text lines of a PDF (layoutPdfText), read as published text: the same reading as a .txt, with each
 * row and problem pointing to its page and its line on that page.
 */
export function importPdfText(lines: readonly PdfTextLine[]): Sheet {
  return importPublishedText(
    lines.map((line) => line.text).join("\n"),
    lines.map(({ page, line }) => ({ page, line })),
  );
}

/** The bytes of a .txt (published text) or a .csv, in whatever encoding analysts' programs write. */
export function importTextFile(bytes: Uint8Array, format: "text" | "csv"): Sheet {
  const { text, problems } = decodeText(bytes);
  const sheet = format === "csv" ? readCsv(text) : importPublishedText(text);
  return { ...sheet, readerProblems: [...problems, ...(sheet.readerProblems ?? [])] };
}
