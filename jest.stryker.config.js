// The Jest configuration Stryker runs for each mutant (stryker.config.mjs): the unit tests of jest.config.js, less
// those that build the pane or the CLI, start programs or lint (a mutant in src/rules cannot change what they see
// except through the same functions the unit tests call, and each of them would take seconds per mutant).
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
  ],
};
