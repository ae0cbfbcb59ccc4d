import { loadRuleSet, reportSchema, validatePorteAnnex, type CellValue, type PorteRuleSet } from "../../src/rules";
import rule5978 from "../../src/rules/rule-sets/data/5978-2017.json";
import { annex, found, GOOD_ROWS, HEADER, only } from "./support";

describe("a correct annex", () => {
  test("has no problem, and a report of the documented shape", () => {
    const report = validatePorteAnnex(annex(GOOD_ROWS), { file: "anexo.xlsx" });
    expect(report.problems).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.summary).toEqual({
      rows: 3,
      errors: 0,
      warnings: 0,
      sum: "185000.00",
      declaredTotal: "185000.00",
      byPorte: { I: { count: 1, sum: "35000.00" }, III: { count: 2, sum: "150000.00" } },
    });
    expect(reportSchema.parse(report)).toEqual(report);
  });
});

describe("header-not-found", () => {
  test("no Porte column", () => {
    const report = validatePorteAnnex(annex(GOOD_ROWS, "R$ 185.000,00", ["Nº", "Município", "Situação", "R$"]));
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "header-not-found", severity: "error", cell: null, row: null, column: null }),
    ]);
    expect(report.valid).toBe(false);
  });

  test("the header is looked for in the whole sheet, however many title rows come first", () => {
    const sheet = annex(
      [
        [1, "Araxá", "Porte III", "R$ 75.000,00"],
        [2, "Arinos", "Porte I", "R$ 36.000,00"],
      ],
      "R$ 111.000,00",
    );
    sheet.values.splice(0, 0, ...Array.from({ length: 40 }, () => ["Art. 1º - texto da resolução"]));
    // Header on row 44; the wrong amount of Arinos on row 46.
    expect(found(sheet)).toEqual([["D46", "value-mismatch"]]);
  });

  test.each([
    [["N°", "MUNICÍPIO", "porte", "Valor (R$)"]],
    [["No", "Municipio", "Porte", "Valor"]],
    [["Número", "Município", "Porte", "Incentivo"]],
    [["Ordem", "município", "PORTE", "R$"]],
  ])("recognises the header %j", (header) => {
    expect(found(annex(GOOD_ROWS, "R$ 185.000,00", header))).toEqual([]);
  });

  test("finds the header on row 30", () => {
    const sheet = annex(GOOD_ROWS);
    sheet.values.splice(0, 0, ...Array.from({ length: 26 }, () => ["título"]));
    expect(found(sheet)).toEqual([]);
  });
});

describe("sequence-break: reported once, not on every later row", () => {
  const rows = (numbers: CellValue[]) =>
    numbers.map((n, i) => [n, ["Araxá", "Janaúba", "Arinos", "Betim", "Bicas"][i], "Porte I", 35000]);
  const total = (count: number) => `R$ ${(35 * count).toLocaleString("pt-BR")}.000,00`;

  test.each([
    ["a skipped number", [1, 2, 4, 5], "A7"],
    ["a repeated number", [1, 2, 2, 3], "A7"],
    ["a lost number", [1, 2, "", 4], "A7"],
    ["an unreadable number", [1, 2, "três", 4], "A7"],
    ["a first row that is not 1", [2, 3, 4, 5], "A5"],
  ])("%s", (_, numbers, cell) => {
    expect(found(annex(rows(numbers), total(numbers.length)))).toEqual([[cell, "sequence-break"]]);
  });

  test("says what was expected", () => {
    const [problem] = validatePorteAnnex(annex(rows([1, 2, 4, 5]), total(4))).problems;
    expect(problem).toMatchObject({ message: "Nº 4 fora de sequência; esperado 3.", expected: "3", found: "4" });
  });

  test("numbers as text count, and a straight run has no break", () => {
    expect(found(annex(rows(["1", " 2 ", 3, 4, 5]), total(5)))).toEqual([]);
  });
});

describe("municipality checks", () => {
  const withName = (name: CellValue) => annex([...GOOD_ROWS, [4, name, "Porte I", 35000]], "R$ 220.000,00");

  test("municipality-missing", () => {
    expect(found(withName(""))).toEqual([["B8", "municipality-missing"]]);
    expect(found(withName("  "))).toEqual([["B8", "municipality-missing"]]);
    expect(found(withName("Betim"))).toEqual([]);
  });

  test("municipality-duplicate ignores case, accents and extra spaces, on the later cell", () => {
    const report = validatePorteAnnex(withName("  ARAXA "));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "municipality-duplicate",
        cell: "B8",
        message: '"ARAXA" repete o município da célula B5.',
      }),
    ]);
    expect(found(withName("Araguari"))).toEqual([]);
  });

  test("municipality-unknown is a warning with the closest official name", () => {
    const report = validatePorteAnnex(withName("Janaliba"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "municipality-unknown",
        severity: "warning",
        cell: "B8",
        suggestion: "Janaúba",
        message: '"Janaliba" não é um município de Minas Gerais (IBGE); talvez "Janaúba".',
      }),
    ]);
    expect(report.valid).toBe(true);
    expect(validatePorteAnnex(withName("Xyzwvut")).problems[0].suggestion).toBeUndefined();
  });

  test.each(["SAO JOAO DEL REI", "São João del-Rei", "pingo d'agua", "Olhos-d'Água", "Brazópolis"])(
    "%s is an official name",
    (name) => {
      expect(found(withName(name))).toEqual([]);
    },
  );

  test("municipality-excluded: Belo Horizonte (Art. 2, sole paragraph)", () => {
    const report = validatePorteAnnex(withName("Belo Horizonte"));
    expect(only(report, "municipality-excluded")).toEqual([
      expect.objectContaining({
        cell: "B8",
        severity: "error",
        message: "Belo Horizonte não é beneficiário: Art. 2º, parágrafo único da Res. 5978/2017.",
      }),
    ]);
    const noExclusions = structuredClone(rule5978);
    noExclusions.excludedMunicipalities.names = [];
    const ruleSet = loadRuleSet(noExclusions) as PorteRuleSet;
    expect(validatePorteAnnex(withName("Belo Horizonte"), { ruleSet }).problems).toEqual([]);
  });
});

describe("municipalities are their IBGE code", () => {
  const withName = (name: CellValue) => annex([...GOOD_ROWS, [4, name, "Porte I", 35000]], "R$ 220.000,00");
  const withNames = (a: CellValue, b: CellValue) =>
    annex([...GOOD_ROWS, [4, a, "Porte I", 35000], [5, b, "Porte I", 35000]], "R$ 255.000,00");

  test("two spellings of one municipality repeat each other", () => {
    expect(found(withNames("Brasópolis", "Brazópolis"))).toEqual([["B9", "municipality-duplicate"]]);
    expect(found(withNames("São João del Rei/MG", "SAO JOAO DEL-REI"))).toEqual([["B9", "municipality-duplicate"]]);
    expect(found(withNames("São Thomé das Letras", "Gouvêa"))).toEqual([]);
  });

  test("an excluded municipality is excluded however written: Belo Horizonte - MG, BH", () => {
    expect(only(validatePorteAnnex(withName("BELO HORIZONTE - MG")), "municipality-excluded")).toEqual([
      expect.objectContaining({
        cell: "B8",
        message: "BELO HORIZONTE - MG não é beneficiário: Art. 2º, parágrafo único da Res. 5978/2017.",
      }),
    ]);
    expect(validatePorteAnnex(withName("BH")).problems).toEqual([
      expect.objectContaining({
        code: "municipality-excluded",
        severity: "error",
        message: '"BH" (Belo Horizonte) não é beneficiário: Art. 2º, parágrafo único da Res. 5978/2017.',
      }),
    ]);
  });

  test("municipality-not-mg: another UF written, or a name only other states have", () => {
    const report = validatePorteAnnex(withNames("Campinas/SP", "Bom Jesus"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "municipality-not-mg",
        severity: "error",
        cell: "B8",
        message: '"Campinas/SP" não é município de Minas Gerais: é de São Paulo (SP).',
        found: "Campinas/SP",
      }),
      expect.objectContaining({
        code: "municipality-not-mg",
        cell: "B9",
        message: '"Bom Jesus" não é município de Minas Gerais: é de PB, PI, RN, RS, SC.',
      }),
    ]);
    expect(report.valid).toBe(false);
    expect(validatePorteAnnex(withName("Betim - SP")).problems).toEqual([
      expect.objectContaining({
        code: "municipality-not-mg",
        message: '"Betim - SP" tem a UF de São Paulo (SP), mas Betim é de Minas Gerais: escreva só o nome.',
        suggestion: "Betim",
      }),
    ]);
  });

  test("an abbreviation is a warning with the official name, never a municipality of its own", () => {
    const report = validatePorteAnnex(withNames("Sta. Luzia", "Santa Luzia"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "municipality-unknown",
        severity: "warning",
        cell: "B8",
        message:
          '"Sta. Luzia" parece abreviação de "Santa Luzia": escreva o nome do município por extenso, como no IBGE.',
        suggestion: "Santa Luzia",
      }),
      expect.objectContaining({ code: "municipality-duplicate", cell: "B9" }),
    ]);
  });

  test("a 5 MB name is reported, quickly and with its text cut in the message", () => {
    const huge = "Belo Horizonte ".repeat(350_000);
    const [problem] = validatePorteAnnex(withName(huge)).problems;
    expect(problem).toMatchObject({ code: "municipality-unknown", cell: "B8", suggestion: undefined });
    expect(problem.message).toBe(
      `"${"Belo Horizonte ".repeat(5)}Belo … (5249999 caracteres)" não é um município de Minas Gerais (IBGE).`,
    );
  });
});

describe("the IBGE code column", () => {
  const header = ["Nº", "Município", "Cód. IBGE", "Porte", "R$"];
  const sheet = (rows: CellValue[][]) => ({
    values: [header, ...rows, ["TOTAL", "", "", "", `R$ ${(35 * rows.length).toLocaleString("pt-BR")}.000,00`]],
  });
  const row = (n: number, name: CellValue, code: CellValue) => [n, name, code, "Porte I", 35000];

  test("a code that agrees with the name, in seven or six digits, or a blank code, is no problem", () => {
    expect(found(sheet([row(1, "Betim", 3106705), row(2, "Contagem", "311860"), row(3, "Bicas", "")]))).toEqual([]);
  });

  test("ibge-mismatch: the code of another municipality, on the code's cell", () => {
    const report = validatePorteAnnex(sheet([row(1, "Betim", "3118601")]));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "ibge-mismatch",
        severity: "error",
        cell: "C2",
        message: "O código IBGE 3118601 é de Contagem, não de Betim (3106705).",
        expected: "3106705",
        found: "3118601",
      }),
    ]);
  });

  test("ibge-invalid: not seven digits, or not of Minas Gerais", () => {
    const report = validatePorteAnnex(sheet([row(1, "Betim", "31067"), row(2, "Bicas", 3509502)]));
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "ibge-invalid", cell: "C2", message: 'Código IBGE "31067" não tem 7 dígitos.' }),
      expect.objectContaining({
        code: "ibge-invalid",
        cell: "C3",
        message: "O código IBGE 3509502 é de Campinas, São Paulo (SP), não de Minas Gerais.",
      }),
    ]);
  });

  test("a blank name with a valid code: municipality-missing, suggesting the code's name", () => {
    expect(validatePorteAnnex(sheet([row(1, "", 3106705)])).problems).toEqual([
      expect.objectContaining({
        code: "municipality-missing",
        cell: "B2",
        message: "Município vazio; o código IBGE 3106705 é de Betim.",
        suggestion: "Betim",
      }),
    ]);
  });

  test("an unknown name with a valid code: the code's name is the suggestion", () => {
    expect(validatePorteAnnex(sheet([row(1, "Bettim", 3106705)])).problems).toEqual([
      expect.objectContaining({
        code: "municipality-unknown",
        message: '"Bettim" não é um município de Minas Gerais (IBGE); pelo código IBGE 3106705, seria "Betim".',
        suggestion: "Betim",
      }),
    ]);
  });
});

describe("porte and value checks", () => {
  const withRow = (porte: CellValue, value: CellValue, total = "R$ 220.000,00") =>
    annex([...GOOD_ROWS, [4, "Betim", porte, value]], total);

  test("porte-invalid, with the porte whose incentive is the amount", () => {
    const report = validatePorteAnnex(withRow("Porte Il", "R$ 60.000,00", "R$ 245.000,00"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "porte-invalid",
        cell: "C8",
        found: "Porte Il",
        suggestion: "Porte II",
        message: 'Porte ilegível: "Porte Il". Use Porte I a Porte VI. Pelo valor R$ 60.000,00, seria Porte II.',
      }),
    ]);
    expect(found(withRow("", 35000))).toEqual([["C8", "porte-invalid"]]);
    expect(validatePorteAnnex(withRow("Porte X", 12345)).problems[0].suggestion).toBeUndefined();
  });

  test.each(["Porte I", "I", "porte i", "1", 1])("porte %p is readable", (porte) => {
    expect(found(withRow(porte, 35000))).toEqual([]);
  });

  test("value-invalid, and then the sum is unknown: no total-mismatch, and the summary says why", () => {
    const report = validatePorteAnnex(withRow("Porte I", "trinta e cinco mil", "R$ 1,00"));
    expect(report.problems).toEqual([expect.objectContaining({ code: "value-invalid", cell: "D8" })]);
    expect(report.summary.sum).toBeNull();
    expect(report.summary.sumNote).toMatch(/^A soma não foi calculada porque há valores ilegíveis/);
    expect(found(withRow("Porte I", ""))).toEqual([["D8", "value-invalid"]]);
  });

  test.each(["R$ 35.000,00", "35.000,00", "35000", 35000, "R$ 35000"])("value %p is readable", (value) => {
    expect(found(withRow("Porte I", value))).toEqual([]);
  });

  test("value-mismatch names the incentive of the porte (Art. 4)", () => {
    const report = validatePorteAnnex(withRow("Porte III", "R$ 60.000,00", "R$ 245.000,00"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "value-mismatch",
        cell: "D8",
        expected: "75000.00",
        found: "60000.00",
        message: "O valor R$ 60.000,00 não é o incentivo do Porte III: R$ 75.000,00 (Art. 4º).",
      }),
    ]);
  });

  test("no cascade: an unreadable porte or amount gives no value-mismatch", () => {
    expect(found(withRow("Porte 9", "R$ 12.345,00", "R$ 197.345,00"))).toEqual([["C8", "porte-invalid"]]);
    expect(found(withRow("Porte III", "doze", "R$ 1,00"))).toEqual([["D8", "value-invalid"]]);
  });
});

describe("Teto MAC checks (Art. 3)", () => {
  const header = ["Nº", "Município", "Porte", "Valor (R$)", "Teto MAC anual"];
  const withTeto = (porte: string, value: CellValue, teto: CellValue) =>
    annex([[1, "Betim", porte, value, teto]], value, header);

  test("porte-mismatch when the Teto MAC gives another porte", () => {
    const report = validatePorteAnnex(withTeto("Porte I", 60000, "R$ 2.000.000,01"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "porte-mismatch",
        cell: "C5",
        expected: "Porte II",
        found: "Porte I",
        message: "Pelo Teto MAC R$ 2.000.000,01 o porte é Porte II (Art. 3º), não Porte I.",
      }),
    ]);
  });

  test("two bad cells, two problems: porte and amount both disagree with the Teto MAC", () => {
    expect(found(withTeto("Porte I", 35000, 2000000.01))).toEqual([
      ["C5", "porte-mismatch"],
      ["D5", "value-mismatch"],
    ]);
  });

  test.each([
    ["R$ 2.000.000,00", "Porte I", 35000],
    [2000000.01, "Porte II", 60000],
    ["", "Porte III", 75000],
  ])("Teto MAC %p with %s is consistent", (teto, porte, value) => {
    expect(found(withTeto(porte, value, teto))).toEqual([]);
  });

  test.each(["dois milhões", -1, "-R$ 5,00"])("teto-invalid: %p", (teto) => {
    expect(found(withTeto("Porte I", 35000, teto))).toEqual([["E5", "teto-invalid"]]);
  });
});

describe("TOTAL and budget (Art. 5)", () => {
  test("total-missing is a warning", () => {
    const sheet = annex(GOOD_ROWS);
    sheet.values.pop();
    const report = validatePorteAnnex(sheet);
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "total-missing", severity: "warning", cell: null }),
    ]);
    expect(report.valid).toBe(true);
  });

  test("total-mismatch on the TOTAL amount cell, with the sum expected", () => {
    const report = validatePorteAnnex(annex(GOOD_ROWS, "R$ 185.000,01"));
    expect(report.problems).toEqual([
      expect.objectContaining({ code: "total-mismatch", cell: "D8", expected: "185000.00", found: "185000.01" }),
    ]);
  });

  test("total-mismatch when the TOTAL is below the sum", () => {
    const report = validatePorteAnnex(annex(GOOD_ROWS, "R$ 184.999,99"));
    expect(report.problems).toEqual([
      expect.objectContaining({
        code: "total-mismatch",
        cell: "D8",
        expected: "185000.00",
        found: "184999.99",
        message: "O TOTAL declarado, R$ 184.999,99, não é a soma das linhas: R$ 185.000,00.",
      }),
    ]);
  });

  test("the TOTAL row is found in any case, and the table ends there", () => {
    const sheet = annex(GOOD_ROWS);
    sheet.values[sheet.values.length - 1][0] = "Total";
    sheet.values.push(["Fonte: SES/MG", "", "", "lixo"]);
    expect(found(sheet)).toEqual([]);
  });

  test("budget-exceeded when the sum passes R$ 10.425.000,00", () => {
    const names = ["Uberaba", "Uberlândia", "Juiz de Fora"];
    const rows = Array.from({ length: 87 }, (_, i) => [i + 1, `${names[i % 3]} ${i}`, "Porte VI", 120000]);
    const report = validatePorteAnnex(annex(rows, "R$ 10.440.000,00"));
    expect(only(report, "budget-exceeded")).toEqual([
      expect.objectContaining({
        cell: "D92",
        expected: "10425000.00",
        found: "10440000.00",
        message: "A soma, R$ 10.440.000,00, passa do limite de R$ 10.425.000,00 (Art. 5º da Res. 5978/2017).",
      }),
    ]);
  });

  test("a sum equal to the budget, R$ 10.425.000,00, is within it (Art. 5º)", () => {
    // 86 × R$ 120.000,00 (Porte VI) + R$ 105.000,00 (Porte V) = R$ 10.425.000,00, the limit to the centavo.
    const rows = Array.from({ length: 86 }, (_, i) => [i + 1, `Uberaba ${i}`, "Porte VI", 120000]);
    rows.push([87, "Uberlândia", "Porte V", 105000]);
    const report = validatePorteAnnex(annex(rows, "R$ 10.425.000,00"));
    expect(report.summary).toMatchObject({ sum: "10425000.00", declaredTotal: "10425000.00" });
    expect(only(report, "budget-exceeded")).toEqual([]);
    expect(only(report, "total-mismatch")).toEqual([]);
  });

  test("one centavo above the budget is budget-exceeded", () => {
    const rows = Array.from({ length: 86 }, (_, i) => [i + 1, `Uberaba ${i}`, "Porte VI", 120000]);
    rows.push([87, "Uberlândia", "Porte V", "105.000,01"]);
    const report = validatePorteAnnex(annex(rows, "R$ 10.425.000,01"));
    expect(only(report, "budget-exceeded")).toEqual([
      expect.objectContaining({ cell: "D92", expected: "10425000.00", found: "10425000.01" }),
    ]);
  });
});

describe("addresses", () => {
  test("carry the sheet's origin, so a range read from C5 reports real cells", () => {
    const sheet = { ...annex([[1, "", "Porte I", 35000]], 35000), origin: "C5" };
    expect(found(sheet)).toEqual([["D9", "municipality-missing"]]);
  });

  test("header row and data are read after blank leading rows", () => {
    expect(found({ values: [[], HEADER, [1, "Araxá", "Porte III", 75000], ["TOTAL", null, null, 75000]] })).toEqual([]);
  });
});
