import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PROBLEM_SEVERITY, ruleSetIds } from "../src/rules";
import { productionBuild } from "./support/production-build";

// The help page is the manifest's SupportUrl, served from the add-in's own site.
let help: string;
let metadata: { functions: Array<{ id: string; parameters: Array<{ name: string }> }> };
beforeAll(() => {
  const dist = productionBuild();
  help = readFileSync(join(dist, "ajuda.html"), "utf8");
  metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8"));
});

describe("ajuda.html", () => {
  test("every function, with each of its arguments, in pt-BR syntax", () => {
    for (const { id, parameters } of metadata.functions) {
      const signature = new RegExp(`<dt>[^\\n]*?<code>=SES\\.${id}\\(([^)]*)\\)</code>`);
      const written = signature.exec(help)?.[1] ?? "(ausente)";
      const names = written
        .split(";")
        .map((name) => name.replace(/[[\]\s]/g, ""))
        .filter(Boolean);
      expect([id, names]).toEqual([id, parameters.map((parameter) => parameter.name)]);
    }
  });

  test("every problem code, with what to do about it", () => {
    for (const code of Object.keys(PROBLEM_SEVERITY)) {
      const row = new RegExp(
        `<tr>\\s*<td><code>${code}</code></td>\\s*<td>[\\s\\S]*?</td>\\s*<td>([\\s\\S]*?)</td>\\s*</tr>`,
      ).exec(help);
      expect([code, (row?.[1] ?? "").length > 10]).toEqual([code, true]);
    }
  });

  test("every published rule set, with its articles", () => {
    for (const id of ruleSetIds()) expect(help).toContain(`<h3>${id} — `);
    for (const article of ["Art. 2º", "Art. 3º", "Art. 4º", "Art. 5º", "Art. 7º, § 2º", "Art. 8º, § 1º"]) {
      expect(help).toContain(article);
    }
  });

  test("a page of its own site only: a Content-Security-Policy that loads nothing else", () => {
    expect(help).toMatch(/http-equiv="?Content-Security-Policy"?\s+content="default-src 'none'; style-src 'self'"/);
    expect(help).not.toMatch(/<script/);
  });
});
