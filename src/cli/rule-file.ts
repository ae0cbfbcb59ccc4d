import { readFile } from "node:fs/promises";
import { loadRuleSets, parseRuleJson, PUBLISHED_RULES, type RuleBook } from "../rules";
import type { CliArgs } from "./args";
import { ReadError } from "./readers";

/**
 * `--regra-arquivo regras.json`: rule sets made by the analyst (one, or a list, as the pane exports them),
 * validated and added for this run. With one rule set in the file and no --regra, that one is used.
 */
export async function loadRuleFile(args: CliArgs): Promise<{ args: CliArgs; rules: RuleBook }> {
  const path = args.regraArquivo as string;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ReadError(`O arquivo de regras "${path}" não existe ou não pôde ser lido.`);
  }
  const data = parseRuleJson(text, `O arquivo de regras "${path}"`);
  const rules = PUBLISHED_RULES.withCustom(loadRuleSets(Array.isArray(data) ? data : [data]));
  const only = rules.custom.length === 1 ? rules.custom[0].id : undefined;
  return { args: args.regra === undefined && only !== undefined ? { ...args, regra: only } : args, rules };
}
