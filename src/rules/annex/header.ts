import { isBlank, showCell, type CellValue } from "./sheet";
import { normalizeText } from "./text";

export type ColumnRole = "numero" | "municipio" | "porte" | "valor" | "teto";

// Header texts as annexes write them, after normalizeText: "Nº", "N°", "No", "Número", "Ordem" ·
// "Município" · "Porte" · "R$", "Valor", "Valor (R$)", "Incentivo" · "Teto MAC", "Teto MAC anual".
const ROLES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ["numero", /^(n|no|nr|num|numero|ordem|n de ordem|no de ordem|numero de ordem)$/],
  ["municipio", /^(municipio|municipios|municipio beneficiario|nome do municipio)$/],
  ["porte", /^porte( do municipio)?$/],
  ["valor", /^(r\$|valor|valor r\$|valor em r\$|incentivo|incentivo r\$|valor do incentivo|valor do incentivo r\$)$/],
  ["teto", /^teto( mac)?( anual)?( r\$)?$/],
];

/** How far down the header may stand: titles of the annex often come first. */
export const HEADER_SEARCH_ROWS = 30;

export interface Header {
  /** Index of the header row in the sheet's values. */
  rowIndex: number;
  /** Index of each recognised column. */
  columns: Partial<Record<ColumnRole, number>>;
}

export function roleOf(value: CellValue): ColumnRole | undefined {
  if (isBlank(value)) return undefined;
  const text = normalizeText(showCell(value));
  return ROLES.find(([, pattern]) => pattern.test(text))?.[0];
}

/** What a porte annex needs to be checked. */
export const ANNEX_COLUMNS: readonly ColumnRole[] = ["municipio", "porte", "valor"];

/** The first row, among the first 30, with at least these columns (default: Município, Porte and Valor). */
export function findHeader(values: readonly CellValue[][], required = ANNEX_COLUMNS): Header | undefined {
  const last = Math.min(values.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < last; rowIndex++) {
    const columns: Header["columns"] = {};
    values[rowIndex].forEach((cell, column) => {
      const role = roleOf(cell);
      if (role && columns[role] === undefined) columns[role] = column;
    });
    if (required.every((role) => columns[role] !== undefined)) return { rowIndex, columns };
  }
  return undefined;
}
