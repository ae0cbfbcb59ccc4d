// Edges of the rules that the broader tests pass by: the exact pt-BR message and kind of each refusal, the
// Código Civil's 29/02 across century years, the last year with holidays, and the order in which a
// "Natureza jurídica" is read (code first, words for private non-profits, for-profit words before the others).
import {
  addYears,
  parcel,
  parseBrl,
  parsePorte,
  porte,
  porteArticles,
  porteRuleSet,
  preFixed,
  proportional2021,
  readAmount,
  readDate,
  readNature,
  readSignatureMonth,
  readTeto,
  readWholeNumber,
  recomposicao,
  recomposicaoRuleSet,
  RuleError,
  signatureDeadline,
  type PorteRuleSet,
  type RecomposicaoRuleSet,
} from "../src/rules";
import { unlessRefused } from "../src/rules/errors";
import { onOrAfterWorkingDay } from "../src/rules/working-days";
import { refusal } from "./support/refusal";

const valora = recomposicaoRuleSet("7845/2021");
const portes = porteRuleSet("5978/2017");

describe("RuleError and unlessRefused", () => {
  test("a RuleError is named so", () => {
    const error = new RuleError("invalid", "Porte inválido.");
    expect(error.name).toBe("RuleError");
    expect(String(error)).toBe("RuleError: Porte inválido.");
  });

  test("unlessRefused turns a refusal into undefined and lets any other failure through", () => {
    expect(unlessRefused(() => parseBrl("R$ 5,00"))).toBe(500);
    expect(unlessRefused(() => parseBrl("abc"))).toBeUndefined();
    expect(() =>
      unlessRefused(() => {
        throw new TypeError("a bug, not an input");
      }),
    ).toThrow(new TypeError("a bug, not an input"));
  });
});

describe("addYears: Código Civil, art. 132, § 3º, across century years", () => {
  test("29/02/2096 + 4 years is 01/03/2100 (2100 is not a leap year)", () => {
    expect(addYears({ year: 2096, month: 2, day: 29 }, 4)).toEqual({ year: 2100, month: 3, day: 1 });
  });

  test("29/02/1904 + 4 years is 29/02/1908 (1900, four years before, was not a leap year)", () => {
    expect(addYears({ year: 1904, month: 2, day: 29 }, 4)).toEqual({ year: 1908, month: 2, day: 29 });
  });
});

describe("readDate: the whole text must be a date", () => {
  test.each(["12/11/2021x", "x12/11/2021", "112/11/2021", "45000x"])("%p is refused", (text) => {
    expect(refusal(() => readDate(text, "Data de disponibilização"))).toMatchObject({
      kind: "invalid",
      message: `Data de disponibilização: "${text}" não é uma data. Use dd/mm/aaaa, como 12/11/2021.`,
    });
  });

  test.each([null, undefined])("%p is missing", (value) => {
    expect(refusal(() => readDate(value, "Data de disponibilização"))).toMatchObject({
      kind: "missing",
      message: "Valor ausente: Data de disponibilização vazia.",
    });
  });
});

describe("onOrAfterWorkingDay: holidays are known up to 2099", () => {
  test("31/12/2099, a Thursday, is a working day", () => {
    expect(onOrAfterWorkingDay({ year: 2099, month: 12, day: 31 })).toEqual({ year: 2099, month: 12, day: 31 });
  });

  test("a day of 2100 is refused in pt-BR", () => {
    expect(refusal(() => onOrAfterWorkingDay({ year: 2100, month: 1, day: 4 }))).toMatchObject({
      kind: "invalid",
      message: "Não há calendário de feriados para 04/01/2100: o dia útil só é calculado até 2099.",
    });
  });
});

describe("inputs", () => {
  test("a value of any other type is named in the message", () => {
    expect(refusal(() => readAmount(5n, "Valor"))).toMatchObject({
      kind: "invalid",
      message: "Valor: 5 não é um valor em reais.",
    });
  });

  test("a Teto MAC typed as text is read", () => {
    expect(readTeto("R$ 5,00")).toBe(500);
    expect(readTeto(" 2.000.000,01 ")).toBe(200000001);
  });

  test.each(["3.0", "3e0", "3x"])("%p is not a whole number as typed", (text) => {
    expect(refusal(() => readWholeNumber(text, "Parcela"))).toMatchObject({
      kind: "invalid",
      message: `Parcela: "${text}" não é um número inteiro.`,
    });
  });
});

describe("porte", () => {
  test("a Teto MAC of R$ 0,00 is Porte I (readTeto refuses it before, as missing)", () => {
    expect(porte(0, portes)).toBe("Porte I");
  });

  test("a negative Teto MAC is refused with the amount", () => {
    expect(refusal(() => porte(-1, portes))).toMatchObject({
      kind: "negative",
      message: "Teto MAC negativo: -R$ 0,01.",
    });
  });

  test("spaces inside a numeral are not dropped", () => {
    expect(refusal(() => parsePorte("I II", portes))).toMatchObject({
      kind: "invalid",
      message: 'Porte inválido: "I II". Use Porte I a Porte VI, só o numeral romano (I a VI) ou o número (1 a 6).',
    });
  });

  test("a porte number of two digits, in a rule set of ten bands", () => {
    const labels = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].map((n) => `Porte ${n}`);
    const tenBands: PorteRuleSet = { ...portes, porteLabels: labels };
    expect(parsePorte("10", tenBands)).toBe("Porte X");
    expect(parsePorte("Porte 10", tenBands)).toBe("Porte X");
  });

  test.each([null, undefined])("%p is missing", (value) => {
    expect(refusal(() => parsePorte(value, portes))).toMatchObject({
      kind: "missing",
      message: "Valor ausente: porte vazio.",
    });
  });

  test("the three articles are separated by a blank line", () => {
    const parts = porteArticles(portes, 1042500000).split("\n\n");
    expect(parts).toHaveLength(3);
    expect(parts.map((part) => part.slice(0, 8))).toEqual(["Art. 3º ", "Art. 4º ", "Art. 5º "]);
  });
});

describe("readNature: Res. 7.845/2021, Art. 2º, § 1º", () => {
  test("a private non-profit code alone is unconfirmed", () => {
    expect(readNature("3999", valora)).toEqual({ verdict: "unconfirmed", legalNature: "3999 – Associação Privada" });
  });

  test("the longest code prefix wins: 2011 (eligible) over 2 (ineligible)", () => {
    expect(readNature("2011", valora)).toEqual({ verdict: "eligible", legalNature: "2011 – Empresa Pública" });
  });

  test("outside 3xxx the code decides, whatever the words say", () => {
    // A mistyped code: the words would make it eligible, the code (a limitada) does not.
    expect(readNature("2062 - Santa Casa de Misericórdia", valora)).toEqual({
      verdict: "ineligible",
      legalNature: "2062 – Sociedade Empresária Limitada",
    });
  });

  test("a for-profit word wins over a public one", () => {
    expect(readNature("Sociedade Empresária Limitada, contratada pelo Município", valora)).toEqual({
      verdict: "ineligible",
    });
  });
});

describe("recomposição: negative inputs are named", () => {
  test.each([
    [-1, 0, "Total previsto em 2021 negativo: -R$ 0,01."],
    [0, -1, "Valor Valora Minas negativo: -R$ 0,01."],
  ])("recomposicao(%i, %i)", (prev2021, valoraAmount, message) => {
    expect(refusal(() => recomposicao(prev2021, valoraAmount, valora))).toMatchObject({ kind: "negative", message });
  });
});

describe("Valora Minas, Res. 7.845/2021", () => {
  test("negative amounts are refused, named", () => {
    expect(refusal(() => parcel(-1, 1, valora))).toMatchObject({
      kind: "negative",
      message: "Valor anual negativo: -R$ 0,01.",
    });
    expect(refusal(() => preFixed(-1, valora))).toMatchObject({
      kind: "negative",
      message: "Valor negativo: -R$ 0,01.",
    });
  });

  test.each([0, 4, 1.5, "1"])("parcel %p does not exist", (n) => {
    expect(refusal(() => parcel(300, n, valora))).toMatchObject({
      kind: "invalid",
      message: `Parcela inválida: ${typeof n === "string" ? `"${n}"` : n}. Use 1 a 3 (Art. 8º, § 1º).`,
    });
  });

  test("a rule set that gives the remainder to the first parcel", () => {
    const first: RecomposicaoRuleSet = { ...valora, payment: { ...valora.payment, remainder: "first" } };
    // R$ 1,00 in three parcels: R$ 0,34, R$ 0,33, R$ 0,33.
    expect([1, 2, 3].map((n) => parcel(100, n, first))).toEqual([34, 33, 33]);
    expect([1, 2, 3].map((n) => parcel(100, n, valora))).toEqual([33, 33, 34]);
  });

  test("a month after December is refused", () => {
    expect(refusal(() => proportional2021(300, 13, valora))).toMatchObject({
      kind: "invalid",
      message: "Mês de assinatura inválido: 13. Em 2021, de 11 a 12 (Art. 8º, § 2º).",
    });
  });

  test("the month of signature is named as what was typed: a month or a date", () => {
    expect(refusal(() => readSignatureMonth("onze", valora)).message).toBe(
      'Mês de assinatura: "onze" não é um número inteiro.',
    );
    expect(refusal(() => readSignatureMonth("31/11/2021", valora)).message).toBe(
      'Data de assinatura: "31/11/2021" não é uma data: novembro de 2021 não tem dia 31.',
    );
  });

  test("the last day to sign stays on a Saturday unless the next working day is asked for", () => {
    // Made available on Saturday 13/11/2021: 7 days later is Saturday 20/11/2021 (not a holiday before 2024).
    const availableOn = { year: 2021, month: 11, day: 13 };
    expect(signatureDeadline(availableOn, false, valora)).toEqual({ year: 2021, month: 11, day: 20 });
    expect(signatureDeadline(availableOn, false, valora, true)).toEqual({ year: 2021, month: 11, day: 22 });
  });
});
