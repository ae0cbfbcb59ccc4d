// How much of an .xlsx the CLI agrees to read, and the check of a zip's declared sizes before anything is
// inflated. An .xlsx is a zip of XML files: a few kilobytes may declare gigabytes (a "zip bomb"), and a
// sheet may hold a cell at XFD1048576. These limits are far above any annex (at most 853 municipalities)
// and far below what would exhaust the analyst's machine.
import { unzipSync } from "fflate";

/** The .xlsx file itself: 50 MB. */
export const MAX_XLSX_FILE_BYTES = 50 * 1024 * 1024;
/** All the files inside the zip, as their sizes are declared: 256 MB once unpacked. */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024;
/** One file inside the zip may unpack to at most 200 times its packed size (XML packs about 10 to 20 times)… */
export const MAX_XLSX_COMPRESSION_RATIO = 200;
/** …once it is larger than 1 MB unpacked (small files of repeated text pack far better, harmlessly). */
export const RATIO_CHECKED_FROM_BYTES = 1024 * 1024;
/** Filled cells read from one sheet: 2 million (a 200,000-row annex of 10 columns). */
export const MAX_XLSX_CELLS = 2_000_000;
/** Columns read from one sheet: 1,024 (A to AMJ). A filled cell further right is refused. */
export const MAX_XLSX_COLUMNS = 1024;
/** The characters Excel itself lets a cell hold; a longer text is cut here, with a note on the cell. */
export { MAX_CELL_TEXT as MAX_CELL_CHARS } from "./limits";

/** One file inside the zip, as the central directory declares it. */
export interface ZipEntrySize {
  name: string;
  /** Packed bytes. */
  compressedSize: number;
  /** Declared unpacked bytes: inflating stops there, whatever the data holds. */
  size: number;
}

export type ZipCheck = { ok: true; entries: Map<string, ZipEntrySize> } | { ok: false; message: string };

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("pt-BR")} MB`;

/**
 * The zip's central directory read (nothing inflated) and checked against the limits above: the file's size,
 * the total declared unpacked size and each file's compression ratio. The refusal is a pt-BR sentence.
 */
export function checkXlsxZip(bytes: Uint8Array): ZipCheck {
  if (bytes.length > MAX_XLSX_FILE_BYTES) {
    return {
      ok: false,
      message: `O arquivo tem ${megabytes(bytes.length)}; o limite para um .xlsx é ${megabytes(MAX_XLSX_FILE_BYTES)}. Copie só o anexo para uma pasta de trabalho nova.`,
    };
  }
  const isOleFile = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (isOleFile) {
    return {
      ok: false,
      message:
        "O arquivo está protegido por senha ou é do formato antigo .xls: no Excel, salve-o como .xlsx (Pasta de Trabalho do Excel) sem senha.",
    };
  }
  const entries = new Map<string, ZipEntrySize>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, { name: file.name, compressedSize: file.size, size: file.originalSize });
        return false; // only the directory is read here
      },
    });
  } catch {
    return { ok: false, message: "O arquivo não é uma planilha .xlsx legível: o conteúdo compactado está corrompido." };
  }
  let total = 0;
  for (const entry of entries.values()) {
    total += entry.size;
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.size > RATIO_CHECKED_FROM_BYTES && ratio > MAX_XLSX_COMPRESSION_RATIO) {
      return {
        ok: false,
        message: `O arquivo não foi aberto: "${entry.name}", dentro dele, diz ocupar ${megabytes(entry.size)} a partir de ${Math.ceil(entry.compressedSize / 1024).toLocaleString("pt-BR")} KB (${Math.round(ratio).toLocaleString("pt-BR")} vezes; o limite é ${MAX_XLSX_COMPRESSION_RATIO}). Pode ser um arquivo malicioso.`,
      };
    }
  }
  if (total > MAX_XLSX_UNCOMPRESSED_BYTES) {
    return {
      ok: false,
      message: `O arquivo não foi aberto: descompactado, ocuparia ${megabytes(total)}; o limite é ${megabytes(MAX_XLSX_UNCOMPRESSED_BYTES)}. Copie só o anexo para uma pasta de trabalho nova.`,
    };
  }
  return { ok: true, entries };
}
