// The same Teto MAC edge inputs through the Excel function, the CLI and the validator: each refuses the
// same inputs and gives the same porte for the others (Res. 5.978/2017, Art. 3: up to R$ 2.000.000,00 is
// Porte I; a Teto MAC zero, blank or negative has no porte).
import { porte } from "../src/functions/functions";
import { validatePorteAnnex } from "../src/rules";
import { installCustomFunctionsStub } from "./support/custom-functions-stub";
import { runCli } from "./support/run-cli";

beforeAll(installCustomFunctionsStub);

/** A row stating Porte VI (R$ 120.000,00): none of the inputs below is Porte VI, so a porte read shows as a mismatch. */
function validatorPorte(teto: unknown): string {
  const report = validatePorteAnnex({
    values: [
      ["Nº", "Município", "Porte", "R$", "Teto MAC"],
      [1, "Araxá", "Porte VI", 120000, teto as never],
    ],
  });
  const codes = report.problems.map((problem) => problem.code).filter((code) => code !== "total-missing");
  if (codes.includes("teto-invalid")) return "sem porte";
  const mismatch = report.problems.find((problem) => problem.code === "porte-mismatch");
  if (mismatch) return mismatch.expected as string;
  // A blank Teto MAC cell is not read: the stated porte stands, none comes from the Teto MAC.
  expect(codes).toEqual([]);
  return "sem porte";
}

function functionPorte(teto: unknown): string {
  const [[result]] = porte([[teto]]);
  return typeof result === "string" ? result : "sem porte";
}

async function cliPorte(teto: string): Promise<string> {
  const { code, stdout } = await runCli("porte", "--", teto);
  return code === 0 ? stdout : "sem porte";
}

test.each([
  [0, "0", "sem porte"],
  ["", "", "sem porte"],
  [-1, "-1", "sem porte"],
  ["dois milhões", "dois milhões", "sem porte"],
  ["R$ 2.000.000,00", "R$ 2.000.000,00", "Porte I"],
  ["2.000.000,01", "2.000.000,01", "Porte II"],
])("Teto MAC %p: function, CLI and validator agree on %p", async (cell, argument, expected) => {
  expect({
    function: functionPorte(cell),
    cli: await cliPorte(argument),
    validator: validatorPorte(cell),
  }).toEqual({ function: expected, cli: expected, validator: expected });
});

test("the validator reports a Teto MAC zero in pt-BR, like the function", () => {
  const report = validatePorteAnnex({
    values: [
      ["Nº", "Município", "Porte", "R$", "Teto MAC"],
      [1, "Araxá", "Porte I", 35000, 0],
    ],
  });
  expect(report.problems).toContainEqual(
    expect.objectContaining({
      code: "teto-invalid",
      cell: "E2",
      message: expect.stringMatching(/Teto MAC zero não tem porte/),
    }),
  );
});
