// Stryker's test environment (jest.stryker.config.js): once a test has failed, the mutant is killed, so the rest of
// its tests are skipped instead of run. Jest's `bail` stops only between test files, and Stryker's tests are all in
// one file (all-tests.ts); a mutant of a rule covered by hundreds of tests cost all of them. Jest-circus announces
// each test (`test_start`) before it decides whether to skip it, which is where this marks the rest as skipped.
// Nothing fails in Stryker's first run, with every test and per-test coverage, so that run is whole.
const { TestEnvironment } = require("jest-environment-node");

class FailFastEnvironment extends TestEnvironment {
  failed = false;

  async handleTestEvent(event) {
    if (event.name === "test_fn_failure" || event.name === "hook_failure") this.failed = true;
    else if (event.name === "test_start" && this.failed) event.test.mode = "skip";
  }
}

module.exports = FailFastEnvironment;
