// Edges of the recomposição annex validator (Res. 7.845/2021, Anexo I: CNES · … · Previsto 2021 · Valora Minas ·
// Recomposição · TOTAL): the exact message, cell and found value of each problem, the rows after the TOTAL, the
// group of a row without macrorregião or natureza, and which headers make a recomposição annex.
import { validateRecomposicaoAnnex, type CellValue, type Problem } from "../../src/rules";

const HEADER = [
  "CNES",
  "Estabelecimento",
  "Macrorregião",
  "Natureza jurídica",
  "Previsto 2021",
  "Valora Minas",
  "Recomposição",
];

/** Two hospitals (rows 2 and 3): R$ 1.000,00 − R$ 400,00 = R$ 600,00 of recomposição, and none. */
function hospitals(): CellValue[][] {
  return [
    ["2123456", "Hospital São Vicente", "Leste", "Filantrópica", 1000, 400, 600],
    ["2234567", "Hospital Municipal", "Norte", "Pública municipal", 500, 500, 0],
  ];
}

/** The header on row 1, the rows, then the TOTAL. */
const annex = (rows: CellValue[][], total: CellValue = 600, header: CellValue[] = HEADER): CellValue[][] => [
  header,
  ...rows,
  ["TOTAL", ...Array(header.length - 2).fill(""), total],
];

/** The fields of a problem that say what it is, where, and what was found there. */
function described(values: CellValue[][]): Array<Pick<Problem, "cell" | "code" | "message" | "found">> {
  return validateRecomposicaoAnnex({ values }).problems.map(({ cell, code, message, found }) => ({
    cell,
    code,
    message,
    found,
  }));
}

/** The annex's rows with one cell changed. */
function withCell(row: number, column: number, value: CellValue): CellValue[][] {
  const rows = hospitals();
  rows[row][column] = value;
  return rows;
}

describe("CNES", () => {
  test.each<[string, CellValue, string, string | undefined]>([
    // Text keeps its leading zeros: no hint to format the column as text.
    ["six digits as text", "212345", 'CNES "212345" não tem 7 dígitos.', "212345"],
    ["eight digits as text", "21234567", 'CNES "21234567" não tem 7 dígitos.', "21234567"],
    // Eight digits cannot be a CNES that lost a leading zero: no hint either.
    ["eight digits as a number", 21234567, 'CNES "21234567" não tem 7 dígitos.', "21234567"],
    ["blank", "", "CNES vazio.", undefined],
  ])("%s", (_, cnes, message, found) => {
    expect(described(annex(withCell(0, 0, cnes)))).toEqual([{ cell: "A2", code: "cnes-invalid", message, found }]);
  });

  test("a repeated CNES is found at the later cell", () => {
    expect(described(annex(withCell(1, 0, "2123456")))).toEqual([
      {
        cell: "A3",
        code: "cnes-duplicate",
        message: "O CNES 2123456 repete o da célula A2.",
        found: "2123456",
      },
    ]);
  });
});

describe("amounts", () => {
  test("an unreadable recomposição, in words", () => {
    expect(described(annex(withCell(0, 6, "seiscentos")))).toEqual([
      {
        cell: "G2",
        code: "value-invalid",
        message: 'Valor da recomposição ilegível ou negativo: "seiscentos"; escreva como R$ 1.265.443,44.',
        found: "seiscentos",
      },
    ]);
  });

  test("a blank recomposição is not read as zero", () => {
    expect(described(annex(withCell(1, 6, "")))).toEqual([
      { cell: "G3", code: "value-invalid", message: "Valor da recomposição vazio.", found: undefined },
    ]);
  });

  test("an unreadable amount in the TOTAL row, and no total-mismatch for it", () => {
    expect(described(annex(hospitals(), "seiscentos"))).toEqual([
      {
        cell: "G4",
        code: "value-invalid",
        message: 'Valor do TOTAL ilegível ou negativo: "seiscentos"; escreva como R$ 1.265.443,44.',
        found: "seiscentos",
      },
    ]);
  });

  test("a TOTAL that is not the sum of the recomposições", () => {
    const report = validateRecomposicaoAnnex({ values: annex(hospitals(), 650) });
    expect(report.problems).toEqual([
      expect.objectContaining({
        cell: "G4",
        code: "total-mismatch",
        message: "O TOTAL declarado, R$ 650,00, não é a soma das recomposições: R$ 600,00.",
        expected: "600.00",
        found: "650.00",
      }),
    ]);
  });

  test("a recomposição that takes the sum past R$ 90.071.992.547.409,91 is reported, not added", () => {
    // R$ 50 trillion each: each one is read to the centavo, their sum is not.
    const rows = [
      ["2123456", "Hospital A", "Leste", "Pública estadual", 50_000_000_000_000, 0, 50_000_000_000_000],
      ["2234567", "Hospital B", "Leste", "Pública estadual", 50_000_000_000_000, 0, 50_000_000_000_000],
    ];
    const report = validateRecomposicaoAnnex({ values: annex(rows, 90_000_000_000_000) });
    expect(report.problems.map(({ cell, code, message, found }) => ({ cell, code, message, found }))).toEqual([
      {
        cell: "G3",
        code: "value-invalid",
        message: "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.",
        found: "50000000000000",
      },
    ]);
    expect(report.summary.sum).toBeNull();
  });
});

describe("Previsto 2021 and Valora Minas as the sum of their columns", () => {
  // A CNES, Rede Cegonha (B), Odontologia Hospitalar (C), Previsto 2021 (D), Hospitais Plataforma (E), Recomposição (F).
  const PARTS = [
    "CNES",
    "Rede Cegonha",
    "Odontologia Hospitalar",
    "Previsto 2021",
    "Módulo Hospitais Plataforma",
    "Recomposição",
  ];

  test("a Previsto 2021 that is not the sum of its programs", () => {
    const report = validateRecomposicaoAnnex({ values: annex([["2123456", 700, 300, 1200, 400, 600]], 600, PARTS) });
    expect(report.problems).toEqual([
      expect.objectContaining({
        cell: "D2",
        code: "components-mismatch",
        message: "Previsto 2021 R$ 1.200,00 não é a soma das suas colunas: R$ 1.000,00.",
        expected: "1000.00",
        found: "1200.00",
      }),
    ]);
  });

  test("an unreadable program; the Previsto 2021 column still gives the recomposição", () => {
    expect(described(annex([["2123456", "mil", 300, 1000, 400, 600]], 600, PARTS))).toEqual([
      {
        cell: "B2",
        code: "value-invalid",
        message: 'Valor ilegível ou negativo: "mil"; escreva como R$ 1.265.443,44.',
        found: "mil",
      },
    ]);
  });

  test("programs whose sum passes R$ 90.071.992.547.409,91: the second one is reported", () => {
    const header = PARTS.filter((name) => name !== "Previsto 2021");
    expect(described(annex([["2123456", 50_000_000_000_000, 50_000_000_000_000, 400, 600]], 600, header))).toEqual([
      {
        cell: "C2",
        code: "value-invalid",
        message: "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.",
        found: "50000000000000",
      },
    ]);
  });
});

describe("natureza jurídica (Art. 2º, § 1º)", () => {
  test("a blank natureza with a recomposição above zero: nothing found", () => {
    expect(described(annex(withCell(0, 3, "")))).toEqual([
      {
        cell: "D2",
        code: "nature-ineligible",
        message:
          "Natureza jurídica vazia: a recomposição de R$ 600,00 é só para entidades públicas e filantrópicas sem fins lucrativos (Art. 2º, § 1º).",
        found: undefined,
      },
    ]);
  });

  test("a for-profit entity, with the text found", () => {
    expect(described(annex(withCell(0, 3, "Privada com fins lucrativos")))).toEqual([
      {
        cell: "D2",
        code: "nature-ineligible",
        message:
          '"Privada com fins lucrativos" não tem direito: a recomposição de R$ 600,00 é só para entidades públicas e filantrópicas sem fins lucrativos (Art. 2º, § 1º).',
        found: "Privada com fins lucrativos",
      },
    ]);
  });

  test("a private non-profit code to confirm, with the code found", () => {
    expect(described(annex(withCell(0, 3, "3999")))).toEqual([
      {
        cell: "D2",
        code: "nature-unconfirmed",
        message:
          '"3999" (3999 – Associação Privada) é entidade sem fins lucrativos, mas não diz se é filantrópica: confirme a certificação (CEBAS) antes da recomposição de R$ 600,00, que é só para entidades públicas e filantrópicas sem fins lucrativos (Art. 2º, § 1º).',
        found: "3999",
      },
    ]);
  });
});

describe("the group of a row without macrorregião or natureza", () => {
  test("a blank macrorregião is counted as '(não informada)'", () => {
    const report = validateRecomposicaoAnnex({ values: annex(withCell(0, 2, "")) });
    expect(report.problems).toEqual([]);
    expect(report.summary.byMacrorregiao).toEqual({
      "(não informada)": { count: 1, sum: "600.00", keepsAfterTransition: false },
      Norte: { count: 1, sum: "0.00", keepsAfterTransition: false },
    });
  });

  test("without the two columns, every row is '(não informada)' and the natureza is not checked", () => {
    const header = ["CNES", "Estabelecimento", "Previsto 2021", "Valora Minas", "Recomposição"];
    const rows = hospitals().map((row) => [row[0], row[1], ...row.slice(4)]);
    const report = validateRecomposicaoAnnex({ values: annex(rows, 600, header) });
    expect(report.problems).toEqual([]);
    expect(report.summary.byMacrorregiao).toEqual({
      "(não informada)": { count: 2, sum: "600.00", keepsAfterTransition: false },
    });
    expect(report.summary.byNatureza).toEqual({ "(não informada)": { count: 2, sum: "600.00" } });
  });
});

describe("the rows after the TOTAL", () => {
  const after = (...rows: CellValue[][]) => [...annex(hospitals()), ...rows];

  test("a row with a CNES and a recomposição is an annex row left out of the sum", () => {
    expect(described(after(["2999999", "Hospital Novo", "Leste", "Pública estadual", 100, 0, 100]))).toEqual([
      {
        cell: "A5",
        code: "row-after-total",
        message: 'Linha depois do TOTAL, fora da soma: "2999999".',
        found: "2999999",
      },
    ]);
  });

  test("a note in the CNES column, or an amount with no CNES, is not an annex row", () => {
    expect(described(after(["Fonte: CNES/DATASUS"], ["", "Subtotal Leste", "", "", "", "", 600]))).toEqual([]);
  });
});

describe("which headers make a recomposição annex (Previsto 2021 and Valora Minas, as totals or as parts)", () => {
  const NO_HEADER = {
    cell: null,
    code: "header-not-found",
    message:
      "Cabeçalho não encontrado: o anexo de recomposição precisa das colunas CNES, Previsto 2021 (ou os programas), Valora Minas (ou os dois módulos) e Recomposição.",
    found: undefined,
  };

  test("the two totals alone", () => {
    const header = ["CNES", "Previsto 2021", "Valora Minas", "Recomposição"];
    const report = validateRecomposicaoAnnex({ values: annex([["2123456", 1000, 400, 600]], 600, header) });
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 1, sum: "600.00" });
  });

  test("some programs and one module, without the totals", () => {
    // Two of the six programs and one of the two modules are enough.
    const header = ["CNES", "Rede Cegonha", "Odontologia Hospitalar", "Módulo Hospitais Plataforma", "Recomposição"];
    const report = validateRecomposicaoAnnex({ values: annex([["2123456", 700, 300, 400, 600]], 600, header) });
    expect(report.problems).toEqual([]);
    expect(report.summary).toMatchObject({ rows: 1, sum: "600.00" });
  });

  test.each([
    ["no Previsto 2021 nor program", ["CNES", "Valora Minas", "Recomposição"]],
    ["no Valora Minas nor module", ["CNES", "Previsto 2021", "Recomposição"]],
  ])("%s: header-not-found", (_, header) => {
    expect(described(annex([["2123456", 1000, 600]], 600, header))).toEqual([NO_HEADER]);
  });
});
