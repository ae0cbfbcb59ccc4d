// The comparison as sheets: the new annex in the published layout (Nº · Município · Porte · R$) with a
// "Mudança" column and the changed cells marked, and a summary. Pure cells: the CLI writes them with exceljs,
// the pane can write them with Office.js.
import { formatBrl, toExcelNumber } from "../money/format";
import { parseDecimalString } from "../money/parse";
import type { CellValue } from "../annex/sheet";
import { BRL_NUMBER_FORMAT } from "../import/published-sheet";
import type { Change, ComparedRow, Comparison } from "./report";
import type { AnnexRows } from "./rows";

/** How a cell is marked: a row added, a value changed, a row that could not be identified. */
export type ComparisonMark = "added" | "changed" | "unmatched";

export interface ComparisonSheet {
  name: string;
  values: CellValue[][];
  /** Number format of each cell that has one (amounts), by "row:column" indexes into values. */
  numberFormats: ReadonlyMap<string, string>;
  marks: ReadonlyArray<{ rowIndex: number; columnIndex: number; mark: ComparisonMark }>;
}

const money = (value: string | null) => (value === null ? "ilegível" : formatBrl(parseDecimalString(value)));

/** "+R$ 25.000,00", "-R$ 5.000,00". */
export function signedBrl(value: string | null): string {
  if (value === null) return "desconhecida";
  const cents = parseDecimalString(value);
  return cents > 0 ? `+${formatBrl(cents)}` : formatBrl(cents);
}

/** "Porte I → Porte II; R$ 35.000,00 → R$ 60.000,00 (+R$ 25.000,00)", or only the amounts. */
export function describeChange(change: Change, withPorte: boolean): string {
  const amounts = `${money(change.before.amount)} → ${money(change.after.amount)} (${signedBrl(change.difference)})`;
  if (!withPorte) return amounts;
  return `${change.before.porte ?? "porte ilegível"} → ${change.after.porte ?? "porte ilegível"}; ${amounts}`;
}

/** The new annex, row by row as it was read, with what changed; then a summary sheet. */
export function comparisonSheets(comparison: Comparison, after: AnnexRows): ComparisonSheet[] {
  const porte = comparison.kind === "porte";
  const byCode = <T extends { code: string }>(list: readonly T[]) => new Map(list.map((item) => [item.code, item]));
  const added = byCode(comparison.added);
  const porteChanged = byCode(comparison.porteChanged);
  const amountChanged = byCode(comparison.amountChanged);
  const renamed = byCode(comparison.renamed);
  const header = porte
    ? ["Nº", "Município", "Porte", "R$", "Mudança"]
    : ["Nº", "CNES", "Estabelecimento", "Recomposição (R$)", "Mudança"];
  const values: CellValue[][] = [header];
  const numberFormats = new Map<string, string>();
  const marks: ComparisonSheet["marks"][number][] = [];
  const [nameColumn, middleColumn, amountColumn] = [1, 2, 3];
  const amountCell = (rowIndex: number, cents: number | null, text: string): CellValue => {
    if (cents === null) return text;
    numberFormats.set(`${rowIndex}:${amountColumn}`, BRL_NUMBER_FORMAT);
    return toExcelNumber(cents);
  };
  after.rows.forEach((row, i) => {
    const r = values.length;
    const notes: string[] = [];
    const mark = (columnIndex: number, kind: ComparisonMark) => marks.push({ rowIndex: r, columnIndex, mark: kind });
    if (row.key === null) {
      notes.push(`Não identificado: ${row.unmatched}`);
      mark(nameColumn, "unmatched");
    } else if (added.has(row.key)) {
      notes.push("Incluído");
      for (let c = 0; c < header.length; c++) mark(c, "added");
    } else {
      const porteChange = porteChanged.get(row.key);
      const amountChange = amountChanged.get(row.key);
      if (porteChange) {
        notes.push(`Porte: ${describeChange(porteChange, true)}`);
        mark(middleColumn, "changed");
        if (porteChange.before.amount !== porteChange.after.amount) mark(amountColumn, "changed");
      } else if (amountChange) {
        notes.push(`Valor: ${describeChange(amountChange, false)}`);
        mark(amountColumn, "changed");
      }
      const spelling = renamed.get(row.key);
      if (spelling) notes.push(`Antes escrito "${spelling.before}"`);
      if (row.approximate) notes.push(`Nome lido como ${row.name} (${row.key})`);
    }
    const middle = porte ? (row.porte ?? "") : (row.name ?? "");
    values.push([i + 1, row.written, middle, amountCell(r, row.amount, row.amountText), notes.join(". ") || null]);
  });
  const totalRow = values.length;
  values.push(["TOTAL", null, null, amountCell(totalRow, after.sum, ""), null]);
  return [{ name: "Anexo novo", values, numberFormats, marks }, summarySheet(comparison)];
}

/** Counts, totals, and the lists the annex sheet cannot show: the rows removed and those not identified. */
function summarySheet(comparison: Comparison): ComparisonSheet {
  const values: CellValue[][] = [];
  const numberFormats = new Map<string, string>();
  const amount = (value: string | null, column: number): CellValue => {
    if (value === null) return "desconhecida";
    numberFormats.set(`${values.length}:${column}`, BRL_NUMBER_FORMAT);
    return toExcelNumber(parseDecimalString(value));
  };
  const describeSide = (side: Comparison["before"]) =>
    [side.file ?? "", side.sheet === null ? "" : `planilha "${side.sheet}"`, `anexo ${side.annex}`]
      .filter(Boolean)
      .join(", ");
  values.push(["Comparação de anexos"], []);
  values.push(["Anexo anterior", describeSide(comparison.before)]);
  values.push(["Anexo novo", describeSide(comparison.after)]);
  values.push(["TOTAL anterior", amount(comparison.totals.before, 1)]);
  values.push(["TOTAL novo", amount(comparison.totals.after, 1)]);
  values.push(["Diferença", amount(comparison.totals.difference, 1)]);
  values.push([]);
  const counts: Array<[string, number]> = [
    ["Incluídos", comparison.added.length],
    ["Excluídos", comparison.removed.length],
    ...(comparison.kind === "porte" ? [["Porte alterado", comparison.porteChanged.length] as [string, number]] : []),
    ["Valor alterado", comparison.amountChanged.length],
    ["Escritos de outro modo", comparison.renamed.length],
    ["Lidos por aproximação", comparison.approximate.length],
    ["Não identificados", comparison.unmatched.length],
  ];
  for (const [label, count] of counts) values.push([label, count]);
  const rowLabel = (row: ComparedRow) => [row.written, row.code, row.porte ?? ""];
  if (comparison.removed.length > 0) {
    values.push([], ["Excluídos (estavam no anexo anterior)"], ["Escrito", "Código", "Porte", "R$"]);
    for (const row of comparison.removed) values.push([...rowLabel(row), amount(row.amount, 3)]);
  }
  if (comparison.unmatched.length > 0) {
    values.push([], ["Não identificados"], ["Anexo", "Onde", "Escrito", "R$", "Motivo"]);
    for (const row of comparison.unmatched) {
      const where =
        row.line === null ? row.cell : row.page === null ? `linha ${row.line}` : `pág. ${row.page}, linha ${row.line}`;
      values.push([row.side === "before" ? "anterior" : "novo", where, row.written, amount(row.amount, 3), row.reason]);
    }
  }
  return { name: "Resumo", values, numberFormats, marks: [] };
}
