// What webpack provides at build time.

/** Text files imported by the task pane (webpack's asset/source; jest maps them the same way). */
declare module "*.txt" {
  const text: string;
  export default text;
}

/** The add-in's version (package.json), set by webpack's DefinePlugin. */
declare const __ADDIN_VERSION__: string;

/** pdf.js's browser build (the pane's "Abrir PDF…"): the package's types describe it. */
declare module "pdfjs-dist/build/pdf.mjs" {
  export * from "pdfjs-dist";
}
