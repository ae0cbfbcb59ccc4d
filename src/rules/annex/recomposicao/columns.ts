// The columns of a recomposição annex (Res. 7.845/2021, Anexo I), by the header texts (after normalizeText).

/** The 2021 programs (Art. 3, sole paragraph), whose sum is the total foreseen for 2021. */
export const PROGRAM_COLUMNS = [
  "urgencia",
  "prourg",
  "cegonha",
  "odontologia",
  "prohospIncentivo",
  "prohospGestao",
] as const;
/** The two Valora Minas modules (Art. 3), whose sum is the Valora Minas allocation. */
export const MODULE_COLUMNS = ["valorEmSaude", "plataforma"] as const;

export type RecomposicaoColumn =
  | "cnes"
  | "estabelecimento"
  | "municipio"
  | "macro"
  | "natureza"
  | "previsto"
  | "valora"
  | "recomposicao"
  | (typeof PROGRAM_COLUMNS)[number]
  | (typeof MODULE_COLUMNS)[number];

export const RECOMPOSICAO_COLUMNS: ReadonlyArray<readonly [RecomposicaoColumn, RegExp]> = [
  ["cnes", /^(cnes|codigo cnes|cod cnes|n cnes|no cnes)$/],
  ["estabelecimento", /^(estabelecimento|estabelecimento hospitalar|hospital|nome do estabelecimento|nome)$/],
  ["municipio", /^(municipio|nome do municipio)$/],
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

/** What marks a recomposição annex (the 2021 and Valora columns may be totals or their parts). */
export const RECOMPOSICAO_REQUIRED: readonly RecomposicaoColumn[] = ["cnes", "recomposicao"];
