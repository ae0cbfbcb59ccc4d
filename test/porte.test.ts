import { incentive, parseBrl, parsePorte, porte, porteRuleSet, RuleError } from "../src/rules";
import { BAND_EDGES } from "./support/band-edges";

const ruleSet = porteRuleSet("5978/2017");

describe("porte (Art. 3: bands with inclusive upper bounds, to the centavo)", () => {
  test.each(BAND_EDGES)("Teto MAC %s → %s", (teto, expected) => {
    expect(porte(parseBrl(teto), ruleSet)).toBe(expected);
  });

  test("the smallest and a very large Teto MAC", () => {
    expect(porte(1, ruleSet)).toBe("Porte I");
    expect(porte(parseBrl("R$ 3.000.000.000,00"), ruleSet)).toBe("Porte VI");
  });

  test("a negative Teto MAC is refused", () => {
    expect(() => porte(-1, ruleSet)).toThrow(expect.objectContaining({ kind: "negative" }));
  });
});

describe("incentive (Art. 4)", () => {
  test.each([
    ["Porte I", 3500000],
    ["Porte II", 6000000],
    ["Porte III", 7500000],
    ["Porte IV", 9000000],
    ["Porte V", 10500000],
    ["Porte VI", 12000000],
  ])("%s → %i centavos", (label, cents) => {
    expect(incentive(label, ruleSet)).toBe(cents);
  });

  test.each(["Porte III", "III", "porte iii", "3", 3, " PORTE  III ", "Porte 3"])("%p is Porte III", (input) => {
    expect(parsePorte(input, ruleSet)).toBe("Porte III");
    expect(incentive(input, ruleSet)).toBe(7500000);
  });

  test.each(["Porte Il", "Porte 111", "PorteVV", "Porte |", "IIII", "Porte VII", "7", "0", 3.5, -1, "três", true])(
    "%p is refused with the input quoted",
    (input) => {
      expect(() => parsePorte(input, ruleSet)).toThrow(RuleError);
      expect(() => parsePorte(input, ruleSet)).toThrow(typeof input === "string" ? `"${input}"` : String(input));
    },
  );

  test("the refusal says what is accepted", () => {
    expect(() => parsePorte("Porte Il", ruleSet)).toThrow(
      'Porte inválido: "Porte Il". Use Porte I a Porte VI, só o numeral romano (I a VI) ou o número (1 a 6).',
    );
  });

  test("blank is missing", () => {
    expect(() => parsePorte("", ruleSet)).toThrow(expect.objectContaining({ kind: "missing" }));
    expect(() => parsePorte(null, ruleSet)).toThrow(expect.objectContaining({ kind: "missing" }));
  });

  test("the number 0 is missing too: Excel desktop passes an empty cell as 0", () => {
    expect(() => parsePorte(0, ruleSet)).toThrow(expect.objectContaining({ kind: "missing" }));
  });
});

describe("rule set 5978/2017 data", () => {
  test("Art. 2, sole paragraph: Belo Horizonte is excluded", () => {
    expect(ruleSet.excludedMunicipalities.names).toEqual(["Belo Horizonte"]);
  });

  test("Art. 5: budget R$ 10.425.000,00", () => {
    expect(ruleSet.budget.amount).toBe(1042500000);
  });

  test("accepts the id as the resolutions write it", () => {
    expect(porteRuleSet("5.978/2017").id).toBe("5978/2017");
    expect(porteRuleSet(undefined).id).toBe("5978/2017");
  });

  test("an unknown id lists the valid ones", () => {
    expect(() => porteRuleSet("1234/2020")).toThrow('Regra desconhecida: "1234/2020". Regras válidas: 5978/2017.');
    expect(() => porteRuleSet("7845/2021")).toThrow(expect.objectContaining({ kind: "unknown-rule-set" }));
  });
});
