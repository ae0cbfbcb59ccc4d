// The operations of Res. SES/MG 5.978/2017 (porte and incentive) and the amount in words its annex uses.
import { amountInWords, incentive, porte, readAmount, readTeto } from "../rules";
import type { Operation, Param } from "./types";

const regra = (what: string): Param => ({
  name: "regra",
  cli: "--regra",
  kind: "rule",
  optional: true,
  description: `Resolução ${what}, como "5978/2017" (padrão).`,
});

export const PORTE: Operation = {
  function: "PORTE",
  command: "porte",
  summary: "porte do município pelo Teto MAC anual",
  article: "Res. 5.978/2017, Art. 3º",
  description:
    "Porte do município pelo Teto MAC anual (Res. SES/MG 5.978/2017, Art. 3º). Aceita uma célula ou uma coluna inteira.",
  returns: '"Porte I" a "Porte VI", na mesma forma do intervalo.',
  params: [
    {
      name: "tetoMAC",
      cli: "TETO_MAC",
      kind: "value",
      description: "Teto MAC anual em reais: uma célula ou um intervalo (vazio ou zero dá #N/D).",
    },
    regra("das faixas"),
  ],
  examples: [
    { inputs: ["2.000.000,01"], cli: "Porte II", excel: "Porte II" },
    { inputs: ["2.000.000,00"], cli: "Porte I", excel: "Porte I" },
  ],
  compute: ([teto], rules) => ({ text: porte(readTeto(teto), rules.porte()) }),
};

export const INCENTIVO: Operation = {
  function: "INCENTIVO",
  command: "incentivo",
  summary: "incentivo do porte em reais",
  article: "Res. 5.978/2017, Art. 4º",
  description: "Incentivo do porte em reais (Res. SES/MG 5.978/2017, Art. 4º): Porte III dá 75.000,00.",
  returns: "Valor do incentivo em reais, na mesma forma do intervalo.",
  params: [
    {
      name: "porte",
      cli: "PORTE",
      kind: "value",
      description: 'Porte do município: "Porte III", "III" ou 3; uma célula ou um intervalo.',
    },
    regra("dos incentivos"),
  ],
  examples: [{ inputs: ["Porte III"], cli: "R$ 75.000,00", excel: 75000 }],
  compute: ([label], rules) => ({ cents: incentive(label, rules.porte()) }),
};

export const EXTENSO: Operation = {
  function: "EXTENSO",
  command: "extenso",
  summary: "o valor por extenso, como nas resoluções",
  article: "Res. 5.978/2017, Art. 5º",
  description:
    'Valor por extenso, como nas resoluções: 10.425.000,00 dá "dez milhões, quatrocentos e vinte e cinco mil reais".',
  returns: "O valor por extenso, na mesma forma do intervalo.",
  params: [
    {
      name: "valor",
      cli: "VALOR",
      kind: "value",
      description: "Valor em reais, de 0 a 999.999.999.999,99: uma célula ou um intervalo (vazio dá #N/D).",
    },
  ],
  examples: [
    {
      inputs: ["10.425.000,00"],
      cli: "dez milhões, quatrocentos e vinte e cinco mil reais",
      excel: "dez milhões, quatrocentos e vinte e cinco mil reais",
    },
  ],
  compute: ([value]) => ({ text: amountInWords(readAmount(value, "Valor")) }),
};
