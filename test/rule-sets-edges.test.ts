// Edges of rule-set validation and lookup: the boundaries of each check, the exact messages and labels an
// analyst reads when a rule file is refused, and the ids a book accepts.
import {
  loadRuleSet,
  loadRuleSets,
  parseBrl,
  porte,
  porteRuleSet,
  PUBLISHED_RULES,
  recomposicaoRuleSet,
} from "../src/rules";
import rule5978 from "../src/rules/rule-sets/data/5978-2017.json";
import { fromRoman } from "../src/rules/rule-sets/roman";
import { refusal } from "./support/refusal";
import { porteVariant, recomposicaoVariant, type Band } from "./support/rule-set-variants";

describe("band boundaries", () => {
  test("a band of a single centavo (to equal to from) is accepted", () => {
    const data = porteVariant((_, items) => {
      items[1].from = "R$ 2.000.000,01";
      items[1].to = "R$ 2.000.000,01";
      items[2].from = "R$ 2.000.000,02";
    });
    const ruleSet = porteRuleSet("minha-2018", PUBLISHED_RULES.withCustom(loadRuleSets([data])));
    expect(porte(parseBrl("2.000.000,01"), ruleSet)).toBe("Porte II");
    expect(porte(parseBrl("2.000.000,02"), ruleSet)).toBe("Porte III");
  });

  test("a band starting on the last centavo of the one before overlaps it by that centavo", () => {
    const error = refusal(() => loadRuleSet(porteVariant((_, items) => (items[1].from = "R$ 2.000.000,00"))));
    expect(error.message).toBe(
      'Regra "minha-2018" inválida:\n- bands.items[1].from: Porte II sobrepõe Porte I, que vai até R$ 2.000.000,00',
    );
  });

  test("a band starting where the one before starts overlaps it (not out of order)", () => {
    const error = refusal(() => loadRuleSet(porteVariant((_, items) => (items[2].from = "R$ 2.000.000,01"))));
    expect(error.issues).toEqual([
      {
        path: "bands.items[2].from",
        label: "Faixa 3 · de",
        message: "Porte III sobrepõe Porte II, que vai até R$ 5.000.000,00",
      },
    ]);
  });

  test("no band at all: the list is named, not a band", () => {
    const error = refusal(() =>
      loadRuleSet(
        porteVariant((data, items) => {
          items.length = 0;
          data.incentives.items = {} as typeof data.incentives.items;
        }),
      ),
    );
    expect(error.issues).toEqual([{ path: "bands.items", label: "Faixas", message: "é preciso ao menos uma faixa" }]);
  });

  test("a band that is not an object is named by its number alone", () => {
    const error = refusal(() => loadRuleSet(porteVariant((_, items) => (items[1] = "x" as unknown as Band))));
    expect(error.issues).toEqual([
      { path: "bands.items[1]", label: "Faixa 2", message: "Entrada inválida: esperava um objeto, recebeu um texto" },
    ]);
  });
});

describe("labels of the other fields", () => {
  test('the "items" of incentives is left out, list positions count from 1, and each problem is on its own line', () => {
    const error = refusal(() =>
      loadRuleSet(
        porteVariant((data) => {
          (data.incentives.items as Record<string, string>)["Porte VII"] = "R$ 1,00";
          data.excludedMunicipalities.names = ["Belo Horizonte", ""];
        }),
      ),
    );
    expect(error.message).toBe(
      'Regra "minha-2018" inválida:\n' +
        "- excludedMunicipalities.names[1]: Pequeno demais: esperava que o texto tivesse >= 1 caracteres\n" +
        "- incentives.items.Porte VII: Porte VII não existe nas faixas",
    );
    expect(error.issues).toEqual([
      {
        path: "excludedMunicipalities.names[1]",
        label: "Municípios excluídos · nomes · 2",
        message: "Pequeno demais: esperava que o texto tivesse >= 1 caracteres",
      },
      {
        path: "incentives.items.Porte VII",
        label: "Incentivos · Porte VII",
        message: "Porte VII não existe nas faixas",
      },
    ]);
  });

  // Bug fixed: these were "afterTransition · macroregions · 2", the JSON's English keys, in the pane.
  test("the fields of a recomposição rule set are named in Portuguese too", () => {
    const error = refusal(() =>
      loadRuleSet(
        recomposicaoVariant((d) => {
          d.eligibleNatures.codes = { eligible: ["1", "x"], unconfirmed: [], ineligible: [] };
          d.afterTransition.macroregions = ["Leste", ""];
          d.payment.remainder = "middle";
        }),
      ),
    );
    expect(error.issues.map(({ path, label }) => ({ path, label }))).toEqual([
      { path: "eligibleNatures.codes.eligible[1]", label: "Naturezas elegíveis · códigos · elegíveis · 2" },
      { path: "afterTransition.macroregions[1]", label: "Após a transição · macrorregiões · 2" },
      { path: "payment.remainder", label: "Pagamento · resto" },
    ]);
  });

  // Each CONCLA code prefix has one verdict: in two lists, the first list would win unnoticed.
  test("a code prefix in two verdict lists is refused, at its second place", () => {
    const error = refusal(() =>
      loadRuleSet(
        recomposicaoVariant((d) => {
          // "4" twice in one list is harmless; "2" both eligible and ineligible is not.
          d.eligibleNatures.codes = { eligible: ["1", "2"], unconfirmed: ["3"], ineligible: ["4", "4", "2"] };
        }),
      ),
    );
    expect(error.issues).toEqual([
      {
        path: "eligibleNatures.codes.ineligible[2]",
        label: "Naturezas elegíveis · códigos · não elegíveis · 3",
        message: 'o código "2" já está na lista "elegíveis"',
      },
    ]);
  });

  // Bug fixed: zod said 'esperava um texto, recebeu um valor "undefined"'.
  test("a missing field is said to be missing", () => {
    const error = refusal(() => loadRuleSet({ id: "minha-2018", kind: "porte", subject: "Assunto" }));
    expect(error.message).toBe(
      'Regra "minha-2018" inválida:\n' +
        "- title: campo obrigatório ausente\n" +
        "- excludedMunicipalities: campo obrigatório ausente\n" +
        "- bands: campo obrigatório ausente\n" +
        "- incentives: campo obrigatório ausente\n" +
        "- budget: campo obrigatório ausente",
    );
  });

  test("data that is not an object is refused as a whole, with no id", () => {
    const error = refusal(() => loadRuleSet(null));
    expect(error.message).toBe(
      'Regra inválida:\n- (regra): Entrada inválida: esperava um objeto, recebeu um valor "nulo"',
    );
    expect(error.issues).toEqual([
      { path: "(regra)", label: "Regra", message: 'Entrada inválida: esperava um objeto, recebeu um valor "nulo"' },
    ]);
  });
});

describe("dates of a transition", () => {
  test.each(["1900-01-01", "2099-12-31", "2020-02-29"])(
    "%s, at the edge of the range or of February, is accepted",
    (start) => {
      expect(
        recomposicaoRuleSet(
          "minha-2022",
          PUBLISHED_RULES.withCustom(loadRuleSets([recomposicaoVariant((d) => (d.transition.start = start))])),
        ).transition.start,
      ).toBe(start);
    },
  );

  test.each([
    ["1899-12-31", "out of range, though a real day"],
    ["2100-01-01", "out of range, though a real day"],
    ["2021-13-01", "month 13: Date would read it as 2022-01-01, the same day number"],
    ["2021-00-15", "month 00: Date would read it as 2020-12-15"],
    ["2021-02-29", "2021 is no leap year"],
    ["2021-04-31", "April has 30 days"],
    ["2021-01-00", "day 00"],
    ["2021-12-32", "day 32 of December, read by Date as 2022-01-01"],
  ])("%s is refused (%s)", (start) => {
    expect(refusal(() => loadRuleSet(recomposicaoVariant((d) => (d.transition.start = start)))).issues).toEqual([
      { path: "transition.start", label: "Transição · início", message: "data que não existe, ou fora de 1900 a 2099" },
    ]);
  });
});

describe("the first month of the proportional 2021 amount", () => {
  const proportional = (firstMonth: number, periodMonths: number, periodEndMonth: number) =>
    recomposicaoVariant((d) => Object.assign(d.proportional2021, { firstMonth, periodMonths, periodEndMonth }));

  test("the last month of the period is accepted as the first", () => {
    expect(loadRuleSet(proportional(12, 4, 12))).toMatchObject({
      proportional2021: { firstMonth: 12, periodMonths: 4, periodEndMonth: 12 },
    });
  });

  test.each([
    [12, 4, 11, "after the end of the period"],
    [8, 4, 12, "one month before a 4-month period ending in 12 (Sep–Dec)"],
    [1, 4, 12, "long before the period"],
  ])("month %i with %i months ending in %i is refused (%s)", (firstMonth, periodMonths, periodEndMonth) => {
    expect(refusal(() => loadRuleSet(proportional(firstMonth, periodMonths, periodEndMonth))).issues).toEqual([
      {
        path: "proportional2021",
        label: "2021 proporcional",
        message: "o primeiro mês deve cair dentro do período, que termina no mês final",
      },
    ]);
  });
});

describe("a book's ids", () => {
  const mine = porteVariant(() => undefined);

  test("only porte rule sets are offered for the porte, the published first", () => {
    expect(PUBLISHED_RULES.porteRuleSets().map((ruleSet) => ruleSet.id)).toEqual(["5978/2017"]);
    expect(
      PUBLISHED_RULES.withCustom(loadRuleSets([mine]))
        .porteRuleSets()
        .map((ruleSet) => ruleSet.id),
    ).toEqual(["5978/2017", "minha-2018"]);
  });

  test("a published id is refused with its field named", () => {
    const error = refusal(() => PUBLISHED_RULES.withCustom(loadRuleSets([{ ...rule5978, id: "5.978/2017" }])));
    expect(error.issues).toEqual([
      { path: "id", label: "Nome (id)", message: "já é a regra de uma resolução publicada; escolha outro." },
    ]);
  });

  test("an id given twice is refused with its field named", () => {
    const error = refusal(() => PUBLISHED_RULES.withCustom(loadRuleSets([mine, mine])));
    expect(error.message).toBe('Regra "minha-2018" inválida:\n- id: aparece mais de uma vez.');
    expect(error.issues).toEqual([{ path: "id", label: "Nome (id)", message: "aparece mais de uma vez." }]);
  });

  test.each([null, undefined, ""])("no id (%p) is the default rule set", (id) => {
    expect(porteRuleSet(id).id).toBe("5978/2017");
    expect(recomposicaoRuleSet(id).id).toBe("7845/2021");
  });

  test("an id with surrounding spaces is found", () => {
    expect(porteRuleSet(" 5978/2017 ").id).toBe("5978/2017");
  });

  test("an unknown id lists every valid one, separated by commas", () => {
    expect(() => porteRuleSet("6000/2019", PUBLISHED_RULES.withCustom(loadRuleSets([mine])))).toThrow(
      'Regra desconhecida: "6000/2019". Regras válidas: 5978/2017, minha-2018.',
    );
  });
});

describe("Roman numerals read back", () => {
  test('39 is the last: "XXXIX" reads, "XXXX" (not how 40 is written) does not', () => {
    expect(fromRoman("XXXIX")).toBe(39);
    expect(fromRoman("xxxix")).toBe(39);
    expect(fromRoman("XXXX")).toBeUndefined();
  });
});
