import {
  formatBrl,
  incentive,
  porte,
  porteRuleSet,
  readNonNegativeAmount,
  readTeto,
  recomposicao,
  recomposicaoRuleSet,
  RuleError,
  toDecimalString,
  type Cents,
} from "../rules";
import { readArgs, UsageError, type CliArgs } from "./args";

export const USAGE = `Uso: anexos <comando> [argumentos] [--regra ID] [--json]

Comandos:
  porte TETO_MAC                  porte do município pelo Teto MAC anual (Res. 5.978/2017, Art. 3º)
  incentivo PORTE                 incentivo do porte (Res. 5.978/2017, Art. 4º)
  recomposicao PREV2021 VALORA    recomposição do hospital (Res. 7.845/2021, Art. 3º)

Opções:
  --regra ID   resolução a aplicar (padrão: 5978/2017 para porte e incentivo)
  --json       imprime um valor JSON: "Porte II", "75000.00"
  --ajuda      mostra esta ajuda

Exemplos:
  anexos porte 2.000.000,01        → Porte II
  anexos incentivo "Porte III"     → R$ 75.000,00
  anexos recomposicao 1500000 1265443,44 --json   → "234556.56"`;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

type Answer = { kind: "porte"; porte: string } | { kind: "money"; cents: Cents };

const COMMANDS: Record<string, { operands: string[]; run(operands: string[], args: CliArgs): Answer }> = {
  porte: {
    operands: ["TETO_MAC"],
    run: ([teto], args) => ({ kind: "porte", porte: porte(readTeto(teto), porteRuleSet(args.regra)) }),
  },
  incentivo: {
    operands: ["PORTE"],
    run: ([porteText], args) => ({ kind: "money", cents: incentive(porteText, porteRuleSet(args.regra)) }),
  },
  recomposicao: {
    operands: ["PREV2021", "VALORA"],
    run: ([prev, valora], args) => ({
      kind: "money",
      cents: recomposicao(
        readNonNegativeAmount(prev, "Total previsto em 2021"),
        readNonNegativeAmount(valora, "Valor Valora Minas"),
        recomposicaoRuleSet(args.regra),
      ),
    }),
  },
};

/** Runs one command line; returns the exit code (0 done, 2 bad input or usage). */
export function main(argv: readonly string[], io: Output): number {
  try {
    const args = readArgs(argv);
    if (args.help || args.command === "ajuda") {
      io.out(USAGE);
      return 0;
    }
    if (!args.command) throw new UsageError("Falta o comando.");
    const command = COMMANDS[args.command];
    if (!command) throw new UsageError(`Comando desconhecido: "${args.command}".`);
    if (args.operands.length !== command.operands.length) {
      throw new UsageError(`O comando ${args.command} espera ${command.operands.join(" ")}.`);
    }
    io.out(show(command.run(args.operands, args), args.json));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`anexos: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof RuleError) {
      io.err(`anexos: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function show(answer: Answer, json: boolean): string {
  if (answer.kind === "porte") return json ? JSON.stringify(answer.porte) : answer.porte;
  return json ? JSON.stringify(toDecimalString(answer.cents)) : formatBrl(answer.cents);
}
