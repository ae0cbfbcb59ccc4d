// Edges of drafting a porte annex (Res. 5.978/2017, Anexo I) from the analyst's list: blank and bad lines of the
// list, the resolution's placeholders, the municipalities a rule set leaves out (Art. 2), and a rule set of
// one's own in the formulas.
import {
  draftPorteAnnex,
  loadRuleSet,
  porteRuleSet,
  readDraftList,
  resolutionOf,
  type CellValue,
  type PorteRuleSet,
} from "../../src/rules";
import rule5978 from "../../src/rules/rule-sets/data/5978-2017.json";
import { refusal } from "../support/refusal";

const ruleSet = porteRuleSet("5978/2017");

/** Res. 5.978/2017 under another id, leaving out these municipalities (as a rule file of one's own may). */
function ownRuleSet(excluded: string[]): PorteRuleSet {
  const data = structuredClone(rule5978);
  data.id = "minha-2018";
  data.excludedMunicipalities.names = excluded;
  return loadRuleSet(data) as PorteRuleSet;
}

describe("reading the analyst's list", () => {
  const list = (rows: CellValue[][]) => readDraftList({ values: [["Município", "Teto MAC"], ...rows] });

  test("a blank line between two municipalities is skipped, not reported", () => {
    const read = list([
      ["Araxá", 1000],
      [null, ""],
      ["Betim", 1000],
    ]);
    expect(read.problems).toEqual([]);
    expect(read.entries.map((entry) => entry.municipality)).toEqual(["Araxá", "Betim"]);
  });

  test("a header and nothing under it: the list has no municipality", () => {
    expect(list([])).toEqual({ entries: [], problems: ["A lista não tem nenhum município."] });
  });

  test("an IBGE code that is not seven digits is reported on the code's cell", () => {
    const read = readDraftList({
      values: [
        ["Município", "Código IBGE", "Teto MAC"],
        ["Betim", "31067", 1000],
      ],
    });
    expect(read.problems).toEqual(['B2: Código IBGE "31067" não tem 7 dígitos.']);
  });
});

describe("the new resolution's placeholders", () => {
  const june2026 = new Date(2026, 5, 1);

  test("a number of spaces only is no number: the placeholder stays", () => {
    expect(resolutionOf({ number: "   " }, june2026)).toEqual({ number: "[número]", year: 2026, competencia: "2026" });
  });

  test("the number and the competência are taken without the spaces around them", () => {
    expect(resolutionOf({ number: " 6.123 ", competencia: " janeiro a dezembro de 2026 " }, june2026)).toEqual({
      number: "6.123",
      year: 2026,
      competencia: "janeiro a dezembro de 2026",
    });
  });
});

describe("nothing to draft", () => {
  test('an empty list: no municipality at all (not "no other")', () => {
    expect(refusal(() => draftPorteAnnex([], { ruleSet, mode: "values" })).message).toBe(
      "Nada a redigir: a lista não tem nenhum município.",
    );
  });

  test("a list of Belo Horizonte alone: not a beneficiary (Art. 2º, parágrafo único)", () => {
    const entries = [{ municipality: "Belo Horizonte", code: "3106200", teto: 100_000 }];
    expect(refusal(() => draftPorteAnnex(entries, { ruleSet, mode: "values" })).message).toBe(
      "Nada a redigir: Belo Horizonte não é beneficiário (Art. 2º, parágrafo único da Res. 5978/2017) e a lista não tem outro município.",
    );
  });

  test("a list of municipalities the rule set leaves out names each of them, in the plural", () => {
    const entries = [
      { municipality: "Contagem", code: "3118601", teto: 100_000 },
      { municipality: "Belo Horizonte", code: "3106200", teto: 100_000 },
    ];
    const ruleSet = ownRuleSet(["Belo Horizonte", "Contagem"]);
    expect(refusal(() => draftPorteAnnex(entries, { ruleSet, mode: "values" })).message).toBe(
      "Nada a redigir: Contagem e Belo Horizonte não são beneficiários (Art. 2º, parágrafo único da Res. minha-2018) e a lista não tem outro município.",
    );
  });
});

describe("the municipalities left out (Art. 2)", () => {
  test("a rule set that writes the excluded municipality as an abbreviation leaves it out, as the validator does", () => {
    // "BH" is Belo Horizonte (IBGE 3106200) for the validator's repeat and exclusion checks; the draft agrees.
    const annex = draftPorteAnnex(
      [
        { municipality: "Belo Horizonte", teto: 100_000 },
        { municipality: "Araxá", teto: 3_000_000_001 },
      ],
      { ruleSet: ownRuleSet(["BH"]), mode: "values" },
    );
    expect(annex.excluded).toEqual(["Belo Horizonte"]);
    expect(annex.summary.rows).toBe(1);
  });

  test("without any, the annex ends with the situation, and no line says what was left out", () => {
    // Araxá, Teto MAC R$ 30.000.000,01: Porte IV, R$ 90.000,00.
    const annex = draftPorteAnnex([{ municipality: "Araxá", teto: 3_000_000_001 }], { ruleSet, mode: "values" });
    expect(annex.excluded).toEqual([]);
    expect(annex.values.slice(9)).toEqual([
      ["Porte IV", 1, "", 90000],
      ["Limite (Art. 5º)", "", "", 10425000],
      ["Limite menos TOTAL", "", "", 10335000],
      ["Situação", "Dentro do limite", "", ""],
    ]);
  });

  test("several left out are listed, separated by commas, below the annex", () => {
    const entries = [
      { municipality: "Betim", code: "3106705", teto: 100_000 },
      { municipality: "Contagem", code: "3118601", teto: 100_000 },
      { municipality: "Belo Horizonte", code: "3106200", teto: 100_000 },
    ];
    const annex = draftPorteAnnex(entries, { ruleSet: ownRuleSet(["Belo Horizonte", "Contagem"]), mode: "values" });
    expect(annex.values.at(-1)).toEqual([
      "Fora do anexo (Art. 2º, parágrafo único da Res. minha-2018): Contagem, Belo Horizonte.",
      "",
      "",
      "",
    ]);
  });

  test("a name left out that is no municipality of Minas Gerais leaves out only itself", () => {
    // Entries given without a code are matched by name; two unknown names are not one municipality.
    const entries = [
      { municipality: "Vila Inventada", teto: 100_000 },
      { municipality: "Janaliba", teto: 100_000 },
    ];
    const annex = draftPorteAnnex(entries, { ruleSet: ownRuleSet(["Vila Inventada"]), mode: "values" });
    expect(annex.excluded).toEqual(["Vila Inventada"]);
    expect(annex.values[5]).toEqual([1, "Janaliba", "Porte I", 35000]);
  });
});

describe("formulas mode with a rule set of one's own", () => {
  // Drafted inside each test, not once here: Stryker credits a mutant only to the test that runs it.
  const draft = () =>
    draftPorteAnnex([{ municipality: "Betim", code: "3106705", teto: 100_000 }], {
      ruleSet: ownRuleSet(["Belo Horizonte"]),
      mode: "formulas",
    });

  test("=SES.PORTE and =SES.INCENTIVO name the rule set", () => {
    const annex = draft();
    expect(annex.formulas[5]).toEqual([
      null,
      null,
      '=SES.PORTE(E6,"minha-2018")',
      '=SES.INCENTIVO(C6,"minha-2018")',
      null,
    ]);
    expect(annex.formulas[6][3]).toBe("=SUM(D6:D6)");
  });

  test("the chart goes right of the Teto MAC column, at G2", () => {
    expect(draft().chart.anchor).toBe("G2");
  });
});
