import { z } from "zod";
import { ptBR } from "zod/locales";
import { RuleError, type FieldIssue } from "../errors";
import { type Cents } from "../money/cents";
import { formatBrl } from "../money/format";
import { parseBrl } from "../money/parse";
import { toRoman } from "./roman";

// No code generated at run time: the task pane's Content-Security-Policy forbids eval, and zod would try it.
z.config({ jitless: true });

// Amounts are written in the rule-set files as the resolutions write them: "R$ 2.000.000,01".
const amount = z.string().transform((text, ctx): Cents => {
  try {
    const cents = parseBrl(text);
    if (cents < 0) ctx.addIssue({ code: "custom", message: `valor negativo: "${text}"` });
    return cents;
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
});

/** An incentive or a budget: zero would pay nothing, so it must be above R$ 0,00. */
const positiveAmount = amount.refine((cents) => cents > 0, { message: "o valor deve ser maior que R$ 0,00" });

const article = z.string().min(1);
const header = {
  // "5978/2017" for a resolution; a rule set made by an analyst may use a name such as "minha-2018".
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9./-]{0,39}$/i, 'use letras, números, "-", "/" ou ".", como 5978/2017 ou minha-2018'),
  title: z.string().min(1),
  subject: z.string().min(1),
};

const band = z.object({ porte: z.string(), from: amount, to: amount.nullable() });

/** Art. 3 bands of 5978/2017: contiguous to the centavo, from R$ 0,00, the last one open. */
const bands = z
  .object({ article, basis: z.string().min(1), items: z.array(band).min(1, "é preciso ao menos uma faixa") })
  .superRefine(({ items }, ctx) => {
    const at = (index: number, field: string) => ["items", index, field];
    items.forEach((item, index) => {
      const expectedLabel = `Porte ${toRoman(index + 1)}`;
      if (item.porte !== expectedLabel) {
        ctx.addIssue({
          code: "custom",
          path: at(index, "porte"),
          message: `a ${index + 1}ª faixa deve se chamar "${expectedLabel}", não "${item.porte}"`,
        });
      }
      const isLast = index === items.length - 1;
      if (item.to === null && !isLast) {
        ctx.addIssue({
          code: "custom",
          path: at(index, "to"),
          message: "só a última faixa pode ficar sem limite superior",
        });
      }
      if (item.to !== null && isLast) {
        ctx.addIssue({
          code: "custom",
          path: at(index, "to"),
          message: "a última faixa deve ficar sem limite superior (null), para que todo Teto MAC tenha porte",
        });
      }
      if (item.to !== null && item.to < item.from) {
        ctx.addIssue({
          code: "custom",
          path: at(index, "to"),
          message: `a faixa termina (${formatBrl(item.to)}) antes de começar (${formatBrl(item.from)})`,
        });
      }
      if (index === 0) {
        if (item.from !== 0) {
          ctx.addIssue({ code: "custom", path: at(0, "from"), message: "a primeira faixa deve começar em R$ 0,00" });
        }
        return;
      }
      const previous = items[index - 1];
      if (previous.to === null) return; // already reported above
      const where = at(index, "from");
      if (item.from < previous.from) {
        ctx.addIssue({
          code: "custom",
          path: where,
          message: `faixas fora de ordem: ${item.porte} começa antes de ${previous.porte}`,
        });
      } else if (item.from <= previous.to) {
        ctx.addIssue({
          code: "custom",
          path: where,
          message: `${item.porte} sobrepõe ${previous.porte}, que vai até ${formatBrl(previous.to)}`,
        });
      } else if (item.from > previous.to + 1) {
        ctx.addIssue({
          code: "custom",
          path: where,
          message: `lacuna de mais de um centavo entre ${formatBrl(previous.to)} (${previous.porte}) e ${formatBrl(item.from)} (${item.porte})`,
        });
      }
    });
  });

const porteRuleSetSchema = z
  .object({
    ...header,
    kind: z.literal("porte"),
    excludedMunicipalities: z.object({ article, names: z.array(z.string().min(1)) }),
    bands,
    incentives: z.object({ article, items: z.record(z.string(), positiveAmount) }),
    budget: z.object({ article, amount: positiveAmount }),
  })
  .superRefine(({ bands, incentives }, ctx) => {
    const portes = bands.items.map((item) => item.porte);
    for (const porte of portes) {
      if (!(porte in incentives.items)) {
        ctx.addIssue({ code: "custom", path: ["incentives", "items"], message: `falta o incentivo do ${porte}` });
      }
    }
    for (const porte of Object.keys(incentives.items)) {
      if (!portes.includes(porte)) {
        ctx.addIssue({
          code: "custom",
          path: ["incentives", "items", porte],
          message: `${porte} não existe nas faixas`,
        });
      }
    }
  });

const terms = z.array(
  z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'palavras sem acento, em minúsculas, como "sem fins lucrativos"'),
);
const VERDICT_LISTS = ["eligible", "unconfirmed", "ineligible"] as const;
const codePrefixes = z.array(
  z.string().regex(/^\d{1,4}$/, 'início do código da natureza jurídica, como "1" ou "2011"'),
);
// Every number a rule set holds is range-checked: a typo must not become a rule.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "data como 2021-11-12")
  .refine((text) => {
    const [year, month, day] = text.split("-").map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    // A day 00, or past the end of its month (two digits: at most 99), rolls the date into another month.
    return year >= 1900 && year <= 2099 && date.getUTCMonth() === month - 1;
  }, "data que não existe, ou fora de 1900 a 2099");
const count = (max: number, unit: string) =>
  z.number().int().min(1, `ao menos 1 ${unit}`).max(max, `no máximo ${max} ${unit}`);
const month = z.number().int().min(1).max(12);

const recomposicaoRuleSetSchema = z.object({
  ...header,
  kind: z.literal("recomposicao"),
  /**
   * Art. 2 §1: who may receive it, from the words of a "Natureza jurídica" cell (accents and case ignored, a
   * word right after a negation does not count) or its CONCLA code, by the longest matching code prefix.
   */
  eligibleNatures: z.object({
    article,
    description: z.string().min(1),
    note: z.string().optional(),
    eligibleTerms: terms.min(1),
    unconfirmedTerms: terms,
    ineligibleTerms: terms,
    negations: terms,
    codes: z
      .object({ eligible: codePrefixes, unconfirmed: codePrefixes, ineligible: codePrefixes })
      .superRefine((codes, ctx) => {
        // One verdict per code: the same prefix in two lists would let the first list win without a word.
        const listOf = new Map<string, string>();
        for (const list of VERDICT_LISTS) {
          const name = FIELD_NAMES.get(list) as string; // the list's name as the error labels show it
          codes[list].forEach((prefix, i) => {
            const other = listOf.get(prefix);
            if (other === undefined) listOf.set(prefix, name);
            // A repeat within one list is harmless: the verdict is the same.
            else if (other !== name) {
              ctx.addIssue({
                code: "custom",
                path: [list, i],
                message: `o código "${prefix}" já está na lista "${other}"`,
              });
            }
          });
        }
      }),
  }),
  coverage: z.object({
    article,
    percent: z
      .string()
      .regex(/^\d{1,3}(,\d+)?$/, 'percentual como "100" ou "87,5"')
      .refine((text) => Number(text.replace(",", ".")) <= 100, "percentual de 0 a 100"),
    note: z.string().optional(),
  }),
  /** Art. 3: the transition, from this date, for this many years. */
  transition: z.object({
    article,
    start: isoDate,
    startNote: z.string().optional(),
    years: count(50, "ano(s)"),
  }),
  /** Art. 4: macrorregiões that keep the recomposição after the transition. */
  afterTransition: z.object({ article, macroregions: z.array(z.string().min(1)) }),
  annualTotal: z.object({ article, amount }),
  /** Art. 7 §2: days to sign from when the instrument is made available, and the one extension. */
  signature: z.object({
    article,
    days: count(365, "dia(s)"),
    extensionDays: z.number().int().min(0, "não pode ser negativo").max(365, "no máximo 365 dias"),
  }),
  /** Art. 8 §1: parcels a year; which parcel takes the centavos left by the division. */
  payment: z.object({ article, parcelsPerYear: count(12, "parcela(s)"), remainder: z.enum(["first", "last"]) }),
  /**
   * Art. 8 §2 (the text gives no formula): the 2021 amount is the parcel of the period the signature falls in,
   * times the months from the month of signature to the end of the period, over the months of the period.
   */
  proportional2021: z
    .object({
      article,
      year: z.number().int().min(1900, "ano de 1900 a 2099").max(2099, "ano de 1900 a 2099"),
      firstMonth: month,
      periodMonths: count(12, "mês(es)"),
      periodEndMonth: month,
    })
    .refine((p) => p.firstMonth <= p.periodEndMonth && p.periodEndMonth - p.firstMonth < p.periodMonths, {
      message: "o primeiro mês deve cair dentro do período, que termina no mês final",
    }),
  /** Art. 8 §4: the pre-fixed share; the post-fixed part is the rest, centavos included. */
  split: z.object({ article, preFixedPercent: z.number().int().min(0).max(100), remainder: z.literal("postFixed") }),
});

const ruleSetSchema = z.discriminatedUnion("kind", [porteRuleSetSchema, recomposicaoRuleSetSchema]);

export type PorteRuleSetData = z.output<typeof porteRuleSetSchema>;
export type RecomposicaoRuleSetData = z.output<typeof recomposicaoRuleSetSchema>;
export type RuleSetData = z.output<typeof ruleSetSchema>;

const localeMessages = ptBR().localeError;
/**
 * zod's pt-BR messages, but a missing field is said so, whatever it should hold: zod would say it received a
 * value "undefined" or, for a field of one fixed value, only that it expected that value.
 */
const portugueseMessages: z.core.$ZodErrorMap = (issue) =>
  issue.input === undefined ? "campo obrigatório ausente" : localeMessages(issue);

/** Validates a rule set read from data; a bad one is refused with every problem, each naming its field. */
export function parseRuleSetData(data: unknown): RuleSetData {
  const result = ruleSetSchema.safeParse(data, { error: portugueseMessages });
  if (result.success) return result.data;
  const id = typeof data === "object" && data !== null && "id" in data ? ` "${String(data.id)}"` : "";
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    label: fieldLabel(issue.path),
    message: issue.message,
  }));
  const problems = issues.map((issue) => `- ${issue.path}: ${issue.message}`);
  throw new RuleError("invalid", `Regra${id} inválida:\n${problems.join("\n")}`, issues);
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "(regra)";
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}

// The fields as the pane's form names them; one named as its key ("porte") needs no entry.
const FIELD_NAMES: ReadonlyMap<string, string> = new Map([
  ["id", "Nome (id)"],
  ["title", "Título"],
  ["subject", "Assunto"],
  ["kind", "Tipo"],
  ["from", "de"],
  ["to", "até"],
  ["budget", "Limite"],
  ["amount", "valor"],
  ["incentives", "Incentivos"],
  ["excludedMunicipalities", "Municípios excluídos"],
  ["names", "nomes"],
  ["bands", "Faixas"],
  ["coverage", "Cobertura"],
  ["percent", "percentual"],
  ["signature", "Assinatura"],
  ["days", "dias"],
  ["extensionDays", "dias de prorrogação"],
  ["payment", "Pagamento"],
  ["parcelsPerYear", "parcelas por ano"],
  ["transition", "Transição"],
  ["start", "início"],
  ["years", "anos"],
  ["proportional2021", "2021 proporcional"],
  ["year", "ano"],
  ["firstMonth", "primeiro mês"],
  ["periodMonths", "meses do período"],
  ["periodEndMonth", "mês final"],
  ["annualTotal", "Total anual"],
  ["split", "Pré e pós-fixado"],
  ["preFixedPercent", "percentual pré-fixado"],
  ["article", "artigo"],
  ["basis", "base"],
  ["eligibleNatures", "Naturezas elegíveis"],
  ["description", "descrição"],
  ["note", "observação"],
  ["eligibleTerms", "termos elegíveis"],
  ["unconfirmedTerms", "termos a confirmar"],
  ["ineligibleTerms", "termos não elegíveis"],
  ["negations", "negações"],
  ["codes", "códigos"],
  ["eligible", "elegíveis"],
  ["unconfirmed", "a confirmar"],
  ["ineligible", "não elegíveis"],
  ["startNote", "observação do início"],
  ["afterTransition", "Após a transição"],
  ["macroregions", "macrorregiões"],
  ["remainder", "resto"],
]);

/** "bands.items[1].from" → "Faixa 2 · de"; "incentives.items.Porte II" → "Incentivos · Porte II". */
function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return "Regra";
  if (path[0] === "bands" && path[1] === "items" && typeof path[2] === "number") {
    const field = path[3] === undefined ? [] : [FIELD_NAMES.get(String(path[3])) ?? String(path[3])];
    return [`Faixa ${path[2] + 1}`, ...field].join(" · ");
  }
  return path
    .filter((key) => key !== "items")
    .map((key) => (typeof key === "number" ? String(key + 1) : (FIELD_NAMES.get(String(key)) ?? String(key))))
    .join(" · ");
}
