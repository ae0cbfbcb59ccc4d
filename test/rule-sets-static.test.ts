// The module-level parts of rule-set validation (schema.ts, registry.ts): every regular expression at both of its
// anchors, the messages an analyst reads, each field's label as the pane's form names it, and zod's jitless mode.
import { z } from "zod";
import { loadRuleSet, type FieldIssue } from "../src/rules";
import { ruleSetIdKey } from "../src/rules/rule-sets/registry";
import { refusal } from "./support/refusal";
import { porteVariant, recomposicaoVariant } from "./support/rule-set-variants";

function issues(data: unknown): readonly FieldIssue[] {
  return refusal(() => loadRuleSet(data)).issues;
}

const TOO_SHORT = "Pequeno demais: esperava que o texto tivesse >= 1 caracteres";
const NOT_TEXT = "Entrada inválida: esperava um texto, recebeu um número";
const TERMS = 'palavras sem acento, em minúsculas, como "sem fins lucrativos"';

describe("zod runs without generated code", () => {
  test("the schema sets zod jitless (the task pane's Content-Security-Policy forbids eval)", () => {
    expect(z.config().jitless).toBe(true);
  });
});

describe("ruleSetIdKey", () => {
  test("lower case, no spaces or dots, '-' read as '/'", () => {
    expect(ruleSetIdKey(" Minha-2018 ")).toBe("minha/2018");
    expect(ruleSetIdKey("5.978 / 2017")).toBe("5978/2017");
    expect(ruleSetIdKey("RES..7845-2021")).toBe("res7845/2021");
  });
});

describe("every field a porte rule set can get wrong, with its label and message", () => {
  test("id, title, subject, bands, budget", () => {
    const data = porteVariant((d) => {
      d.id = "-minha";
      d.title = "";
      d.subject = "";
      d.bands.article = "";
      d.bands.basis = "";
      const items = d.bands.items as { porte: string; to: string | null }[];
      items[0].porte = "Porte 1";
      items[1].to = "R$ 1,00";
      d.budget.amount = "R$ 0,00";
    });
    expect(issues(data)).toEqual([
      { path: "id", label: "Nome (id)", message: 'use letras, números, "-", "/" ou ".", como 5978/2017 ou minha-2018' },
      { path: "title", label: "Título", message: TOO_SHORT },
      { path: "subject", label: "Assunto", message: TOO_SHORT },
      { path: "bands.article", label: "Faixas · artigo", message: TOO_SHORT },
      { path: "bands.basis", label: "Faixas · base", message: TOO_SHORT },
      {
        path: "bands.items[0].porte",
        label: "Faixa 1 · porte",
        message: 'a 1ª faixa deve se chamar "Porte I", não "Porte 1"',
      },
      {
        path: "bands.items[1].to",
        label: "Faixa 2 · até",
        message: "a faixa termina (R$ 1,00) antes de começar (R$ 2.000.000,01)",
      },
      {
        path: "bands.items[2].from",
        label: "Faixa 3 · de",
        message: "lacuna de mais de um centavo entre R$ 1,00 (Porte II) e R$ 5.000.000,01 (Porte III)",
      },
      { path: "budget.amount", label: "Limite · valor", message: "o valor deve ser maior que R$ 0,00" },
      { path: "incentives.items", label: "Incentivos", message: "falta o incentivo do Porte 1" },
      { path: "incentives.items.Porte I", label: "Incentivos · Porte I", message: "Porte I não existe nas faixas" },
    ]);
  });

  test("an id is anchored at its start: a leading character outside letters and digits is refused", () => {
    expect(issues(porteVariant((d) => (d.id = "_minha-2018")))).toEqual([
      { path: "id", label: "Nome (id)", message: 'use letras, números, "-", "/" ou ".", como 5978/2017 ou minha-2018' },
    ]);
  });

  test("a missing field of one fixed value is said to be missing, as any other", () => {
    const data = recomposicaoVariant((d) => delete d.split.remainder);
    expect(issues(data)).toEqual([
      { path: "split.remainder", label: "Pré e pós-fixado · resto", message: "campo obrigatório ausente" },
    ]);
  });

  test("a missing kind is said with the kinds there are", () => {
    const data = porteVariant((d) => delete (d as { kind?: string }).kind);
    expect(issues(data)).toEqual([
      { path: "kind", label: "Tipo", message: "Valor de discriminação inválido. Esperava 'porte' | 'recomposicao'" },
    ]);
  });

  test("an unknown kind", () => {
    expect(issues(porteVariant((d) => (d.kind = "x")))).toEqual([
      { path: "kind", label: "Tipo", message: "Valor de discriminação inválido. Esperava 'porte' | 'recomposicao'" },
    ]);
  });
});

describe("every field a recomposição rule set can get wrong, with its label and message", () => {
  test("natures, coverage, transition, total, signature, payment, 2021, split", () => {
    const data = recomposicaoVariant((d) => {
      const n = d.eligibleNatures;
      n.description = "";
      n.note = 5;
      n.eligibleTerms = [];
      n.unconfirmedTerms = ["ação"]; // accented: refused at both ends ("a…" and "…o" alone would pass)
      n.ineligibleTerms = ["Sem"]; // upper case at the start only
      n.negations = ["x!"]; // wrong at the end only
      n.codes = { eligible: ["1"], unconfirmed: ["1", "2", "12345"], ineligible: ["2"] };
      d.coverage.percent = "101";
      d.transition.start = "02021-11-12"; // a fifth digit before a valid date
      d.transition.startNote = 5;
      d.transition.years = 51;
      d.annualTotal.amount = "x";
      d.signature.days = 0;
      d.signature.extensionDays = 366;
      d.payment.parcelsPerYear = 13;
      d.proportional2021 = { article: "", year: 2100, firstMonth: 13, periodMonths: 13, periodEndMonth: 0 };
      d.split.preFixedPercent = 101;
    });
    expect(issues(data)).toEqual([
      { path: "eligibleNatures.description", label: "Naturezas elegíveis · descrição", message: TOO_SHORT },
      { path: "eligibleNatures.note", label: "Naturezas elegíveis · observação", message: NOT_TEXT },
      {
        path: "eligibleNatures.eligibleTerms",
        label: "Naturezas elegíveis · termos elegíveis",
        message: "Pequeno demais: esperava que o vetor tivesse >= 1 elementos",
      },
      {
        path: "eligibleNatures.unconfirmedTerms[0]",
        label: "Naturezas elegíveis · termos a confirmar · 1",
        message: TERMS,
      },
      {
        path: "eligibleNatures.ineligibleTerms[0]",
        label: "Naturezas elegíveis · termos não elegíveis · 1",
        message: TERMS,
      },
      { path: "eligibleNatures.negations[0]", label: "Naturezas elegíveis · negações · 1", message: TERMS },
      {
        path: "eligibleNatures.codes.unconfirmed[2]",
        label: "Naturezas elegíveis · códigos · a confirmar · 3",
        message: 'início do código da natureza jurídica, como "1" ou "2011"',
      },
      {
        path: "eligibleNatures.codes.unconfirmed[0]",
        label: "Naturezas elegíveis · códigos · a confirmar · 1",
        message: 'o código "1" já está na lista "elegíveis"',
      },
      {
        path: "eligibleNatures.codes.ineligible[0]",
        label: "Naturezas elegíveis · códigos · não elegíveis · 1",
        message: 'o código "2" já está na lista "a confirmar"',
      },
      { path: "coverage.percent", label: "Cobertura · percentual", message: "percentual de 0 a 100" },
      { path: "transition.start", label: "Transição · início", message: "data como 2021-11-12" },
      { path: "transition.startNote", label: "Transição · observação do início", message: NOT_TEXT },
      { path: "transition.years", label: "Transição · anos", message: "no máximo 50 ano(s)" },
      {
        path: "annualTotal.amount",
        label: "Total anual · valor",
        message: 'Não é um valor em reais: "x". Escreva um valor em reais, como R$ 2.000.000,01 ou 2000000,01.',
      },
      { path: "signature.days", label: "Assinatura · dias", message: "ao menos 1 dia(s)" },
      { path: "signature.extensionDays", label: "Assinatura · dias de prorrogação", message: "no máximo 365 dias" },
      { path: "payment.parcelsPerYear", label: "Pagamento · parcelas por ano", message: "no máximo 12 parcela(s)" },
      { path: "proportional2021.article", label: "2021 proporcional · artigo", message: TOO_SHORT },
      { path: "proportional2021.year", label: "2021 proporcional · ano", message: "ano de 1900 a 2099" },
      {
        path: "proportional2021.firstMonth",
        label: "2021 proporcional · primeiro mês",
        message: "Grande demais: esperava que o número fosse <= 12",
      },
      {
        path: "proportional2021.periodMonths",
        label: "2021 proporcional · meses do período",
        message: "no máximo 12 mês(es)",
      },
      {
        path: "proportional2021.periodEndMonth",
        label: "2021 proporcional · mês final",
        message: "Pequeno demais: esperava que o número fosse >= 1",
      },
      {
        path: "proportional2021",
        label: "2021 proporcional",
        message: "o primeiro mês deve cair dentro do período, que termina no mês final",
      },
      {
        path: "split.preFixedPercent",
        label: "Pré e pós-fixado · percentual pré-fixado",
        message: "Grande demais: esperava que o número fosse <= 100",
      },
    ]);
  });

  test("a start date with anything after the day is refused", () => {
    expect(issues(recomposicaoVariant((d) => (d.transition.start = "2021-11-12 ")))).toEqual([
      { path: "transition.start", label: "Transição · início", message: "data como 2021-11-12" },
    ]);
  });

  test.each([
    ["100 ", "anything after the number"],
    [" 87,5", "anything before the number"],
  ])("a percent %j is refused (%s)", (percent) => {
    expect(issues(recomposicaoVariant((d) => (d.coverage.percent = percent)))).toEqual([
      { path: "coverage.percent", label: "Cobertura · percentual", message: 'percentual como "100" ou "87,5"' },
    ]);
  });

  test("a percent with more than one decimal is accepted", () => {
    const ruleSet = loadRuleSet(recomposicaoVariant((d) => (d.coverage.percent = "87,55")));
    expect(ruleSet.kind === "recomposicao" && ruleSet.coverage.percent).toBe("87,55");
  });
});
