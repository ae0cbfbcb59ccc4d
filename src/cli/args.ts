/**
 * The command line, read by hand: amounts may be negative ("-5,00"), and node:util's parseArgs would
 * take them for unknown options. Options: --regra ID (or --regra=ID), --json, --ajuda (or --help, -h).
 */
export interface CliArgs {
  command?: string;
  operands: string[];
  regra?: string;
  json: boolean;
  help: boolean;
}

export class UsageError extends Error {}

export function readArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { operands: [], json: false, help: false };
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    } else if (token === "--json") {
      args.json = true;
    } else if (token === "--ajuda" || token === "--help" || token === "-h") {
      args.help = true;
    } else if (token === "--regra") {
      if (i + 1 >= argv.length)
        throw new UsageError("Falta o identificador da regra depois de --regra (ex.: --regra 5978/2017).");
      args.regra = argv[++i];
    } else if (token.startsWith("--regra=")) {
      args.regra = token.slice("--regra=".length);
    } else if (/^-[^\d]/.test(token)) {
      throw new UsageError(`Opção desconhecida: "${token}".`);
    } else {
      positionals.push(token);
    }
  }
  [args.command, ...args.operands] = positionals;
  return args;
}
