import type { ProblemCode } from "../rules";

/** The heading of each group of problems in the pane, in pt-BR. */
export const PROBLEM_TITLES: Record<ProblemCode, string> = {
  "header-not-found": "Cabeçalho não encontrado",
  "sequence-break": "Numeração fora de sequência",
  "municipality-missing": "Município vazio",
  "municipality-duplicate": "Município repetido",
  "municipality-unknown": "Município desconhecido (IBGE)",
  "municipality-excluded": "Município não beneficiário",
  "porte-invalid": "Porte ilegível",
  "value-invalid": "Valor ilegível",
  "value-mismatch": "Valor diferente do incentivo do porte",
  "teto-invalid": "Teto MAC ilegível",
  "porte-mismatch": "Porte diferente do Teto MAC",
  "total-missing": "Sem linha TOTAL",
  "total-mismatch": "TOTAL diferente da soma",
  "budget-exceeded": "Soma acima do limite da resolução",
  "cnes-invalid": "CNES inválido",
  "cnes-duplicate": "CNES repetido",
  "nature-ineligible": "Natureza jurídica sem direito",
  "nature-unconfirmed": "Filantropia a confirmar",
  "recomposition-mismatch": "Recomposição diferente de previsto menos Valora",
  "components-mismatch": "Total diferente da soma das parcelas",
};
