import { exampleLine, OPERATIONS, synopsis, type Operation } from "../operations";

// The help of `anexos`: each operation's line and example come from src/operations, so they cannot drift.
const COLUMN = 34;

const row = (left: string, right: string) =>
  left.length + 2 < COLUMN ? `  ${left.padEnd(COLUMN - 2)}${right}` : `  ${left}\n${" ".repeat(COLUMN)}${right}`;

function commandLines(operation: Operation): string[] {
  const notes = (operation.notes ?? []).map((note) => " ".repeat(COLUMN) + note);
  return [row(synopsis(operation), `${operation.summary} (${operation.article})`), ...notes];
}

const exampleRow = (operation: Operation) => {
  const [first] = operation.examples;
  return `  ${exampleLine(operation, first.inputs).padEnd(COLUMN - 2)} → ${first.cli}`;
};

export const USAGE = `Uso: anexos <comando> [argumentos] [opções]

Comandos:
${OPERATIONS.flatMap(commandLines).join("\n")}
  validar [ARQUIVO]               confere um anexo (.xlsx, .csv, .txt ou .pdf publicado); sem ARQUIVO,
                                  o Anexo I da Res. 5.978/2017 como publicado
  redigir ENTRADA --saida ANEXO.xlsx
                                  redige o anexo a partir de uma lista (.csv ou .xlsx) com as colunas
                                  Município e Teto MAC; grava também o texto dos Art. 3º, 4º e 5º
  comparar ANTERIOR NOVO          compara dois anexos: incluídos, excluídos, porte e valor mudados
  ajuda                           mostra esta ajuda

Opções:
  --regra ID       resolução a aplicar (padrão: 5978/2017 para porte, incentivo e validar)
  --regra-arquivo F
                   regras criadas no painel (JSON exportado); com uma só regra no arquivo, é ela a usada
  --planilha NOME  planilha do .xlsx a ler, mesmo oculta (padrão: a primeira visível); maiúsculas e
                   acentos não importam
  --anexo N        em validar e comparar, qual anexo do arquivo usar quando há mais de um (padrão: o 1º;
                   a saída diz quais há)
  --saida ARQUIVO  em redigir e comparar, o .xlsx a criar (não sobrescreve um arquivo existente sem
                   --sobrescrever)
  --sobrescrever   em redigir e comparar, substitui o arquivo de --saida se ele já existir
  --formulas       em redigir, fórmulas vivas (=SES.PORTE, =SES.INCENTIVO, =SOMA) em vez de valores
  --prorrogado     em prazo-assinatura, com a prorrogação de mais 7 dias
  --dia-util       em prazo-assinatura, um prazo que termina em sábado, domingo ou feriado (nacional
                   ou de Minas Gerais) passa para o dia útil seguinte
  --json           imprime JSON: um valor ("Porte II", "75000.00") ou, em validar e comparar, o relatório
  --ajuda          mostra esta ajuda
  --               o que vem depois não é opção (ex.: anexos validar -- -rascunho.csv)

Exemplos:
${OPERATIONS.map(exampleRow).join("\n")}
  anexos validar anexo.xlsx --planilha "Anexo I"

Saída de validar: 0 sem erros (avisos permitidos), 1 com erros, 2 quando não dá para conferir.
Saída de redigir: 0 anexo gravado, 1 lista com problemas (nada gravado), 2 quando não dá para ler ou gravar.
Saída de comparar: 0 anexos iguais, 1 com diferenças (ou linhas não identificadas), 2 quando não dá para comparar.
Demais comandos: 0 resposta impressa, 2 entrada ruim.
Em qualquer comando, 3 é um erro inesperado do programa (não do anexo nem da entrada); ANEXOS_DEPURAR=1
mostra os detalhes técnicos.`;
