// The Jest configuration Stryker runs for each mutant (stryker.config.mjs): the unit tests of jest.config.js, less
// those that build the pane or the CLI, start programs or lint, render the pane in jsdom, or fuzz with thousands
// of random inputs. A mutant in src/rules or src/cli/readers reaches them only through the functions the unit
// tests call directly, and each of them would cost seconds to a minute per mutant on this 2-core machine.
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  globalSetup: undefined,
  globalTeardown: undefined,
  reporters: ["default"],
  testTimeout: 30000,
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/browser/",
    "<rootDir>/test/build\\.test\\.ts$",
    "<rootDir>/test/help\\.test\\.ts$",
    "<rootDir>/test/security\\.test\\.ts$",
    "<rootDir>/test/hosting\\.test\\.ts$",
    "<rootDir>/test/manifest\\.test\\.ts$",
    "<rootDir>/test/boundaries\\.test\\.ts$",
    "<rootDir>/test/cli-package\\.test\\.ts$",
    "<rootDir>/test/cli-launcher\\.test\\.ts$",
    "<rootDir>/test/cli-exit-codes\\.test\\.ts$",
    "<rootDir>/test/annex/fuzz-memory\\.test\\.ts$",
    "<rootDir>/test/annex/fuzz-readers\\.test\\.ts$",
    "<rootDir>/test/taskpane/app\\.test\\.tsx$",
    "<rootDir>/test/taskpane/rules-pane\\.test\\.tsx$",
    "<rootDir>/test/taskpane/recomposicao-pane\\.test\\.tsx$",
    "<rootDir>/test/manifest-schema\\.test\\.ts$",
    "<rootDir>/test/deploy-config\\.test\\.ts$",
    // It reads the sources' text for globals, and Stryker's instrumented copies use globalThis by design.
    "<rootDir>/test/rules-purity\\.test\\.ts$",
  ],
};
