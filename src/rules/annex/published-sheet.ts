import { unlessRefused } from "../errors";
import { toExcelNumber } from "../money/format";
import { parseBrl } from "../money/parse";
import { readPublishedText } from "./published-text";
import type { CellValue } from "./sheet";

/** Excel's number format for reais, in the invariant form Office.js expects: shows R$ 35.000,00 in pt-BR. */
export const BRL_NUMBER_FORMAT = "[$R$-416] #,##0.00";
/** Text cells are written as text ("@"): Excel would otherwise read "R$ 75.000,0O" or "001" as it reads typing. */
const TEXT_FORMAT = "@";
const GENERAL_FORMAT = "General";

export const PUBLISHED_SHEET_HEADER = ["Nº", "Município", "Porte", "Valor"] as const;

/** The cells of a new sheet for an annex pasted from a published PDF, with the number format of each cell. */
export interface PublishedSheet {
  values: CellValue[][];
  numberFormats: string[][];
}

/**
 * Published text as a sheet an analyst can work in: the header Nº · Município · Porte · Valor at A1, one row
 * per annex line and the TOTAL row. Numbers and amounts that read cleanly become numbers (amounts in reais);
 * anything else is kept verbatim, as text, so that validation reports it where it stands.
 */
export function tabulatePublishedText(text: string): PublishedSheet {
  const read = readPublishedText(text).values;
  const headerIndex = read.findIndex((row) => row.length === 4 && row[1] === "Município");
  const values: CellValue[][] = [[...PUBLISHED_SHEET_HEADER]];
  const rows = headerIndex < 0 ? [] : read.slice(headerIndex + 1);
  for (const [number, municipality, porte, amount] of rows) {
    values.push([asNumber(number), municipality ?? "", porte ?? "", asAmount(amount)]);
  }
  const numberFormats = values.map((row) =>
    row.map((cell, c) => (typeof cell !== "number" ? TEXT_FORMAT : c === 3 ? BRL_NUMBER_FORMAT : GENERAL_FORMAT)),
  );
  return { values, numberFormats };
}

function asNumber(cell: CellValue): CellValue {
  return typeof cell === "string" && /^\d+$/.test(cell) ? Number(cell) : (cell ?? "");
}

function asAmount(cell: CellValue): CellValue {
  if (typeof cell !== "string") return cell ?? "";
  const cents = unlessRefused(() => parseBrl(cell));
  return cents === undefined ? cell : toExcelNumber(cents);
}
