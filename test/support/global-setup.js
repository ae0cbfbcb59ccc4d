// A folder for this run's shared production build (test/support/production-build.ts), and the CLI built from
// the sources under test (dist-cli/), so that the tests which start bin/anexos.js run the built CLI, as users do.
const { mkdtempSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

module.exports = async () => {
  process.env.ANEXOS_TEST_BUILD = mkdtempSync(join(tmpdir(), "anexos-test-build-"));
  const { buildCli } = await import(pathToFileURL(join(__dirname, "..", "..", "bin", "build-cli.mjs")).href);
  await buildCli();
};
