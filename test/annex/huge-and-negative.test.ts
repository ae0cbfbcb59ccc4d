// A negative or huge amount in an annex is a problem at its cell, never an uncaught error.
import { validatePorteAnnex, validateRecomposicaoAnnex } from "../../src/rules";

const HEADER = [
  "CNES",
  "Estabelecimento",
  "Natureza jurídica",
  "Rede Resposta",
  "PROURG",
  "Previsto 2021",
  "Valora Minas",
  "Recomposição",
];
const problemsOf = (rows: unknown[][]) =>
  validateRecomposicaoAnnex({ values: [HEADER, ...(rows as never[][])] })
    .problems.filter((p) => p.code !== "total-missing")
    .map((p) => `${p.cell} ${p.code}`);

test.each([
  [3, "D2"],
  [4, "E2"],
  [5, "F2"],
  [6, "G2"],
])("a negative amount in column %p is value-invalid at %s", (column, cell) => {
  for (const negative of [-5, "-R$ 5,00", "R$ -5,00"]) {
    const row: unknown[] = ["2123456", "Hospital", "Filantrópica", 600, 400, 1000, 400, 600];
    row[column] = negative;
    expect(problemsOf([row])).toEqual([`${cell} value-invalid`]);
  }
});

test("R$ 80 trillion twice: the sum leaves the range computed to the centavo, reported at the cell", () => {
  const row = (cnes: string) => [cnes, "Hospital", "Filantrópica", 80e12, 0, 80e12, 0, 80e12];
  expect(problemsOf([row("2123456"), row("2123457")])).toEqual(["H3 value-invalid"]);
  const parts = ["2123456", "Hospital", "Filantrópica", 80e12, 80e12, "", 0, 5];
  expect(problemsOf([parts])).toEqual(["E2 value-invalid", "F2 value-invalid"]); // F2: blank total
});

test("a porte annex with R$ 80 trillion twice", () => {
  const report = validatePorteAnnex({
    values: [
      ["Nº", "Município", "Porte", "R$"],
      [1, "Araxá", "Porte III", 80e12],
      [2, "Arinos", "Porte I", 80e12],
    ],
  });
  expect(report.problems.map((p) => `${p.cell} ${p.code}`)).toEqual([
    "D2 value-mismatch",
    "D3 value-invalid",
    "null total-missing",
  ]);
  expect(report.problems[1].message).toBe(
    "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.",
  );
});
