// npm run mutacao:sobreviventes: the next `npm run mutacao` tests again the mutants that survived the last
// one (static ones included), and reuses every mutant already killed. See scripts/mutation/forget-survivors.ts.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { forgetSurvivors, type IncrementalReport } from "./mutation/forget-survivors";

const path = "reports/stryker-incremental.json";
if (!existsSync(path)) {
  console.error(`${path} não existe: rode npm run mutacao uma vez antes.`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(path, "utf8")) as IncrementalReport;
const forgotten = forgetSurvivors(report);
writeFileSync(path, JSON.stringify(report));
const what =
  forgotten === 1
    ? "1 mutante sobrevivente ou sem cobertura será testado"
    : `${forgotten} mutantes sobreviventes ou sem cobertura serão testados`;
console.log(`${what} de novo no próximo npm run mutacao.`);
