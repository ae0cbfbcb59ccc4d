// The comparison on the new annex's own sheet: which of its cells changed, and how, so that a front end (the
// task pane) can mark them where the analyst works, as it marks the validator's problems.
import { findAnnexTables } from "../annex/header";
import { ANNEX_KINDS } from "../annex/kinds";
import { columnLetters, parseA1, type Sheet } from "../annex/sheet";
import { formatBrl } from "../money/format";
import { parseDecimalString } from "../money/parse";
import { describeChange } from "./layout";
import type { Comparison } from "./report";
import type { AnnexRows } from "./rows";

/** What happened to a row of the new annex. */
export type ComparedCellKind = "added" | "porte" | "amount" | "renamed" | "unmatched";

/** A cell of the new annex's sheet that the comparison points at, with what to say about it (pt-BR). */
export interface ComparedCell {
  /** A1 address on the new annex's sheet. */
  cell: string;
  kind: ComparedCellKind;
  /** The municipality (or establishment) and its code; for a row not identified, as written. */
  label: string;
  message: string;
}

const money = (value: string | null) => (value === null ? "ilegível" : formatBrl(parseDecimalString(value)));

/**
 * The cells of the new annex (`after`, its rows as read from `sheet` by readAnnexRows) that changed: the name
 * of a row added, not identified or written another way, the porte (and amount) of a porte changed, the
 * amount of an amount changed. In the order of the sheet's rows.
 */
export function comparedCells(comparison: Comparison, after: AnnexRows, sheet: Sheet): ComparedCell[] {
  const table = findAnnexTables(sheet.values, ANNEX_KINDS)[after.annex - 1];
  if (table === undefined) return [];
  const origin = parseA1(sheet.origin ?? "A1");
  const columns = table.header.columns as Partial<Record<string, number>>;
  const porteColumn = columns.porte;
  const amountColumn = comparison.kind === "porte" ? columns.valor : columns.recomposicao;
  /** The cell in that column on the row of a key cell ("B12" → "D12"). */
  const beside = (keyCell: string, column: number | undefined) =>
    column === undefined ? null : `${columnLetters(origin.column + column)}${parseA1(keyCell).row}`;
  const cells: ComparedCell[] = [];
  const push = (cell: string | null, kind: ComparedCellKind, label: string, message: string) => {
    if (cell !== null) cells.push({ cell, kind, label, message });
  };
  for (const row of comparison.added) {
    push(
      row.cell,
      "added",
      `${row.name} (${row.code})`,
      `Incluído: não estava no anexo anterior (${money(row.amount)}).`,
    );
  }
  for (const change of comparison.porteChanged) {
    const label = `${change.name} (${change.code})`;
    const message = `Porte alterado: ${describeChange(change, true)}.`;
    push(beside(change.after.cell, porteColumn), "porte", label, message);
    if (change.before.amount !== change.after.amount) {
      push(beside(change.after.cell, amountColumn), "porte", label, message);
    }
  }
  for (const change of comparison.amountChanged) {
    push(
      beside(change.after.cell, amountColumn),
      "amount",
      `${change.name} (${change.code})`,
      `Valor alterado: ${describeChange(change, false)}.`,
    );
  }
  for (const item of comparison.renamed) {
    const cell = after.rows.find((row) => row.key === item.code)?.place.cell ?? null;
    push(cell, "renamed", `${item.name} (${item.code})`, `Escrito de outro modo: antes "${item.before}".`);
  }
  for (const item of comparison.unmatched) {
    if (item.side !== "after") continue;
    push(item.cell, "unmatched", item.written, `Não identificado: ${item.reason}`);
  }
  return cells.sort((a, b) => rowOf(a.cell) - rowOf(b.cell) || a.cell.localeCompare(b.cell));
}

function rowOf(cell: string): number {
  return parseA1(cell).row;
}
