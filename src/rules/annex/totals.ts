// The TOTAL and limit checks every kind shares: total-missing, total-mismatch and budget-exceeded.
import type { Cents } from "../money/cents";
import { formatBrl, toDecimalString } from "../money/format";
import type { Problems } from "./problems";

/** a + b, or undefined past the safe-integer range (a sum of huge amounts must be reported, never thrown). */
export function addIfSafe(a: Cents, b: Cents): Cents | undefined {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : undefined;
}

/** The message for a cell whose amount makes the sum leave the range computed to the centavo. */
export const SUM_TOO_LARGE =
  "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.";

export interface SumCheck {
  sum: Cents;
  /** False when some amount was unreadable: the sum is then unknown and nothing is compared. */
  sumKnown: boolean;
  /** The TOTAL row's amount, when it has a readable one. */
  declared: Cents | undefined;
  totalRowIndex: number | undefined;
  /** The column holding the amounts and the TOTAL. */
  column: number;
  /** "das linhas", "das recomposições": what the sum adds up, for the messages. */
  of: string;
  /** The rule set's ceiling: "limite" (5.978/2017, Art. 5) or "total anual" (7.845/2021, Art. 5). */
  limit: { name: string; amount: Cents; article: string; ruleSetId: string };
}

/** total-missing, then (when the sum is known) total-mismatch and budget-exceeded. */
export function checkSum(problems: Problems, check: SumCheck): void {
  const { sum, declared, totalRowIndex, column, limit } = check;
  if (totalRowIndex === undefined) {
    problems.add("total-missing", null, 0, "Não há linha TOTAL: a soma não pôde ser conferida com o total declarado.");
  }
  if (!check.sumKnown) return;
  if (declared !== undefined && declared !== sum) {
    problems.add(
      "total-mismatch",
      totalRowIndex ?? null,
      column,
      `O TOTAL declarado, ${formatBrl(declared)}, não é a soma ${check.of}: ${formatBrl(sum)}.`,
      { expected: toDecimalString(sum), found: toDecimalString(declared) },
    );
  }
  if (sum > limit.amount) {
    problems.add(
      "budget-exceeded",
      totalRowIndex ?? null,
      column,
      `A soma, ${formatBrl(sum)}, passa do ${limit.name} de ${formatBrl(limit.amount)} (${limit.article} da Res. ${limit.ruleSetId}).`,
      { expected: toDecimalString(limit.amount), found: toDecimalString(sum) },
    );
  }
}

/** The summary's sum, declared total and, when the sum is unknown, why. */
export function sumFields({ sum, sumKnown, declared }: Pick<SumCheck, "sum" | "sumKnown" | "declared">) {
  return {
    sum: sumKnown ? toDecimalString(sum) : null,
    declaredTotal: declared === undefined ? null : toDecimalString(declared),
    ...(sumKnown
      ? {}
      : {
          sumNote:
            "A soma não foi calculada porque há valores ilegíveis (value-invalid); por isso o TOTAL e o limite não foram conferidos.",
        }),
  };
}
