import { isBlank, type CellValue } from "./sheet";

/** The row whose first non-empty text cell reads TOTAL, in any case. */
export function isTotalRow(row: readonly CellValue[]): boolean {
  for (const cell of row) {
    if (typeof cell !== "string") continue;
    const text = cell.trim();
    if (text !== "") return text.length === 5 && text.toUpperCase() === "TOTAL";
  }
  return false;
}

export function isBlankRow(row: readonly CellValue[]): boolean {
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}
