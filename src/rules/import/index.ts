// Every source becomes the same annex sheet here, so the CLI, the pane and the tests read it one way:
// published text (a .txt, or text pasted in the pane), CSV, and the cells of an .xlsx or of the active sheet
// (read by their adapters) all end as a Sheet that validateAnnex searches for its annex tables.
import type { Sheet } from "../annex/sheet";
import { readCsv } from "./csv";
import { decodeText } from "./decode";
import { tabulatePublishedText } from "./published-sheet";

export { BRL_NUMBER_FORMAT, tabulatePublishedText, type PublishedSheet } from "./published-sheet";
export { PUBLISHED_HEADER, readPublishedText, type PublishedText } from "./published-text";
export { decodeText, type DecodedText } from "./decode";
export { readCsv } from "./csv";
export { CELL_TEXT_KEPT, MAX_CELL_TEXT, MAX_ROWS, MAX_TEXT_BYTES } from "./limits";

/**
 * Text copied from a published PDF (the Diário, a whole resolution): exactly the sheet "Colar texto
 * publicado" writes, with the text's line of each row, so a file, a paste and the pasted sheet agree.
 */
export function importPublishedText(text: string): Sheet {
  const { values, lines, problems } = tabulatePublishedText(text);
  return { values, lines, readerProblems: problems, ocr: true, format: "text", origin: "A1" };
}

/** The bytes of a .txt (published text) or a .csv, in whatever encoding analysts' programs write. */
export function importTextFile(bytes: Uint8Array, format: "text" | "csv"): Sheet {
  const { text, problems } = decodeText(bytes);
  const sheet = format === "csv" ? readCsv(text) : importPublishedText(text);
  return { ...sheet, readerProblems: [...problems, ...(sheet.readerProblems ?? [])] };
}
