// The walk down an annex table that every kind shares: its rows up to the TOTAL, what comes after it, and
// the extra fields of a split CSV row.
import type { AnnexTable } from "./kind";
import type { Problems } from "./problems";
import { isBlankRow, isTotalRow } from "./rows";
import { isBlank, showCell, type CellValue, type Sheet } from "./sheet";

/** The rows of one table, and, for the validator, where to report what lies outside them. */
export interface TableWalk {
  sheet: Sheet;
  table: AnnexTable;
  visit: (rowIndex: number, row: CellValue[]) => void;
  /** Rows after the TOTAL and extra CSV fields, reported; left out when only the rows are wanted. */
  report?: WalkReport;
}

/** How a kind of annex reports a row after its TOTAL, and tells a data row from a note there. */
export interface WalkReport {
  problems: Problems;
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
export function walkTable({ sheet, table, visit, report }: TableWalk): number | undefined {
  const { values } = sheet;
  const width = headerWidth(values[table.header.rowIndex]);
  let totalRowIndex: number | undefined;
  for (let r = table.header.rowIndex + 1; r < table.endRowIndex; r++) {
    const row = values[r];
    if (isBlankRow(row)) continue;
    if (totalRowIndex !== undefined) {
      if (report?.isDataRow(row)) {
        const { problems, keyColumn } = report;
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
    if (report && sheet.format === "csv") checkExtraFields(report.problems, r, row, width);
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
