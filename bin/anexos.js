#!/usr/bin/env node
// `npx anexos …` right after `npm ci`: tsx runs the TypeScript CLI directly, so there is no build step
// to forget and the CLI always runs the same rules as the tests.
const { require: requireTs } = require("tsx/cjs/api");

const { main } = requireTs("../src/cli/main.ts", __filename);
main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`anexos: erro inesperado: ${error && error.stack ? error.stack : error}\n`);
    process.exitCode = 1;
  },
);
