// Each operation described once: the CLI's commands and help, the pane's help and the checks on functions.ts's
// JSDoc and the README all read this list (test/operations.test.ts fails when a surface drifts from it).
import { EXTENSO, INCENTIVO, PORTE } from "./resolution-5978";
import {
  FIMTRANSICAO,
  PARCELA,
  POSFIXADO,
  PRAZOASSINATURA,
  PREFIXADO,
  PROPORCIONAL2021,
  RECOMPOSICAO,
} from "./resolution-7845";
import type { Operation } from "./types";

export type { Answer, BoundRules, Example, Operation, Param, ParamKind } from "./types";
export { EXTENSO, FIMTRANSICAO, INCENTIVO, PARCELA, PORTE, POSFIXADO, PRAZOASSINATURA, PREFIXADO };
export { PROPORCIONAL2021, RECOMPOSICAO };

export const OPERATIONS: readonly Operation[] = [
  PORTE,
  INCENTIVO,
  RECOMPOSICAO,
  EXTENSO,
  PARCELA,
  PREFIXADO,
  POSFIXADO,
  PRAZOASSINATURA,
  FIMTRANSICAO,
  PROPORCIONAL2021,
];

/** The formula as an analyst types it: =SES.PRAZOASSINATURA(disponibilizacao; [prorrogado]; [diaUtil]). */
export function formula(operation: Operation): string {
  const params = operation.params.map(({ name, optional }) => (optional ? `[${name}]` : name));
  return `=SES.${operation.function}(${params.join("; ")})`;
}

/** The command line: prazo-assinatura DATA [--prorrogado] [--dia-util] (--regra is a global option). */
export function synopsis(operation: Operation): string {
  const params = operation.params.filter(({ kind }) => kind !== "rule");
  return [operation.command, ...params.map(({ cli, optional }) => (optional ? `[${cli}]` : cli))].join(" ");
}

/** An example as typed on the command line, after "anexos ". */
export function exampleArgv(operation: Operation, inputs: ReadonlyArray<string | boolean>): string[] {
  const params = operation.params.filter(({ kind }) => kind !== "rule");
  const argv = [operation.command];
  inputs.forEach((input, i) => {
    if (params[i].kind === "value") argv.push(String(input));
    else if (input === true) argv.push(params[i].cli);
  });
  return argv;
}

/** The example's command line as typed in a shell: anexos incentivo "Porte III". */
// Quoted by hand, not with JSON.stringify: the CLI builds its help on load, before its crash handler is set.
export function exampleLine(operation: Operation, inputs: ReadonlyArray<string | boolean>): string {
  const words = exampleArgv(operation, inputs).map((word) => (/\s/.test(word) ? `"${word}"` : word));
  return ["anexos", ...words].join(" ");
}

/** The example as a formula: =SES.PRAZOASSINATURA("16/11/2021"; VERDADEIRO). */
export function exampleFormula(operation: Operation, inputs: ReadonlyArray<string | boolean>): string {
  const written = inputs.map((input) => (typeof input === "boolean" ? (input ? "VERDADEIRO" : "FALSO") : `"${input}"`));
  return `=SES.${operation.function}(${written.join("; ")})`;
}
