import type { AnnexKind, AnnexTable, Header } from "./kind";
import { isBlank, type CellValue } from "./sheet";
import { normalizeText } from "./text";

/** A header cell is short: a longer text (a title, a 5 MB cell) is not read as one. */
const MAX_HEADER_CELL = 80;

/** normalizeText, remembered for one search: the texts of a sheet's rows repeat (names, labels). */
function normalizer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let normalized = seen.get(text);
    if (normalized === undefined) seen.set(text, (normalized = normalizeText(text)));
    return normalized;
  };
}

/** The columns of a row, by role, as this kind names them (the first of each). */
export function columnsOf<C extends string>(
  row: readonly CellValue[],
  columns: AnnexKind<C>["columns"],
  normalize: (text: string) => string = normalizeText,
): Header<C>["columns"] {
  const found: Header<C>["columns"] = {};
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== "string" || cell.length > MAX_HEADER_CELL || isBlank(cell)) continue;
    const text = normalize(cell);
    const role = columns.find(([, pattern]) => pattern.test(text))?.[0];
    if (role !== undefined && found[role] === undefined) found[role] = c;
  }
  return found;
}

const hasAll = <C extends string>(columns: Header<C>["columns"], required: readonly C[]) =>
  required.every((role) => columns[role] !== undefined);

/** The first row anywhere in the sheet with at least these of the kind's columns. */
export function findHeader<C extends string>(
  values: readonly CellValue[][],
  columns: AnnexKind<C>["columns"],
  required: readonly C[],
): Header<C> | undefined {
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const found = columnsOf(values[rowIndex], columns);
    if (hasAll(found, required)) return { rowIndex, columns: found };
  }
  return undefined;
}

/**
 * Every annex table of a sheet, in order: a row with the header of one of these kinds (the first kind that
 * matches, in the list's order) starts a table, which runs to the next such row. The whole sheet is
 * searched: titles, articles and other acts may come first.
 */
export function findAnnexTables(values: readonly CellValue[][], kinds: readonly AnnexKind[]): AnnexTable[] {
  const tables: AnnexTable[] = [];
  const normalize = normalizer();
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const row = values[rowIndex];
    if (!row.some((cell) => typeof cell === "string")) continue;
    for (const kind of kinds) {
      const columns = columnsOf(row, kind.columns, normalize);
      if (!hasAll(columns, kind.required)) continue;
      const previous = tables.at(-1);
      if (previous) previous.endRowIndex = rowIndex;
      const title = titleAbove(values, rowIndex, previous ? previous.header.rowIndex + 1 : 0);
      tables.push({ kind: kind.id, header: { rowIndex, columns }, endRowIndex: values.length, title });
      break;
    }
  }
  return tables;
}

/** The nearest text above the header that names an annex ("ANEXO I DA RESOLUÇÃO…"). */
function titleAbove(values: readonly CellValue[][], headerRowIndex: number, top: number): string | null {
  for (let r = headerRowIndex - 1; r >= top; r--) {
    for (const cell of values[r]) {
      if (typeof cell === "string" && cell.length <= 200 && /^anexo\b/.test(normalizeText(cell))) return cell.trim();
    }
  }
  return null;
}
