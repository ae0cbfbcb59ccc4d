// `npm run mutacao:completa`: the mutation run of stryker.config.mjs with the static mutants too (module-level
// tables, regular expressions, schemas), each a whole run of the suite. Stryker's CLI has `--ignoreStatic` but no
// way to turn it off, hence this file.
import base from "./stryker.config.mjs";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  ignoreStatic: false,
  incrementalFile: "reports/stryker-incremental-completa.json",
};
