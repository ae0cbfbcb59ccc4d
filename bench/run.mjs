// `npm run bench`: prints one JSON object of speed figures. Speed targets live here, never in timed tests.
// The code is bundled first, as webpack bundles it for Excel (modules joined into one scope): run through a
// per-module loader instead, every call across modules pays for an interop getter the add-in never has.
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "../bin/build-cli.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// The CLI as users run it (dist-cli/, what `npm ci` builds), from the sources being measured.
await buildCli();
process.env.ANEXOS_ROOT = root; // the bundle runs from a temporary folder: tell it where the project is
// Inside the project, so that the external packages below resolve from its node_modules.
mkdirSync(join(root, "node_modules", ".cache"), { recursive: true });
const dir = mkdtempSync(join(root, "node_modules", ".cache", "anexos-bench-"));
const outfile = join(dir, "bench.cjs");
try {
  await build({
    entryPoints: [join(root, "bench", "index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    // Run from node_modules as they are: a browser driver and a bundler are not code under measure; pdf.js is
    // ES modules that read import.meta.url, loaded by Node itself (require of ESM, Node ≥ 20.19) as the CLI does.
    // @aws-sdk/client-s3: only unzipper's S3 opener requires it, and exceljs never calls that.
    external: ["playwright-core", "webpack", "pdfjs-dist", "@aws-sdk/client-s3"],
    logLevel: "error",
  });
  createRequire(import.meta.url)(outfile);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
