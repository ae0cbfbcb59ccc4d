// pdf.js's browser build, loaded on the first PDF only: neither the functions nor the pane's first load pay for
// it (webpack puts it and its worker in chunks of their own). The worker is a chunk of this site, so the page's
// Content-Security-Policy lets it run (worker-src 'self'); pdf.js never compiles code (isEvalSupported: false,
// see readPdfDocument) and is only ever given the bytes of a file the analyst chose: nothing is fetched.
import type { PdfJsLike } from "../../rules";

let loaded: Promise<PdfJsLike> | undefined;

export function loadBrowserPdfjs(): Promise<PdfJsLike> {
  loaded ??= (async () => {
    const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/build/pdf.mjs");
    // One worker for the pane's life, shared by every document (pdf.js keeps a port's worker alive).
    pdfjs.GlobalWorkerOptions.workerPort = new Worker(
      /* webpackChunkName: "pdfjs-worker" */ new URL("pdfjs-dist/build/pdf.worker.mjs", import.meta.url),
      { type: "module" },
    );
    return pdfjs;
  })().catch((error: unknown) => {
    loaded = undefined; // another try may succeed (a chunk that failed to load)
    throw error;
  });
  return loaded;
}
