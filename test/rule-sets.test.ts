import {
  incentive,
  loadRuleSet,
  loadRuleSets,
  parseBrl,
  porte,
  porteRuleSet,
  PUBLISHED_RULES,
  ruleSetIds,
} from "../src/rules";
import rule5978 from "../src/rules/rule-sets/data/5978-2017.json";
import rule7845 from "../src/rules/rule-sets/data/7845-2021.json";
import { PUBLISHED_RULE_SET_FILES, publishedRuleSetData } from "../src/rules/rule-sets/published";
import { parseRuleSetData } from "../src/rules/rule-sets/schema";

// A deep copy of the published rule set with one change, to see each mistake named.
function variant(change: (data: typeof rule5978) => void): unknown {
  const data = structuredClone(rule5978);
  change(data);
  return data;
}

const items = (data: typeof rule5978) => data.bands.items as Array<{ porte: string; from: string; to: string | null }>;

describe("rule sets are data validated with zod", () => {
  test("both published rule sets load", () => {
    expect(ruleSetIds()).toEqual(["5978/2017", "7845/2021"]);
  });

  test("the published files pass the schema, and their zod-free reading (what the functions load) is the schema's", () => {
    expect(publishedRuleSetData()).toEqual(PUBLISHED_RULE_SET_FILES.map((file) => parseRuleSetData(file)));
    expect(publishedRuleSetData()[0]).toMatchObject({
      id: "5978/2017",
      budget: { amount: 1042500000 },
      incentives: { items: { "Porte I": 3500000, "Porte VI": 12000000 } },
    });
    expect(publishedRuleSetData()[0]).toHaveProperty("bands.items.5", {
      porte: "Porte VI",
      from: 10000000001,
      to: null,
    });
    expect(publishedRuleSetData()[1]).toMatchObject({ id: "7845/2021", annualTotal: { amount: 23823384483 } });
  });

  test.each([
    [
      "overlapping bands",
      (d: typeof rule5978) => (items(d)[1].from = "R$ 1.999.999,00"),
      "bands.items[1].from: Porte II sobrepõe Porte I, que vai até R$ 2.000.000,00",
    ],
    [
      "a gap of more than one centavo",
      (d: typeof rule5978) => (items(d)[2].from = "R$ 5.000.000,02"),
      "bands.items[2].from: lacuna de mais de um centavo entre R$ 5.000.000,00 (Porte II) e R$ 5.000.000,02 (Porte III)",
    ],
    [
      "unordered bands",
      (d: typeof rule5978) => (items(d)[3].from = "R$ 1.000.000,00"),
      "bands.items[3].from: faixas fora de ordem: Porte IV começa antes de Porte III",
    ],
    [
      "a band that ends before it starts",
      (d: typeof rule5978) => (items(d)[1].to = "R$ 1.000.000,00"),
      "bands.items[1].to: a faixa termina (R$ 1.000.000,00) antes de começar (R$ 2.000.000,01)",
    ],
    [
      "a first band that does not start at zero",
      (d: typeof rule5978) => (items(d)[0].from = "R$ 0,01"),
      "bands.items[0].from: a primeira faixa deve começar em R$ 0,00",
    ],
    [
      "a closed last band",
      (d: typeof rule5978) => (items(d)[5].to = "R$ 900.000.000,00"),
      "bands.items[5].to: a última faixa deve ficar sem limite superior",
    ],
    [
      "an open band before the last",
      (d: typeof rule5978) => (items(d)[2].to = null),
      "bands.items[2].to: só a última faixa pode ficar sem limite superior",
    ],
    [
      "a band out of its Roman numeral",
      (d: typeof rule5978) => (items(d)[2].porte = "Porte IV"),
      'bands.items[2].porte: a 3ª faixa deve se chamar "Porte III", não "Porte IV"',
    ],
    [
      "an amount that is not an amount",
      (d: typeof rule5978) => (items(d)[1].to = "cinco milhões"),
      'bands.items[1].to: Não é um valor em reais: "cinco milhões".',
    ],
    [
      "a missing incentive",
      (d: typeof rule5978) => delete (d.incentives.items as Record<string, string>)["Porte IV"],
      "incentives.items: falta o incentivo do Porte IV",
    ],
    [
      "an incentive for a porte that does not exist",
      (d: typeof rule5978) => ((d.incentives.items as Record<string, string>)["Porte VII"] = "R$ 1,00"),
      "incentives.items.Porte VII: Porte VII não existe nas faixas",
    ],
    [
      "a negative budget",
      (d: typeof rule5978) => (d.budget.amount = "-R$ 1,00"),
      'budget.amount: valor negativo: "-R$ 1,00"',
    ],
    [
      "an incentive of zero",
      (d: typeof rule5978) => (d.incentives.items["Porte II"] = "R$ 0,00"),
      "incentives.items.Porte II: o valor deve ser maior que R$ 0,00",
    ],
    [
      "an id with spaces or symbols",
      (d: typeof rule5978) => (d.id = "minha regra!"),
      'id: use letras, números, "-", "/" ou ".", como 5978/2017 ou minha-2018',
    ],
  ])("refuses %s, naming the field", (_, change, message) => {
    expect(() => loadRuleSet(variant(change))).toThrow(message);
  });

  test("zod's own messages are in Portuguese too", () => {
    const data = variant((d) => ((d.budget as unknown as { amount: number }).amount = 10425000));
    expect(() => loadRuleSet(data)).toThrow(/budget\.amount: Entrada inválida/);
  });

  test("an unknown kind is refused", () => {
    expect(() => loadRuleSet({ ...rule5978, kind: "outro" })).toThrow(/Regra "5978\/2017" inválida:\n- kind:/);
  });
});

describe("rule sets made by the analyst", () => {
  const mine = () =>
    variant((d) => {
      d.id = "minha-2018";
      d.title = "Minuta 2018";
      items(d)[0].to = "R$ 2.500.000,00";
      items(d)[1].from = "R$ 2.500.000,01";
      d.incentives.items["Porte I"] = "R$ 40.000,00";
    });

  test("once added to a book, it is found by id there; the published ones stay, and the published book is untouched", () => {
    const rules = PUBLISHED_RULES.withCustom(loadRuleSets([mine()]));
    expect(ruleSetIds("porte", rules)).toEqual(["5978/2017", "minha-2018"]);
    const ruleSet = porteRuleSet("minha-2018", rules);
    expect(porte(parseBrl("2.500.000,00"), ruleSet)).toBe("Porte I");
    expect(porte(parseBrl("2.500.000,00"), porteRuleSet("5978/2017", rules))).toBe("Porte II");
    expect(ruleSetIds("porte")).toEqual(["5978/2017"]);
    expect(incentive("Porte I", ruleSet)).toBe(parseBrl("40.000,00"));
  });

  test("an id taken by a published resolution, or twice in the list, is refused", () => {
    const clash = variant((d) => (d.title = "Outra"));
    expect(() => PUBLISHED_RULES.withCustom(loadRuleSets([clash]))).toThrow(
      "id: já é a regra de uma resolução publicada; escolha outro.",
    );
    expect(() => PUBLISHED_RULES.withCustom(loadRuleSets([mine(), mine()]))).toThrow("id: aparece mais de uma vez.");
    expect(ruleSetIds()).toEqual(["5978/2017", "7845/2021"]);
  });

  test("each book carries its own: two workbooks never see each other's rules", () => {
    const first = PUBLISHED_RULES.withCustom(loadRuleSets([mine()]));
    const second = first.withCustom([]);
    expect(porteRuleSet("minha-2018", first).id).toBe("minha-2018");
    expect(() => porteRuleSet("minha-2018", second)).toThrow(
      'Regra desconhecida: "minha-2018". Regras válidas: 5978/2017.',
    );
    expect(() => porteRuleSet("minha-2018")).toThrow('Regra desconhecida: "minha-2018". Regras válidas: 5978/2017.');
  });

  test("a refused rule set names each field at fault, with its pt-BR label, as data", () => {
    const gap = variant((d) => {
      d.id = "minha-2019";
      items(d)[1].from = "R$ 2.000.000,05";
    });
    try {
      PUBLISHED_RULES.withCustom(loadRuleSets([gap]));
      throw new Error("não recusou");
    } catch (error) {
      expect((error as { issues: unknown }).issues).toEqual([
        {
          path: "bands.items[1].from",
          label: "Faixa 2 · de",
          message: "lacuna de mais de um centavo entre R$ 2.000.000,00 (Porte I) e R$ 2.000.000,05 (Porte II)",
        },
      ]);
    }
  });
});

describe("every number of a recomposição rule set is range-checked", () => {
  const recomposicao = (change: (data: Record<string, Record<string, unknown>>) => void): unknown => {
    const data = structuredClone(rule7845) as unknown as Record<string, Record<string, unknown>>;
    data.id = "minha-2022" as never;
    change(data);
    return data;
  };

  test.each([
    [
      "a coverage above 100%",
      (d: Record<string, Record<string, unknown>>) => (d.coverage.percent = "150"),
      "coverage.percent: percentual de 0 a 100",
    ],
    [
      "a signature deadline of 0 days",
      (d: Record<string, Record<string, unknown>>) => (d.signature.days = 0),
      "signature.days: ao menos 1 dia(s)",
    ],
    [
      "a negative extension",
      (d: Record<string, Record<string, unknown>>) => (d.signature.extensionDays = -7),
      "signature.extensionDays: não pode ser negativo",
    ],
    [
      "13 parcels a year",
      (d: Record<string, Record<string, unknown>>) => (d.payment.parcelsPerYear = 13),
      "payment.parcelsPerYear: no máximo 12 parcela(s)",
    ],
    [
      "month 13",
      (d: Record<string, Record<string, unknown>>) => (d.proportional2021.firstMonth = 13),
      "proportional2021.firstMonth",
    ],
    [
      "a year 21",
      (d: Record<string, Record<string, unknown>>) => (d.proportional2021.year = 21),
      "proportional2021.year: ano de 1900 a 2099",
    ],
    [
      "a transition from 31/02/2021",
      (d: Record<string, Record<string, unknown>>) => (d.transition.start = "2021-02-31"),
      "transition.start: data que não existe, ou fora de 1900 a 2099",
    ],
    [
      "a transition of 0 years",
      (d: Record<string, Record<string, unknown>>) => (d.transition.years = 0),
      "transition.years: ao menos 1 ano(s)",
    ],
  ])("%s is refused, naming the field", (_, change, message) => {
    expect(() => loadRuleSet(recomposicao(change))).toThrow(message);
  });

  test("the published rule set passes every range", () => {
    expect(loadRuleSet(rule7845).id).toBe("7845/2021");
  });
});
