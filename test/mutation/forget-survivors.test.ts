// `npm run mutacao:sobreviventes`: the survivors' results go, the killed ones stay for the next run to reuse.
import { forgetSurvivors } from "../../scripts/mutation/forget-survivors";

test("Survived and NoCoverage results are dropped; Killed, Timeout and CompileError ones are kept", () => {
  const report = {
    files: {
      "src/rules/porte.ts": {
        mutants: [
          { id: "1", status: "Killed" },
          { id: "2", status: "Survived" },
          { id: "3", status: "Timeout" },
        ],
      },
      "src/rules/dates.ts": {
        mutants: [
          { id: "4", status: "NoCoverage" },
          { id: "5", status: "CompileError" },
        ],
      },
    },
  };
  expect(forgetSurvivors(report)).toBe(2);
  expect(report.files).toEqual({
    "src/rules/porte.ts": {
      mutants: [
        { id: "1", status: "Killed" },
        { id: "3", status: "Timeout" },
      ],
    },
    "src/rules/dates.ts": { mutants: [{ id: "5", status: "CompileError" }] },
  });
});
