import { installCustomFunctionsStub } from "../test/support/custom-functions-stub";
import { benchCliStart } from "./cli.bench";
import { benchCompare } from "./compare.bench";
import { benchPane } from "./pane.bench";
import { benchPdf } from "./pdf.bench";
import { benchPorte } from "./porte.bench";
import { benchCliXlsx, benchValidate } from "./validate.bench";
import { benchXlsx } from "./xlsx.bench";

// The CustomFunctions global exists only inside Excel; valid input never reaches it, but keep the
// functions' error path callable, with the same stand-in the tests use.
installCustomFunctionsStub();

// `npm run bench -- porte xlsx` runs only those groups (porte, validate, cli, xlsx, pane, pdf, compare); no name runs all.
const GROUPS = new Map<string, () => Record<string, number> | Promise<Record<string, number>>>([
  ["porte", benchPorte],
  ["validate", benchValidate],
  ["cli", async () => ({ ...benchCliStart(), ...(await benchCliXlsx()) })],
  ["xlsx", benchXlsx],
  ["pane", benchPane],
  ["pdf", benchPdf],
  ["compare", benchCompare],
]);

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !GROUPS.has(name));
  if (unknown.length > 0) throw new Error(`unknown bench groups: ${unknown.join(", ")}`);
  let figures: Record<string, number> = {};
  for (const [name, run] of GROUPS) {
    if (asked.length === 0 || asked.includes(name)) figures = { ...figures, ...(await run()) };
  }
  console.log(JSON.stringify({ ...figures, node: process.version }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
