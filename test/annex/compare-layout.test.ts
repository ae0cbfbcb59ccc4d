// What the comparison says about each cell of the new annex (the pane marks them) and the two sheets
// `anexos comparar --saida` writes, on small typed annexes where every change is known.
import {
  compareAnnexes,
  comparedCells,
  comparisonSheets,
  describeChange,
  readAnnexRows,
  readCsv,
  signedBrl,
} from "../../src/rules";

const BRL = "[$R$-416] #,##0.00";
const porteCsv = (rows: string[]) => readCsv(["Nº;Município;Porte;R$", ...rows].join("\r\n"));

// Gouvêa → Gouveia with R$ 5.000,00 more (same porte), Araxá from Porte III to Porte IV, Berizal removed,
// Bicas added, a name that is no municipality.
const before = porteCsv([
  "1;Gouvêa;Porte I;R$ 35.000,00",
  "2;Araxá;Porte III;R$ 75.000,00",
  "3;Berizal;Porte I;R$ 35.000,00",
  "TOTAL;;;R$ 145.000,00",
]);
const after = porteCsv([
  "1;Gouveia;Porte I;R$ 40.000,00",
  "2;Araxá;Porte IV;R$ 90.000,00",
  "3;Bicas;Porte I;R$ 35.000,00",
  "4;Xyzwq Kkkkk;Porte I;R$ 35.000,00",
  "TOTAL;;;R$ 200.000,00",
]);

describe("the changed cells of the new annex's sheet", () => {
  test("each change at its cell, in the order of the rows: amount, spelling, porte (and its amount), added, unknown", () => {
    const comparison = compareAnnexes({ sheet: before }, { sheet: after });
    expect(comparedCells(comparison, readAnnexRows(after), after)).toEqual([
      {
        cell: "B2",
        kind: "renamed",
        label: "Gouveia (3127602)",
        message: 'Escrito de outro modo: antes "Gouvêa".',
      },
      {
        cell: "D2",
        kind: "amount",
        label: "Gouveia (3127602)",
        message: "Valor alterado: R$ 35.000,00 → R$ 40.000,00 (+R$ 5.000,00).",
      },
      {
        cell: "C3",
        kind: "porte",
        label: "Araxá (3104007)",
        message: "Porte alterado: Porte III → Porte IV; R$ 75.000,00 → R$ 90.000,00 (+R$ 15.000,00).",
      },
      {
        cell: "D3",
        kind: "porte",
        label: "Araxá (3104007)",
        message: "Porte alterado: Porte III → Porte IV; R$ 75.000,00 → R$ 90.000,00 (+R$ 15.000,00).",
      },
      {
        cell: "B4",
        kind: "added",
        label: "Bicas (3106903)",
        message: "Incluído: não estava no anexo anterior (R$ 35.000,00).",
      },
      {
        cell: "B5",
        kind: "unmatched",
        label: "Xyzwq Kkkkk",
        message: 'Não identificado: "Xyzwq Kkkkk" não é um município de Minas Gerais (IBGE).',
      },
    ]);
  });

  test("a porte changed with the same amount marks the Porte cell only; a sheet placed at C3 shifts every cell", () => {
    const shifted = { ...porteCsv(["1;Araxá;Porte IV;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]), origin: "C3" };
    const comparison = compareAnnexes(
      { sheet: porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]) },
      { sheet: shifted },
    );
    expect(comparedCells(comparison, readAnnexRows(shifted), shifted)).toEqual([
      {
        cell: "E4",
        kind: "porte",
        label: "Araxá (3104007)",
        message: "Porte alterado: Porte III → Porte IV; R$ 75.000,00 → R$ 75.000,00 (R$ 0,00).",
      },
    ]);
  });

  test("recomposição: the amount changed is marked in the Recomposição column", () => {
    const recomposicao = (value: string) =>
      readCsv(
        `CNES;Estabelecimento;Previsto 2021;Valora Minas;Recomposição\r\n2761092;Hospital A;100,00;50,00;${value}`,
      );
    const next = recomposicao("60,00");
    const comparison = compareAnnexes({ sheet: recomposicao("50,00") }, { sheet: next });
    expect(comparedCells(comparison, readAnnexRows(next), next)).toEqual([
      {
        cell: "E2",
        kind: "amount",
        label: "Hospital A (2761092)",
        message: "Valor alterado: R$ 50,00 → R$ 60,00 (+R$ 10,00).",
      },
    ]);
  });

  test("a sheet without the annex asked for has no cells to mark", () => {
    const comparison = compareAnnexes({ sheet: before }, { sheet: after });
    expect(comparedCells(comparison, { ...readAnnexRows(after), annex: 2 }, after)).toEqual([]);
  });
});

describe("how a change is told", () => {
  test("differences are signed; an unknown one says so", () => {
    expect(signedBrl("25000.00")).toBe("+R$ 25.000,00");
    expect(signedBrl("-5000.00")).toBe("-R$ 5.000,00");
    expect(signedBrl("0.00")).toBe("R$ 0,00");
    expect(signedBrl(null)).toBe("desconhecida");
  });

  test("an unreadable porte or amount is named as such", () => {
    const place = { cell: "B2", line: null, page: null };
    const change = {
      code: "3104007",
      name: "Araxá",
      before: { code: "3104007", name: "Araxá", written: "Araxá", porte: null, amount: null, ...place },
      after: { code: "3104007", name: "Araxá", written: "Araxá", porte: "Porte III", amount: "75000.00", ...place },
      difference: null,
    };
    expect(describeChange(change, true)).toBe("porte ilegível → Porte III; ilegível → R$ 75.000,00 (desconhecida)");
    expect(describeChange({ ...change, before: change.after, after: change.before }, false)).toBe(
      "R$ 75.000,00 → ilegível (desconhecida)",
    );
    expect(describeChange({ ...change, before: change.after, after: change.before }, true)).toBe(
      "Porte III → porte ilegível; R$ 75.000,00 → ilegível (desconhecida)",
    );
  });

  test("a row added with an unreadable amount says so", () => {
    const next = porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "2;Bicas;Porte I;R$ 35.OOO,OO", "TOTAL;;;R$ 110.000,00"]);
    const comparison = compareAnnexes({ sheet: porteCsv(["1;Araxá;Porte III;R$ 75.000,00"]) }, { sheet: next });
    expect(comparedCells(comparison, readAnnexRows(next), next)).toEqual([
      {
        cell: "B3",
        kind: "added",
        label: "Bicas (3106903)",
        message: "Incluído: não estava no anexo anterior (ilegível).",
      },
    ]);
  });
});

describe("the sheets of `anexos comparar --saida`", () => {
  test("the new annex row by row with what changed, the marks and the amounts' format; then the TOTAL", () => {
    const comparison = compareAnnexes({ sheet: before }, { sheet: after });
    const [annex] = comparisonSheets(comparison, readAnnexRows(after));
    expect(annex.name).toBe("Anexo novo");
    expect(annex.values).toEqual([
      ["Nº", "Município", "Porte", "R$", "Mudança"],
      [1, "Gouveia", "Porte I", 40000, 'Valor: R$ 35.000,00 → R$ 40.000,00 (+R$ 5.000,00). Antes escrito "Gouvêa"'],
      [2, "Araxá", "Porte IV", 90000, "Porte: Porte III → Porte IV; R$ 75.000,00 → R$ 90.000,00 (+R$ 15.000,00)"],
      [3, "Bicas", "Porte I", 35000, "Incluído"],
      [
        4,
        "Xyzwq Kkkkk",
        "Porte I",
        35000,
        'Não identificado: "Xyzwq Kkkkk" não é um município de Minas Gerais (IBGE).',
      ],
      ["TOTAL", null, null, 200000, null],
    ]);
    expect(annex.marks).toEqual([
      { rowIndex: 1, columnIndex: 3, mark: "changed" },
      { rowIndex: 2, columnIndex: 2, mark: "changed" },
      { rowIndex: 2, columnIndex: 3, mark: "changed" },
      ...[0, 1, 2, 3, 4].map((columnIndex) => ({ rowIndex: 3, columnIndex, mark: "added" })),
      { rowIndex: 4, columnIndex: 1, mark: "unmatched" },
    ]);
    expect([...annex.numberFormats]).toEqual([
      ["1:3", BRL],
      ["2:3", BRL],
      ["3:3", BRL],
      ["4:3", BRL],
      ["5:3", BRL],
    ]);
  });

  test("the summary: both sides, the totals and their difference, the counts, the rows removed and not identified", () => {
    const comparison = compareAnnexes({ sheet: before, file: "anterior.csv" }, { sheet: after, file: "novo.csv" });
    const [, summary] = comparisonSheets(comparison, readAnnexRows(after));
    expect(summary.name).toBe("Resumo");
    expect(summary.values).toEqual([
      ["Comparação de anexos"],
      [],
      ["Anexo anterior", "anterior.csv, anexo 1"],
      ["Anexo novo", "novo.csv, anexo 1"],
      ["TOTAL anterior", 145000],
      ["TOTAL novo", 200000],
      ["Diferença", 55000],
      [],
      ["Incluídos", 1],
      ["Excluídos", 1],
      ["Porte alterado", 1],
      ["Valor alterado", 1],
      ["Escritos de outro modo", 1],
      ["Lidos por aproximação", 0],
      ["Não identificados", 1],
      [],
      ["Excluídos (estavam no anexo anterior)"],
      ["Escrito", "Código", "Porte", "R$"],
      ["Berizal", "3106655", "Porte I", 35000],
      [],
      ["Não identificados"],
      ["Anexo", "Onde", "Escrito", "R$", "Motivo"],
      ["novo", "B5", "Xyzwq Kkkkk", 35000, '"Xyzwq Kkkkk" não é um município de Minas Gerais (IBGE).'],
    ]);
    expect([...summary.numberFormats]).toEqual([
      ["4:1", BRL],
      ["5:1", BRL],
      ["6:1", BRL],
      ["18:3", BRL],
      ["22:3", BRL],
    ]);
    expect(summary.marks).toEqual([]);
  });

  test("recomposição annexes: CNES and establishment columns, no porte count, an unreadable amount kept as written", () => {
    const recomposicao = (rows: string[]) =>
      readCsv(["CNES;Estabelecimento;Previsto 2021;Valora Minas;Recomposição", ...rows].join("\r\n"));
    const previous = recomposicao(["2761092;Hospital A;100,00;50,00;50,00", "TOTAL;;100,00;50,00;50,00"]);
    const next = recomposicao([
      "2761092;Hospital A;100,00;40,00;60,00",
      "27610;Hospital B;100,00;50,00;abc",
      "TOTAL;;200,00;90,00;60,00",
    ]);
    const comparison = compareAnnexes({ sheet: previous }, { sheet: next });
    const [annex, summary] = comparisonSheets(comparison, readAnnexRows(next));
    expect(annex.values).toEqual([
      ["Nº", "CNES", "Estabelecimento", "Recomposição (R$)", "Mudança"],
      [1, "2761092", "Hospital A", 60, "Valor: R$ 50,00 → R$ 60,00 (+R$ 10,00)"],
      [2, "27610", "", "abc", 'Não identificado: CNES "27610" não tem 7 dígitos.'],
      ["TOTAL", null, null, "", null],
    ]);
    expect(summary.values.slice(4, 15)).toEqual([
      ["TOTAL anterior", 50],
      ["TOTAL novo", "desconhecida"],
      ["Diferença", "desconhecida"],
      [],
      ["Incluídos", 0],
      ["Excluídos", 0],
      ["Valor alterado", 1],
      ["Escritos de outro modo", 0],
      ["Lidos por aproximação", 0],
      ["Não identificados", 1],
      [],
    ]);
    expect(summary.values.slice(-1)).toEqual([
      ["novo", "A3", "27610", "desconhecida", 'CNES "27610" não tem 7 dígitos.'],
    ]);
  });
});

describe("notes of names read by approximation, and where rows not identified are", () => {
  test("the note 'Nome lido como' is for the new annex's own approximate reading, not the previous one's", () => {
    const slip = porteCsv(["1;Bardo de Cocais;Porte I;R$ 35.000,00", "TOTAL;;;R$ 35.000,00"]);
    const right = porteCsv(["1;Barão de Cocais;Porte I;R$ 35.000,00", "TOTAL;;;R$ 35.000,00"]);
    const fixed = comparisonSheets(compareAnnexes({ sheet: slip }, { sheet: right }), readAnnexRows(right))[0];
    expect(fixed.values[1]).toEqual([1, "Barão de Cocais", "Porte I", 35000, 'Antes escrito "Bardo de Cocais"']);
    const broken = comparisonSheets(compareAnnexes({ sheet: right }, { sheet: slip }), readAnnexRows(slip))[0];
    expect(broken.values[1]).toEqual([
      1,
      "Bardo de Cocais",
      "Porte I",
      35000,
      'Antes escrito "Barão de Cocais". Nome lido como Barão de Cocais (3105400)',
    ]);
  });

  test("a repeated municipality read by approximation is not identified, nor listed as approximate", () => {
    const sheet = porteCsv([
      "1;Barão de Cocais;Porte I;R$ 35.000,00",
      "2;Bardo de Cocais;Porte I;R$ 35.000,00",
      "TOTAL;;;R$ 70.000,00",
    ]);
    const comparison = compareAnnexes({ sheet }, { sheet });
    expect(comparison.approximate).toEqual([]);
    expect(comparison.unmatched.map(({ side, cell, reason }) => [side, cell, reason])).toEqual([
      ["before", "B3", '"Bardo de Cocais" repete Barão de Cocais (3105400), já na célula B2.'],
      ["after", "B3", '"Bardo de Cocais" repete Barão de Cocais (3105400), já na célula B2.'],
    ]);
  });

  test("the summary says where each row not identified is: its cell, its line in a text, its page and line in a PDF", () => {
    const values = [
      ["Nº", "Município", "Porte", "R$"],
      [1, "Araxá", "Porte III", 75000],
      [2, "Xyzwq Kkkkk", "Porte I", 35000],
      ["TOTAL", null, null, 110000],
    ];
    const typed = { values, name: "Anexo 2023" };
    const text = { values, lines: [10, 12, 14, 15] };
    const pdf = { values, lines: [10, 12, 14, 15], pages: [1, 1, 2, 2] };
    const where = (before: typeof typed | typeof text, after: typeof typed | typeof pdf) => {
      const [, summary] = comparisonSheets(compareAnnexes({ sheet: before }, { sheet: after }), readAnnexRows(after));
      return summary.values.filter((row) => row[2] === "Xyzwq Kkkkk").map((row) => [row[0], row[1]]);
    };
    expect(where(typed, pdf)).toEqual([
      ["anterior", "B3"],
      ["novo", "pág. 2, linha 14"],
    ]);
    expect(where(text, typed)).toEqual([
      ["anterior", "linha 14"],
      ["novo", "B3"],
    ]);
    const [, summary] = comparisonSheets(compareAnnexes({ sheet: typed }, { sheet: text }), readAnnexRows(text));
    expect(summary.values[2]).toEqual(["Anexo anterior", 'planilha "Anexo 2023", anexo 1']);
    expect(summary.values[3]).toEqual(["Anexo novo", "anexo 1"]);
  });

  test("with nothing removed and every row identified, the summary ends with the counts", () => {
    const sheet = porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]);
    const [, summary] = comparisonSheets(compareAnnexes({ sheet }, { sheet }), readAnnexRows(sheet));
    expect(summary.values.slice(-2)).toEqual([
      ["Lidos por aproximação", 0],
      ["Não identificados", 0],
    ]);
  });

  test("a name written another way further down is marked at its own row; a repeat in a text names the first line", () => {
    const previous = porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "2;Gouvêa;Porte I;R$ 35.000,00"]);
    const next = porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "2;Gouveia;Porte I;R$ 35.000,00"]);
    const comparison = compareAnnexes({ sheet: previous }, { sheet: next });
    expect(comparedCells(comparison, readAnnexRows(next), next).map(({ cell, kind }) => [cell, kind])).toEqual([
      ["B3", "renamed"],
    ]);
    const text = {
      values: [
        ["Nº", "Município", "Porte", "R$"],
        [1, "Araxá", "Porte III", 75000],
        [2, "Araxa", "Porte III", 75000],
      ],
      lines: [4, 5, 6],
    };
    expect(readAnnexRows(text).rows[1].unmatched).toBe('"Araxa" repete Araxá (3104007), já na linha 5.');
  });

  test("a porte changed with the same amount is marked in the Porte column only", () => {
    const previous = porteCsv(["1;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]);
    const next = porteCsv(["1;Araxá;Porte IV;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]);
    const [annex] = comparisonSheets(compareAnnexes({ sheet: previous }, { sheet: next }), readAnnexRows(next));
    expect(annex.marks).toEqual([{ rowIndex: 1, columnIndex: 2, mark: "changed" }]);
  });

  test("an annex missing on either side is named in the message", () => {
    const none = readCsv("a;b\r\n1;2");
    expect(() => compareAnnexes({ sheet: none }, { sheet: after })).toThrow(
      "Nenhum anexo encontrado no anexo anterior:",
    );
    expect(() => compareAnnexes({ sheet: after }, { sheet: none })).toThrow("Nenhum anexo encontrado no anexo novo:");
  });
});

describe("reading an annex's rows for comparison", () => {
  test("a sheet with no annex, or without the annex asked for, is refused in pt-BR", () => {
    expect(() => readAnnexRows(readCsv("a;b\r\n1;2"), { label: "no anexo novo" })).toThrow(
      "Nenhum anexo encontrado no anexo novo: o cabeçalho precisa das colunas Município, Porte e R$ (anexo de porte) ou CNES e Recomposição (anexo de recomposição).",
    );
    expect(() => readAnnexRows(before, { annex: 2 })).toThrow("Não há anexo 2 no arquivo: ");
    expect(() => readAnnexRows(before, { annex: 0 })).toThrow("Não há anexo 0 no arquivo: ");
    expect(() => readAnnexRows(before, { annex: 1.5 })).toThrow("Não há anexo 1.5 no arquivo: ");
  });

  test("the Código IBGE column identifies the municipality whatever the name says; a code of no MG municipality falls back to the name", () => {
    const sheet = readCsv(
      [
        "Nº;Código IBGE;Município;Porte;R$",
        "1;3104007;Araxa (grafia antiga);Porte III;R$ 75.000,00",
        "2;9999999;Gouveia;Porte I;R$ 35.000,00",
        "TOTAL;;;;R$ 110.000,00",
      ].join("\r\n"),
    );
    const rows = readAnnexRows(sheet);
    expect(
      rows.rows.map(({ key, name, approximate, unmatched, place }) => [key, name, approximate, unmatched, place.cell]),
    ).toEqual([
      ["3104007", "Araxá", false, null, "C2"],
      ["3127602", "Gouveia", false, null, "C3"],
    ]);
    expect(rows.sum).toBe(11000000);
    expect(rows.declaredTotal).toBe(11000000);
  });

  test("a CNES typed as a number gets its leading zeros back; a CNES not of 7 digits, or empty, is not identified", () => {
    const sheet = {
      values: [
        ["CNES", "Estabelecimento", "Previsto 2021", "Valora Minas", "Recomposição"],
        [27006, "Hospital  C\n(anexo)", 100, 50, 50],
        [27610921, "Hospital E", 100, 50, 50],
        ["x2761092", "Hospital F", 100, 50, 50],
        [276.5, "Hospital G", 100, 50, 50],
        [null, "Hospital D", 100, 50, 50],
        ["TOTAL", null, 500, 250, 250],
      ],
    };
    const rows = readAnnexRows(sheet);
    expect(rows.rows.map(({ key, written, name, unmatched }) => [key, written, name, unmatched])).toEqual([
      ["0027006", "0027006", "Hospital C (anexo)", null],
      [null, "27610921", null, 'CNES "27610921" não tem 7 dígitos.'],
      [null, "x2761092", null, 'CNES "x2761092" não tem 7 dígitos.'],
      [null, "276.5", null, 'CNES "276.5" não tem 7 dígitos.'],
      [null, "", null, "CNES vazio."],
    ]);
    expect(rows.sum).toBe(25000);
    expect(rows.declaredTotal).toBe(25000);
  });

  test("a recomposição annex without the establishment's name is named by its municipality, else by its CNES", () => {
    const withMunicipality = readCsv(
      "CNES;Município;Previsto 2021;Valora Minas;Recomposição\r\n2761092;Araxá;100,00;50,00;50,00\r\n2761093;;100,00;50,00;50,00",
    );
    expect(readAnnexRows(withMunicipality).rows.map((row) => row.name)).toEqual(["Araxá", "2761093"]);
  });
});

describe("what a row or a sheet leaves out", () => {
  test("a sheet with no origin is read from A1", () => {
    const comparison = compareAnnexes({ sheet: before }, { sheet: after });
    const fromA1 = comparedCells(comparison, readAnnexRows(after), after);
    expect(after.origin).toBe("A1");
    expect(comparedCells(comparison, readAnnexRows(after), { values: after.values })).toEqual(fromA1);
  });

  test("a row of a porte annex with neither a Porte nor a readable amount shows an empty Porte cell", () => {
    const next = porteCsv(["1;Araxá;;abc", "TOTAL;;;R$ 0,00"]);
    const comparison = compareAnnexes({ sheet: porteCsv(["TOTAL;;;R$ 0,00"]) }, { sheet: next });
    const [annex] = comparisonSheets(comparison, readAnnexRows(next));
    expect(annex.values[1]).toEqual([1, "Araxá", "", "abc", "Incluído"]);
  });

  test("a hospital removed from a recomposição annex is listed with an empty Porte cell", () => {
    const recomposicao = (rows: string[]) =>
      readCsv(["CNES;Estabelecimento;Previsto 2021;Valora Minas;Recomposição", ...rows].join("\r\n"));
    const previous = recomposicao(["2761092;Hospital A;100,00;50,00;50,00", "TOTAL;;100,00;50,00;50,00"]);
    const next = recomposicao(["TOTAL;;0,00;0,00;0,00"]);
    const [, summary] = comparisonSheets(compareAnnexes({ sheet: previous }, { sheet: next }), readAnnexRows(next));
    expect(summary.values.slice(-1)).toEqual([["2761092", "2761092", "", 50]]);
  });
});
