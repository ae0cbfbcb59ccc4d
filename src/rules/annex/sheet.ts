import type { ProblemCode } from "./report";

/** A cell as Excel hands it over: a number, a text, a boolean, or empty (null, undefined or ""). */
export type CellValue = string | number | boolean | null | undefined;

/** A sheet as read from Excel, a CSV, an .xlsx or a published text. */
export interface Sheet {
  /** Rows of cell values. */
  values: CellValue[][];
  /** A1 address of values[0][0], so that every problem carries the real address of its cell. Default "A1". */
  origin?: string;
  /** Name of the sheet, for the report. */
  name?: string;
  /**
   * The text came from OCR of a published PDF: the amounts survived but porte labels are garbled
   * ("Porte Il", "Porte 111"), so labels are read leniently and checked against the amounts.
   */
  ocr?: boolean;
  /**
   * What the reader knows about a cell that its value cannot say ("fórmula sem valor calculado", "formatada
   * como data"), keyed by noteKey(rowIndex, columnIndex) into values. Added to the message of any problem
   * reported on that cell, so one cell still gets one problem.
   */
  notes?: ReadonlyMap<string, string>;
  /** The source's line number (1-based) of each row of values, for text sources; null where there is none. */
  lines?: readonly (number | null)[];
  /** For a PDF, the page of each row of values (lines then holds the line on that page); null elsewhere. */
  pages?: readonly (number | null)[];
  /** What the reader met and could not put in values (a line of text that is no annex row…), each reported. */
  readerProblems?: readonly ReaderProblem[];
  /** Where the cells came from. A CSV row with more fields than its header lost a split ("35.000,99"). */
  format?: "csv" | "xlsx" | "text" | "sheet";
}

/** Something a reader reports: on a cell (rowIndex/columnIndex into values) or on a line of the source. */
export interface ReaderProblem {
  code: ProblemCode;
  rowIndex: number | null;
  columnIndex: number;
  line?: number;
  /** The PDF page of that line, for a PDF. */
  page?: number;
  message: string;
  found?: string;
}

/** "linha 12", or "pág. 3, linha 12" for a line of a PDF. */
export function describePlace(page: number | null | undefined, line: number): string {
  return page === null || page === undefined ? `linha ${line}` : `pág. ${page}, linha ${line}`;
}

/** The key of a cell in Sheet.notes: row and column indexes into values. */
export function noteKey(rowIndex: number, columnIndex: number): string {
  return `${rowIndex}:${columnIndex}`;
}

/** 1 → "A", 26 → "Z", 27 → "AA". */
export function columnLetters(column: number): string {
  let rest = column;
  let letters = "";
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = (rest - 1 - digit) / 26;
  }
  return letters;
}

/** "C12" → { row: 12, column: 3 }. */
export function parseA1(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Endereço de célula inválido: "${address}".`);
  const column = [...match[1].toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cell as the user sees it, for messages. */
export function showCell(value: CellValue): string {
  if (typeof value === "boolean") return value ? "VERDADEIRO" : "FALSO";
  return String(value ?? "").trim();
}
