// What every kind of annex shares: the walk down its table, the TOTAL and limit checks, and the report.
import type { Cents } from "../money/cents";
import { formatBrl, toDecimalString } from "../money/format";
import type { Problems } from "./problems";
import type { Report } from "./report";
import type { AnnexTable } from "./header";
import { isBlankRow, isTotalRow } from "./rows";
import { isBlank, showCell, type CellValue, type Sheet } from "./sheet";

/** a + b, or undefined past the safe-integer range (a sum of huge amounts must be reported, never thrown). */
export function addIfSafe(a: Cents, b: Cents): Cents | undefined {
  const sum = a + b;
  return Number.isSafeInteger(sum) ? sum : undefined;
}

/** The message for a cell whose amount makes the sum leave the range computed to the centavo. */
export const SUM_TOO_LARGE =
  "Valor grande demais: a soma passa do maior valor calculável ao centavo, R$ 90.071.992.547.409,91.";

export type SummaryFields = Omit<Report["summary"], "errors" | "warnings">;

/** How a kind of annex tells a data row from a note, for the rows after its TOTAL. */
export interface TableWalk {
  sheet: Sheet;
  table: AnnexTable;
  problems: Problems;
  visit: (rowIndex: number, row: CellValue[]) => void;
  /** The column that names the row (Município, CNES): where a row after the TOTAL is reported. */
  keyColumn: number;
  /** A row after the TOTAL that is an annex row left out of the TOTAL, not a note or a summary. */
  isDataRow: (row: readonly CellValue[]) => boolean;
}

/**
 * Visits each non-blank row of the table below its header, up to the TOTAL row; returns the TOTAL row's index,
 * if any. Rows after the TOTAL that are annex rows are reported (they are not in the TOTAL); notes and
 * summaries there are not the annex's. In a CSV, a row with more fields than the header is reported: an
 * unquoted "35.000,99" in a comma-separated file splits into two fields.
 */
export function walkTable({ sheet, table, problems, visit, keyColumn, isDataRow }: TableWalk): number | undefined {
  const { values } = sheet;
  const width = headerWidth(values[table.header.rowIndex]);
  let totalRowIndex: number | undefined;
  for (let r = table.header.rowIndex + 1; r < table.endRowIndex; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    if (totalRowIndex !== undefined) {
      if (isDataRow(row)) {
        problems.add(
          "row-after-total",
          r,
          keyColumn,
          `Linha depois do TOTAL, fora da soma: "${showCell(row[keyColumn])}".`,
          { found: showCell(row[keyColumn]) },
        );
      }
      continue;
    }
    if (isTotalRow(row)) {
      totalRowIndex = r;
      continue;
    }
    if (sheet.format === "csv") checkExtraFields(problems, r, row, width);
    visit(r, row);
  }
  return totalRowIndex;
}

function headerWidth(header: readonly CellValue[]): number {
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1])) width--;
  return width;
}

function checkExtraFields(problems: Problems, r: number, row: readonly CellValue[], width: number): void {
  const extra = row.slice(width).filter((cell) => !isBlank(cell));
  if (extra.length === 0) return;
  const shown = extra.map((cell) => `"${showCell(cell)}"`).join(", ");
  problems.add(
    "extra-fields",
    r,
    width,
    `A linha tem ${width + extra.length} campos e o cabeçalho ${width}: sobra ${shown}. Num CSV separado por vírgulas, um valor como 35.000,99 sem aspas vira dois campos; ponha o valor entre aspas ou separe com ";".`,
    { found: extra.map(showCell).join(" | ") },
  );
}

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

/** The report of a validation: valid when no problem is an error. */
export function annexReport(
  kind: Report["kind"],
  ruleSetId: string,
  sheet: Sheet,
  file: string | null | undefined,
  problems: Problems,
  summary: SummaryFields,
): Report {
  const errors = problems.errorCount;
  return {
    file: file ?? null,
    sheet: sheet.name ?? null,
    kind,
    ruleSet: ruleSetId,
    valid: errors === 0,
    summary: { ...summary, errors, warnings: problems.list.length - errors },
    problems: problems.list,
  };
}
