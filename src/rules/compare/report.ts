import { z } from "zod";

/** Money in the report: a string with two decimals, "10425000.00" (as in the validator's report). */
const money = z.string().regex(/^-?\d+\.\d{2}$/);

/** Where a row is in its annex: the cell of its Município (or CNES), and its line and page in a text or PDF. */
const place = {
  cell: z.string(),
  line: z.number().int().positive().nullable(),
  page: z.number().int().positive().nullable(),
};

/** A row of one annex, identified: a municipality (porte annex) or an establishment (recomposição). */
export const comparedRowSchema = z.object({
  /** The IBGE code of the municipality (porte annexes) or the CNES (recomposição annexes). */
  code: z.string(),
  /** The IBGE name of the municipality, or the establishment as written. */
  name: z.string(),
  /** The name (or CNES) as this annex writes it. */
  written: z.string(),
  /** Porte annexes: the porte the row is paid as ("Porte II"); null when unreadable, and for recomposição. */
  porte: z.string().nullable(),
  /** The row's amount (R$ or recomposição); null when unreadable. */
  amount: money.nullable(),
  ...place,
});

/** A municipality (or establishment) in both annexes, as each has it, and after minus before. */
export const changeSchema = z.object({
  code: z.string(),
  name: z.string(),
  before: comparedRowSchema,
  after: comparedRowSchema,
  /** after.amount − before.amount; null when either is unreadable. */
  difference: money.nullable(),
});

const sideSchema = z.object({
  file: z.string().nullable(),
  sheet: z.string().nullable(),
  /** Which annex table of the file was compared, from 1, and its title when it has one. */
  annex: z.number().int().positive(),
  title: z.string().nullable(),
  ruleSet: z.string(),
  rows: z.number().int().nonnegative(),
  /** Sum of the rows' amounts; null when some amount is unreadable. */
  sum: money.nullable(),
  declaredTotal: money.nullable(),
});

export const comparisonSchema = z.object({
  /** The annex kind of both (ANNEX_KINDS): "porte", "recomposicao". */
  kind: z.string(),
  before: sideSchema,
  after: sideSchema,
  /** In the new annex only, in its order. */
  added: z.array(comparedRowSchema),
  /** In the previous annex only, in its order. */
  removed: z.array(comparedRowSchema),
  /** Porte annexes: in both, with another porte (their amounts and the difference too), in the new order. */
  porteChanged: z.array(changeSchema),
  /** In both, same porte, another amount, in the new order. */
  amountChanged: z.array(changeSchema),
  /** In both, the same code written another way ("Brasópolis" → "Brazópolis", an OCR slip corrected). */
  renamed: z.array(z.object({ code: z.string(), name: z.string(), before: z.string(), after: z.string() })),
  /** Names read by approximation (an OCR slip, an abbreviation) as the closest municipality: check them. */
  approximate: z.array(
    z.object({ side: z.enum(["before", "after"]), code: z.string(), name: z.string(), written: z.string(), ...place }),
  ),
  /** Rows that could not be identified (a blank, unknown or repeated name, a bad CNES): never dropped. */
  unmatched: z.array(
    z.object({
      side: z.enum(["before", "after"]),
      written: z.string(),
      porte: z.string().nullable(),
      amount: money.nullable(),
      /** pt-BR: why. */
      reason: z.string(),
      ...place,
    }),
  ),
  /** The sums of the rows' amounts, before and after, and after minus before (null when one is unknown). */
  totals: z.object({ before: money.nullable(), after: money.nullable(), difference: money.nullable() }),
  /** True when nothing was added, removed or changed and every row was identified. */
  same: z.boolean(),
});

export type ComparedRow = z.infer<typeof comparedRowSchema>;
export type Change = z.infer<typeof changeSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
