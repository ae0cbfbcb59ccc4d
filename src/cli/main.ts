import { RuleError, PUBLISHED_RULES, type RuleBook } from "../rules";
import { OPERATIONS } from "../operations";
import { readArgs, UsageError, type CliArgs } from "./args";
import { runOperation } from "./operation-command";
import { ReadError } from "./readers";
import { comparar } from "./comparar";
import { redigir } from "./redigir";
import { loadRuleFile } from "./rule-file";
import { USAGE } from "./usage";
import { validar } from "./validar";

export { USAGE };

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

// The operations of src/operations, each a command; validar, redigir and comparar read and write files, so they
// are here.
const COMMANDS = new Map<string, Command>([
  ...OPERATIONS.map((operation): [string, Command] => {
    const operands = operation.params.filter(({ kind }) => kind === "value").map(({ cli }) => cli);
    return [
      operation.command,
      {
        operands: [operands, []],
        run: (args, rules) => Promise.resolve({ text: runOperation(operation, args, rules), code: 0 }),
      },
    ];
  }),
  ["redigir", { operands: [["ENTRADA"], []], run: (args, rules) => redigir(args, rules) }],
  ["comparar", { operands: [["ANTERIOR", "NOVO"], []], run: (args, rules) => comparar(args, rules) }],
  [
    "validar",
    {
      operands: [[], ["ARQUIVO"]],
      run: async (args, rules) => {
        const { report, text } = await validar(args, rules);
        return { text, code: report.valid ? 0 : 1 };
      },
    },
  ],
]);

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
