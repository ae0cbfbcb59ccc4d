import ExcelJS from "exceljs";
import type { CellValue, Sheet } from "../../rules";
import { ReadError } from "./read-error";

/** A worksheet of an .xlsx, read whole from A1 so that addresses are the real ones. */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError(`O arquivo não é uma planilha .xlsx legível (${(error as Error).message}).`);
  }
  const names = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.getWorksheet(sheetName);
  if (!worksheet) {
    const list = names.length > 0 ? names.map((name) => `"${name}"`).join(", ") : "nenhuma";
    throw new ReadError(
      sheetName === undefined
        ? "A pasta de trabalho não tem planilhas."
        : `Não há planilha "${sheetName}". Planilhas: ${list}.`,
    );
  }
  // getSheetValues() is 1-based and sparse: row r, column c is at [r][c].
  const rows = worksheet.getSheetValues() as unknown[][];
  const width = worksheet.columnCount;
  const values: CellValue[][] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const cells: CellValue[] = new Array(width);
    for (let c = 1; c <= width; c++) cells[c - 1] = cellValue(row[c]);
    values.push(cells);
  }
  return { values, name: worksheet.name, origin: "A1" };
}

/** The value Excel shows, for every kind of cell exceljs hands over. */
function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const cell = value as Record<string, unknown>;
  if ("result" in cell || "formula" in cell || "sharedFormula" in cell) return cellValue(cell.result);
  if (Array.isArray(cell.richText)) return cell.richText.map((part: { text: string }) => part.text).join("");
  if (typeof cell.text === "string") return cell.text; // hyperlink
  if (typeof cell.error === "string") return cell.error; // #N/A, #VALUE!…
  return String(value);
}
