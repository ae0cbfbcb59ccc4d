import {
  amountInWords,
  formatDate,
  parcel,
  postFixed,
  preFixed,
  proportional2021,
  readDate,
  readSignatureMonth,
  readWholeNumber,
  signatureDeadline,
  transitionEnd,
  type CivilDate,
  formatBrl,
  incentive,
  porte,
  readAmount,
  readNonNegativeAmount,
  readTeto,
  recomposicao,
  RuleError,
  PUBLISHED_RULES,
  type RuleBook,
  toDecimalString,
} from "../rules";
import { readArgs, UsageError, type CliArgs } from "./args";
import { ReadError } from "./readers";
import { redigir } from "./redigir";
import { comparar } from "./comparar";
import { loadRuleFile } from "./rule-file";
import { validar } from "./validar";

export const USAGE = `Uso: anexos <comando> [argumentos] [opções]

Comandos:
  porte TETO_MAC                  porte do município pelo Teto MAC anual (Res. 5.978/2017, Art. 3º)
  incentivo PORTE                 incentivo do porte (Res. 5.978/2017, Art. 4º)
  recomposicao PREV2021 VALORA    recomposição do hospital (Res. 7.845/2021, Art. 3º)
  extenso VALOR                   o valor por extenso, como nas resoluções
  parcela VALOR_ANUAL N           parcela N (1 a 3) do valor anual (Res. 7.845/2021, Art. 8º, § 1º)
  prefixado VALOR                 parte pré-fixada, 40% (Art. 8º, § 4º)
  posfixado VALOR                 parte pós-fixada, o restante (Art. 8º, § 4º)
  prazo-assinatura DATA           último dia para assinar o instrumento (Art. 7º, § 2º): 7 dias corridos
                                  contados do dia seguinte ao da disponibilização; --prorrogado: +7 dias;
                                  --dia-util: fim de semana ou feriado passa para o dia útil seguinte
  fim-transicao                   fim da transição de três anos (Art. 3º)
  proporcional-2021 VALOR_ANUAL MES
                                  valor de 2021 pelo mês (ou data) de assinatura (leitura do Art. 8º, § 2º)
  validar [ARQUIVO]               confere um anexo (.xlsx, .csv, .txt ou .pdf publicado); sem ARQUIVO,
                                  o Anexo I da Res. 5.978/2017 como publicado
  redigir ENTRADA --saida ANEXO.xlsx
                                  redige o anexo a partir de uma lista (.csv ou .xlsx) com as colunas
                                  Município e Teto MAC; grava também o texto dos Art. 3º, 4º e 5º
  comparar ANTERIOR NOVO          compara dois anexos: incluídos, excluídos, porte e valor mudados

Opções:
  --regra ID       resolução a aplicar (padrão: 5978/2017 para porte, incentivo e validar)
  --regra-arquivo F
                   regras criadas no painel (JSON exportado); com uma só regra no arquivo, é ela a usada
  --planilha NOME  planilha do .xlsx a ler, mesmo oculta (padrão: a primeira visível); maiúsculas e
                   acentos não importam
  --anexo N        em validar, qual anexo do arquivo conferir quando há mais de um (padrão: o 1º;
                   a saída diz quais há)
  --saida ARQUIVO  em redigir, o .xlsx a criar (não sobrescreve um arquivo existente sem --sobrescrever)
  --sobrescrever   em redigir, substitui o arquivo de --saida se ele já existir
  --formulas       em redigir, fórmulas vivas (=SES.PORTE, =SES.INCENTIVO, =SOMA) em vez de valores
  --prorrogado     em prazo-assinatura, com a prorrogação de mais 7 dias
  --dia-util       em prazo-assinatura, um prazo que termina em sábado, domingo ou feriado (nacional
                   ou de Minas Gerais) passa para o dia útil seguinte
  --json           imprime JSON: um valor ("Porte II", "75000.00") ou, em validar, o relatório
  --ajuda          mostra esta ajuda
  --               o que vem depois não é opção (ex.: anexos validar -- -rascunho.csv)

Exemplos:
  anexos porte 2.000.000,01        → Porte II
  anexos incentivo "Porte III"     → R$ 75.000,00
  anexos recomposicao 1500000 1265443,44 --json   → "234556.56"
  anexos extenso 10.425.000,00     → dez milhões, quatrocentos e vinte e cinco mil reais
  anexos parcela 100,00 3          → R$ 33,34
  anexos prazo-assinatura 16/11/2021 --prorrogado   → 30/11/2021
  anexos validar anexo.xlsx --planilha "Anexo I"

Saída de validar: 0 sem erros (avisos permitidos), 1 com erros, 2 quando não dá para conferir.
Saída de redigir: 0 anexo gravado, 1 lista com problemas (nada gravado), 2 quando não dá para ler ou gravar.
Demais comandos: 0 resposta impressa, 2 entrada ruim.
Em qualquer comando, 3 é um erro inesperado do programa (não do anexo nem da entrada); ANEXOS_DEPURAR=1
mostra os detalhes técnicos.`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

interface Command {
  /** Operands it takes: [required, optional]. */
  operands: [string[], string[]];
  /** Runs with the rule sets of this call: the published ones, and those of --regra-arquivo. */
  run(args: CliArgs, rules: RuleBook): Promise<{ text: string; code: number }>;
}

const answer = (text: string) => Promise.resolve({ text, code: 0 });
const date = (value: CivilDate, args: CliArgs) =>
  args.json
    ? JSON.stringify(`${value.year}-${String(value.month).padStart(2, "0")}-${String(value.day).padStart(2, "0")}`)
    : formatDate(value);
const money = (cents: number, args: CliArgs) => (args.json ? JSON.stringify(toDecimalString(cents)) : formatBrl(cents));

const COMMANDS = new Map<string, Command>(
  Object.entries({
    porte: {
      operands: [["TETO_MAC"], []],
      run: (args, rules) => {
        const label = porte(readTeto(args.operands[0]), rules.porte(args.regra));
        return answer(args.json ? JSON.stringify(label) : label);
      },
    },
    incentivo: {
      operands: [["PORTE"], []],
      run: (args, rules) => answer(money(incentive(args.operands[0], rules.porte(args.regra)), args)),
    },
    recomposicao: {
      operands: [["PREV2021", "VALORA"], []],
      run: (args, rules) => {
        const [prev, valora] = args.operands;
        const cents = recomposicao(
          readNonNegativeAmount(prev, "Total previsto em 2021"),
          readNonNegativeAmount(valora, "Valor Valora Minas"),
          rules.recomposicao(args.regra),
        );
        return answer(money(cents, args));
      },
    },
    extenso: {
      operands: [["VALOR"], []],
      run: (args) => {
        const words = amountInWords(readAmount(args.operands[0], "Valor"));
        return answer(args.json ? JSON.stringify(words) : words);
      },
    },
    redigir: {
      operands: [["ENTRADA"], []],
      run: (args, rules) => redigir(args, rules),
    },
    parcela: {
      operands: [["VALOR_ANUAL", "N"], []],
      run: (args, rules) => {
        const [annual, n] = args.operands;
        const ruleSet = rules.recomposicao(args.regra);
        return answer(
          money(parcel(readNonNegativeAmount(annual, "Valor anual"), readWholeNumber(n, "Parcela"), ruleSet), args),
        );
      },
    },
    prefixado: {
      operands: [["VALOR"], []],
      run: (args, rules) =>
        answer(money(preFixed(readNonNegativeAmount(args.operands[0], "Valor"), rules.recomposicao(args.regra)), args)),
    },
    posfixado: {
      operands: [["VALOR"], []],
      run: (args, rules) =>
        answer(
          money(postFixed(readNonNegativeAmount(args.operands[0], "Valor"), rules.recomposicao(args.regra)), args),
        ),
    },
    "prazo-assinatura": {
      operands: [["DATA"], []],
      run: (args, rules) => {
        const availableOn = readDate(args.operands[0], "Data de disponibilização");
        const ruleSet = rules.recomposicao(args.regra);
        return answer(date(signatureDeadline(availableOn, args.prorrogado, ruleSet, args.diaUtil), args));
      },
    },
    "fim-transicao": {
      operands: [[], []],
      run: (args, rules) => answer(date(transitionEnd(rules.recomposicao(args.regra)), args)),
    },
    "proporcional-2021": {
      operands: [["VALOR_ANUAL", "MES"], []],
      run: (args, rules) => {
        const ruleSet = rules.recomposicao(args.regra);
        const [annual, month] = args.operands;
        const amount = readNonNegativeAmount(annual, "Valor anual");
        return answer(money(proportional2021(amount, readSignatureMonth(month, ruleSet), ruleSet), args));
      },
    },
    comparar: {
      operands: [["ANTERIOR", "NOVO"], []],
      run: (args, rules) => comparar(args, rules),
    },
    validar: {
      operands: [[], ["ARQUIVO"]],
      run: async (args, rules) => {
        const { report, text } = await validar(args, rules);
        return { text, code: report.valid ? 0 : 1 };
      },
    },
  } satisfies Record<string, Command>),
);

/**
 * Runs one command line; resolves to the exit code (0 done, 1 annex with errors, 2 bad input or usage). Any
 * other error is rethrown: start.ts turns it into exit code 3.
 */
export async function main(argv: readonly string[], io: Output): Promise<number> {
  try {
    let args = readArgs(argv);
    if (args.help || args.command === "ajuda") {
      io.out(USAGE);
      return 0;
    }
    if (!args.command) throw new UsageError("Falta o comando.");
    const command = COMMANDS.get(args.command);
    if (!command) throw new UsageError(`Comando desconhecido: "${args.command}".`);
    const [required, optional] = command.operands;
    if (args.operands.length < required.length || args.operands.length > required.length + optional.length) {
      const expected = [...required, ...optional.map((operand) => `[${operand}]`)].join(" ") || "nenhum argumento";
      throw new UsageError(`O comando ${args.command} espera ${expected}.`);
    }
    let rules = PUBLISHED_RULES; // each run starts from the published rule sets only
    if (args.regraArquivo !== undefined) ({ args, rules } = await loadRuleFile(args));
    const { text, code } = await command.run(args, rules);
    io.out(text);
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`anexos: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RuleError || error instanceof ReadError) {
      io.err(`anexos: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
