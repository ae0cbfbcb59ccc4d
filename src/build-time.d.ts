// What webpack provides at build time.

/** Text files imported by the task pane (webpack's asset/source; jest maps them the same way). */
declare module "*.txt" {
  const text: string;
  export default text;
}

/** The add-in's version (package.json), set by webpack's DefinePlugin. */
declare const __ADDIN_VERSION__: string;
