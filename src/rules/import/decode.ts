import { RuleError } from "../errors";
import type { ReaderProblem } from "../annex/sheet";
import { MAX_TEXT_BYTES } from "./limits";

// TextDecoder is a web standard (browsers, Node, Excel's runtimes) but TypeScript types it with the DOM,
// which src/rules may not use: this is the little of it the reader needs.
interface Decoder {
  decode(input: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options?: { fatal?: boolean }) => Decoder;
const TextDecoderOf = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

export interface DecodedText {
  text: string;
  /** encoding-mixed, when lines in Windows-1252 sit among lines in UTF-8. */
  problems: ReaderProblem[];
}

const MiB = 1024 * 1024;

/**
 * Text files as analysts have them: UTF-8 with or without BOM; Windows-1252, which Excel in Portuguese uses
 * for "CSV (separado por vírgulas)"; UTF-16 ("Texto Unicode" of Excel), with BOM or without; and files
 * edited by two programs, with lines in each (read line by line, and reported). Files that are not text
 * (a workbook or a PDF renamed, binary data) are refused by name.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length > MAX_TEXT_BYTES) {
    throw new RuleError(
      "invalid",
      `O arquivo tem ${(bytes.length / MiB).toFixed(1).replace(".", ",")} MB, acima do limite de ${MAX_TEXT_BYTES / MiB} MB para texto e CSV.`,
    );
  }
  refuseNonText(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return plain(new TextDecoderOf("utf-16le").decode(bytes.subarray(2)));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return plain(new TextDecoderOf("utf-16be").decode(bytes.subarray(2)));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return plain(new TextDecoderOf(utf16).decode(bytes));
  if (bytes.includes(0)) {
    throw new RuleError("invalid", "O arquivo não é texto (tem bytes nulos): abra-o no Excel e salve como CSV UTF-8.");
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  const utf8 = tryUtf8(body);
  if (utf8 !== undefined) return plain(utf8);
  return hasBom || hasUtf8Sequence(body) ? mixed(body) : plain(new TextDecoderOf("windows-1252").decode(body));
}

function plain(text: string): DecodedText {
  return { text, problems: [] };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoderOf("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuseNonText(bytes: Uint8Array): void {
  const starts = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    throw new RuleError(
      "invalid",
      "O arquivo é uma planilha ou outro arquivo compactado (.xlsx), não texto: use a extensão .xlsx.",
    );
  }
  if (starts(0x25, 0x50, 0x44, 0x46)) {
    throw new RuleError(
      "invalid",
      "O arquivo é um PDF, não texto: dê a ele a extensão .pdf (o anexos validar lê PDF com texto) ou copie o texto do PDF para um arquivo .txt.",
    );
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) {
    throw new RuleError(
      "invalid",
      "O arquivo é uma planilha do Excel 97-2003 (.xls): abra-o no Excel e salve como .xlsx.",
    );
  }
}

/** UTF-16 without BOM: ASCII text then has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

/** A valid UTF-8 sequence for a Latin letter ("á" is C3 A1): the file was UTF-8 somewhere. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i + 1 < bytes.length; i++) {
    if ((bytes[i] === 0xc3 || bytes[i] === 0xc2) && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0xbf) return true;
  }
  return false;
}

/** Each line in UTF-8 when it is valid UTF-8, else in Windows-1252; the 1252 lines are reported. */
function mixed(bytes: Uint8Array): DecodedText {
  const latin = new TextDecoderOf("windows-1252");
  const lines: string[] = [];
  const latinLines: number[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const line = bytes.subarray(start, i);
    const utf8 = tryUtf8(line);
    if (utf8 === undefined) latinLines.push(lines.length + 1);
    lines.push(utf8 ?? latin.decode(line));
    start = i + 1;
  }
  const shown = latinLines.slice(0, 10).join(", ") + (latinLines.length > 10 ? "…" : "");
  return {
    text: lines.join("\n"),
    problems: [
      {
        code: "encoding-mixed",
        rowIndex: null,
        columnIndex: 0,
        line: latinLines[0],
        message: `O arquivo mistura as codificações UTF-8 e Windows-1252: ${latinLines.length === 1 ? "a linha" : "as linhas"} ${shown} ${latinLines.length === 1 ? "foi lida" : "foram lidas"} como Windows-1252. Confira os acentos dessas linhas e salve o arquivo como UTF-8.`,
      },
    ],
  };
}
