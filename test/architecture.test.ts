import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// ARCHITECTURE.md is a map: every file it names exists, and every function it names in parentheses after a
// file is declared in that file.
const root = join(__dirname, "..");
const map = readFileSync(join(root, "ARCHITECTURE.md"), "utf8");

const files = [...new Set([...map.matchAll(/`((?:src|test)\/[\w./-]+\.(?:ts|tsx|json|mjs))`/g)].map((m) => m[1]))];
// `src/rules/valora.ts` (`preFixed`, `postFixed`) → the file and each name in the parentheses.
const named = [...map.matchAll(/`((?:src|test)\/[\w./-]+\.tsx?)` \(([^)]*)\)/g)].flatMap(([, file, inside]) =>
  [...inside.matchAll(/`(\w+)`/g)].map((m) => [file, m[1]] as const),
);

test("names files (at least the two resolutions' rules) and functions", () => {
  expect(files).toEqual(expect.arrayContaining(["src/rules/porte.ts", "src/rules/valora.ts"]));
  expect(named).toEqual(expect.arrayContaining([["src/rules/valora.ts", "preFixed"]]));
});

test.each(files)("%s exists", (file) => {
  expect(existsSync(join(root, file))).toBe(true);
});

test.each(named)("%s declares %s", (file, name) => {
  const code = readFileSync(join(root, file), "utf8");
  const declared = new RegExp(
    `(function|class|const|interface|type)\\s+${name}\\b|\\b(private|export)\\s+\\w*\\s*${name}\\s*\\(|^\\s*(private\\s+|async\\s+)?${name}\\s*\\(`,
    "m",
  );
  expect(code).toMatch(declared);
});
