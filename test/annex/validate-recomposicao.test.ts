import { validateAnnex, validateRecomposicaoAnnex, type CellValue, type Report } from "../../src/rules";
import { RECOMPOSICAO_HEADER } from "../support/recomposicao-fixture";

/** Four hospitals, amounts as Excel holds them; recomposição = previsto − Valora, or zero (Art. 3). */
function annex(): CellValue[][] {
  return [
    ["ANEXO I DA RESOLUÇÃO SES/MG Nº 7.845, DE 11 DE NOVEMBRO DE 2021"],
    RECOMPOSICAO_HEADER,
    [
      "2123456",
      "Hospital São Vicente",
      "Governador Valadares",
      "Leste",
      "Filantrópica",
      500000,
      200000,
      100000,
      0,
      300000,
      0,
      1100000,
      600000,
      200000,
      800000,
      300000,
    ],
    [
      "2234567",
      "Hospital Municipal",
      "Ipatinga",
      "Vale do Aço",
      "Pública municipal",
      1000000,
      0,
      0,
      50000,
      0,
      250000,
      1300000,
      1000000,
      500000,
      1500000,
      0,
    ],
    [
      "2345678",
      "Santa Casa",
      "Montes Claros",
      "Norte",
      "Filantrópica",
      400000.55,
      0,
      150000,
      0,
      0,
      0,
      550000.55,
      300000,
      0,
      300000,
      250000.55,
    ],
    [
      "0456789",
      "Hospital Regional",
      "Caratinga",
      "Leste",
      "Pública estadual",
      0,
      0,
      0,
      0,
      200000,
      0,
      200000,
      100000,
      "",
      100000,
      100000,
    ],
    ["TOTAL", "", "", "", "", "", "", "", "", "", "", "", "", "", "", 650000.55],
  ];
}

const validate = (values: CellValue[][]) => validateRecomposicaoAnnex({ values, name: "Anexo I" });
const codes = (report: Report) => report.problems.map((problem) => `${problem.cell} ${problem.code}`);
const C = { cnes: 0, natureza: 4, urgencia: 5, previsto: 11, valora: 14, recomposicao: 15 };

describe("recomposição annexes (Res. 7.845/2021)", () => {
  test("a right annex: no problem; sums by macrorregião (Art. 4 flags Leste and Vale do Aço) and by natureza", () => {
    const report = validate(annex());
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ kind: "recomposicao", ruleSet: "7845/2021", valid: true });
    expect(report.summary).toEqual({
      rows: 4,
      errors: 0,
      warnings: 0,
      sum: "650000.55",
      declaredTotal: "650000.55",
      byMacrorregiao: {
        Leste: { count: 2, sum: "400000.00", keepsAfterTransition: true },
        "Vale do Aço": { count: 1, sum: "0.00", keepsAfterTransition: true },
        Norte: { count: 1, sum: "250000.55", keepsAfterTransition: false },
      },
      byNatureza: {
        Filantrópica: { count: 2, sum: "550000.55" },
        "Pública municipal": { count: 1, sum: "0.00" },
        "Pública estadual": { count: 1, sum: "100000.00" },
      },
    });
  });

  test("groups ignore case, accents and spacing, under the first spelling met", () => {
    const values = annex();
    values[5][3] = " LESTE "; // Caratinga, after "Leste" on row 3
    values[5][4] = "pública   ESTADUAL";
    values[3][4] = "Publica  Municipal"; // Ipatinga
    const { byMacrorregiao, byNatureza } = validate(values).summary;
    expect(byMacrorregiao).toEqual({
      Leste: { count: 2, sum: "400000.00", keepsAfterTransition: true },
      "Vale do Aço": { count: 1, sum: "0.00", keepsAfterTransition: true },
      Norte: { count: 1, sum: "250000.55", keepsAfterTransition: false },
    });
    expect(byNatureza).toEqual({
      Filantrópica: { count: 2, sum: "550000.55" },
      "Publica Municipal": { count: 1, sum: "0.00" },
      "pública ESTADUAL": { count: 1, sum: "100000.00" },
    });
  });

  test("the kind is told by the header", () => {
    expect(validateAnnex({ values: annex() }).kind).toBe("recomposicao");
    expect(validateAnnex({ values: [["Nº", "Município", "Porte", "R$"]] }).kind).toBe("porte");
  });

  test("cnes-invalid: not 7 digits; a number that lost its leading zero says how to keep it", () => {
    const values = annex();
    values[2][C.cnes] = "212345";
    values[3][C.cnes] = 456789;
    const report = validate(values);
    expect(codes(report)).toEqual(["A3 cnes-invalid", "A4 cnes-invalid"]);
    expect(report.problems[1].message).toBe(
      'CNES "456789" não tem 7 dígitos. Se o CNES começa com zero, formate a coluna como texto.',
    );
  });

  test("cnes-duplicate: the later cell, pointing to the first", () => {
    const values = annex();
    values[5][C.cnes] = "2123456";
    expect(validate(values).problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      ["A6", "cnes-duplicate", "O CNES 2123456 repete o da célula A3."],
    ]);
  });

  test("nature-ineligible: a recomposição above zero for a for-profit entity (Art. 2 §1); none when it is zero", () => {
    const values = annex();
    values[4][C.natureza] = "Privada com fins lucrativos";
    values[3][C.natureza] = "Privada com fins lucrativos"; // recomposição 0: nothing to refuse
    expect(validate(values).problems.map((p) => [p.cell, p.code, p.message])).toEqual([
      [
        "E5",
        "nature-ineligible",
        '"Privada com fins lucrativos" não tem direito: a recomposição de R$ 250.000,55 é só para entidades públicas e filantrópicas sem fins lucrativos (Art. 2º, § 1º).',
      ],
    ]);
  });

  test("recomposition-mismatch: not max(0, previsto − Valora), with the expected amount", () => {
    const values = annex();
    values[2][C.recomposicao] = 310000;
    values[6][C.recomposicao] = 660000.55;
    const report = validate(values);
    expect(report.problems).toEqual([
      expect.objectContaining({
        cell: "P3",
        code: "recomposition-mismatch",
        expected: "300000.00",
        found: "310000.00",
      }),
    ]);
    expect(report.problems[0].message).toBe(
      "A recomposição R$ 310.000,00 não é 100% de previsto 2021 (R$ 1.100.000,00) menos Valora Minas (R$ 800.000,00): R$ 300.000,00 (Art. 3º).",
    );
  });

  test("components-mismatch: a total that is not the sum of its columns, and no recomposition-mismatch on top", () => {
    const values = annex();
    values[2][C.previsto] = 1200000;
    expect(validate(values).problems).toEqual([
      expect.objectContaining({ cell: "L3", code: "components-mismatch", expected: "1100000.00", found: "1200000.00" }),
    ]);
  });

  test("value-invalid: an unreadable amount, no other problem for it, and the sum is then unknown", () => {
    const values = annex();
    values[3][C.valora] = "mil";
    values[4][C.recomposicao] = "duzentos";
    const report = validate(values);
    expect(codes(report)).toEqual(["O4 value-invalid", "P5 value-invalid"]);
    expect(report.summary.sum).toBeNull();
    expect(report.summary.sumNote).toMatch(/não foi calculada/);
  });

  test("total-missing, total-mismatch and budget-exceeded (Art. 5: R$ 238.233.844,83)", () => {
    const values = annex();
    expect(codes(validate(values.slice(0, 6)))).toEqual(["null total-missing"]);
    values[6][C.recomposicao] = 650000;
    expect(codes(validate(values))).toEqual(["P7 total-mismatch"]);
    const big = annex();
    big[2].splice(C.urgencia, 11, 300000000, 0, 0, 0, 0, 0, 300000000, 0, 0, 0, 300000000);
    big[6][C.recomposicao] = 300350000.55;
    const report = validate(big);
    expect(codes(report)).toEqual(["P7 budget-exceeded"]);
    expect(report.problems[0].message).toBe(
      "A soma, R$ 300.350.000,55, passa do total anual de R$ 238.233.844,83 (Art. 5º da Res. 7845/2021).",
    );
  });

  test("header-not-found without the 2021 or the Valora columns", () => {
    const report = validate([
      ["CNES", "Estabelecimento", "Recomposição"],
      ["2123456", "Hospital", 10],
    ]);
    expect(codes(report)).toEqual(["null header-not-found"]);
  });
});
