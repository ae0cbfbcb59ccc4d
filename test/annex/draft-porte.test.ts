import { draftPorteAnnex, parseBrl, porteRuleSet, readDraftList, type CellValue } from "../../src/rules";

const ruleSet = porteRuleSet("5978/2017");
const list = (rows: CellValue[][]) => readDraftList({ values: [["Município", "Teto MAC"], ...rows] });

describe("reading the analyst's list", () => {
  test("header anywhere in the first rows; names to their IBGE spelling; Teto MAC as numbers or text", () => {
    const read = readDraftList({
      values: [
        ["Lista para a competência 2018"],
        [],
        ["Nome do município", "Teto MAC anual"],
        ["aguas formosas", "R$ 1.500.000,00"],
        ["Além Paraíba", 6000000],
      ],
    });
    expect(read).toEqual({
      entries: [
        { municipality: "Águas Formosas", code: "3100906", teto: 150_000_000 },
        { municipality: "Além Paraíba", code: "3101508", teto: 600_000_000 },
      ],
      problems: [],
    });
  });

  test("every bad line is reported with its cell, in pt-BR", () => {
    expect(
      list([
        ["Janaliba", 1000],
        ["Abaeté", ""],
        ["", 1000],
        ["abaete", 1000],
        ["Açucena", "mil"],
        ["Araxá", -5],
      ]).problems,
    ).toEqual([
      'A2: "Janaliba" não é um município de Minas Gerais (IBGE); talvez "Janaúba".',
      "B3: Valor ausente: Teto MAC vazio.",
      "A4: Município vazio.",
      "A5: Abaeté repete a célula A3.",
      'B6: Não é um valor em reais: "mil". Escreva um valor em reais, como R$ 2.000.000,01 ou 2000000,01.',
      "B7: Teto MAC negativo: -R$ 5,00.",
    ]);
  });

  test("names are their IBGE code: spellings repeat each other; other states, abbreviations and codes are checked", () => {
    const read = readDraftList({
      values: [
        ["Município", "Código IBGE", "Teto MAC"],
        ["Brasópolis", "", 1000],
        ["Brazópolis - MG", "", 1000],
        ["Campinas/SP", "", 1000],
        ["BH", "", 1000],
        ["Betim", "3118601", 1000],
        ["", "3106705", 1000],
        ["Contagem", "311860", 1000],
      ],
    });
    expect(read.problems).toEqual([
      "A3: Brazópolis repete a célula A2.",
      'A4: "Campinas/SP" não é município de Minas Gerais: é de São Paulo (SP).',
      'A5: "BH" parece abreviação de "Belo Horizonte": escreva o nome do município por extenso, como no IBGE.',
      "B6: O código IBGE 3118601 é de Contagem, não de Betim (3106705).",
      "A7: Município vazio; o código IBGE 3106705 é de Betim.",
    ]);
    expect(read.entries).toEqual([
      { municipality: "Brazópolis", code: "3108909", teto: 100_000 },
      { municipality: "Contagem", code: "3118601", teto: 100_000 },
    ]);
  });

  test("an entry is excluded by its code (Belo Horizonte, Art. 2)", () => {
    const entries = [
      { municipality: "Betim", teto: 100_000 },
      { municipality: "Belo Horizonte", code: "3106200", teto: 100_000 },
      { municipality: "BELO HORIZONTE/MG", teto: 100_000 },
    ];
    expect(draftPorteAnnex(entries, { ruleSet, mode: "values" }).excluded).toEqual([
      "Belo Horizonte",
      "BELO HORIZONTE/MG",
    ]);
  });

  test("a sheet without Município and Teto MAC says what it needs", () => {
    expect(readDraftList({ values: [["Nome", "Valor"]] }).problems).toEqual([
      "Cabeçalho não encontrado: a lista precisa das colunas Município e Teto MAC numa mesma linha.",
    ]);
  });
});

describe("the drafted annex's title is the new resolution's", () => {
  const entries = list([["Araxá", "R$ 30.000.000,01"]]).entries;
  test("number and date left as placeholders, this year, when not given; never the title of 2017", () => {
    const annex = draftPorteAnnex(entries, { ruleSet, mode: "values" });
    expect(annex.values[0][0]).toBe(
      `ANEXO I DA RESOLUÇÃO SES/MG Nº [NÚMERO], DE [DATA] DE ${new Date().getFullYear()}`,
    );
  });
  test("the chart per porte covers the summary block: Porte IV alone, R$ 90.000,00, rows 10 to 10", () => {
    const annex = draftPorteAnnex(entries, {
      ruleSet,
      mode: "values",
      resolution: { year: 2018, competencia: "2018" },
    });
    expect(annex.values[9]).toEqual(["Porte IV", 1, "", 90000]);
    expect(annex.chart).toEqual({
      title: "Anexo I por porte (competência 2018)",
      categories: "A10:A10",
      values: "D10:D10",
      anchor: "F2",
    });
  });
});

describe("the drafted annex", () => {
  const entries = list([
    ["Além Paraíba", "R$ 5.000.000,01"],
    ["Belo Horizonte", "R$ 3.000.000.000,00"],
    ["Águas Formosas", "R$ 2.000.000,00"],
    ["Alfenas", "R$ 50.000.000,01"],
  ]).entries;

  test("laid out like the published Anexo I, in Portuguese alphabetical order, Belo Horizonte left out (Art. 2)", () => {
    const annex = draftPorteAnnex(entries, { ruleSet, mode: "values", resolution: { number: "6.123", year: 2018 } });
    expect(annex.values.slice(0, 9)).toEqual([
      ["ANEXO I DA RESOLUÇÃO SES/MG Nº 6.123, DE [DATA] DE 2018", "", "", ""],
      ["", "", "", ""],
      ["LISTAGEM DOS MUNICÍPIOS BENEFICIÁRIOS", "", "", ""],
      ["", "", "", ""],
      ["Nº", "Município", "Porte", "R$"],
      [1, "Águas Formosas", "Porte I", 35000],
      [2, "Além Paraíba", "Porte III", 75000],
      [3, "Alfenas", "Porte V", 105000],
      ["TOTAL", "", "", 215000],
    ]);
    expect(annex.values.slice(9)).toEqual([
      ["", "", "", ""],
      ["Resumo por porte", "Municípios", "", "R$"],
      ["Porte I", 1, "", 35000],
      ["Porte III", 1, "", 75000],
      ["Porte V", 1, "", 105000],
      ["Limite (Art. 5º)", "", "", 10425000],
      ["Limite menos TOTAL", "", "", 10210000],
      ["Situação", "Dentro do limite", "", ""],
      ["", "", "", ""],
      ["Fora do anexo (Art. 2º, parágrafo único da Res. 5978/2017): Belo Horizonte.", "", "", ""],
    ]);
    expect(annex.excluded).toEqual(["Belo Horizonte"]);
    expect(annex.formulas.flat().every((formula) => formula === null)).toBe(true);
    expect(annex.numberFormats[5]).toEqual(["General", "@", "@", "[$R$-416] #,##0.00"]);
    expect(annex.summary).toEqual({
      rows: 3,
      total: parseBrl("215.000,00"),
      budget: parseBrl("10.425.000,00"),
      byPorte: [
        { porte: "I", count: 1, sum: 3_500_000 },
        { porte: "III", count: 1, sum: 7_500_000 },
        { porte: "V", count: 1, sum: 10_500_000 },
      ],
    });
  });

  test("formulas mode: live =SES.PORTE over a Teto MAC column, =SES.INCENTIVO, sums; values shown until Excel recalculates", () => {
    const annex = draftPorteAnnex(entries, { ruleSet, mode: "formulas" });
    expect(annex.values[4]).toEqual(["Nº", "Município", "Porte", "R$", "Teto MAC anual"]);
    expect(annex.values[5]).toEqual([1, "Águas Formosas", "Porte I", 35000, 2000000]);
    expect(annex.formulas[5]).toEqual([null, null, "=SES.PORTE(E6)", "=SES.INCENTIVO(C6)", null]);
    expect(annex.formulas[8]).toEqual([null, null, null, "=SUM(D6:D8)", null]);
    expect(annex.formulas[11]).toEqual([
      null,
      '=COUNTIF(C6:C8,"Porte I")',
      null,
      '=SUMIF(C6:C8,"Porte I",D6:D8)',
      null,
    ]);
    expect(annex.values[14][0]).toBe("Limite (Art. 5º)");
    expect(annex.formulas[15][3]).toBe("=D15-D9");
    expect(annex.formulas[16][1]).toBe('=IF(D9<=D15,"Dentro do limite","Acima do limite")');
    // A formula cell is never formatted as text, which would show the formula instead of its result.
    expect(annex.numberFormats[5]).toEqual(["General", "@", "General", "[$R$-416] #,##0.00", "[$R$-416] #,##0.00"]);
  });

  test("a TOTAL equal to the limit, R$ 10.425.000,00, is within it (Art. 5º)", () => {
    // 86 × R$ 120.000,00 (Porte VI, Teto MAC above R$ 100.000.000,00) + R$ 105.000,00 (Porte V) = R$ 10.425.000,00.
    const atLimit = [
      ...Array.from({ length: 86 }, (_, i) => ({ municipality: `M${i}`, teto: parseBrl("200.000.000,00") })),
      { municipality: "M86", teto: parseBrl("100.000.000,00") },
    ];
    const annex = draftPorteAnnex(atLimit, { ruleSet, mode: "values" });
    expect(annex.summary.total).toBe(parseBrl("10.425.000,00"));
    expect(annex.values.find((row) => row[0] === "Situação")).toEqual(["Situação", "Dentro do limite", "", ""]);
    expect(annex.values.find((row) => row[0] === "Limite menos TOTAL")?.[3]).toBe(0);
  });

  test("above the budget, the situation says so", () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ municipality: `M${i}`, teto: parseBrl("200.000.000,00") }));
    const annex = draftPorteAnnex(many, { ruleSet, mode: "values" });
    expect(annex.summary.total).toBe(parseBrl("12.000.000,00"));
    expect(annex.values.find((row) => row[0] === "Situação")).toEqual(["Situação", "Acima do limite", "", ""]);
    expect(annex.values.find((row) => row[0] === "Limite menos TOTAL")?.[3]).toBe(-1575000);
  });
});
