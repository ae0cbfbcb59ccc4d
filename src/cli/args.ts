/**
 * The command line, read by hand: amounts may be negative ("-5,00"), and node:util's parseArgs would
 * take them for unknown options. Options: --regra ID, --regra-arquivo F, --planilha NOME, --saida ARQUIVO (or --opção=valor),
 * --json, --formulas, --prorrogado, --dia-util, --ajuda (or --help, -h).
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
  help: boolean;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = {
  "--regra": "regra",
  "--regra-arquivo": "regraArquivo",
  "--planilha": "planilha",
  "--saida": "saida",
  "--anexo": "anexo",
} as const;
const EXAMPLES = {
  "--regra": "--regra 5978/2017",
  "--regra-arquivo": "--regra-arquivo regras.json",
  "--planilha": '--planilha "Anexo I"',
  "--saida": "--saida anexo.xlsx",
  "--anexo": "--anexo 2",
} as const;

export function readArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { operands: [], json: false, formulas: false, prorrogado: false, diaUtil: false, help: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const [name, inlineValue] = token.startsWith("--") && token.includes("=") ? splitOnce(token) : [token, undefined];
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    } else if (token === "--json") {
      args.json = true;
    } else if (token === "--formulas") {
      args.formulas = true;
    } else if (token === "--prorrogado") {
      args.prorrogado = true;
    } else if (token === "--dia-util") {
      args.diaUtil = true;
    } else if (token === "--ajuda" || token === "--help" || token === "-h") {
      args.help = true;
    } else if (name in VALUE_OPTIONS) {
      const option = name as keyof typeof VALUE_OPTIONS;
      const value = inlineValue ?? argv[++i];
      if (value === undefined) throw new UsageError(`Falta o valor depois de ${option} (ex.: ${EXAMPLES[option]}).`);
      args[VALUE_OPTIONS[option]] = value;
    } else if (/^-[^\d]/.test(token)) {
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
