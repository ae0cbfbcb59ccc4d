import { TOTAL_LABEL } from "../import/published-text";
import { isBlank, type CellValue } from "./sheet";
import { normalizeText } from "./text";

/**
 * The TOTAL row: its first non-empty text cell reads "TOTAL", "TOTAL:", "Total geral", "TOTAL GERAL (R$)" or
 * "Soma", in any case. Checked on every row, so the common case (a municipality name) is rejected cheaply.
 */
export function isTotalRow(row: readonly CellValue[]): boolean {
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (text === "") continue;
    // Cheap tests first; the letters normalizeText keeps start after any punctuation ("(=) TOTAL"). The length
    // cap only spares normalizing long cells: leaders and spaces ("TOTAL ........ R$") stay well within it, as
    // the pasted text, which has no cap, reads them.
    if (text.length > 200 || !/^[^a-z0-9]*[ts]/i.test(text)) return false;
    return TOTAL_LABEL.test(normalizeText(text));
  }
  return false;
}

export function isBlankRow(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}
