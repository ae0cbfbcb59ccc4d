import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../support/run-cli";
import { compareAnnexes, comparisonSchema, importPublishedText, readCsv } from "../../src/rules";

// The published Anexo I of Res. 5.978/2017 (OCR text: garbled labels and names, intact amounts), and a new
// annex made from it here: 3 municipalities added, 2 removed, 5 portes changed, an OCR slip corrected.
const PUBLISHED = readFileSync(join(__dirname, "..", "..", "src", "data", "anexo-i-5978-2017.txt"), "utf8");

/** Replaces one line of the text, which must be there exactly once. */
function edit(text: string, line: string, replacement: string | null): string {
  const lines = text.split("\n");
  const at = lines.indexOf(line);
  if (at < 0 || lines.lastIndexOf(line) !== at) throw new Error(`line not found once: ${line}`);
  if (replacement === null) lines.splice(at, 1);
  else lines[at] = replacement;
  return lines.join("\n");
}

function newAnnex(): string {
  let text = PUBLISHED;
  // Five portes changed (Art. 4: each with its porte's incentive).
  text = edit(text, "3| Alfenas PorteV R$ 105.000,00", "3| Alfenas Porte IV R$ 90.000,00");
  text = edit(text, "5| Andrelandia Porte | R$ 35.000,00", "5| Andrelandia Porte II R$ 60.000,00");
  text = edit(text, "9| Araxa Porte 111 R$ 75.000,00", "9| Araxa Porte II R$ 60.000,00");
  text = edit(text, "54 | Diamantina Porte IV R$ 90.000,00", "54 | Diamantina Porte V R$ 105.000,00");
  text = edit(text, "87 | Juiz de Fora Porte VI R$ 120.000,00", "87 | Juiz de Fora Porte V R$ 105.000,00");
  // Two removed.
  text = edit(text, "17 | Berizal Porte | R$ 35.000,00", null);
  text = edit(text, "19| Bicas Porte | R$ 35.000,00", null);
  // The OCR slip "Bardo de Cocais" corrected: the same municipality, 3105400.
  text = edit(text, "12 | Bardo de Cocais Porte | R$ 35.000,00", "12 | Barão de Cocais Porte I R$ 35.000,00");
  // Three added, one in the old spelling of Brazópolis.
  text = edit(
    text,
    "172 | Virgem da Lapa Porte | R$ 35.000,00",
    [
      "172 | Virgem da Lapa Porte | R$ 35.000,00",
      "173 | Abadia dos Dourados Porte I R$ 35.000,00",
      "174 | Brasópolis Porte II R$ 60.000,00",
      "175 | Itapagipe Porte I R$ 35.000,00",
    ].join("\n"),
  );
  return edit(text, "R$ 10.425.000,00", "R$ 10.480.000,00");
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "anexos-comparar-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const row = (code: string, name: string, written: string, porte: string, amount: string, line: number) => ({
  code,
  name,
  written,
  porte,
  amount,
  cell: expect.stringMatching(/^B\d+$/),
  line,
  page: null,
});

const EXPECTED_ADDED = [
  row("3100104", "Abadia dos Dourados", "Abadia dos Dourados", "Porte I", "35000.00", 183),
  row("3108909", "Brazópolis", "Brasópolis", "Porte II", "60000.00", 184),
  row("3133402", "Itapagipe", "Itapagipe", "Porte I", "35000.00", 185),
];
const EXPECTED_REMOVED = [
  row("3106655", "Berizal", "Berizal", "Porte I", "35000.00", 24),
  row("3106903", "Bicas", "Bicas", "Porte I", "35000.00", 26),
];
// [code, name, written, before porte, before amount, before line, after porte, after amount, after line, difference]
const EXPECTED_PORTES: Array<[string, string, string, string, string, number, string, string, number, string]> = [
  ["3101607", "Alfenas", "Alfenas", "Porte V", "105000.00", 10, "Porte IV", "90000.00", 10, "-15000.00"],
  ["3102803", "Andrelândia", "Andrelandia", "Porte I", "35000.00", 12, "Porte II", "60000.00", 12, "25000.00"],
  ["3104007", "Araxá", "Araxa", "Porte III", "75000.00", 16, "Porte II", "60000.00", 16, "-15000.00"],
  ["3121605", "Diamantina", "Diamantina", "Porte IV", "90000.00", 61, "Porte V", "105000.00", 59, "15000.00"],
  ["3136702", "Juiz de Fora", "Juiz de Fora", "Porte VI", "120000.00", 95, "Porte V", "105000.00", 93, "-15000.00"],
];

describe("compareAnnexes: the published Anexo I against a new annex made from it", () => {
  const comparison = compareAnnexes(
    { sheet: importPublishedText(PUBLISHED), file: "anterior.txt" },
    { sheet: importPublishedText(newAnnex()), file: "novo.txt" },
  );

  test("is a report of the documented shape", () => {
    expect(comparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparison.kind).toBe("porte");
    expect(comparison.same).toBe(false);
  });

  test("lists the 3 municipalities added, Brasópolis as Brazópolis by its IBGE code", () => {
    expect(comparison.added).toEqual(EXPECTED_ADDED);
  });

  test("lists the 2 municipalities removed", () => {
    expect(comparison.removed).toEqual(EXPECTED_REMOVED);
  });

  test("lists the 5 portes changed, with both amounts and the difference", () => {
    expect(comparison.porteChanged).toEqual(
      EXPECTED_PORTES.map(([code, name, written, p0, a0, l0, p1, a1, l1, difference]) => ({
        code,
        name,
        before: row(code, name, written, p0, a0, l0),
        after: row(code, name, written, p1, a1, l1),
        difference,
      })),
    );
    expect(comparison.amountChanged).toEqual([]);
  });

  test("the OCR slip corrected is the same municipality: renamed, neither removed nor added", () => {
    expect(comparison.renamed).toEqual([
      { code: "3105400", name: "Barão de Cocais", before: "Bardo de Cocais", after: "Barão de Cocais" },
    ]);
  });

  test("the two rows without a name are reported on both sides, never dropped", () => {
    const blank = (side: "before" | "after", cell: string, line: number, porte: string, amount: string) => ({
      side,
      written: "",
      porte,
      amount,
      reason: "Município vazio.",
      cell,
      line,
      page: null,
    });
    expect(comparison.unmatched).toEqual([
      blank("before", "B36", 42, "Porte I", "35000.00"),
      blank("before", "B77", 83, "Porte II", "60000.00"),
      blank("after", "B34", 40, "Porte I", "35000.00"),
      blank("after", "B75", 81, "Porte II", "60000.00"),
    ]);
  });

  test("OCR names are read by approximation and listed: 33 before, 32 after (Barão de Cocais corrected)", () => {
    const sides = comparison.approximate.map((item) => item.side);
    expect(sides.filter((side) => side === "before")).toHaveLength(33);
    expect(sides.filter((side) => side === "after")).toHaveLength(32);
    expect(comparison.approximate[0]).toEqual({
      side: "before",
      code: "3103405",
      name: "Araçuaí",
      written: "Araguai",
      cell: "B8",
      line: 14,
      page: null,
    });
  });

  test("totals: R$ 10.425.000,00 before, R$ 10.480.000,00 after (+3 added −2 removed −R$ 5.000,00 of portes)", () => {
    expect(comparison.totals).toEqual({ before: "10425000.00", after: "10480000.00", difference: "55000.00" });
    expect(comparison.before).toEqual({
      file: "anterior.txt",
      sheet: null,
      annex: 1,
      title: null,
      ruleSet: "5978/2017",
      rows: 172,
      sum: "10425000.00",
      declaredTotal: "10425000.00",
    });
    expect(comparison.after).toMatchObject({ rows: 173, sum: "10480000.00", declaredTotal: "10480000.00" });
  });
});

describe("compareAnnexes: typed annexes", () => {
  const csv = (rows: string[]) => readCsv(["Nº;Município;Porte;R$", ...rows].join("\r\n"));

  test("a typed annex says its porte in the Porte column; an amount changed within the porte is listed", () => {
    const comparison = compareAnnexes(
      { sheet: csv(["1;Gouvêa;Porte I;R$ 35.000,00", "2;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 110.000,00"]) },
      { sheet: csv(["1;Gouveia;Porte I;R$ 40.000,00", "2;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 115.000,00"]) },
    );
    expect(comparison.added).toEqual([]);
    expect(comparison.removed).toEqual([]);
    expect(comparison.porteChanged).toEqual([]);
    expect(comparison.amountChanged).toEqual([
      {
        code: "3127602",
        name: "Gouveia",
        before: {
          code: "3127602",
          name: "Gouveia",
          written: "Gouvêa",
          porte: "Porte I",
          amount: "35000.00",
          cell: "B2",
          line: null,
          page: null,
        },
        after: {
          code: "3127602",
          name: "Gouveia",
          written: "Gouveia",
          porte: "Porte I",
          amount: "40000.00",
          cell: "B2",
          line: null,
          page: null,
        },
        difference: "5000.00",
      },
    ]);
    expect(comparison.renamed).toEqual([{ code: "3127602", name: "Gouveia", before: "Gouvêa", after: "Gouveia" }]);
    expect(comparison.totals).toEqual({ before: "110000.00", after: "115000.00", difference: "5000.00" });
  });

  test("unknown, repeated and out-of-state names are listed as not identified", () => {
    const comparison = compareAnnexes(
      { sheet: csv(["1;Araxá;Porte III;R$ 75.000,00", "TOTAL;;;R$ 75.000,00"]) },
      {
        sheet: csv([
          "1;Araxá;Porte III;R$ 75.000,00",
          "2;Araxa;Porte III;R$ 75.000,00",
          "3;Campinas/SP;Porte I;R$ 35.000,00",
          "4;Xyzwq Kkkkk;Porte I;R$ 35.000,00",
          "TOTAL;;;R$ 220.000,00",
        ]),
      },
    );
    expect(comparison.unmatched.map(({ cell, reason }) => [cell, reason])).toEqual([
      ["B3", '"Araxa" repete Araxá (3104007), já na célula B2.'],
      ["B4", '"Campinas/SP" não é município de Minas Gerais: é de São Paulo (SP).'],
      ["B5", '"Xyzwq Kkkkk" não é um município de Minas Gerais (IBGE).'],
    ]);
    expect(comparison.added).toEqual([]);
    expect(comparison.totals).toEqual({ before: "75000.00", after: "220000.00", difference: "145000.00" });
  });

  test("a porte annex and a recomposição annex are not compared", () => {
    const recomposicao = readCsv(
      "CNES;Estabelecimento;Previsto 2021;Valora Minas;Recomposição\r\n2761092;Hospital;100;50;50",
    );
    expect(() => compareAnnexes({ sheet: csv(["1;Araxá;Porte III;R$ 75.000,00"]) }, { sheet: recomposicao })).toThrow(
      "O anexo anterior é um anexo de porte e o novo um anexo de recomposição: só se comparam anexos do mesmo tipo.",
    );
  });
});

describe("anexos comparar", () => {
  let before: string;
  let after: string;
  beforeAll(() => {
    before = join(dir, "anterior.txt");
    after = join(dir, "novo.txt");
    writeFileSync(before, PUBLISHED);
    writeFileSync(after, newAnnex());
  });

  test("prints the lists and the totals in pt-BR and exits 1 when the annexes differ", async () => {
    const { code, stdout } = await runCli("comparar", before, after);
    expect(code).toBe(1);
    expect(stdout).toContain(
      [
        "Comparação de anexos de porte · regra 5978/2017",
        `Anterior: ${before}: 172 linhas · soma R$ 10.425.000,00 · TOTAL declarado R$ 10.425.000,00`,
        `Novo: ${after}: 173 linhas · soma R$ 10.480.000,00 · TOTAL declarado R$ 10.480.000,00`,
        "Diferença na soma: +R$ 55.000,00",
        "",
        "Incluídos (3):",
        "  Abadia dos Dourados (3100104) · Porte I · R$ 35.000,00",
        "  Brazópolis (3108909) · Porte II · R$ 60.000,00",
        "  Itapagipe (3133402) · Porte I · R$ 35.000,00",
        "",
        "Excluídos (2):",
        "  Berizal (3106655) · Porte I · R$ 35.000,00",
        "  Bicas (3106903) · Porte I · R$ 35.000,00",
        "",
        "Porte alterado (5):",
        "  Alfenas (3101607): Porte V → Porte IV; R$ 105.000,00 → R$ 90.000,00 (-R$ 15.000,00)",
        "  Andrelândia (3102803): Porte I → Porte II; R$ 35.000,00 → R$ 60.000,00 (+R$ 25.000,00)",
        "  Araxá (3104007): Porte III → Porte II; R$ 75.000,00 → R$ 60.000,00 (-R$ 15.000,00)",
        "  Diamantina (3121605): Porte IV → Porte V; R$ 90.000,00 → R$ 105.000,00 (+R$ 15.000,00)",
        "  Juiz de Fora (3136702): Porte VI → Porte V; R$ 120.000,00 → R$ 105.000,00 (-R$ 15.000,00)",
        "",
        "Valor alterado: nenhum.",
        "",
        "Mesmo município escrito de outro modo (1):",
        '  Barão de Cocais (3105400): "Bardo de Cocais" → "Barão de Cocais"',
        "",
        "Nomes lidos por aproximação, a conferir (33):",
        '  anterior e novo (linha 14; linha 14): "Araguai" lido como Araçuaí (3103405)',
        '  anterior (linha 19): "Bardo de Cocais" lido como Barão de Cocais (3105400)',
      ].join("\n"),
    );
    expect(stdout).toContain(
      [
        "Linhas não identificadas (fora da comparação, mas na soma) (4):",
        "  anterior, linha 42: Município vazio. · Porte I · R$ 35.000,00",
        "  anterior, linha 83: Município vazio. · Porte II · R$ 60.000,00",
        "  novo, linha 40: Município vazio. · Porte I · R$ 35.000,00",
        "  novo, linha 81: Município vazio. · Porte II · R$ 60.000,00",
        "",
        "Os anexos diferem.",
      ].join("\n"),
    );
  });

  test("--json prints the report; the same annex twice differs only by its unnamed rows", async () => {
    const { code, stdout } = await runCli("comparar", before, after, "--json");
    expect(code).toBe(1);
    const report = comparisonSchema.parse(JSON.parse(stdout));
    expect(report.added).toEqual(EXPECTED_ADDED);
    expect(report.removed).toEqual(EXPECTED_REMOVED);
    expect(report.porteChanged.map((change) => [change.name, change.difference])).toEqual(
      EXPECTED_PORTES.map((p) => [p[1], p[9]]),
    );
    expect(report.totals).toEqual({ before: "10425000.00", after: "10480000.00", difference: "55000.00" });
    const itself = JSON.parse((await runCli("comparar", before, before, "--json")).stdout);
    expect([itself.added, itself.removed, itself.porteChanged, itself.amountChanged, itself.renamed]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(itself.unmatched).toHaveLength(4);
  });

  test("two identical typed annexes: exit 0", async () => {
    const path = join(dir, "igual.csv");
    writeFileSync(path, "Nº;Município;Porte;R$\r\n1;Araxá;Porte III;R$ 75.000,00\r\nTOTAL;;;R$ 75.000,00");
    const { code, stdout } = await runCli("comparar", path, path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Os anexos têm os mesmos municípios, portes e valores\.$/);
  });

  test("--saida writes the new annex with the changes marked, and a summary; never over a file", async () => {
    const output = join(dir, "comparacao.xlsx");
    const written = await runCli("comparar", before, after, "--saida", output);
    expect(written.code).toBe(1);
    expect(written.stdout).toMatch(
      new RegExp(`Comparação gravada em ${output.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.$`),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const annex = workbook.getWorksheet("Anexo novo") as ExcelJS.Worksheet;
    const values = (r: number) => (annex.getRow(r).values as unknown[]).slice(1);
    const fills = (r: number) =>
      [1, 2, 3, 4, 5].map((c) => (annex.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb ?? null);
    expect(values(1)).toEqual(["Nº", "Município", "Porte", "R$", "Mudança"]);
    expect(values(4)).toEqual([
      3,
      "Alfenas",
      "Porte IV",
      90000,
      "Porte: Porte V → Porte IV; R$ 105.000,00 → R$ 90.000,00 (-R$ 15.000,00)",
    ]);
    expect(fills(4)).toEqual([null, null, "FFFFEB9C", "FFFFEB9C", null]);
    expect(annex.getCell("D4").numFmt).toBe("[$R$-416] #,##0.00");
    expect(values(13)).toEqual([12, "Barão de Cocais", "Porte I", 35000, 'Antes escrito "Bardo de Cocais"']);
    expect(fills(13)).toEqual([null, null, null, null, null]);
    expect(values(34).slice(0, 2)).toEqual([33, undefined]);
    expect(values(34)[4]).toBe("Não identificado: Município vazio.");
    expect(fills(34)).toEqual([null, "FFFFC7CE", null, null, null]);
    expect(values(173)).toEqual([172, "Brasópolis", "Porte II", 60000, "Incluído"]);
    expect(fills(173)).toEqual(Array(5).fill("FFC6EFCE"));
    expect(values(175)).toEqual(["TOTAL", undefined, undefined, 10480000]);
    const summary = workbook.getWorksheet("Resumo") as ExcelJS.Worksheet;
    const lines = summary.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1) : r));
    expect(lines).toContainEqual(["TOTAL anterior", 10425000]);
    expect(lines).toContainEqual(["TOTAL novo", 10480000]);
    expect(lines).toContainEqual(["Diferença", 55000]);
    expect(lines).toContainEqual(["Incluídos", 3]);
    expect(lines).toContainEqual(["Excluídos", 2]);
    expect(lines).toContainEqual(["Porte alterado", 5]);
    expect(lines).toContainEqual(["Berizal", "3106655", "Porte I", 35000]);
    expect(lines).toContainEqual(["Bicas", "3106903", "Porte I", 35000]);
    expect(lines).toContainEqual(["novo", "linha 40", undefined, 35000, "Município vazio."]);

    const again = await runCli("comparar", before, after, "--saida", output);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "já existe; escolha outro nome para não perder o que está nele, ou use --sobrescrever.",
    );
    expect((await runCli("comparar", before, after, "--saida", output, "--sobrescrever")).code).toBe(1);
  });

  test("refuses a missing operand, an unknown annex number and --planilha without an .xlsx, in pt-BR", async () => {
    expect((await runCli("comparar", before)).stderr).toContain("O comando comparar espera ANTERIOR NOVO.");
    const annex = await runCli("comparar", before, after, "--anexo", "2");
    expect(annex.code).toBe(2);
    expect(annex.stderr).toContain(`Não há anexo 2 em "${before}": há 1 anexo: 1 (anexo de porte, linha 7).`);
    const sheet = await runCli("comparar", before, after, "--planilha", "Anexo I");
    expect(sheet.stderr).toBe("anexos: --planilha só vale para arquivos .xlsx.");
  });
});
