// Mutation testing of the rules and the CLI's readers: `npm run mutacao` (slow; not in CI, see README).
// Equivalent mutants (no test can tell them from the original) are disabled where they are, in the source, with
// a `// Stryker disable next-line <mutator>: <reason>` comment; `git grep "Stryker disable"` lists them. So far:
// - src/rules/recomposicao.ts, `if (percent === "100") return difference;` (ConditionalExpression to false,
//   StringLiteral): a shortcut only; percentOfCents(d, "100") is exactly d, so skipping it changes no result.
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
  // A static mutant (a module-level constant: a table of words, a regular expression, a message) is run against
  // every test, in one process, with a fresh module registry: about 45 s each here, hours for the hundreds of
  // src/rules. They are left out of the score (Stryker counts them as "ignored"); `npm run mutacao:completa`
  // runs them too, for a machine with the time.
  ignoreStatic: true,
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
