// `npm run build:cli` (and `npm ci`, through the prepare script): the CLI built into CommonJS that Node runs as
// it is — every package bundled in, the published annex as text — so that `anexos` starts without compiling
// TypeScript and runs from the package with no dependency installed:
//   dist-cli/anexos.cjs   the CLI;
//   dist-cli/exceljs.cjs  exceljs and its packages (2.5 MB), required only when redigir writes an .xlsx, so
//                         that the other commands do not parse them at every start;
//   dist-cli/inputs.json  the project's sources both were built from: bin/anexos.js runs the sources instead
//                         when one of them is newer (a development checkout after an edit).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  absWorkingDir: root,
  metafile: true,
  write: false,
  logLevel: "error",
  // pdf.js (read only for a .pdf) is an ES module that expects browser globals when bundled: it stays a package,
  // loaded from node_modules by the PDF reader's dynamic import.
  // @aws-sdk/client-s3 is required only inside unzipper's Open.s3_v3 (opening a zip from S3), which exceljs
  // never calls: left unresolved rather than bundling or installing the AWS SDK.
  external: ["pdfjs-dist", "pdfjs-dist/*", "@aws-sdk/client-s3"],
};

/** `import("exceljs")` becomes `require("./exceljs.cjs")`: the file built beside the CLI. */
const excelJsBeside = {
  name: "exceljs-beside",
  setup(builder) {
    builder.onResolve({ filter: /^exceljs$/ }, () => ({ path: "./exceljs.cjs", external: true }));
  },
};

/** Builds the CLI into `outdir` (default dist-cli/); resolves to the path of its main file. */
export async function buildCli(outdir = join(root, "dist-cli")) {
  const { build } = await import("esbuild");
  const outfile = join(outdir, "anexos.cjs");
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, "src", "cli", "start.ts")],
      outfile,
      // As webpack and jest read it for the task pane: a .txt module is its text.
      loader: { ".txt": "text" },
      plugins: [excelJsBeside],
    }),
    build({
      ...common,
      stdin: { contents: 'module.exports = require("exceljs");', resolveDir: root, sourcefile: "exceljs-beside.js" },
      outfile: join(outdir, "exceljs.cjs"),
    }),
  ]);
  const inputs = results
    .flatMap((result) => Object.keys(result.metafile.inputs))
    .filter((input) => input !== "exceljs-beside.js")
    .map((input) => relative(root, join(root, input)).split("\\").join("/"))
    .filter((input) => !input.startsWith("node_modules/") && !input.includes("/node_modules/"))
    .sort();
  mkdirSync(outdir, { recursive: true });
  // Written aside, then renamed: two builds at once (two test runs) never leave a half-written file.
  const write = (path, contents) => {
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  };
  for (const file of results.flatMap((result) => result.outputFiles)) write(file.path, file.contents);
  write(join(outdir, "inputs.json"), `${JSON.stringify(inputs, null, 2)}\n`);
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildCli();
  } catch (error) {
    // `npm ci --omit=dev` in a checkout runs prepare without esbuild: say so, and let the install finish.
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("esbuild")) throw error;
    process.stderr.write(
      "anexos: sem o esbuild (instalação sem as dependências de desenvolvimento), a linha de comando não foi montada em dist-cli/.\n",
    );
  }
}
