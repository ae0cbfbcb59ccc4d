import { RuleError, type RuleErrorKind } from "../rules";

// Excel shows the message for #VALUE! and #N/A only; #NUM! still carries it for the logs.
// Read at call time: the CustomFunctions global exists only inside Excel's runtime.
const ERROR_CODES: Record<RuleErrorKind, () => CustomFunctions.ErrorCode> = {
  missing: () => CustomFunctions.ErrorCode.notAvailable,
  invalid: () => CustomFunctions.ErrorCode.invalidValue,
  negative: () => CustomFunctions.ErrorCode.invalidNumber,
  "unknown-rule-set": () => CustomFunctions.ErrorCode.invalidValue,
};

/** The Excel error for a refused input; an unexpected failure is #VALUE!, never a number. */
export function toExcelError(error: unknown): CustomFunctions.Error {
  if (error instanceof RuleError) return new CustomFunctions.Error(ERROR_CODES[error.kind](), error.message);
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Erro inesperado no suplemento: ${detail}`);
}
