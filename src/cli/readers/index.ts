import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { importTextFile, MAX_TEXT_BYTES, MAX_XLSX_FILE_BYTES, type Sheet } from "../../rules";
import { ReadError } from "./read-error";
import { readXlsx } from "./xlsx";

export { ReadError };

/** Reads an annex from an .xlsx, a .csv or a published text (.txt), through the rules' one import module. */
export async function readAnnexFile(path: string, sheetName?: string): Promise<Sheet> {
  const extension = extname(path).toLowerCase();
  if (![".xlsx", ".csv", ".txt"].includes(extension)) {
    throw new ReadError(`Formato não suportado: "${basename(path)}". Use .xlsx, .csv ou .txt (texto publicado).`);
  }
  if (extension !== ".xlsx" && sheetName !== undefined) {
    throw new ReadError("--planilha só vale para arquivos .xlsx.");
  }
  // Checked before reading: a huge file is refused without filling the memory with it.
  const limit = extension === ".xlsx" ? MAX_XLSX_FILE_BYTES : MAX_TEXT_BYTES;
  const size = await fileSize(path);
  if (size > limit) {
    throw new ReadError(
      `O arquivo "${path}" tem ${(size / 1024 / 1024).toFixed(1).replace(".", ",")} MB, acima do limite de ${limit / 1024 / 1024} MB para ${extension === ".xlsx" ? "planilhas .xlsx" : "texto e CSV"}.`,
    );
  }
  const bytes = await readBytes(path);
  if (extension === ".xlsx") return readXlsx(bytes, sheetName);
  return importTextFile(bytes, extension === ".csv" ? "csv" : "text");
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    throw unreadable(path, error);
  }
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
}

function unreadable(path: string, error: unknown): ReadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? "não existe"
      : code === "EISDIR"
        ? "é uma pasta, não um arquivo"
        : code === "EACCES" || code === "EPERM"
          ? "não pode ser lido: sem permissão de leitura"
          : "não pôde ser lido";
  return new ReadError(`O arquivo "${path}" ${reason}.`);
}
