// The Jest configuration Stryker runs for each mutant (stryker.config.mjs): the unit tests of jest.config.js, all
// in one file (test/mutation/all-tests.ts says why, and which test files are left out), in an environment that
// skips a mutant's remaining tests once one has failed (test/mutation/fail-fast-environment.js).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/mutation/all-tests.ts"],
  // A path, not "<rootDir>/…": Stryker loads the environment itself, without Jest resolving the placeholder.
  testEnvironment: require.resolve("./test/mutation/fail-fast-environment.js"),
  globalSetup: undefined,
  globalTeardown: undefined,
  reporters: ["default"],
  testTimeout: 30000,
};
