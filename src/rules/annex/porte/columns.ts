// The columns of a porte annex (Res. 5.978/2017, Anexo I) and of the list it is drafted from, by the header
// texts annexes write (after normalizeText): "Nº", "N°", "No", "Número", "Ordem" · "Município" · "Porte" ·
// "R$", "Valor", "Valor (R$)", "Incentivo" · "Teto MAC", "Teto MAC anual" · "IBGE", "Código IBGE".
export type PorteColumn = "numero" | "municipio" | "ibge" | "porte" | "valor" | "teto";

export const PORTE_COLUMNS: ReadonlyArray<readonly [PorteColumn, RegExp]> = [
  ["numero", /^(n|no|nr|num|numero|ordem|n de ordem|no de ordem|numero de ordem)$/],
  ["municipio", /^(municipio|municipios|municipio beneficiario|nome do municipio)$/],
  // "IBGE", "Código IBGE", "Cód. IBGE", "Cod IBGE", "Código do município", "Código IBGE do município".
  ["ibge", /^(cod(igo)? )?ibge( do municipio)?$|^(cod(igo)?|geocodigo)( do)? municipio( ibge)?$/],
  ["porte", /^porte( do municipio)?$/],
  ["valor", /^(r\$|valor|valor r\$|valor em r\$|incentivo|incentivo r\$|valor do incentivo|valor do incentivo r\$)$/],
  ["teto", /^teto( mac)?( anual)?( r\$)?$/],
];

/** What a porte annex needs to be checked. */
export const PORTE_REQUIRED: readonly PorteColumn[] = ["municipio", "porte", "valor"];
/** What the list a porte annex is drafted from needs (Art. 3: the porte comes from the Teto MAC). */
export const DRAFT_LIST_REQUIRED: readonly PorteColumn[] = ["municipio", "teto"];
