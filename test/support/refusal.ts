// The RuleError a call refuses its input with, to compare its kind, whole message and issues (toThrow would match
// a part of the message). Any other error, or none, fails the test.
import { ReadError } from "../../src/cli/readers/read-error";
import { RuleError } from "../../src/rules";

export function refusal(call: () => unknown): RuleError {
  try {
    call();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error("expected a RuleError");
}

/** The same, for a promise (the PDF reader is asynchronous). */
export async function asyncRefusal(read: Promise<unknown>): Promise<RuleError> {
  try {
    await read;
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error("expected a RuleError");
}

/** The message a reader refuses a file with: a ReadError (the CLI's readers) or a RuleError (the rules). */
export async function readRefusalMessage(read: Promise<unknown>): Promise<string> {
  try {
    await read;
  } catch (error) {
    if (error instanceof ReadError || error instanceof RuleError) return error.message;
    throw error;
  }
  throw new Error("expected the file to be refused");
}
