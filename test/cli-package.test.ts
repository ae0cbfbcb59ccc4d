// The package as `npm pack` makes it, unpacked into an empty folder with no dependency installed (what
// `npm install --omit=dev` of the tarball leaves, minus packages the CLI never loads): `anexos` must run from it.
// No network: the tarball is made here and unpacked with tar; the installs themselves are not repeated.
import { execFileSync, spawnSync } from "node:child_process";
import { builtinModules } from "node:module";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

let dir: string;
let installed: string;
let tarball: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-pacote-"));
  // `npm pack` runs the prepare script: the CLI is built from the sources under test.
  execFileSync("npm", ["pack", "--offline", "--silent", "--pack-destination", dir], { cwd: root, stdio: "pipe" });
  const [name] = readdirSync(dir).filter((file) => file.endsWith(".tgz"));
  tarball = join(dir, name);
  const modules = join(dir, "instalado", "node_modules");
  mkdirSync(modules, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", modules]);
  installed = join(modules, manifest.name);
  renameSync(join(modules, "package"), installed);
}, 120000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `anexos …` from the unpacked package, in its own folder, with no NODE_PATH to find the project's packages. */
function anexos(...argv: string[]) {
  const env = { ...process.env };
  delete env.NODE_PATH;
  const result = spawnSync(process.execPath, [join(installed, "bin", "anexos.js"), ...argv], {
    cwd: join(dir, "instalado"),
    encoding: "utf8",
    env,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the npm package", () => {
  test("holds the command, the built CLI and the README, and neither sources nor tests", () => {
    const files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" }).trim().split("\n").sort();
    expect(files).toEqual([
      "package/README.md",
      "package/bin/anexos.js",
      "package/dist-cli/anexos.cjs",
      "package/dist-cli/exceljs.cjs",
      "package/package.json",
    ]);
    expect(manifest.bin).toEqual({ anexos: "bin/anexos.js" });
  });

  test("the built CLI requires only Node's own modules, the file built beside it and pdf.js (a dependency)", () => {
    // esbuild writes them with double quotes (single-quoted ones are in the packages' JSDoc comments).
    const required = new Set<string>();
    for (const file of ["anexos.cjs", "exceljs.cjs"]) {
      const code = readFileSync(join(installed, "dist-cli", file), "utf8");
      for (const match of code.matchAll(/\b(?:require|import)\("([^"]+)"\)/g)) required.add(match[1]);
    }
    const outside = [...required].filter(
      (name) => !builtinModules.includes(name.replace(/^node:/, "")) && name !== "./exceljs.cjs",
    );
    // pdf.js stays a package (read only for a .pdf), so it must be a runtime dependency of the package;
    // @aws-sdk/client-s3 is required only by unzipper's S3 opener, which exceljs never calls.
    expect(outside.sort()).toEqual([
      "@aws-sdk/client-s3",
      "pdfjs-dist/legacy/build/pdf.mjs",
      "pdfjs-dist/legacy/build/pdf.worker.mjs",
    ]);
    expect(Object.keys(JSON.parse(readFileSync(join(installed, "package.json"), "utf8")).dependencies)).toContain(
      "pdfjs-dist",
    );
    expect(required.has("./exceljs.cjs")).toBe(true);
  });

  test("anexos --ajuda", () => {
    const result = anexos("--ajuda");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Uso: anexos <comando> \[argumentos\] \[opções\]\n/);
    expect(result.stderr).toBe("");
  });

  test("anexos validar: the published annex built into the package", () => {
    const result = anexos("validar");
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual([
      "Anexo: anexo-i-5978-2017.txt (embutido) · regra 5978/2017",
      "172 linhas · soma R$ 10.425.000,00 · TOTAL declarado R$ 10.425.000,00",
    ]);
    expect(result.stderr).toBe("");
  });

  test("anexos redigir writes an .xlsx that anexos validar accepts", () => {
    const list = join(dir, "lista.csv");
    writeFileSync(list, "Município;Teto MAC\r\nUberaba;2.000.000,01\r\nAbadia dos Dourados;1.000.000,00\r\n");
    const output = join(dir, "anexo.xlsx");
    const drafted = anexos("redigir", list, "--saida", output);
    expect(drafted).toEqual({
      code: 0,
      stdout: [
        `Anexo gravado em ${output}: 2 municípios, TOTAL R$ 95.000,00.`,
        "  Porte I: 1 · R$ 35.000,00",
        "  Porte II: 1 · R$ 60.000,00",
        "Dentro do limite de R$ 10.425.000,00.",
        "",
      ].join("\n"),
      stderr: "",
    });
    expect(anexos("validar", output)).toEqual({
      code: 0,
      stdout: [
        `Anexo: ${output}, planilha "Anexo I" · regra 5978/2017`,
        "2 linhas · soma R$ 95.000,00 · TOTAL declarado R$ 95.000,00",
        "Válido: 0 erros, 0 avisos.",
        "",
      ].join("\n"),
      stderr: "",
    });
  });
});
