import { dirname, join } from "node:path";
import { readPdfDocument, RuleError, type Sheet } from "../../rules";
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
 * A PDF with a text layer, read as published text by the rules' readPdfDocument (the pane reads it the same
 * way with pdf.js's browser build). Scans (no text), protected and damaged files are refused with what to do,
 * in pt-BR; the size is checked before (readAnnexFile).
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<Sheet> {
  const pdfjs = await loadPdfjs();
  try {
    return await readPdfDocument(pdfjs, bytes, path, {
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      cMapUrl: cMapUrl(),
      cMapPacked: true,
    });
  } catch (error) {
    throw error instanceof RuleError ? new ReadError(error.message) : error;
  }
}
