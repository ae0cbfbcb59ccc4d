import { benchPorte } from "./porte.bench";

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

console.log(JSON.stringify({ ...benchPorte(), node: process.version }));
