// `anexos redigir` then `anexos validar` over random lists of real MG municipalities and Teto MAC: what the CLI
// drafts, it accepts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { getMunicipalities } from "@brazilian-utils/brazilian-utils/get-municipalities";
import { formatBrl, type Report } from "../../src/rules";
import { runCli } from "../support/run-cli";
import { expectPtBrReport } from "./fuzz-support";

const names = getMunicipalities("MG")
  .map((municipality) => municipality.name)
  .filter((name) => name !== "Belo Horizonte");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-ida-e-volta-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Up to 40 municipalities: 40 × R$ 120.000,00 stays under the R$ 10.425.000,00 of Art. 5.
const list = fc
  .shuffledSubarray(names, { minLength: 1, maxLength: 40 })
  .chain((chosen) =>
    fc
      .array(fc.integer({ min: 1, max: 1e12 }), { minLength: chosen.length, maxLength: chosen.length })
      .map((tetos) => chosen.map((name, i) => [name, tetos[i]] as const)),
  );

let run = 0;

test("any list of MG municipalities and Teto MAC, drafted with values or formulas, validates with no error", async () => {
  expect(names).toHaveLength(852);
  await fc.assert(
    fc.asyncProperty(list, fc.boolean(), async (entries, formulas) => {
      const id = run++;
      const input = join(dir, `lista-${id}.csv`);
      const output = join(dir, `anexo-${id}.xlsx`);
      writeFileSync(
        input,
        ["Município;Teto MAC", ...entries.map(([name, teto]) => `${name};${formatBrl(teto)}`)].join("\r\n"),
      );
      const drafted = await runCli("redigir", input, "--saida", output, ...(formulas ? ["--formulas"] : []));
      expect(drafted.stderr).toBe("");
      expect(drafted.code).toBe(0);
      const validated = await runCli("validar", output, "--json");
      const report = JSON.parse(validated.stdout) as Report;
      expectPtBrReport(report);
      expect(report.problems.filter((problem) => problem.severity === "error")).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.summary.rows).toBe(entries.length);
      expect(validated.code).toBe(0);
    }),
    { numRuns: 60 },
  );
});
