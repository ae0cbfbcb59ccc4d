/**
 * The command line, read by hand: amounts may be negative ("-5,00", "-R$ 5,00"), and node:util's parseArgs would
 * take them for unknown options. Options: --regra ID, --regra-arquivo F, --planilha NOME, --saida ARQUIVO (or --opção=valor),
 * --anexo N, --json, --formulas, --prorrogado, --dia-util, --sobrescrever, --ajuda (or --help, -h); "--" ends the options.
 * Option names are looked up in Maps: a token such as "--toString" or "__proto__" is never a property of some object.
 */
export interface CliArgs {
  command?: string;
  operands: string[];
  regra?: string;
  planilha?: string;
  saida?: string;
  regraArquivo?: string;
  /** validar: which annex table of the file, from 1. */
  anexo?: string;
  json: boolean;
  formulas: boolean;
  prorrogado: boolean;
  /** prazo-assinatura: a last day on a weekend or holiday moves to the next working day. */
  diaUtil: boolean;
  /** In redigir: replace an existing output file. */
  sobrescrever: boolean;
  help: boolean;
}

export class UsageError extends Error {}

type ValueOption = "regra" | "regraArquivo" | "planilha" | "saida" | "anexo";
type FlagOption = "json" | "formulas" | "prorrogado" | "diaUtil" | "sobrescrever" | "help";

/** Options followed by a value: the field they set, and an example for the message when the value is missing. */
const VALUE_OPTIONS = new Map<string, { field: ValueOption; example: string }>([
  ["--regra", { field: "regra", example: "--regra 5978/2017" }],
  ["--regra-arquivo", { field: "regraArquivo", example: "--regra-arquivo regras.json" }],
  ["--planilha", { field: "planilha", example: '--planilha "Anexo I"' }],
  ["--saida", { field: "saida", example: "--saida anexo.xlsx" }],
  ["--anexo", { field: "anexo", example: "--anexo 2" }],
]);
const FLAG_OPTIONS = new Map<string, FlagOption>([
  ["--json", "json"],
  ["--formulas", "formulas"],
  ["--prorrogado", "prorrogado"],
  ["--dia-util", "diaUtil"],
  ["--sobrescrever", "sobrescrever"],
  ["--ajuda", "help"],
  ["--help", "help"],
  ["-h", "help"],
]);

/** "-5,00", "-R$ 5,00", "- 5", "-.5": a negative amount, an operand and not an option. */
const NEGATIVE_AMOUNT = /^-\s*(?:R\$\s*)?[\d.,]/i;

export function readArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    operands: [],
    json: false,
    formulas: false,
    prorrogado: false,
    diaUtil: false,
    sobrescrever: false,
    help: false,
  };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const [name, inlineValue] = token.startsWith("--") && token.includes("=") ? splitOnce(token) : [token, undefined];
    const flag = FLAG_OPTIONS.get(token);
    const valueOption = VALUE_OPTIONS.get(name);
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    } else if (flag !== undefined) {
      args[flag] = true;
    } else if (valueOption !== undefined) {
      const value = inlineValue ?? argv[++i];
      if (value === undefined) {
        throw new UsageError(`Falta o valor depois de ${name} (ex.: ${valueOption.example}).`);
      }
      args[valueOption.field] = value;
    } else if (token.startsWith("-") && token !== "-" && !NEGATIVE_AMOUNT.test(token)) {
      throw new UsageError(`Opção desconhecida: "${token}".`);
    } else {
      positionals.push(token);
    }
  }
  [args.command, ...args.operands] = positionals;
  return args;
}

function splitOnce(token: string): [string, string] {
  const at = token.indexOf("=");
  return [token.slice(0, at), token.slice(at + 1)];
}
