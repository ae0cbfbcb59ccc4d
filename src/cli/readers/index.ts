import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { readPublishedText, type Sheet } from "../../rules";
import { readCsv } from "./csv";
import { decodeText } from "./decode";
import { ReadError } from "./read-error";
import { readXlsx } from "./xlsx";

export { ReadError };

/** Reads an annex from an .xlsx, a .csv or a published text (.txt). */
export async function readAnnexFile(path: string, sheetName?: string): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (![".xlsx", ".csv", ".txt"].includes(extension)) {
    throw new ReadError(`Formato não suportado: "${basename(path)}". Use .xlsx, .csv ou .txt (texto publicado).`);
  }
  if (extension !== ".xlsx" && sheetName !== undefined) {
    throw new ReadError("--planilha só vale para arquivos .xlsx.");
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "não existe" : "não pôde ser lido";
    throw new ReadError(`O arquivo "${path}" ${reason}.`);
  }
  if (extension === ".xlsx") return readXlsx(bytes, sheetName);
  if (extension === ".csv") return readCsv(bytes);
  return readPublishedText(decodeText(bytes));
}
