import { dirname, join } from "node:path";
import {
  importPdfText,
  layoutPdfText,
  MAX_PDF_PAGES,
  MAX_PDF_TEXT_ITEMS,
  type PdfTextItem,
  type Sheet,
} from "../../rules";
import { ReadError } from "./read-error";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let loaded: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on the first PDF only (the other formats never pay for it). It ships as ES modules only: a
 * dynamic import() loads them from this CommonJS code (tsx keeps it; Jest compiles the .mjs files, see
 * test/support/esm-transform.js). Its worker runs in this thread (globalThis.pdfjsWorker), as pdf.js does in
 * Node, instead of pdf.js importing it by a path of its own. pdf.js warns in English through console.log while
 * it loads (an optional package it can do without): nothing of that reaches the user.
 */
function loadPdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const log = console.log;
    console.log = () => {};
    try {
      const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
      const worker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return pdfjs;
    } finally {
      console.log = log;
    }
  })();
  return loaded;
}

/** pdf.js's character maps, for fonts that name their characters by a CMap (a path, read from disk in Node). */
const cMapUrl = () => join(dirname(require.resolve("pdfjs-dist/package.json")), "cmaps") + "/";

/**
 * A PDF with a text layer (a resolution saved as PDF, the Diário's pages), read as published text: the text
 * items of each page become lines (layoutPdfText) and are read like a .txt, each row and problem with its
 * page and line. Scans (no text), protected and damaged files are refused with what to do, in pt-BR; pages and
 * text items are capped (MAX_PDF_PAGES, MAX_PDF_TEXT_ITEMS), the size is checked before (readAnnexFile).
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<Sheet> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A copy: pdf.js refuses Node's Buffer, and may take over the bytes it is given.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: cMapUrl(),
    cMapPacked: true,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      throw refused(path, error);
    }
    if (document.numPages > MAX_PDF_PAGES) {
      throw new ReadError(
        `O PDF "${path}" tem ${document.numPages} páginas, acima do limite de ${MAX_PDF_PAGES}. Salve só as páginas do anexo num PDF menor e confira esse arquivo.`,
      );
    }
    const items: PdfTextItem[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      let content;
      try {
        const page = await document.getPage(number);
        content = await page.getTextContent();
        page.cleanup();
      } catch (error) {
        throw refused(path, error);
      }
      for (const item of content.items) {
        if (!("str" in item)) continue;
        if (items.length >= MAX_PDF_TEXT_ITEMS) {
          throw new ReadError(
            `O PDF "${path}" tem texto demais (mais de ${MAX_PDF_TEXT_ITEMS.toLocaleString("pt-BR")} trechos até a página ${number}). Salve só as páginas do anexo num PDF menor e confira esse arquivo.`,
          );
        }
        items.push({
          str: item.str,
          x: item.transform[4],
          y: item.transform[5],
          width: item.width,
          height: item.height,
          page: number,
        });
      }
    }
    if (!items.some((item) => item.str.trim() !== "")) {
      throw new ReadError(
        `O PDF "${path}" não tem texto, só imagem: parece um documento digitalizado (escaneado). ` +
          "Passe-o por um programa de OCR (reconhecimento de texto) e confira o texto obtido, salvo como .txt, " +
          "ou copie o texto do anexo de uma versão do documento que tenha texto e salve-o como .txt.",
      );
    }
    return importPdfText(layoutPdfText(items));
  } finally {
    await task.destroy();
  }
}

/** What pdf.js could not open, told in pt-BR: its own messages are in English and name its internals. */
function refused(path: string, error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  if (name === "PasswordException") {
    return new ReadError(
      `O PDF "${path}" está protegido por senha: não dá para ler o seu texto. Abra-o com a senha num leitor de PDF e salve uma cópia sem senha, ou copie o texto do anexo para um arquivo .txt, e confira essa cópia.`,
    );
  }
  return new ReadError(
    `O arquivo "${path}" não pôde ser lido como PDF: está danificado, incompleto ou não é um PDF. Se ele abrir num leitor de PDF, salve uma cópia (ou "Imprimir" como PDF) e confira a cópia, ou copie o texto do anexo para um arquivo .txt.`,
  );
}
