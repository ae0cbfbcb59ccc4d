// The SES custom functions. Excel reads their names, descriptions and parameters from the JSDoc below
// (custom-functions-metadata-plugin turns it into functions.json at build time): keep it in pt-BR, and the same
// as the operation's entry in src/operations (test/operations.test.ts compares them). The rules are there too.
import type { PorteRuleSet } from "../rules";
import {
  EXTENSO,
  FIMTRANSICAO,
  INCENTIVO,
  PARCELA,
  PORTE,
  POSFIXADO,
  PRAZOASSINATURA,
  PREFIXADO,
  PROPORCIONAL2021,
  RECOMPOSICAO,
  type BoundRules,
} from "../operations";
import { fillError, type CellResult } from "./cells";
import { excelValue, operationOnCells, operationOnPairs } from "./operation-cells";
import { workbookRules } from "./workbook-rules";

/**
 * Porte do município pelo Teto MAC anual (Res. SES/MG 5.978/2017, Art. 3º). Aceita uma célula ou uma coluna inteira.
 * @customfunction PORTE
 * @param tetoMAC Teto MAC anual em reais: uma célula ou um intervalo (vazio ou zero dá #N/D).
 * @param [regra] Resolução das faixas, como "5978/2017" (padrão).
 * @returns "Porte I" a "Porte VI", na mesma forma do intervalo.
 */
export function porte(tetoMAC: any[][], regra?: string): any[][] {
  return withPorteRuleSet(tetoMAC, regra, (rules) => operationOnCells(PORTE, tetoMAC, rules));
}

/**
 * Incentivo do porte em reais (Res. SES/MG 5.978/2017, Art. 4º): Porte III dá 75.000,00.
 * @customfunction INCENTIVO
 * @param porte Porte do município: "Porte III", "III" ou 3; uma célula ou um intervalo.
 * @param [regra] Resolução dos incentivos, como "5978/2017" (padrão).
 * @returns Valor do incentivo em reais, na mesma forma do intervalo.
 */
export function incentivo(porte: any[][], regra?: string): any[][] {
  return withPorteRuleSet(porte, regra, (rules) => operationOnCells(INCENTIVO, porte, rules));
}

/**
 * Recomposição anual do hospital (Res. SES/MG 7.845/2021, Art. 3º): 100% do total previsto em 2021 menos o Valora Minas, ou zero.
 * @customfunction RECOMPOSICAO
 * @param prev2021 Total previsto em 2021 em reais (redes, PROURG, Rede Cegonha, Odontologia, Pro-Hosp): célula ou intervalo.
 * @param valora Alocação do Valora Minas em reais (Valor em Saúde + Hospitais Plataforma): célula ou intervalo do mesmo tamanho.
 * @returns Valor da recomposição em reais, exato ao centavo.
 */
export function recomposicao(prev2021: any[][], valora: any[][]): any[][] {
  return operationOnPairs(RECOMPOSICAO, prev2021, valora, recomposicaoRules(), () =>
    excelError("Os intervalos de prev2021 e valora devem ter o mesmo tamanho (ou um deles ser uma só célula)."),
  );
}

/**
 * Valor por extenso, como nas resoluções: 10.425.000,00 dá "dez milhões, quatrocentos e vinte e cinco mil reais".
 * @customfunction EXTENSO
 * @param valor Valor em reais, de 0 a 999.999.999.999,99: uma célula ou um intervalo (vazio dá #N/D).
 * @returns O valor por extenso, na mesma forma do intervalo.
 */
export function extenso(valor: any[][]): any[][] {
  return operationOnCells(EXTENSO, valor, workbookBound());
}

// Res. SES/MG 7.845/2021 (Valora Minas): parcels, pre/post-fixed parts, deadlines. Amounts in reais; dates
// are Excel date serials in and out (format the cell as a date).

const excelError = (message: string) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
const shapeError = () => excelError("Os dois intervalos devem ter o mesmo tamanho (ou um deles ser uma só célula).");

/**
 * Parcela n (1 a 3) do valor anual, paga a cada quadrimestre (Res. SES/MG 7.845/2021, Art. 8º, § 1º). Os centavos da divisão vão para a 3ª parcela: as três somam o valor anual exato.
 * @customfunction PARCELA
 * @param valorAnual Valor anual em reais: célula ou intervalo.
 * @param n Número da parcela, de 1 a 3: célula ou intervalo do mesmo tamanho.
 * @returns O valor da parcela em reais.
 */
export function parcela(valorAnual: any[][], n: any[][]): any[][] {
  return operationOnPairs(PARCELA, valorAnual, n, recomposicaoRules(), shapeError);
}

/**
 * Parte pré-fixada: 40% do valor, arredondado para baixo ao centavo (Res. SES/MG 7.845/2021, Art. 8º, § 4º).
 * @customfunction PREFIXADO
 * @param valor Valor em reais: célula ou intervalo.
 * @returns A parte pré-fixada em reais.
 */
export function prefixado(valor: any[][]): any[][] {
  return operationOnCells(PREFIXADO, valor, recomposicaoRules());
}

/**
 * Parte pós-fixada: o restante do valor, 60% com os centavos que a pré-fixada deixa (Res. SES/MG 7.845/2021, Art. 8º, § 4º).
 * @customfunction POSFIXADO
 * @param valor Valor em reais: célula ou intervalo.
 * @returns A parte pós-fixada em reais.
 */
export function posfixado(valor: any[][]): any[][] {
  return operationOnCells(POSFIXADO, valor, recomposicaoRules());
}

/**
 * Último dia para assinar o instrumento (Res. SES/MG 7.845/2021, Art. 7º, § 2º): 7 dias corridos, ou 14 com a prorrogação, contados a partir do dia seguinte ao da disponibilização (o dia da disponibilização não conta). Com diaUtil, um prazo que termina em sábado, domingo ou feriado nacional ou de Minas Gerais passa para o dia útil seguinte.
 * @customfunction PRAZOASSINATURA
 * @param disponibilizacao Data em que o instrumento foi disponibilizado: célula ou intervalo.
 * @param [prorrogado] VERDADEIRO quando o prazo foi prorrogado (padrão: FALSO).
 * @param [diaUtil] VERDADEIRO para passar um prazo que termina em fim de semana ou feriado para o dia útil seguinte (padrão: FALSO, dias corridos).
 * @returns A data-limite (formate a célula como data).
 */
export function prazoassinatura(disponibilizacao: any[][], prorrogado?: any, diaUtil?: any): any[][] {
  return operationOnCells(PRAZOASSINATURA, disponibilizacao, recomposicaoRules(), [prorrogado, diaUtil]);
}

/**
 * Fim da transição: três anos a contar da publicação, em 12/11/2021 (Res. SES/MG 7.845/2021, Art. 3º).
 * @customfunction FIMTRANSICAO
 * @returns A data (formate a célula como data): 12/11/2024.
 */
export function fimtransicao(): number {
  return excelValue(FIMTRANSICAO.compute([], recomposicaoRules())) as number;
}

/**
 * Valor de 2021 proporcional ao mês de assinatura: parcela do 3º quadrimestre × (12 − mês + 1) ÷ 4 (leitura do Art. 8º, § 2º, da Res. SES/MG 7.845/2021).
 * @customfunction PROPORCIONAL2021
 * @param valorAnual Valor anual em reais: célula ou intervalo.
 * @param assinatura Mês de assinatura (11 ou 12) ou a data de assinatura em 2021: célula ou intervalo do mesmo tamanho.
 * @returns O valor de 2021 em reais.
 */
export function proporcional2021(valorAnual: any[][], assinatura: any[][]): any[][] {
  return operationOnPairs(PROPORCIONAL2021, valorAnual, assinatura, recomposicaoRules(), shapeError);
}

/** The workbook's rule sets, each read when the operation asks for it. */
function workbookBound(): BoundRules {
  return { porte: () => workbookRules().porte(), recomposicao: () => workbookRules().recomposicao() };
}

/** The workbook's recomposição rule set, resolved once per call, before any cell is read. */
function recomposicaoRules(): BoundRules {
  const ruleSet = workbookRules().recomposicao();
  return { ...workbookBound(), recomposicao: () => ruleSet };
}

/** The porte rule set named by `regra`; an unknown one fills the whole range with its error. */
function withPorteRuleSet(cells: any[][], regra: string | undefined, compute: (rules: BoundRules) => CellResult[][]) {
  let ruleSet: PorteRuleSet;
  try {
    ruleSet = workbookRules().porte(regra);
  } catch (error) {
    return fillError(cells, error);
  }
  return compute({ ...workbookBound(), porte: () => ruleSet });
}
