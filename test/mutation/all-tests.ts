// Stryker's one test file (jest.stryker.config.js): every unit test file of the suite, loaded into one module
// registry. Run as separate files, Jest loads the rules, exceljs and pdf.js again for each file a mutant's tests
// are in, about a third of a second each; a mutant covered by 30 files cost 10 s. Loaded once, the tests of a
// mutant run in about the time of the tests themselves. Which files are left out, and why: EXCLUDED.
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** Test files a mutant of src/rules or src/cli/readers reaches only at a cost of seconds to minutes each. */
const EXCLUDED = [
  // Build the pane or the CLI, start programs or browsers, lint, validate the manifest: none runs the
  // instrumented sources, or only through a separate program.
  /^browser\//,
  /^build\.test\.ts$/,
  /^help\.test\.ts$/,
  /^security\.test\.ts$/,
  /^hosting\.test\.ts$/,
  /^manifest\.test\.ts$/,
  /^manifest-schema\.test\.ts$/,
  /^deploy-config\.test\.ts$/,
  /^boundaries\.test\.ts$/,
  /^cli-package\.test\.ts$/,
  /^cli-launcher\.test\.ts$/,
  /^cli-exit-codes\.test\.ts$/,
  // Thousands of random inputs, in child processes under a heap limit.
  /^annex\/fuzz-memory\.test\.ts$/,
  /^annex\/fuzz-readers\.test\.ts$/,
  // Render the pane in jsdom (a test environment of their own), or load Fluent UI (2 s, for every mutant).
  /\.test\.tsx$/,
  /^taskpane\/session-results\.test\.ts$/,
  // Reads the sources' text for globals; Stryker's instrumented copies use globalThis by design.
  /^rules-purity\.test\.ts$/,
];

const root = join(__dirname, "..");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return testFiles(path);
      return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
    })
    .sort();
}

for (const file of testFiles(root)) {
  const name = relative(root, file).split("\\").join("/");
  if (EXCLUDED.some((pattern) => pattern.test(name))) continue;
  describe(name, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a test file, loaded where its tests belong
    require(file);
  });
}
