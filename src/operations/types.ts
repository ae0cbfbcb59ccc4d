import type { CivilDate, PorteRuleSet, RecomposicaoRuleSet } from "../rules";

/** How a parameter reaches the CLI: an operand, a yes/no flag, or --regra (which picks the rule set). */
export type ParamKind = "value" | "flag" | "rule";

export interface Param {
  /** Excel's parameter name, as functions.ts's JSDoc declares it. */
  name: string;
  /** The CLI's name for it: an operand ("TETO_MAC") or an option ("--prorrogado", "--regra"). */
  cli: string;
  kind: ParamKind;
  optional?: boolean;
  /** Excel's description of the parameter (the JSDoc @param text). */
  description: string;
}

/** One worked example, run by the tests through the CLI and through the Excel function. */
export interface Example {
  /** One input per "value" or "flag" parameter, in order; a flag left out is false. */
  inputs: Array<string | boolean>;
  /** What the CLI prints (without --json). */
  cli: string;
  /** What the Excel function gives for the same input: a date as Excel's serial number. */
  excel: string | number;
}

/** What an operation answers; each surface writes it its own way (R$ 33,34 or 33.34; 30/11/2021 or 44530). */
export type Answer = { text: string } | { cents: number } | { date: CivilDate };

/** The rule sets of one call, resolved only when the operation asks (so --regra is read where it matters). */
export interface BoundRules {
  porte(): PorteRuleSet;
  recomposicao(): RecomposicaoRuleSet;
}

export interface Operation {
  /** Excel's name, as in =SES.PORTE. */
  function: string;
  /** The CLI's subcommand. */
  command: string;
  /** One short pt-BR line for the CLI's help and the pane. */
  summary: string;
  /** The article it implements, e.g. "Res. 5.978/2017, Art. 3º". */
  article: string;
  /** Excel's description of the function (the JSDoc text above @customfunction). */
  description: string;
  /** Excel's description of the result (the JSDoc @returns text). */
  returns: string;
  params: Param[];
  /** Longer explanation for the CLI's help, one line each (optional). */
  notes?: string[];
  examples: Example[];
  /** The rule itself: inputs in the order of the "value" and "flag" params, as read from a cell or the command line. */
  compute(inputs: readonly unknown[], rules: BoundRules): Answer;
}
