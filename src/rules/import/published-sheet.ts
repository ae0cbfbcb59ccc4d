import { unlessRefused } from "../errors";
import { toExcelNumber } from "../money/format";
import { parseBrl } from "../money/parse";
import type { CellValue, ReaderProblem } from "../annex/sheet";
import { readPublishedText, type SourcePlace } from "./published-text";

/** Excel's number format for reais, in the invariant form Office.js expects: shows R$ 35.000,00 in pt-BR. */
export const BRL_NUMBER_FORMAT = "[$R$-416] #,##0.00";
/** Text cells are written as text ("@"): Excel would otherwise read "R$ 75.000,0O" or "001" as it reads typing. */
const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";
const AMOUNT_COLUMN = 3;

/** The cells of a new sheet for an annex pasted from a published PDF, with the number format of each cell. */
export interface PublishedSheet {
  values: CellValue[][];
  numberFormats: string[][];
  /** The text's line of each row (null for rows the reader made), kept with the sheet: see SheetOrigin. */
  lines: (number | null)[];
  /** The page of each row, for text rebuilt from a PDF (readPublishedText's places); else all null. */
  pages: (number | null)[];
  /** Lines of the text that are not annex rows (readPublishedText). */
  problems: ReaderProblem[];
}

/**
 * Published text as a sheet an analyst can work in: exactly the table `anexos validar texto.txt` reads
 * (readPublishedText), so both report the same cells. Numbers and amounts that read cleanly become numbers
 * (amounts in reais); anything else is kept verbatim, as text, so that validation reports it where it stands.
 */
export function tabulatePublishedText(text: string, places?: readonly SourcePlace[]): PublishedSheet {
  const read = readPublishedText(text, places);
  // The header row is converted too: "Nº" reads as no number and "Valor" as no amount, so it stays text.
  const values = read.values.map((row) =>
    row.length === 4 ? [asNumber(row[0]), row[1], row[2], asAmount(row[3])] : [...row],
  );
  const numberFormats = values.map((row) =>
    row.map((cell, c) =>
      typeof cell !== "number" ? TEXT_FORMAT : c === AMOUNT_COLUMN ? BRL_NUMBER_FORMAT : GENERAL_FORMAT,
    ),
  );
  return { values, numberFormats, lines: read.lines, pages: read.pages, problems: read.problems };
}

/** The reader's number cell holds digits only (or nothing); the header's "Nº" and the TOTAL row's hold none. */
function asNumber(cell: string): CellValue {
  return /\d/.test(cell) ? Number(cell) : cell;
}

function asAmount(cell: string): CellValue {
  const cents = unlessRefused(() => parseBrl(cell));
  return cents === undefined ? cell : toExcelNumber(cents);
}
