import { installCustomFunctionsStub } from "../test/support/custom-functions-stub";
import { benchPane } from "./pane.bench";
import { benchPorte } from "./porte.bench";
import { benchCliXlsx, benchValidate } from "./validate.bench";

// The CustomFunctions global exists only inside Excel; valid input never reaches it, but keep the
// functions' error path callable, with the same stand-in the tests use.
installCustomFunctionsStub();

async function main() {
  const figures = { ...benchPorte(), ...benchValidate(), ...(await benchCliXlsx()), ...(await benchPane()) };
  console.log(JSON.stringify({ ...figures, node: process.version }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
