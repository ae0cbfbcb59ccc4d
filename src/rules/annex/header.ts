import { isBlank, type CellValue } from "./sheet";
import { normalizeText } from "./text";

/** Columns of the 2021 programs (Res. 7.845/2021, Art. 3 sole paragraph) and of the two Valora Minas modules. */
export const PROGRAM_ROLES = [
  "urgencia",
  "prourg",
  "cegonha",
  "odontologia",
  "prohospIncentivo",
  "prohospGestao",
] as const;
export const MODULE_ROLES = ["valorEmSaude", "plataforma"] as const;

export type ColumnRole =
  | "numero"
  | "municipio"
  | "ibge"
  | "porte"
  | "valor"
  | "teto"
  | "cnes"
  | "estabelecimento"
  | "macro"
  | "natureza"
  | "previsto"
  | "valora"
  | "recomposicao"
  | (typeof PROGRAM_ROLES)[number]
  | (typeof MODULE_ROLES)[number];

// Header texts as annexes write them, after normalizeText: "Nº", "N°", "No", "Número", "Ordem" ·
// "Município" · "Porte" · "R$", "Valor", "Valor (R$)", "Incentivo" · "Teto MAC", "Teto MAC anual".
const ROLES: ReadonlyArray<[ColumnRole, RegExp]> = [
  ["numero", /^(n|no|nr|num|numero|ordem|n de ordem|no de ordem|numero de ordem)$/],
  ["municipio", /^(municipio|municipios|municipio beneficiario|nome do municipio)$/],
  // "IBGE", "Código IBGE", "Cód. IBGE", "Cod IBGE", "Código do município", "Código IBGE do município".
  ["ibge", /^(cod(igo)? )?ibge( do municipio)?$|^(cod(igo)?|geocodigo)( do)? municipio( ibge)?$/],
  ["porte", /^porte( do municipio)?$/],
  ["valor", /^(r\$|valor|valor r\$|valor em r\$|incentivo|incentivo r\$|valor do incentivo|valor do incentivo r\$)$/],
  ["teto", /^teto( mac)?( anual)?( r\$)?$/],
  // Valora Minas annexes (Res. 7.845/2021).
  ["cnes", /^(cnes|codigo cnes|cod cnes|n cnes|no cnes)$/],
  ["estabelecimento", /^(estabelecimento|estabelecimento hospitalar|hospital|nome do estabelecimento|nome)$/],
  ["macro", /^(macrorregiao|macrorregiao de saude|macro)$/],
  ["natureza", /^natureza( juridica)?$/],
  ["previsto", /^(total )?(valor )?previsto( em)? 2021( r\$)?$/],
  ["valora", /^(total )?(valor )?(do )?valora( minas)?( r\$)?$/],
  ["recomposicao", /^(valor (da|de) )?recomposicao( anual)?( r\$)?$/],
  ["urgencia", /^(rede )?(de )?resposta( as urgencias e emergencias)?( r\$)?$/],
  ["prourg", /^prourge?( r\$)?$/],
  ["cegonha", /^rede cegonha( r\$)?$/],
  ["odontologia", /^odontologia( hospitalar)?( r\$)?$/],
  ["prohospIncentivo", /^pro ?hosp incentivo( r\$)?$/],
  ["prohospGestao", /^pro ?hosp gestao compartilhada( r\$)?$/],
  ["valorEmSaude", /^(modulo )?valor em saude( r\$)?$/],
  ["plataforma", /^(modulo )?hospitais plataforma( r\$)?$/],
];

export interface Header {
  /** Index of the header row in the sheet's values. */
  rowIndex: number;
  /** Index of each recognised column. */
  columns: Partial<Record<ColumnRole, number>>;
}

export type AnnexKind = "porte" | "recomposicao";

/** What a porte annex needs to be checked. */
export const ANNEX_COLUMNS: readonly ColumnRole[] = ["municipio", "porte", "valor"];
/** What marks a recomposição annex (the 2021 and Valora columns may be totals or their parts). */
export const RECOMPOSICAO_COLUMNS: readonly ColumnRole[] = ["cnes", "recomposicao"];

/** A header cell is short: a longer text (a title, a 5 MB cell) is not read as one. */
const MAX_HEADER_CELL = 80;

/** The role of a header cell, if it is one. */
export function roleOf(value: CellValue): ColumnRole | undefined {
  if (typeof value !== "string" || value.length > MAX_HEADER_CELL || isBlank(value)) return undefined;
  const text = normalizeText(value);
  return ROLES.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The columns of a row by role, the first of each; an empty object when the row has none. */
function rolesOfRow(row: readonly CellValue[]): Header["columns"] {
  const columns: Header["columns"] = {};
  for (let c = 0; c < row.length; c++) {
    const role = roleOf(row[c]);
    if (role && columns[role] === undefined) columns[role] = c;
  }
  return columns;
}

const hasAll = (columns: Header["columns"], required: readonly ColumnRole[]) =>
  required.every((role) => columns[role] !== undefined);

/** The first row anywhere in the sheet with at least these columns (default: Município, Porte and Valor). */
export function findHeader(values: readonly CellValue[][], required = ANNEX_COLUMNS): Header | undefined {
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const columns = rolesOfRow(values[rowIndex]);
    if (hasAll(columns, required)) return { rowIndex, columns };
  }
  return undefined;
}

/** One annex table of a sheet: its header, where it ends, and the title above it ("ANEXO II …"), if any. */
export interface AnnexTable {
  kind: AnnexKind;
  header: Header;
  /** Index of the first row after the table: the next table's header, or the end of the sheet. */
  endRowIndex: number;
  title: string | null;
}

/**
 * Every annex table of a sheet, in order: a row with a porte header (Município · Porte · Valor) or a
 * recomposição header (CNES · … · Recomposição) starts a table, which runs to the next such row. The whole
 * sheet is searched: titles, articles and other acts may come first.
 */
export function findAnnexTables(values: readonly CellValue[][]): AnnexTable[] {
  const tables: AnnexTable[] = [];
  for (let rowIndex = 0; rowIndex < values.length; rowIndex++) {
    const columns = rolesOfRow(values[rowIndex]);
    const kind = hasAll(columns, RECOMPOSICAO_COLUMNS)
      ? "recomposicao"
      : hasAll(columns, ANNEX_COLUMNS)
        ? "porte"
        : undefined;
    if (!kind) continue;
    const previous = tables.at(-1);
    if (previous) previous.endRowIndex = rowIndex;
    const title = titleAbove(values, rowIndex, previous ? previous.header.rowIndex + 1 : 0);
    tables.push({ kind, header: { rowIndex, columns }, endRowIndex: values.length, title });
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
