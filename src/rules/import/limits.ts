// What a file may hold before reading it would cost more than an annex is worth: past these, the readers
// refuse in pt-BR or truncate with a note, so that a hostile file costs bounded time and memory.

/** A text or CSV file: far above any annex (853 municipalities), far below what exhausts memory. */
export const MAX_TEXT_BYTES = 50 * 1024 * 1024;
/** A PDF: a whole Diário is a few MB; scans of many pages are larger, and have no text to read anyway. */
export const MAX_PDF_BYTES = 100 * 1024 * 1024;
/** Pages read from a PDF: a resolution with its annexes has tens; the Diário of a day, a few hundred. */
export const MAX_PDF_PAGES = 500;
/** Pieces of text read from a PDF in all: an annex row is a handful; 853 municipalities need a few thousand. */
export const MAX_PDF_TEXT_ITEMS = 1_000_000;
/** Excel's own limits: a sheet has at most 1,048,576 rows, and a cell at most 32,767 characters. */
export const MAX_ROWS = 1_048_576;
export const MAX_CELL_TEXT = 32_767;
/** What is kept of a cell beyond MAX_CELL_TEXT, enough to find it in the file. */
export const CELL_TEXT_KEPT = 200;
