// The SES custom functions. Excel reads their names, descriptions and parameters from the JSDoc below
// (custom-functions-metadata-plugin turns it into functions.json at build time): keep it in pt-BR.
import {
  amountInWords,
  incentive,
  porte as porteOfTeto,
  porteRuleSet,
  readAmount,
  readNonNegativeAmount,
  readTeto,
  recomposicao as recomposicaoOf,
  recomposicaoRuleSet,
  toExcelNumber,
  type PorteRuleSet,
} from "../rules";
import { fillError, mapCellPairs, mapCells, type CellResult } from "./cells";

/**
 * Porte do município pelo Teto MAC anual (Res. SES/MG 5.978/2017, Art. 3º). Aceita uma célula ou uma coluna inteira.
 * @customfunction PORTE
 * @param tetoMAC Teto MAC anual em reais: uma célula ou um intervalo (vazio ou zero dá #N/D).
 * @param [regra] Resolução das faixas, como "5978/2017" (padrão).
 * @returns "Porte I" a "Porte VI", na mesma forma do intervalo.
 */
export function porte(tetoMAC: any[][], regra?: string): any[][] {
  return withPorteRuleSet(tetoMAC, regra, (ruleSet) =>
    mapCells(tetoMAC, (cell) => porteOfTeto(readTeto(cell), ruleSet)),
  );
}

/**
 * Incentivo do porte em reais (Res. SES/MG 5.978/2017, Art. 4º): Porte III dá 75.000,00.
 * @customfunction INCENTIVO
 * @param porte Porte do município: "Porte III", "III" ou 3; uma célula ou um intervalo.
 * @param [regra] Resolução dos incentivos, como "5978/2017" (padrão).
 * @returns Valor do incentivo em reais, na mesma forma do intervalo.
 */
export function incentivo(porte: any[][], regra?: string): any[][] {
  return withPorteRuleSet(porte, regra, (ruleSet) =>
    mapCells(porte, (cell) => toExcelNumber(incentive(cell, ruleSet))),
  );
}

/**
 * Recomposição anual do hospital (Res. SES/MG 7.845/2021, Art. 3º): 100% do total previsto em 2021 menos o Valora Minas, ou zero.
 * @customfunction RECOMPOSICAO
 * @param prev2021 Total previsto em 2021 em reais (redes, PROURG, Rede Cegonha, Odontologia, Pro-Hosp): célula ou intervalo.
 * @param valora Alocação do Valora Minas em reais (Valor em Saúde + Hospitais Plataforma): célula ou intervalo do mesmo tamanho.
 * @returns Valor da recomposição em reais, exato ao centavo.
 */
export function recomposicao(prev2021: any[][], valora: any[][]): any[][] {
  const ruleSet = recomposicaoRuleSet();
  return mapCellPairs(
    prev2021,
    valora,
    (prev, allocation) =>
      toExcelNumber(
        recomposicaoOf(
          readNonNegativeAmount(prev, "Total previsto em 2021"),
          readNonNegativeAmount(allocation, "Valor Valora Minas"),
          ruleSet,
        ),
      ),
    () =>
      new CustomFunctions.Error(
        CustomFunctions.ErrorCode.invalidValue,
        "Os intervalos de prev2021 e valora devem ter o mesmo tamanho (ou um deles ser uma só célula).",
      ),
  );
}

/**
 * Valor por extenso, como nas resoluções: 10.425.000,00 dá "dez milhões, quatrocentos e vinte e cinco mil reais".
 * @customfunction EXTENSO
 * @param valor Valor em reais, de 0 a 999.999.999.999,99: uma célula ou um intervalo (vazio dá #N/D).
 * @returns O valor por extenso, na mesma forma do intervalo.
 */
export function extenso(valor: any[][]): any[][] {
  return mapCells(valor, (cell) => amountInWords(readAmount(cell, "Valor")));
}

function withPorteRuleSet(
  cells: any[][],
  regra: string | undefined,
  compute: (ruleSet: PorteRuleSet) => CellResult[][],
) {
  let ruleSet: PorteRuleSet;
  try {
    ruleSet = porteRuleSet(regra);
  } catch (error) {
    return fillError(cells, error);
  }
  return compute(ruleSet);
}
