#!/usr/bin/env node
// `npx anexos …` right after `npm ci`: tsx runs the TypeScript CLI directly, so there is no build step
// to forget and the CLI always runs the same rules as the tests.
const { require: requireTs } = require("tsx/cjs/api");

const { main } = requireTs("../src/cli/main.ts", __filename);
process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
