/**
 * Why an input was refused. Front ends map the kind to their own signal
 * (Excel: #N/A, #VALUE!, #NUM!; CLI: exit code 2), the message is shown as is.
 */
export type RuleErrorKind = "missing" | "invalid" | "negative" | "unknown-rule-set";

/** One thing wrong with a field of some data (a rule set): where, its pt-BR name, and what. */
export interface FieldIssue {
  /** The field's path in the data: "bands.items[1].from". */
  path: string;
  /** The field as the analyst sees it: "Faixa 2 · de". */
  label: string;
  message: string;
}

export class RuleError extends Error {
  constructor(
    readonly kind: RuleErrorKind,
    message: string,
    /** For data refused field by field: each field at fault, so no one has to parse the message. */
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = "RuleError";
  }
}

/** The value read, or undefined when the rules refuse the input (other failures still throw). */
export function unlessRefused<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (error instanceof RuleError) return undefined;
    throw error;
  }
}

/** Quotes a user's input inside a message, so they can find it in their sheet. */
export function quote(input: unknown): string {
  if (typeof input === "string") return `"${input}"`;
  return String(input);
}
