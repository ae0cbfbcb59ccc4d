import { draftPorteAnnex, loadRuleSet, porteRuleSet, validatePorteAnnex, type PorteRuleSet } from "../../src/rules";
import { columnsOf } from "../../src/rules/annex/header";
import { PORTE_COLUMNS } from "../../src/rules/annex/porte/columns";
import { readOcrPorte } from "../../src/rules/annex/porte/porte-reading";
import { RECOMPOSICAO_COLUMNS } from "../../src/rules/annex/recomposicao/columns";
import rule5978 from "../../src/rules/rule-sets/data/5978-2017.json";
import { refusal } from "../support/refusal";

// The module-level tables of src/rules/annex/porte and src/rules/annex/recomposicao, each pinned by texts that
// tell it from its near variants (the static mutants StrykerJS found surviving): which header texts name a
// column (a whole cell, not a word inside a longer one, and with the optional words left out), the porte
// annex's message when it has no header, the strokes OCR makes of an X, and the draft's alphabetical order.

const ruleSet = porteRuleSet("5978/2017");

/** The column a header cell names, as a one-cell header row is read ({} when none). */
const porteRole = (text: string) => columnsOf([text], PORTE_COLUMNS);
const recomposicaoRole = (text: string) => columnsOf([text], RECOMPOSICAO_COLUMNS);

describe("the header texts of a porte annex (Res. 5.978/2017, Anexo I) and of its draft list", () => {
  test.each([
    ["Teto MAC (R$)", "teto"],
    ["Teto anual", "teto"],
    ["Teto MAC anual", "teto"],
  ])("%j names the %s column", (text, role) => {
    expect(porteRole(text)).toEqual({ [role]: 0 });
  });

  test.each([
    ["Ano", "ends like No"],
    ["Município sede", "begins like Município"],
    ["Novo código do município", "ends like Código do município"],
    ["Código do município de origem", "begins like Código do município"],
    ["Porte anterior", "begins like Porte"],
    ["Novo porte", "ends like Porte"],
    ["Incentivo anual", "begins like Incentivo"],
    ["Novo teto", "ends like Teto"],
    ["Teto MAC 2017", "begins like Teto MAC"],
  ])("%j (%s) names no column", (text) => {
    expect(porteRole(text)).toEqual({});
  });
});

describe("the header texts of a recomposição annex (Res. 7.845/2021, Anexo I)", () => {
  test.each([
    ["Valora", "valora"],
    ["Resposta às urgências e emergências", "urgencia"],
    ["Odontologia", "odontologia"],
    ["PROHOSP Incentivo", "prohospIncentivo"],
    ["PROHOSP Gestão Compartilhada", "prohospGestao"],
    ["Valor em Saúde", "valorEmSaude"],
    ["Hospitais Plataforma", "plataforma"],
  ])("%j names the %s column", (text, role) => {
    expect(recomposicaoRole(text)).toEqual({ [role]: 0 });
  });

  test.each([
    ["Código do município"],
    ["Município sede"],
    ["Código da macrorregião"],
    ["Natureza do estabelecimento"],
    ["Código da natureza jurídica"],
    ["Valora Minas 2022"],
    ["Diferença do Valora Minas"],
    ["Recomposição mensal"],
    ["Percentual de recomposição"],
    ["Rede de Resposta 2022"],
    ["Prazo de resposta"],
    ["PROURGE 2022"],
    ["Antigo PROURGE"],
    ["Rede Cegonha 2020"],
    ["Antiga Rede Cegonha"],
    ["Odontologia 2020"],
    ["Serviço de odontologia"],
    ["PRO-HOSP Incentivo 2020"],
    ["Antigo PROHOSP Incentivo"],
    ["PRO-HOSP Gestão Compartilhada 2020"],
    ["Antigo PROHOSP Gestão Compartilhada"],
    ["Valor em Saúde 2020"],
    ["Hospitais Plataforma 2020"],
    ["Antigos Hospitais Plataforma"],
  ])("%j, a longer text than a column's name, names no column", (text) => {
    expect(recomposicaoRole(text)).toEqual({});
  });
});

test("a porte annex with no header row says which columns it needs, in pt-BR", () => {
  const report = validatePorteAnnex({ values: [["Araxá", "Porte III", 75_000]] });
  expect(report.problems.map(({ code, message }) => ({ code, message }))).toEqual([
    {
      code: "header-not-found",
      message:
        "Cabeçalho não encontrado: o anexo precisa ao menos das colunas Município, Porte e Valor (ou R$) numa mesma linha.",
    },
  ]);
});

describe("the strokes OCR makes of an X", () => {
  /** Res. 5.978/2017 with its open last band split into Porte VI to Porte IX: the schema allows any number. */
  function nineBands(): PorteRuleSet {
    const data = structuredClone(rule5978);
    data.id = "nove-faixas";
    const bands = data.bands.items as Array<{ porte: string; from: string; to: string | null }>;
    bands[5].to = "R$ 200.000.000,00";
    bands.push(
      { porte: "Porte VII", from: "R$ 200.000.000,01", to: "R$ 300.000.000,00" },
      { porte: "Porte VIII", from: "R$ 300.000.000,01", to: "R$ 400.000.000,00" },
      { porte: "Porte IX", from: "R$ 400.000.000,01", to: null },
    );
    Object.assign(data.incentives.items, {
      "Porte VII": "R$ 135.000,00",
      "Porte VIII": "R$ 150.000,00",
      "Porte IX": "R$ 165.000,00",
    });
    return loadRuleSet(data) as PorteRuleSet;
  }

  test('"Porte ix" is Porte IX where there is a ninth band', () => {
    expect(readOcrPorte("Porte ix", nineBands())).toBe("Porte IX");
  });

  test('"Porte IX" is no porte of 5.978/2017 (six bands), not Porte I', () => {
    expect(readOcrPorte("Porte IX", ruleSet)).toBeUndefined();
  });
});

test("the draft's alphabetical order keeps the list's order for names that differ only in accents and case", () => {
  const entries = [
    { municipality: "São João del Rei", teto: 100_000 },
    { municipality: "SAO JOAO DEL REI", teto: 100_000 },
    { municipality: "Araxá", teto: 100_000 },
  ];
  const annex = draftPorteAnnex(entries, { ruleSet, mode: "values" });
  expect(annex.values.slice(5, 8).map((row) => row[1])).toEqual(["Araxá", "São João del Rei", "SAO JOAO DEL REI"]);
});

test("three municipalities a rule set leaves out are named in one pt-BR sentence", () => {
  const data = structuredClone(rule5978);
  data.id = "minha-2018";
  data.excludedMunicipalities.names = ["Belo Horizonte", "Contagem", "Betim"];
  const own = loadRuleSet(data) as PorteRuleSet;
  const entries = [
    { municipality: "Betim", code: "3106705", teto: 100_000 },
    { municipality: "Contagem", code: "3118601", teto: 100_000 },
    { municipality: "Belo Horizonte", code: "3106200", teto: 100_000 },
  ];
  expect(refusal(() => draftPorteAnnex(entries, { ruleSet: own, mode: "values" })).message).toBe(
    "Nada a redigir: Betim, Contagem e Belo Horizonte não são beneficiários (Art. 2º, parágrafo único da Res. minha-2018) e a lista não tem outro município.",
  );
});
