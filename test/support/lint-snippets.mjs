// Lints code as if it were at the given paths, with the project's eslint.config.mjs, through ESLint's Node API.
// A child process of its own: ESLint loads its config with import(), which Jest's module sandbox refuses.
// stdin: [{ filePath, code }] (paths relative to the project); stdout: for each, its messages as "rule: message".
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, URL } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const snippets = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  results.push(result.messages.map((message) => `${message.ruleId}: ${message.message}`));
}
process.stdout.write(JSON.stringify(results));
