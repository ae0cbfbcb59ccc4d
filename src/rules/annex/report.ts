import { z } from "zod";

/** Every problem code and its severity. A code never changes meaning: tools and people rely on it. */
export const PROBLEM_SEVERITY = {
  "header-not-found": "error",
  "sequence-break": "error",
  "municipality-missing": "error",
  "municipality-duplicate": "error",
  "municipality-unknown": "warning",
  "municipality-excluded": "error",
  "municipality-not-mg": "error",
  "ibge-invalid": "error",
  "ibge-mismatch": "error",
  "porte-invalid": "error",
  "value-invalid": "error",
  "value-mismatch": "error",
  "teto-invalid": "error",
  "porte-mismatch": "error",
  "total-missing": "warning",
  // What the reader could not place in the table (Sheet.readerProblems) and rows outside the table.
  "row-after-total": "error",
  "row-ignored": "warning",
  "extra-fields": "error",
  "csv-quote": "error",
  "encoding-mixed": "warning",
  "total-mismatch": "error",
  "budget-exceeded": "error",
  // Recomposição annexes (Res. 7.845/2021)
  "cnes-invalid": "error",
  "cnes-duplicate": "error",
  "nature-ineligible": "error",
  "nature-unconfirmed": "warning",
  "recomposition-mismatch": "error",
  "components-mismatch": "error",
} as const;

export type ProblemCode = keyof typeof PROBLEM_SEVERITY;
const codes = Object.keys(PROBLEM_SEVERITY) as [ProblemCode, ...ProblemCode[]];

/** Money in the report: a string with two decimals, "10425000.00". */
const money = z.string().regex(/^-?\d+\.\d{2}$/);

export const problemSchema = z.object({
  code: z.enum(codes),
  severity: z.enum(["error", "warning"]),
  /** A1 address of the cell ("D12"), null when the problem has no cell. */
  cell: z.string().nullable(),
  /** Sheet row number and column letter of the cell. */
  row: z.number().int().positive().nullable(),
  column: z.string().nullable(),
  /** Line of the source text (published text, PDF), when the annex came from one; null otherwise. */
  line: z.number().int().positive().nullable(),
  /** Page of that line, when the annex came from a PDF ("pág. 3, linha 12"); null otherwise. */
  page: z.number().int().positive().nullable(),
  /** pt-BR: what is wrong and what was expected. */
  message: z.string(),
  expected: z.string().optional(),
  found: z.string().optional(),
  suggestion: z.string().optional(),
});

const porteSummary = z.object({ count: z.number().int().nonnegative(), sum: money });
const groupSummary = z.object({
  count: z.number().int().nonnegative(),
  sum: money,
  /** Macrorregiões only: keeps the recomposição after the transition (Res. 7.845/2021, Art. 4). */
  keepsAfterTransition: z.boolean().optional(),
});

export const reportSchema = z.object({
  file: z.string().nullable(),
  sheet: z.string().nullable(),
  /** The annex kind (ANNEX_KINDS): "porte", "recomposicao". */
  kind: z.string(),
  ruleSet: z.string(),
  /** True when there is no error (warnings allowed). */
  valid: z.boolean(),
  summary: z.object({
    rows: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    /** Sum of the rows' amounts; null when some amount is unreadable (see sumNote). */
    sum: money.nullable(),
    declaredTotal: money.nullable(),
    /** Why the sum is unknown, when it is. */
    sumNote: z.string().optional(),
    /** Porte annexes: rows and amounts by the porte each row is paid as ("I" … "VI"). */
    byPorte: z.record(z.string(), porteSummary).optional(),
    /** Recomposição annexes: rows and recomposição by macrorregião and by natureza jurídica. */
    byMacrorregiao: z.record(z.string(), groupSummary).optional(),
    byNatureza: z.record(z.string(), groupSummary).optional(),
  }),
  problems: z.array(problemSchema),
  /** Every annex table found in the source, and which one this report checked (0: none found). */
  annex: z
    .object({
      number: z.number().int().nonnegative(),
      tables: z.array(
        z.object({
          number: z.number().int().positive(),
          /** The annex kind (ANNEX_KINDS): "porte", "recomposicao". */
          kind: z.string(),
          /** The title above the table ("ANEXO II DA RESOLUÇÃO…"), when there is one. */
          title: z.string().nullable(),
          /** Where its header is: the cell of the header row's first column… */
          cell: z.string(),
          /** …and its line in the source text, when the annex came from text. */
          line: z.number().int().positive().nullable(),
          /** …and its page, when the source was a PDF. */
          page: z.number().int().positive().nullable(),
        }),
      ),
    })
    .optional(),
});

export type Problem = z.infer<typeof problemSchema>;
export type Report = z.infer<typeof reportSchema>;
