// The rules of the resolutions, shared by the Excel functions, the task pane, the CLI and the tests.
// Pure TypeScript: no Office.js, no DOM, no Node (src/rules/tsconfig.json enforces it).
export { RuleError, type FieldIssue, type RuleErrorKind } from "./errors";
export { addCents, subtractCents, sumCents, type Cents } from "./money/cents";
export { formatBrl, toDecimalString, toExactExcelNumber, toExcelNumber } from "./money/format";
export { amountInWords, amountWithWords, MAX_WORDS_CENTS } from "./money/words";
export { centsFromExcelNumber, parseBrl, parseDecimalString } from "./money/parse";
export { HALF_AWAY_FROM_ZERO } from "./money/round";
export { readAmount, readNonNegativeAmount, readTeto, readWholeNumber, readYesNo } from "./inputs";
export { porte, parsePorte } from "./porte";
export { incentive } from "./incentive";
export { bandsArticle, incentivesArticle, porteArticles, totalArticle } from "./articles";
export { recomposicao } from "./recomposicao";
export { readNature, type NatureReading, type NatureVerdict } from "./nature";
export {
  isEligibleNature,
  keepsAfterTransition,
  parcel,
  postFixed,
  preFixed,
  proportional2021,
  readSignatureMonth,
  signatureDeadline,
  transitionEnd,
} from "./valora";
export { addDays, addYears, formatDate, fromExcelSerial, readDate, toExcelSerial, type CivilDate } from "./dates";
export {
  DEFAULT_PORTE_RULE_SET,
  DEFAULT_RECOMPOSICAO_RULE_SET,
  isBuiltInRuleSet,
  porteRuleSet,
  recomposicaoRuleSet,
  ruleSetIds,
  PUBLISHED_RULES,
  RuleBook,
  type PorteRuleSet,
  type RecomposicaoRuleSet,
  type RuleSet,
} from "./rule-sets/registry";
// Zod is loaded only through load.ts: the pane's rule-set actions and the CLI's --regra-arquivo.
export { loadRuleSet, loadRuleSets } from "./rule-sets/load";
export { parseRuleJson } from "./rule-sets/read-json";
export * from "./annex";
export * from "./import";
export * from "./compare";
// The CLI's .xlsx reader checks files against these limits (src/functions and src/cli import only this file).
export {
  checkXlsxZip,
  MAX_CELL_CHARS,
  MAX_XLSX_CELLS,
  MAX_XLSX_COLUMNS,
  MAX_XLSX_FILE_BYTES,
  type ZipEntrySize,
} from "./import/xlsx-limits";
