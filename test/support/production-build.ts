// One production build per test run, shared by the suites that need it (build checks, the browser test):
// the first suite to ask builds into the run's folder (see global-setup.js); the others wait for it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TEST_PROD_URL = "https://suplementos.saude.mg.gov.br/anexos/";
const root = join(__dirname, "..", "..");

export function productionBuild(): string {
  const base = process.env.ANEXOS_TEST_BUILD;
  if (!base) throw new Error("ANEXOS_TEST_BUILD is not set: run the tests through jest.config.js");
  const out = join(base, "dist");
  const done = join(base, "done");
  try {
    mkdirSync(join(base, "lock")); // atomic: only one suite builds
  } catch {
    const waitUntil = Date.now() + 300_000;
    while (!existsSync(done)) {
      if (Date.now() > waitUntil) throw new Error("the production build of another suite did not finish");
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
    return out;
  }
  const webpack = require.resolve("webpack/bin/webpack.js");
  const build = spawnSync(process.execPath, [webpack, "--mode", "production", "--output-path", out], {
    cwd: root,
    env: { ...process.env, ANEXOS_PROD_URL: TEST_PROD_URL },
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  writeFileSync(done, "");
  return out;
}
