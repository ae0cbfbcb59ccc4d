#!/usr/bin/env node
// The `anexos` command. It runs dist-cli/anexos.cjs: the CLI built into one file (`npm run build:cli`; `npm ci`
// builds it through the prepare script, and the package ships it), which starts in a few tens of milliseconds.
// In a development checkout where that file is missing, or older than one of the sources it was built from
// (dist-cli/inputs.json), it runs the TypeScript sources through tsx instead: slower to start, never stale.
const { existsSync, readFileSync, statSync } = require("node:fs");
const { join } = require("node:path");

const root = join(__dirname, "..");
const bundle = join(root, "dist-cli", "anexos.cjs");

function bundleIsCurrent() {
  let built;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    return false;
  }
  // An installed package holds no sources: its bundle is the program.
  if (!existsSync(join(root, "src", "cli", "start.ts"))) return true;
  try {
    const inputs = JSON.parse(readFileSync(join(root, "dist-cli", "inputs.json"), "utf8"));
    return inputs.every((input) => statSync(join(root, input)).mtimeMs <= built);
  } catch {
    return false; // a source gone or renamed: the bundle is of another version
  }
}

if (bundleIsCurrent()) {
  require(bundle).start();
} else {
  let tsx;
  try {
    tsx = require("tsx/cjs/api");
  } catch {
    // Neither the built CLI nor the development tools: a checkout without `npm ci`, or a damaged install.
    process.stderr.write(
      "anexos: o programa não foi construído. Na pasta do projeto, rode npm ci (ou npm run build:cli).\n",
    );
    process.exit(3);
  }
  // A .txt module is its text, as in the bundle (esbuild), the task pane (webpack) and the tests (jest).
  require.extensions[".txt"] = (module, filename) => {
    module.exports = { __esModule: true, default: readFileSync(filename, "utf8") };
  };
  tsx.register();
  require("../src/cli/start.ts").start();
}
