// Mutation testing of the rules and the CLI's readers: `npm run mutacao` (slow; not in CI, see README).
// Equivalent mutants (no test can tell them from the original) are disabled where they are, in the source, with
// a `// Stryker disable next-line <mutator>: <reason>` comment; `git grep "Stryker disable"` lists them. So far:
// - src/rules/recomposicao.ts, `if (percent === "100") return difference;` (ConditionalExpression to false,
//   StringLiteral): a shortcut only; percentOfCents(d, "100") is exactly d, so skipping it changes no result.
// - src/rules/recomposicao.ts, `difference > 0 ? coveredShare(…) : 0` (EqualityOperator, `>=`): the covered share
//   of a zero difference is zero as well.
// - src/rules/inputs.ts, readTeto's fast path for a positive number, `typeof value === "number" && value > 0`
//   (ConditionalExpression, EqualityOperator, BlockStatement): a mutant sends a zero, a negative or a positive
//   number down the general route below, which gives the same centavos or the same refusal. (The line's other
//   mutants do not compile.)
// - src/rules/import/csv.ts, delimiterOf's `lines.join("\n").replace(/"[^"]*"/g, "")` (StringLiteral): the text
//   between the lines and the text put for a quoted field hold neither ";" nor ",", whose counts are all that is
//   read, and a quoted field is found across line breaks either way.
// - src/rules/money/parse.ts, centsFromExcelNumber's fast path, `x < FAST_PATH_LIMIT && x > -FAST_PATH_LIMIT`
//   (ConditionalExpression, LogicalOperator, EqualityOperator, UnaryOperator, BlockStatement) and the tie test
//   `Math.abs(fraction - 0.5) > TIE_MARGIN * Math.abs(scaled)` (EqualityOperator, ConditionalExpression): a mutant
//   either sends more values down the exact decimal route, which gives the same centavos, or lets |x| >= 1e13,
//   NaN or ±Infinity into the fast path, where the tie test fails for them (its margin is then 100 or more,
//   above any |fraction - 0.5|, or NaN) and sends them on to the exact route; at exact equality with the
//   margin the fast path still rounds right. Only speed differs.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  mutate: ["src/rules/**/*.ts", "src/cli/readers/**/*.ts", "!src/**/*.d.ts"],
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.stryker.config.js",
    enableFindRelatedTests: false,
  },
  coverageAnalysis: "perTest",
  // Static mutants (module-level code: tables of words and municipalities, regular expressions, schemas) are
  // tested too, each with every test and a fresh module registry. Leaving them out would drop hundreds of
  // mutants that are not equivalent, and Stryker would test a "hybrid" one (module-level code some test also
  // reaches) with its module never re-run, calling it survived when the tests do kill it.
  ignoreStatic: false,
  checkers: ["typescript"],
  tsconfigFile: "tsconfig.stryker.json",
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  concurrency: 2,
  timeoutMS: 5000,
  // The first run of every test, with per-test coverage, takes several minutes here.
  dryRunTimeoutMinutes: 30,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 80, break: null },
  ignorePatterns: ["dist", "dist-cli", "coverage", "test-artifacts", "reports"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
