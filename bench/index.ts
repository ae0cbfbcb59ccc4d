import { benchPorte } from "./porte.bench";
import { benchCliXlsx, benchValidate } from "./validate.bench";

// The CustomFunctions global exists only inside Excel; valid input never reaches it, but keep the
// functions' error path callable.
(globalThis as Record<string, unknown>).CustomFunctions ??= {
  Error: class {
    constructor(
      readonly code: string,
      readonly message?: string,
    ) {}
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

async function main() {
  const figures = { ...benchPorte(), ...benchValidate(), ...(await benchCliXlsx()) };
  console.log(JSON.stringify({ ...figures, node: process.version }));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
