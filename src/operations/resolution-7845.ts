// The operations of Res. SES/MG 7.845/2021 (Valora Minas): recomposição, parcels, pre/post-fixed parts, deadlines.
import {
  parcel,
  postFixed,
  preFixed,
  proportional2021,
  readDate,
  readNonNegativeAmount,
  readSignatureMonth,
  readWholeNumber,
  readYesNo,
  recomposicao,
  signatureDeadline,
  transitionEnd,
} from "../rules";
import type { Operation, Param } from "./types";

const valorAnual: Param = {
  name: "valorAnual",
  cli: "VALOR_ANUAL",
  kind: "value",
  description: "Valor anual em reais: célula ou intervalo.",
};
const valor: Param = {
  name: "valor",
  cli: "VALOR",
  kind: "value",
  description: "Valor em reais: célula ou intervalo.",
};
const REAIS_40 = { inputs: ["238.233.844,83"] };

export const RECOMPOSICAO: Operation = {
  function: "RECOMPOSICAO",
  command: "recomposicao",
  summary: "recomposição anual do hospital: o previsto em 2021 menos o Valora Minas",
  article: "Res. 7.845/2021, Art. 3º",
  description:
    "Recomposição anual do hospital (Res. SES/MG 7.845/2021, Art. 3º): 100% do total previsto em 2021 menos o Valora Minas, ou zero.",
  returns: "Valor da recomposição em reais, exato ao centavo.",
  params: [
    {
      name: "prev2021",
      cli: "PREV2021",
      kind: "value",
      description:
        "Total previsto em 2021 em reais (redes, PROURG, Rede Cegonha, Odontologia, Pro-Hosp): célula ou intervalo.",
    },
    {
      name: "valora",
      cli: "VALORA",
      kind: "value",
      description:
        "Alocação do Valora Minas em reais (Valor em Saúde + Hospitais Plataforma): célula ou intervalo do mesmo tamanho.",
    },
  ],
  examples: [
    { inputs: ["1500000", "1265443,44"], cli: "R$ 234.556,56", excel: 234556.56 },
    { inputs: ["1000000", "1200000"], cli: "R$ 0,00", excel: 0 },
  ],
  compute: ([prev, allocation], rules) => ({
    cents: recomposicao(
      readNonNegativeAmount(prev, "Total previsto em 2021"),
      readNonNegativeAmount(allocation, "Valor Valora Minas"),
      rules.recomposicao(),
    ),
  }),
};

export const PARCELA: Operation = {
  function: "PARCELA",
  command: "parcela",
  summary: "parcela N (1 a 3) do valor anual; os centavos vão para a 3ª",
  article: "Res. 7.845/2021, Art. 8º, § 1º",
  description:
    "Parcela n (1 a 3) do valor anual, paga a cada quadrimestre (Res. SES/MG 7.845/2021, Art. 8º, § 1º). Os centavos da divisão vão para a 3ª parcela: as três somam o valor anual exato.",
  returns: "O valor da parcela em reais.",
  params: [
    valorAnual,
    {
      name: "n",
      cli: "N",
      kind: "value",
      description: "Número da parcela, de 1 a 3: célula ou intervalo do mesmo tamanho.",
    },
  ],
  examples: [
    { inputs: ["100,00", "3"], cli: "R$ 33,34", excel: 33.34 },
    { inputs: ["100,00", "1"], cli: "R$ 33,33", excel: 33.33 },
  ],
  compute: ([amount, number], rules) => {
    const ruleSet = rules.recomposicao();
    return { cents: parcel(readNonNegativeAmount(amount, "Valor anual"), readWholeNumber(number, "Parcela"), ruleSet) };
  },
};

export const PREFIXADO: Operation = {
  function: "PREFIXADO",
  command: "prefixado",
  summary: "parte pré-fixada: 40%, arredondada para baixo ao centavo",
  article: "Res. 7.845/2021, Art. 8º, § 4º",
  description:
    "Parte pré-fixada: 40% do valor, arredondado para baixo ao centavo (Res. SES/MG 7.845/2021, Art. 8º, § 4º).",
  returns: "A parte pré-fixada em reais.",
  params: [valor],
  examples: [{ ...REAIS_40, cli: "R$ 95.293.537,93", excel: 95293537.93 }],
  compute: ([amount], rules) => ({ cents: preFixed(readNonNegativeAmount(amount, "Valor"), rules.recomposicao()) }),
};

export const POSFIXADO: Operation = {
  function: "POSFIXADO",
  command: "posfixado",
  summary: "parte pós-fixada: o restante do valor",
  article: "Res. 7.845/2021, Art. 8º, § 4º",
  description:
    "Parte pós-fixada: o restante do valor, 60% com os centavos que a pré-fixada deixa (Res. SES/MG 7.845/2021, Art. 8º, § 4º).",
  returns: "A parte pós-fixada em reais.",
  params: [valor],
  examples: [{ ...REAIS_40, cli: "R$ 142.940.306,90", excel: 142940306.9 }],
  compute: ([amount], rules) => ({ cents: postFixed(readNonNegativeAmount(amount, "Valor"), rules.recomposicao()) }),
};

export const PRAZOASSINATURA: Operation = {
  function: "PRAZOASSINATURA",
  command: "prazo-assinatura",
  summary: "último dia para assinar o instrumento",
  article: "Res. 7.845/2021, Art. 7º, § 2º",
  notes: [
    "7 dias corridos contados do dia seguinte ao da disponibilização; --prorrogado: +7 dias;",
    "--dia-util: fim de semana ou feriado passa para o dia útil seguinte",
  ],
  description:
    "Último dia para assinar o instrumento (Res. SES/MG 7.845/2021, Art. 7º, § 2º): 7 dias corridos, ou 14 com a prorrogação, contados a partir do dia seguinte ao da disponibilização (o dia da disponibilização não conta). Com diaUtil, um prazo que termina em sábado, domingo ou feriado nacional ou de Minas Gerais passa para o dia útil seguinte.",
  returns: "A data-limite (formate a célula como data).",
  params: [
    {
      name: "disponibilizacao",
      cli: "DATA",
      kind: "value",
      description: "Data em que o instrumento foi disponibilizado: célula ou intervalo.",
    },
    {
      name: "prorrogado",
      cli: "--prorrogado",
      kind: "flag",
      optional: true,
      description: "VERDADEIRO quando o prazo foi prorrogado (padrão: FALSO).",
    },
    {
      name: "diaUtil",
      cli: "--dia-util",
      kind: "flag",
      optional: true,
      description:
        "VERDADEIRO para passar um prazo que termina em fim de semana ou feriado para o dia útil seguinte (padrão: FALSO, dias corridos).",
    },
  ],
  examples: [
    { inputs: ["16/11/2021"], cli: "23/11/2021", excel: 44523 },
    { inputs: ["16/11/2021", true], cli: "30/11/2021", excel: 44530 },
    { inputs: ["13/11/2021", false, true], cli: "22/11/2021", excel: 44522 },
  ],
  compute: ([availableOn, extended, workingDay], rules) => {
    const date = readDate(availableOn, "Data de disponibilização");
    const ruleSet = rules.recomposicao();
    return {
      date: signatureDeadline(date, readYesNo(extended, "Prorrogado"), ruleSet, readYesNo(workingDay, "Dia útil")),
    };
  },
};

export const FIMTRANSICAO: Operation = {
  function: "FIMTRANSICAO",
  command: "fim-transicao",
  summary: "fim da transição de três anos, a contar da publicação",
  article: "Res. 7.845/2021, Art. 3º",
  description: "Fim da transição: três anos a contar da publicação, em 12/11/2021 (Res. SES/MG 7.845/2021, Art. 3º).",
  returns: "A data (formate a célula como data): 12/11/2024.",
  params: [],
  examples: [{ inputs: [], cli: "12/11/2024", excel: 45608 }],
  compute: (_inputs, rules) => ({ date: transitionEnd(rules.recomposicao()) }),
};

export const PROPORCIONAL2021: Operation = {
  function: "PROPORCIONAL2021",
  command: "proporcional-2021",
  summary: "valor de 2021 pelo mês (ou data) de assinatura",
  article: "leitura do Art. 8º, § 2º, da Res. 7.845/2021",
  description:
    "Valor de 2021 proporcional ao mês de assinatura: parcela do 3º quadrimestre × (12 − mês + 1) ÷ 4 (leitura do Art. 8º, § 2º, da Res. SES/MG 7.845/2021).",
  returns: "O valor de 2021 em reais.",
  params: [
    valorAnual,
    {
      name: "assinatura",
      cli: "MES",
      kind: "value",
      description:
        "Mês de assinatura (11 ou 12) ou a data de assinatura em 2021: célula ou intervalo do mesmo tamanho.",
    },
  ],
  examples: [
    { inputs: ["120.000,00", "11"], cli: "R$ 20.000,00", excel: 20000 },
    { inputs: ["120.000,00", "21/11/2021"], cli: "R$ 20.000,00", excel: 20000 },
  ],
  compute: ([amount, signed], rules) => {
    const ruleSet = rules.recomposicao();
    const cents = readNonNegativeAmount(amount, "Valor anual");
    return { cents: proportional2021(cents, readSignatureMonth(signed, ruleSet), ruleSet) };
  },
};
