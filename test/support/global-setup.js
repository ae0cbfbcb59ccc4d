// A folder for this run's shared production build (test/support/production-build.ts).
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

module.exports = async () => {
  process.env.ANEXOS_TEST_BUILD = mkdtempSync(join(tmpdir(), "anexos-test-build-"));
};
