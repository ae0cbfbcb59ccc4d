// What the analyst reads when an action fails: always pt-BR, and saying that their cells were not changed.
import { RuleError } from "../../rules";
import { fieldErrors } from "../rule-set-form";
import { WorkbookError } from "../workbook/workbook";
import type { RuleSetRefusal } from "./session";

/** Messages the analyst can act on are shown as they are; anything else says what failed, in pt-BR. */
export function messageOf(error: unknown): string {
  if (error instanceof WorkbookError || error instanceof RuleError) return error.message;
  return `Não foi possível concluir a operação no Excel. Nada foi alterado nas suas células. Detalhe: ${detailOf(error)}`;
}

/** Nothing was stored: a refused field is shown on the field; a failure to write, as a message. */
export function refusalOf(error: unknown): RuleSetRefusal {
  if (error instanceof RuleError) {
    // Named as the form names them ("Faixa 2 · de"), not by their path in the JSON.
    const message =
      error.issues.length === 0
        ? error.message
        : ["A regra não foi salva:", ...error.issues.map((issue) => `- ${issue.label}: ${issue.message}`)].join("\n");
    return { message, fields: fieldErrors(error) };
  }
  return { message: `A regra não foi salva na pasta de trabalho: ${detailOf(error)}`, fields: {} };
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
