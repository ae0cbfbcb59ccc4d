import { formatBrl, formatDate, toDecimalString, type CivilDate, type RuleBook } from "../rules";
import type { Answer, Operation } from "../operations";
import type { CliArgs } from "./args";

/** An operation's inputs from the command line: operands in order, flags as booleans (--regra picks the rules). */
export function runOperation(operation: Operation, args: CliArgs, rules: RuleBook): string {
  let operand = 0;
  const inputs = operation.params
    .filter(({ kind }) => kind !== "rule")
    .map(({ kind, cli }) => (kind === "value" ? args.operands[operand++] : flag(args, cli)));
  const answer = operation.compute(inputs, {
    porte: () => rules.porte(args.regra),
    recomposicao: () => rules.recomposicao(args.regra),
  });
  return printed(answer, args.json);
}

function flag(args: CliArgs, option: string): boolean {
  if (option === "--prorrogado") return args.prorrogado;
  if (option === "--dia-util") return args.diaUtil;
  throw new Error(`no CLI flag ${option}`); // a new flag needs its field in args.ts
}

/** Dates as dd/mm/aaaa, money as R$; with --json, "2021-11-30" and "75000.00". */
function printed(answer: Answer, json: boolean): string {
  if ("text" in answer) return json ? JSON.stringify(answer.text) : answer.text;
  if ("cents" in answer) return json ? JSON.stringify(toDecimalString(answer.cents)) : formatBrl(answer.cents);
  return json ? JSON.stringify(isoDate(answer.date)) : formatDate(answer.date);
}

const isoDate = ({ year, month, day }: CivilDate) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
