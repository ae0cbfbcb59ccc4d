import type { AnnexKind, AnnexTable, Header } from "./kind";
import type { CellValue } from "./sheet";
import { normalizeText } from "./text";

/** A header cell is short: a longer text (a title, a 5 MB cell) is not read as one. */
const MAX_HEADER_CELL = 80;

/** The role of one header cell's text, if any: what a cell's text names for this kind. */
type RoleOf<C extends string> = (text: string) => C | undefined;

function roleReader<C extends string>(columns: AnnexKind<C>["columns"]): RoleOf<C> {
  return (text) => {
    // Trimmed first: spaces padding a header cell do not make it too long to be one.
    const trimmed = text.trim();
    if (trimmed.length > MAX_HEADER_CELL || trimmed === "") return undefined;
    const normalized = normalizeText(text);
    return columns.find(([, pattern]) => pattern.test(normalized))?.[0];
  };
}

/** The same, remembered for one search: the texts of a sheet's rows repeat (names, labels) row after row. */
function rememberedRoleReader<C extends string>(columns: AnnexKind<C>["columns"]): RoleOf<C> {
  const read = roleReader(columns);
  const seen = new Map<string, C | null>();
  return (text) => {
    let role = seen.get(text);
    if (role === undefined) seen.set(text, (role = read(text) ?? null));
    return role ?? undefined;
  };
}

/** The columns of a row, by role, as this kind names them (the first of each). */
export function columnsOf<C extends string>(
  row: readonly CellValue[],
  columns: AnnexKind<C>["columns"],
  roleOf: RoleOf<C> = roleReader(columns),
): Header<C>["columns"] {
  const found: Header<C>["columns"] = {};
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (typeof cell !== "string") continue;
    const role = roleOf(cell);
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
  const roleOf = rememberedRoleReader(columns);
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const found = columnsOf(values[rowIndex], columns, roleOf);
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
  const readers = kinds.map((kind) => rememberedRoleReader(kind.columns));
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const row = values[rowIndex];
    if (!row.some((cell) => typeof cell === "string")) continue;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k];
      const columns = columnsOf(row, kind.columns, readers[k]);
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
      if (typeof cell !== "string") continue;
      const text = cell.trim();
      if (text.length <= 200 && /^anexo\b/.test(normalizeText(text))) return text;
    }
  }
  return null;
}
