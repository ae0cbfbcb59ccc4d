import { isBlank, showCell, type CellValue } from "./sheet";
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
/** What marks a recomposição annex (the 2021 and Valora columns may be totals or their parts). */
export const RECOMPOSICAO_COLUMNS: readonly ColumnRole[] = ["cnes", "recomposicao"];

/** Which kind of annex the header says this is, if any: recomposição (CNES · … · Recomposição) or porte. */
export function detectAnnexKind(values: readonly CellValue[][]): "porte" | "recomposicao" | undefined {
  const porte = findHeader(values, ANNEX_COLUMNS);
  const recomposicao = findHeader(values, RECOMPOSICAO_COLUMNS);
  if (porte && recomposicao) return recomposicao.rowIndex <= porte.rowIndex ? "recomposicao" : "porte";
  return recomposicao ? "recomposicao" : porte ? "porte" : undefined;
}

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
