// A PDF read through pdf.js, the same way wherever it runs: the CLI hands in pdf.js's Node build, the task pane
// its browser build (with a Web Worker). pdf.js is a parameter, never imported here, so the rules stay pure
// and neither side pays for the other's build. The pages' text items become lines (layoutPdfText), read as
// published text (importPdfText), each row and problem with its page and line.
import type { Sheet } from "../annex/sheet";
import { RuleError } from "../errors";
import { MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS } from "./limits";
import { layoutPdfText, type PdfTextItem, type PdfTextLine } from "./pdf-layout";
import { importPdfText } from "./index";

/** What is used of pdf.js's getDocument: its parameters are passed through as they are. */
export interface PdfJsLike {
  getDocument(params: { data: Uint8Array } & Record<string, unknown>): PdfLoadingTaskLike;
}

export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void>;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
}

export interface PdfPageLike {
  getTextContent(): Promise<{ items: readonly object[] }>;
  cleanup(): unknown;
}

/** A text item of pdf.js (TextItem); marked-content items have no str and are skipped. */
interface PdfJsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * The parameters every reading uses: nothing evaluated as code (the pane's Content-Security-Policy forbids it; a PDF's fonts
 * are never compiled to code), no fonts installed in the page or taken from the system (only the text is
 * read), and a damaged page read as far as it goes.
 */
export const PDF_READING_PARAMS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
} as const;

/**
 * A PDF with a text layer (a resolution saved as PDF, the Diário's pages), read as published text. Scans (no
 * text), protected and damaged files are refused with what to do, in pt-BR (RuleError "invalid", naming the
 * file); pages and text items are capped (MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS). `params` adds what the host
 * needs (pdf.js's verbosity, its character maps).
 */
export async function readPdfDocument(
  pdfjs: PdfJsLike,
  bytes: Uint8Array,
  fileName: string,
  params: Record<string, unknown> = {},
): Promise<Sheet> {
  return importPdfText(await readPdfLines(pdfjs, bytes, fileName, params));
}

/** The PDF's text lines in reading order, each with its page and line (readPdfDocument before the reading). */
export async function readPdfLines(
  pdfjs: PdfJsLike,
  bytes: Uint8Array,
  fileName: string,
  params: Record<string, unknown> = {},
): Promise<PdfTextLine[]> {
  // A copy: pdf.js refuses Node's Buffer, and may take over (transfer) the bytes it is given.
  // Errors only (pdf.js's VerbosityLevel.ERRORS): its warnings are in English, for its developers.
  const task = pdfjs.getDocument({ verbosity: 0, ...params, ...PDF_READING_PARAMS, data: new Uint8Array(bytes) });
  try {
    let pdf: PdfDocumentLike;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw refusedPdf(fileName, error);
    }
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new RuleError(
        "invalid",
        `O PDF "${fileName}" tem ${pdf.numPages} páginas, acima do limite de ${MAX_PDF_PAGES}. Salve só as páginas do anexo num PDF menor e confira esse arquivo.`,
      );
    }
    const items: PdfTextItem[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      let content;
      try {
        const page = await pdf.getPage(number);
        content = await page.getTextContent();
        page.cleanup();
      } catch (error) {
        throw refusedPdf(fileName, error);
      }
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const text = item as PdfJsTextItem;
        if (items.length >= MAX_PDF_TEXT_ITEMS) {
          throw new RuleError(
            "invalid",
            `O PDF "${fileName}" tem texto demais (mais de ${MAX_PDF_TEXT_ITEMS.toLocaleString("pt-BR")} trechos até a página ${number}). Salve só as páginas do anexo num PDF menor e confira esse arquivo.`,
          );
        }
        items.push({
          str: text.str,
          x: text.transform[4],
          y: text.transform[5],
          width: text.width,
          height: text.height,
          page: number,
        });
      }
    }
    if (!items.some((item) => item.str.trim() !== "")) {
      throw new RuleError(
        "invalid",
        `O PDF "${fileName}" não tem texto, só imagem: parece um documento digitalizado (escaneado). ` +
          "Passe-o por um programa de OCR (reconhecimento de texto) e confira o texto obtido, salvo como .txt, " +
          "ou copie o texto do anexo de uma versão do documento que tenha texto e salve-o como .txt.",
      );
    }
    return layoutPdfText(items);
  } finally {
    await task.destroy();
  }
}

/** What pdf.js could not open, told in pt-BR: its own messages are in English and name its internals. */
function refusedPdf(fileName: string, error: unknown): RuleError {
  if (error instanceof RuleError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException") {
    return new RuleError(
      "invalid",
      `O PDF "${fileName}" está protegido por senha: não dá para ler o seu texto. Abra-o com a senha num leitor de PDF e salve uma cópia sem senha, ou copie o texto do anexo para um arquivo .txt, e confira essa cópia.`,
    );
  }
  return new RuleError(
    "invalid",
    `O arquivo "${fileName}" não pôde ser lido como PDF: está danificado, incompleto ou não é um PDF. Se ele abrir num leitor de PDF, salve uma cópia (ou "Imprimir" como PDF) e confira a cópia, ou copie o texto do anexo para um arquivo .txt.`,
  );
}
