import { RuleError } from "../errors";

/**
 * Reads the JSON of a rule file (CLI) or of a paste (pane): a UTF-8 BOM, as Windows editors write it, is
 * skipped, and a syntax error is told in pt-BR with its line and column, never JSON.parse's English text.
 */
export function parseRuleJson(text: string, what: string): unknown {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    // V8 says "… at position 12" (or "Unexpected end of JSON input"): only the offset is kept.
    const match = /position (\d+)/.exec((error as Error).message);
    const offset = match ? Number(match[1]) : body.length;
    const before = body.slice(0, offset).split("\n");
    const line = before.length;
    const column = before[before.length - 1].length + 1;
    const where =
      offset >= body.length ? "o texto termina antes do fim do JSON" : `erro na linha ${line}, coluna ${column}`;
    throw new RuleError("invalid", `${what} não é um JSON válido: ${where}.`);
  }
}
