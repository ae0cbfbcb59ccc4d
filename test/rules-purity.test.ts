import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

// src/rules runs in Excel, in the browser and in Node: it may import only itself and pure libraries
// that run everywhere (decimal.js, zod, fastest-levenshtein).
// (src/rules/tsconfig.json also compiles it without DOM, Node or Office types.)
const rulesDir = join(__dirname, "..", "src", "rules");
const ALLOWED = /^(\.{1,2}\/|decimal\.js$|zod$|zod\/locales$|fastest-levenshtein$|fflate$)/;

/** The code of a file without its comments, which may well mention Office or Node. */
const code = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

test("src/rules imports nothing from Office.js, the DOM or Node", () => {
  const offending = sourceFiles(rulesDir).flatMap((file) => {
    const imports = [
      ...code(file).matchAll(
        /^\s*(?:import|export)\b[^;]*?from\s*["']([^"']+)["']|\b(?:require|import)\(\s*["']([^"']+)["']/gm,
      ),
    ].map((m) => m[1] ?? m[2]);
    return imports.filter((name) => !ALLOWED.test(name)).map((name) => `${relative(rulesDir, file)}: ${name}`);
  });
  expect(offending).toEqual([]);
});

test("src/rules uses no Office, DOM or Node globals", () => {
  const globals = /\b(Office|Excel|CustomFunctions|window|document|process|require|Buffer)\s*[.(]/;
  const offending = sourceFiles(rulesDir).filter((file) => globals.test(code(file)));
  expect(offending).toEqual([]);
});
